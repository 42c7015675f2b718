"""The publisher field: ';' separates co-publishers, in every reader that has the field (issue 19).

"A; B" once made three organisations: A, B and one named "A; B".
"""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib
from click.testing import CliRunner
from input_checks import read, write

from clecgraph.cli.commands import cli
from clecgraph.names import co_publishers

DCTERMS = rdflib.Namespace("http://purl.org/dc/terms/")
ORG = rdflib.URIRef("http://www.w3.org/ns/org#Organization")
PREF = rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")

TEXT = "The Alpha Rights Group and the Beta Justice Centre condemn the arrest of a land activist in Phnom Penh."


def _input(kind: str, publisher: str) -> str:
    if kind == "txt":
        return f"2012-03-01   {publisher}\n\n{TEXT}\n"
    record = {"date": "2012-03-01", "publisher": publisher, "text": TEXT}
    if kind == "jsonl":
        return json.dumps(record) + "\n"
    if kind == "json":
        return json.dumps([record], indent=1) + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(record))
    writer.writeheader()
    writer.writerow(record)
    return out.getvalue()


def _build(tmp_path, kind: str, publisher: str) -> rdflib.Graph:
    path = write(tmp_path / f"in.{kind}", _input(kind, publisher))
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--format", "turtle", "--no-validate"])
    assert result.exit_code == 0, result.output
    return rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")


@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv", "json"])
@pytest.mark.parametrize("publisher", ["Alpha Rights Group; Beta Justice Centre", " Alpha Rights  Group ;Beta Justice Centre; "])
def test_a_semicolon_separates_co_publishers_in_every_reader(tmp_path, kind, publisher):
    graph = _build(tmp_path, kind, publisher)
    organisations = {str(graph.value(o, PREF)) for o in graph.subjects(rdflib.RDF.type, ORG)}
    assert not [name for name in organisations if ";" in name]  # was a third organisation "A; B"
    assert organisations == {"Alpha Rights Group", "Beta Justice Centre"}
    statement = next(graph.subjects(DCTERMS.publisher, None))
    creators = {str(graph.value(o, PREF)) for o in graph.objects(statement, DCTERMS.creator)}
    assert creators == {"Alpha Rights Group", "Beta Justice Centre"}
    # the first named is the statement's publisher; the field itself is kept as read
    assert str(graph.value(graph.value(statement, DCTERMS.publisher), PREF)) == "Alpha Rights Group"


@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv"])
def test_a_part_with_no_letters_is_dropped_with_a_warning(tmp_path, kind):
    statements, warnings = read(write(tmp_path / f"in.{kind}", _input(kind, "[]; Beta Justice Centre")))
    assert co_publishers(statements[0].publisher) == ["Beta Justice Centre"]
    warnings += statements[0].warnings
    assert any("'[]'" in w.message and w.line in (1, 2) for w in warnings), warnings


@pytest.mark.parametrize(
    "field, parts",
    [
        ("A; B", ["A", "B"]),
        ("A;B;A", ["A", "B"]),  # named twice, one body
        ("A\uff1b B", ["A", "B"]),  # a full-width semicolon, as CJK keyboards type it
        ("Centre for Law, Justice and Development", ["Centre for Law, Justice and Development"]),  # commas never split
        ("; ;", []),
        ("", []),
        (None, []),
    ],
)
def test_co_publishers(field, parts):
    assert co_publishers(field) == parts
