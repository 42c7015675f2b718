"""Incremental builds: A then B equals A and B together, adding again changes nothing (files and Oxigraph store)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyoxigraph
import pytest

from clecgraph.extract import DEFAULT_EXTRACTOR
from clecgraph.graph.readback import read_statements
from clecgraph.pipeline.builder import build, build_into_store
from clecgraph.sources import read_file
from clecgraph.sparql.stores import load, open_store
from clecgraph.vocab import DEFAULT_BASE


@pytest.fixture(scope="module")
def halves(sample_corpus, tmp_path_factory) -> tuple[Path, Path]:
    """The first twelve statements of the sample corpus, six to a file."""
    lines = sample_corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    starts = [n for n, line in enumerate(lines) if line[:4].isdigit() and line[4:5] == "-" and (n == 0 or not lines[n - 1].strip())]
    folder = tmp_path_factory.mktemp("halves")
    (folder / "a.txt").write_text("".join(lines[: starts[6]]), encoding="utf-8")
    (folder / "b.txt").write_text("".join(lines[starts[6] : starts[12]]), encoding="utf-8")
    return folder / "a.txt", folder / "b.txt"


@pytest.fixture(scope="module")
def together(halves, tmp_path_factory) -> tuple[bytes, set[str]]:
    """A and B built at once with the files: graph.trig's bytes, and its quads."""
    out = tmp_path_factory.mktemp("together")
    build(list(halves), out, formats=["trig"], validate=False)
    return (out / "graph.trig").read_bytes(), quads_of(load(out / "graph.trig", "oxigraph"))


def quads_of(store) -> set[str]:
    return {str(q) for q in store.store}


def store_quads(spec: str) -> set[str]:
    store = open_store(spec)
    try:
        return quads_of(store)
    finally:
        store.close()


def build_files(inputs, out, add=False):
    return build(inputs, out, formats=["trig"], validate=False, add=add)


def test_folder_a_then_b_equals_both_at_once_and_again_changes_nothing(halves, together, tmp_path):
    a, b = halves
    build_files([a], tmp_path)
    after_a = (tmp_path / "graph.trig").read_bytes()
    added = build_files([b], tmp_path, add=True)
    assert (tmp_path / "graph.trig").read_bytes() == together[0] != after_a
    assert added.report["statements_before"] == 6 and added.report["statements_added"] == 6
    again = build_files([b], tmp_path, add=True)
    assert (tmp_path / "graph.trig").read_bytes() == together[0]
    assert again.report["statements_added"] == 0 and again.report["statements_written"] == 12


def test_store_a_then_b_equals_both_at_once_and_again_changes_nothing(halves, together, tmp_path):
    a, b = halves
    spec = f"oxigraph:{tmp_path / 'store'}"
    build([a], store=spec, validate=False)
    after_a = store_quads(spec)
    build([b], store=spec, validate=False)
    # The same quads as building A and B together, which are the quads of the files.
    assert store_quads(spec) == together[1] != after_a
    again = build([b], store=spec, validate=False)
    assert store_quads(spec) == together[1]
    assert again.report["statements_added"] == 0 and again.report["statements_written"] == 12


def test_parallel_store_build_writes_the_quads_of_the_files(halves, together, tmp_path, monkeypatch):
    from clecgraph.pipeline import parallel

    monkeypatch.setattr(parallel, "SERIAL_BELOW", 0)  # use worker processes even for a few statements
    monkeypatch.setattr(parallel, "CHUNK", 5)
    spec = f"oxigraph:{tmp_path / 'store'}"
    result = build_into_store(list(halves), spec, base=DEFAULT_BASE, extractor=DEFAULT_EXTRACTOR, workers=2)
    assert store_quads(spec) == together[1]
    assert result.report["statements_written"] == 12


