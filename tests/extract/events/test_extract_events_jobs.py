"""Extraction in several processes gives what one process gives, in input order."""

from __future__ import annotations


def test_jobs_give_the_same_extractions_in_order(sample_corpus):
    from clecgraph.pipeline.stages import extract_all

    one, skipped_one, _ = extract_all([sample_corpus])
    two, skipped_two, _ = extract_all([sample_corpus], jobs=2)
    assert [e.statement.line for e in two] == [e.statement.line for e in one]
    assert two == one and skipped_two == skipped_one


def test_build_with_jobs_writes_the_same_files(sample_corpus, tmp_path):
    from click.testing import CliRunner

    from clecgraph.cli.commands import cli

    runner = CliRunner()
    for name, extra in (("one", []), ("two", ["--jobs", "2"])):
        result = runner.invoke(
            cli, ["build", str(sample_corpus), "--out", str(tmp_path / name), "--format", "extractions", "--format", "trig", "-q", *extra]
        )
        assert result.exit_code == 0, result.output
    for filename in ("extractions.jsonl", "graph.trig"):
        assert (tmp_path / "one" / filename).read_bytes() == (tmp_path / "two" / filename).read_bytes()
