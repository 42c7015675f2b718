"""The command line, driven through click's CliRunner."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from clecgraph.cli.commands import cli

COUNT_STATEMENTS = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://clecgraph.example/ns#Statement> }"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli-build")
    result = CliRunner().invoke(cli, ["build", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, result


def test_build_without_arguments_builds_the_sample(built):
    out, result = built
    assert "22 statements read, 22 written" in result.output
    for name in ("graph.ttl", "graph.jsonld", "graph.nt", "graph.trig", "extractions.jsonl", "network.html", "report.json"):
        assert (out / name).stat().st_size > 0, name


def test_report_accounts_for_every_statement(built):
    out, _ = built
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["statements_read"] == report["statements_written"] + report["records_skipped"] == 22
    assert any(w["line"] == 106 and "no header" in w["message"] for w in report["warnings"])
    assert report["triples"] > 0 and set(report["entities"]) == {"organisation", "person", "place"}


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.jsonld", "graph.trig"])
def test_query_counts_statements_in_every_rdf_file(built, name):
    out, _ = built
    result = CliRunner().invoke(cli, ["query", str(out / name), COUNT_STATEMENTS, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "22"]


def test_query_from_file_as_sparql_json(built, tmp_path):
    out, _ = built
    query_file = tmp_path / "q.rq"
    query_file.write_text(COUNT_STATEMENTS, encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(out / "graph.ttl"), "-f", str(query_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["head"]["vars"] == ["n"]
    assert document["results"]["bindings"][0]["n"]["value"] == "22"


def test_query_table_and_tsv(built):
    out, _ = built
    table = CliRunner().invoke(cli, ["query", str(out / "graph.ttl"), COUNT_STATEMENTS])
    assert table.exit_code == 0 and table.output.splitlines()[0].strip() == "n" and "(1 row)" in table.output
    tsv = CliRunner().invoke(cli, ["query", str(out / "graph.ttl"), COUNT_STATEMENTS, "--format", "tsv"])
    assert tsv.output.splitlines() == ["n", "22"]


def test_query_parameters_are_bound_not_pasted(built):
    out, _ = built
    text = "SELECT ?s WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?name }"
    hostile = 'x" } ; DROP ALL ; SELECT * { "'
    result = CliRunner().invoke(cli, ["query", str(out / "graph.ttl"), text, "-p", f"name={hostile}", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["s"]
    bound = CliRunner().invoke(cli, ["query", str(out / "graph.ttl"), text, "-p", "name=LICADHO", "--format", "csv"])
    assert bound.output.splitlines()[1].endswith("/org/licadho")


@pytest.mark.parametrize(
    "args, message",
    [
        (["query", "missing.ttl", "SELECT * {}"], "missing.ttl: no such graph file"),
        (["build", "no-such-input.txt"], "no-such-input.txt: no such file"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, [*args[:1], *args[1:]])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_bad_sparql_is_a_clear_error(built):
    out, _ = built
    result = CliRunner().invoke(cli, ["query", str(out / "graph.ttl"), "SELEC nonsense"])
    assert result.exit_code == 2 and "query failed" in result.output


def test_every_command_explains_itself_with_an_example():
    runner = CliRunner()
    top = runner.invoke(cli, ["--help"])
    assert top.exit_code == 0 and "clecgraph build" in top.output
    for name in sorted(cli.commands):
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"'clecgraph {name} --help' shows no example"


def test_python_dash_m_runs_the_cli():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "clecgraph", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "version" in done.stdout


def test_table_keeps_terminal_control_characters_out():
    from clecgraph.sparql.query import table

    text = table(["name"], [["red \x1b[31malert\x1b[0m\x07 end"]])
    assert "\x1b" not in text and "\x07" not in text
    assert "alert" in text


def test_every_command_reading_statements_knows_every_reader():
    from clecgraph.sources import READERS

    for command in ("build", "evaluate"):
        option = next(o for o in cli.commands[command].params if o.name == "input_kind")
        assert sorted(option.type.choices) == sorted(READERS), command