def test_in_memory_store_build_writes_nquads_twice_the_same(halves, together, tmp_path):
    first = build(list(halves), tmp_path / "one", store="oxigraph", validate=False)
    build(list(halves), tmp_path / "two", store="oxigraph", validate=False)
    written = (tmp_path / "one" / "graph.nq").read_bytes()
    assert written == (tmp_path / "two" / "graph.nq").read_bytes()
    assert first.files["nquads"] == tmp_path / "one" / "graph.nq" and (tmp_path / "one" / "report.json").is_file()
    # Compared as a store holds them (Oxigraph keeps numbers such as xsd:decimal in canonical form).
    assert quads_of(load(tmp_path / "one" / "graph.nq", "oxigraph")) == together[1]
    assert {str(q) for q in pyoxigraph.parse(written, format=pyoxigraph.RdfFormat.N_QUADS)} == {
        str(q) for q in pyoxigraph.parse(path=str(tmp_path / "one" / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
    }


def test_statements_read_back_equal_the_statements_read(sample_corpus, sample_build):
    _, out = sample_build
    original = sorted((replace(s, warnings=()) for s in read_file(sample_corpus)), key=lambda s: (s.source, s.line, s.text))
    for backend in ("rdflib", "oxigraph"):
        assert read_statements(load(out / "graph.trig", backend)) == original


def _with_bad_records(folder: Path) -> tuple[Path, Path]:
    """Two JSON Lines files, each with one record that cannot be read and one with an impossible date."""
    first, second = folder / "first.jsonl", folder / "second.jsonl"
    first.write_text('{"text": "LICADHO condemns the arrest of Tep Vanny.", "date": "2012-13-45"}\n{not json\n', encoding="utf-8")
    second.write_text('{"text": "CCHR welcomes the release of Mam Sonando."}\n["a list, not a record"]\n', encoding="utf-8")
    return first, second


def _warned(report: dict) -> set[tuple[str, int]]:
    return {(w["source"], w["line"]) for w in report["warnings"]}


def test_an_added_folder_build_keeps_the_earlier_builds_warnings(tmp_path):
    first, second = _with_bad_records(tmp_path)
    out = tmp_path / "out"
    before = build_files([first], out)
    assert _warned(before.report) == {("first.jsonl", 1), ("first.jsonl", 2)}
    added = build_files([second], out, add=True)
    assert _warned(added.report) == {("first.jsonl", 1), ("first.jsonl", 2), ("second.jsonl", 2)}
    assert added.report["records_skipped"] == 1 and added.report["statements_read"] == 2  # this build's reading
    # Reading first.jsonl again replaces its warnings instead of listing them twice.
    again = build_files([first], out, add=True)
    assert len(again.report["warnings"]) == len(added.report["warnings"])


def test_an_on_disk_store_build_writes_its_report_beside_the_store_and_keeps_it_on_add(tmp_path):
    import json

    from clecgraph.pipeline.incremental import store_report_path

    first, second = _with_bad_records(tmp_path)
    spec = f"oxigraph:{tmp_path / 'store'}"
    result = build([first], store=spec, validate=False)
    report_file = store_report_path(tmp_path / "store")
    assert result.files["report"] == report_file == tmp_path / "store.report.json"
    assert _warned(json.loads(report_file.read_text(encoding="utf-8"))) == {("first.jsonl", 1), ("first.jsonl", 2)}
    build([second], store=spec, validate=False)
    written = json.loads(report_file.read_text(encoding="utf-8"))
    assert _warned(written) == {("first.jsonl", 1), ("first.jsonl", 2), ("second.jsonl", 2)}
    assert written["statements_written"] == 2


def test_an_unreadable_earlier_report_is_said_in_the_new_one(tmp_path):
    first, second = _with_bad_records(tmp_path)
    out = tmp_path / "out"
    build_files([first], out)
    (out / "report.json").write_text("{ truncated", encoding="utf-8")
    added = build_files([second], out, add=True)
    messages = [w["message"] for w in added.report["warnings"] if w["source"] == "report.json"]
    assert messages and "not carried over" in messages[0]
