"""Incremental builds: A then B equals A and B together, twice equals once (files and Oxigraph store)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from clecgraph.extract import DEFAULT_EXTRACTOR
from clecgraph.incremental import build_into_store
from clecgraph.pipeline import build
from clecgraph.vocab import DEFAULT_BASE
from clecgraph.readback import read_statements
from clecgraph.sources import read_file
from clecgraph.stores import load, open_store


@pytest.fixture(scope="module")
def halves(sample_corpus, tmp_path_factory) -> tuple[Path, Path]:
    """The sample corpus cut into two files at a statement boundary."""
    lines = sample_corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    starts = [n for n, line in enumerate(lines) if line[:4].isdigit() and line[4:5] == "-" and n > 2 and not lines[n - 1].strip()]
    cut = starts[len(starts) // 2]
    folder = tmp_path_factory.mktemp("halves")
    (folder / "a.txt").write_text("".join(lines[:cut]), encoding="utf-8")
    (folder / "b.txt").write_text("".join(lines[cut:]), encoding="utf-8")
    return folder / "a.txt", folder / "b.txt"


def quads(store_spec: str) -> set[str]:
    store = open_store(store_spec)
    try:
        return {str(q) for q in store.store}
    finally:
        store.close()


def build_files(inputs, out, add=False):
    return build(inputs, out, formats=["trig"], validate=False, add=add)


def test_folder_a_then_b_equals_both_at_once(halves, tmp_path):
    a, b = halves
    together, stepwise = tmp_path / "together", tmp_path / "stepwise"
    build_files([a, b], together)
    build_files([a], stepwise)
    first = (stepwise / "graph.trig").read_bytes()
    result = build_files([b], stepwise, add=True)
    assert (stepwise / "graph.trig").read_bytes() == (together / "graph.trig").read_bytes()
    assert first != (stepwise / "graph.trig").read_bytes()
    assert result.report["statements_before"] > 0 and result.report["statements_added"] > 0


def test_folder_adding_the_same_input_again_changes_nothing(halves, tmp_path):
    a, _ = halves
    build_files([a], tmp_path)
    before = (tmp_path / "graph.trig").read_bytes()
    result = build_files([a], tmp_path, add=True)
    assert (tmp_path / "graph.trig").read_bytes() == before
    assert result.report["statements_added"] == 0


def test_store_a_then_b_equals_both_at_once_and_the_files(halves, tmp_path):
    a, b = halves
    stepwise, together = f"oxigraph:{tmp_path / 'stepwise'}", f"oxigraph:{tmp_path / 'together'}"
    common = {"validate": False, "out": None}
    build([a], store=stepwise, **common)
    after_a = quads(stepwise)
    build([b], store=stepwise, **common)
    build([a, b], store=together, **common)
    assert quads(stepwise) == quads(together) != after_a
    # The store holds the same graph the files do.
    files = build([a, b], tmp_path / "files", formats=["trig"], validate=False)
    from_files = load(tmp_path / "files" / "graph.trig", "oxigraph")
    assert {str(q) for q in from_files.store} == quads(together)
    store = open_store(together)
    try:
        assert len(read_statements(store)) == files.report["statements_written"] == 22
    finally:
        store.close()


def test_store_rebuilding_the_same_input_changes_nothing(halves, tmp_path):
    a, _ = halves
    spec = f"oxigraph:{tmp_path / 'store'}"
    first = build([a], store=spec, validate=False, out=None)
    before = quads(spec)
    again = build([a], store=spec, validate=False, out=None)
    assert quads(spec) == before
    assert again.report["statements_added"] == 0
    assert again.report["statements_written"] == first.report["statements_written"]


def test_statements_read_back_equal_the_statements_read(sample_corpus, sample_build):
    _, out = sample_build
    original = sorted((replace(s, warnings=()) for s in read_file(sample_corpus)), key=lambda s: (s.source, s.line, s.text))
    for backend in ("rdflib", "oxigraph"):
        assert read_statements(load(out / "graph.trig", backend)) == original


def test_parallel_store_build_writes_the_quads_of_the_files(sample_corpus, sample_build, tmp_path, monkeypatch):
    from clecgraph import parallel

    monkeypatch.setattr(parallel, "SERIAL_BELOW", 0)  # use worker processes even for 22 statements
    monkeypatch.setattr(parallel, "CHUNK", 5)
    spec = f"oxigraph:{tmp_path / 'store'}"
    result = build_into_store([sample_corpus], spec, base=DEFAULT_BASE, extractor=DEFAULT_EXTRACTOR, workers=2)
    _, out = sample_build
    files = load(out / "graph.trig", "oxigraph")
    assert quads(spec) == {str(q) for q in files.store}
    assert result.report["statements_written"] == 22
