"""Reproducible builds: same input, same bytes; inputs in another order, the same graph."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from clecgraph import build

LISTING = (
    "2012-03-01   CCHR\n\nCCHR and LICADHO condemn the arrest of Mam Sonando in Phnom Penh.\n\n\n"
    "2012-03-02   ADHOC\n\nADHOC reports the eviction of 300 families in Kampong Speu province.\n"
)


def corpus(folder: Path) -> list[Path]:
    """Three inputs of three kinds: the sample listing, a small listing, hostile records."""
    from hostile_corpus import write_hostile_corpus

    from clecgraph.pipeline.stages import sample_corpus

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "extra.txt").write_text(LISTING, encoding="utf-8")
    (folder / "sample.txt").write_bytes(sample_corpus().read_bytes())
    hostile = write_hostile_corpus(folder / "hostile")
    return [folder / "sample.txt", folder / "extra.txt", hostile / "hostile.jsonl", hostile / "hostile.csv"]


def start_build(inputs: list[Path], out: Path, seed: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "clecgraph", "build", *map(str, inputs), "--out", str(out), "--quiet"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_same_input_gives_byte_identical_files_across_processes(tmp_path):
    inputs = corpus(tmp_path / "in")
    builds = [start_build(inputs, tmp_path / "one", "1"), start_build(inputs, tmp_path / "two", "4242")]
    for process in builds:  # two processes at once, each with its own hash seed
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
    one = sorted(p.name for p in (tmp_path / "one").iterdir())
    two = sorted(p.name for p in (tmp_path / "two").iterdir())
    assert one == two and "graph.ttl" in one and "report.json" in one
    differing = [name for name in one if (tmp_path / "one" / name).read_bytes() != (tmp_path / "two" / name).read_bytes()]
    assert not differing


def union(path: Path, rdf_format: str) -> Graph:
    dataset = Dataset()
    dataset.parse(path, format=rdf_format)
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def test_file_order_does_not_change_the_graph_or_the_extractions(tmp_path):
    inputs = corpus(tmp_path / "in")
    formats = ["turtle", "trig", "extractions"]
    forward = build(inputs, out=tmp_path / "forward", formats=formats, validate=False)
    backward = build(list(reversed(inputs)), out=tmp_path / "backward", formats=formats, validate=False)
    assert forward.report["statements_written"] == backward.report["statements_written"] > 40
    assert isomorphic(union(tmp_path / "forward" / "graph.ttl", "turtle"), union(tmp_path / "backward" / "graph.ttl", "turtle"))
    assert isomorphic(union(tmp_path / "forward" / "graph.trig", "trig"), union(tmp_path / "backward" / "graph.trig", "trig"))
    forward_quads = {q for q in forward.dataset.quads((None, None, None, None))}
    backward_quads = {q for q in backward.dataset.quads((None, None, None, None))}
    assert forward_quads == backward_quads  # named graphs too: each statement keeps its own
    assert (tmp_path / "forward" / "extractions.jsonl").read_bytes() == (tmp_path / "backward" / "extractions.jsonl").read_bytes()


def test_folder_and_listed_files_build_the_same(tmp_path):
    inputs = corpus(tmp_path / "in")
    from_files = build(sorted(inputs, key=lambda p: p.name), out=None, validate=False)
    from_folder = build([tmp_path / "in"], out=None, validate=False)
    assert set(from_files.dataset.quads((None, None, None, None))) == set(from_folder.dataset.quads((None, None, None, None)))


@pytest.mark.parametrize("twice", [False, True])
def test_duplicated_statements_are_kept_apart(tmp_path, twice):
    """The same statement in two files (or twice in one) is two statements: nothing merged or lost."""
    (tmp_path / "a.txt").write_text(LISTING, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LISTING + ("\n\n\n" + LISTING if twice else ""), encoding="utf-8")
    result = build([tmp_path], out=tmp_path / "out", formats=["extractions"], validate=True)
    expected = 2 + (4 if twice else 2)
    assert result.report["statements_read"] == result.report["statements_written"] == expected
    lines = (tmp_path / "out" / "extractions.jsonl").read_text(encoding="utf-8").split("\n")[:-1]
    assert len({json.loads(line)["statement"] for line in lines}) == expected
    assert result.report["validation"]["conforms"] is True
