"""Small traps of issue 19: a malformed query on Oxigraph, a store in a folder that does not exist yet."""

from __future__ import annotations

from click.testing import CliRunner

from clecgraph.cli.commands import cli

STATEMENT = "2012-03-01   CCHR\n\nCCHR condemns the arrest of a land activist in Phnom Penh.\n"


def test_a_malformed_query_on_oxigraph_is_one_short_line(sample_build):
    _, out = sample_build
    result = CliRunner().invoke(cli, ["query", str(out / "graph.trig"), "--store", "oxigraph", "SELECT * WHERE { ?s ?p"])
    assert result.exit_code == 2 and "SyntaxError" in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) < 300, result.output  # not pyoxigraph's whole character-class list


def test_a_store_in_a_missing_folder_is_made_not_a_rocksdb_error(tmp_path):
    (tmp_path / "a.txt").write_text(STATEMENT, encoding="utf-8")
    spec = f"oxigraph:{tmp_path / 'not-yet' / 'store'}"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--store", spec, "-q"])
    assert result.exit_code == 0, result.output
    answer = CliRunner().invoke(cli, ["query", spec, "ASK { ?s ?p ?o }"])
    assert answer.exit_code == 0 and answer.output.strip() == "true"
