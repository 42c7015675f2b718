"""The curation file format: every action read, every mistake a clear error naming file and line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from clecgraph.cli.commands import cli
from clecgraph.curation import corrections_for_build
from clecgraph.curation.entries import ACTIONS, COLUMNS, find_curation_file, parse_curation, read_curation
from clecgraph.errors import InputError

HEADER = "\t".join(COLUMNS) + "\n"


def test_every_action_reads_and_rows_round_trip():
    text = HEADER + (
        "merge\torganisation\tIndustriALL Global Union\tIndustriALL\t\t\tJane\t\n"
        "kind\t\tBorder Patrol Police\torganisation\t\t\t\t\n"
        "rename\tplace\tNCR\tNational Capital Region\t\t\t\t\n"
        "drop\tperson\tPrey Lang\t\t\t\t\tnot a person\n"
        "add\torganisation\tKarapatan\tQ1 https://example.org/k\tKarapatan Alliance|Karapatan Alliance Philippines\thttps://example.org/checked\t\t\n"
        "member\t\tChhim Sokhorn\tLICADHO\tinvestigator\t\t\t\n"
        "drop-event\t\t2012-01-01-abcdef0123-2\t\t\t\t\t\n"
        "event-type\tevent\t2012-01-01-abcdef0123-1\tarrest\t\t\t\t\n"
        "event-place\tevent\t2012-01-01-abcdef0123-1\tMetro Manila\t\t\t\t\n"
        "event-date\tevent\t2012-01-01-abcdef0123-1\t2012-01\t\t\t\t\n"
    )
    found = parse_curation(text, "c.tsv")
    assert [c.action for c in found] == list(ACTIONS)
    assert [c.line for c in found] == list(range(2, 12))
    assert found[1].kind == "" and found[5].kind == "person" and found[6].kind == "event"
    add = found[4]
    # A format check: a Q-number becomes a Wikidata entity IRI (not a claim about any item)
    assert add.identifiers() == ("http://www.wikidata.org/entity/Q1", "https://example.org/k")
    assert add.names() == ("Karapatan", "Karapatan Alliance", "Karapatan Alliance Philippines")
    again = parse_curation(HEADER + "".join(c.row() + "\n" for c in found), "c.tsv")
    assert [c.row() for c in again] == [c.row() for c in found]


def test_columns_may_come_in_any_order_and_be_left_out():
    found = parse_curation("# comment\n\nname\taction\nWalmart\tdrop\n", "c.tsv")
    assert (found[0].action, found[0].name, found[0].line) == ("drop", "Walmart", 4)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("explode\torganisation\tX", "unknown action 'explode'"),
        ("kind\torganisation\tX\tanimal", "kind must become organisation, person or place"),
        ("merge\torganisation\tX", "merge needs a value"),
        ("merge\torganisation\tX\tX", "two different names"),
        ("drop\torganisation\t", "drop needs a name"),
        ("drop\torganisation\tX\tY", "drop takes no value"),
        ("drop-event\tperson\t2012-x-1", "drop-event takes kind event"),
        ("event-type\tevent\tx-1\texploding", "unknown event type 'exploding'"),
        ("event-date\tevent\tx-1\t12 May 2012", "YYYY, YYYY-MM or YYYY-MM-DD"),
        ("add\t\tKarapatan", "add needs a kind"),
        ("add\torganisation\tKarapatan\tQ12x\t\thttps://e.example/", "neither a Wikidata Q-number"),
        ("add\torganisation\tKarapatan\tQ12", "needs its source"),
        ("drop\torganisation\tX\t\t\t\t\t\textra", "cells, but the header names"),
    ],
)
def test_a_bad_line_is_an_error_naming_file_and_line(line, message):
    with pytest.raises(InputError, match=message) as caught:
        parse_curation(HEADER + line + "\n", "c.tsv")
    assert caught.value.line == 2 and caught.value.path == "c.tsv"


def test_a_file_without_a_header_is_refused(tmp_path):
    path = tmp_path / "curation.tsv"
    path.write_text("drop\torganisation\tWalmart\n", encoding="utf-8")
    with pytest.raises(InputError, match="first line must name the columns") as caught:
        read_curation(path)
    assert caught.value.line == 1 and caught.value.path == str(path)
    result = CliRunner().invoke(cli, ["build", "--curation", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "curation.tsv:1: the first line must name the columns" in result.output
    assert "Traceback" not in result.output


def test_the_file_is_found_beside_the_inputs_then_in_the_output_folder(tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    out.mkdir()
    statements = inputs / "s.txt"
    statements.write_text("x", encoding="utf-8")
    assert find_curation_file([statements], out) is None
    (out / "curation.tsv").write_text("action\tname\ndrop\tX\n", encoding="utf-8")
    assert find_curation_file([statements], out) == out / "curation.tsv"
    (inputs / "curation.tsv").write_text("action\tname\ndrop\tY\n", encoding="utf-8")
    assert find_curation_file([inputs], out) == inputs / "curation.tsv"
    assert [c.name for c in corrections_for_build(None, [statements], out)] == ["Y"]
    given = tmp_path / "mine.tsv"
    given.write_text("action\tname\ndrop\tZ\n", encoding="utf-8")
    assert [c.name for c in corrections_for_build(given, [statements], out)] == ["Z"]
