"""The records a build makes from what it holds equal the records read back from its graph.

The report, extractions.jsonl and the build's counts come from
clecgraph.graph.records (fast); clecgraph.graph.readback reads the same out of
the graph (the source of truth). They must agree on every corpus: the
sample, a synthetic corpus, the hostile strings, and a corpus where one
statement is read twice.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hostile_corpus import write_hostile_corpus

from clecgraph.graph.readback import records
from clecgraph.pipeline.builder import build

ROOT = Path(__file__).resolve().parents[2]


def synthetic(folder: Path, n: int) -> Path:
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "benchmarks" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_listing(folder / "synthetic.txt", n)


def assert_same_records(result) -> None:
    held = result.graph.records
    assert held, "the build made no records"
    read_back = list(records(result.dataset))
    assert len(held) == len(read_back)
    for mine, theirs in zip(held, read_back, strict=True):
        assert mine == theirs


def test_sample_records_equal_the_graph_readback(sample_build):
    result, _ = sample_build
    assert_same_records(result)


@pytest.mark.parametrize("n", [300])
def test_synthetic_records_equal_the_graph_readback(tmp_path, n):
    assert_same_records(build([synthetic(tmp_path, n)], out=None, validate=False))


def test_hostile_records_equal_the_graph_readback(tmp_path):
    folder = write_hostile_corpus(tmp_path / "hostile")
    assert_same_records(build([folder / "hostile.jsonl", folder / "hostile.csv"], out=None, validate=False))


def test_a_statement_read_twice_gives_one_record_like_the_graph(tmp_path):
    text = "2012-03-01   CCHR\n\nCCHR and LICADHO condemn the arrest of Mam Sonando in Phnom Penh.\n"
    for folder in ("one", "two"):  # two files of one name: the same source, line and text, so one statement IRI
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(text, encoding="utf-8")
    result = build([tmp_path / "one" / "a.txt", tmp_path / "two" / "a.txt"], out=None, validate=False)
    assert len(result.extractions) == 2 and len(result.graph.records) == 1
    assert_same_records(result)


def test_report_counts_equal_those_of_the_read_back_records(sample_build):
    result, _ = sample_build
    rows = list(records(result.dataset))
    assert result.report["statements_written"] == len(rows)
    assert result.report["statements_without_date"] == sum(1 for row in rows if not row["date"])
    assert result.report["quads"] == sum(1 for _ in result.dataset.quads((None, None, None, None)))
