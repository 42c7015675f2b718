"""Text from input never escapes its place in any output.

A corpus of hostile strings (quotes, backslashes, line breaks of every kind,
triple quotes, markup, Turtle/SPARQL/JSON-LD syntax, control characters,
escape-lookalikes, right-to-left overrides, astral characters) is built into
every format; each file must hold each string exactly, as data, and nothing
more.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_corpus import NASTY, PREFIX, PUBLISHER, expected_texts, write_hostile_corpus  # noqa: E402,F401
from rdflib import Dataset

from clecgraph import build
from clecgraph.cli.commands import cli
from clecgraph.vocab import SCHEMA


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("escaping")
    result = build([write_hostile_corpus(root / "in")], out=root / "out")
    assert result.report["statements_written"] == len(expected_texts())
    return result, root / "out"


def texts_in(path: Path, rdf_format: str) -> set[str]:
    dataset = Dataset()
    dataset.parse(path, format=rdf_format)
    return {str(o) for _, _, o, _ in dataset.quads((None, SCHEMA.text, None, None))}


@pytest.mark.parametrize(
    "name,rdf_format", [("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld"), ("graph.trig", "trig")]
)
def test_rdf_files_hold_each_text_exactly(hostile, name, rdf_format):
    result, out = hostile
    assert texts_in(out / name, rdf_format) == expected_texts()
    dataset = Dataset()
    dataset.parse(out / name, format=rdf_format)
    triples = {q[:3] for q in dataset.quads((None, None, None, None))}
    assert len(triples) == result.report["triples"]  # nothing injected, nothing lost
    assert not any("evil.example" in str(term) for triple in triples for term in triple if not hasattr(term, "datatype"))
    assert PUBLISHER in {str(o) for _, _, o in triples}


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.trig"])
def test_pyoxigraph_reads_the_same_texts(hostile, name):
    import pyoxigraph as ox

    fmt = {"graph.ttl": ox.RdfFormat.TURTLE, "graph.nt": ox.RdfFormat.N_TRIPLES, "graph.trig": ox.RdfFormat.TRIG}[name]
    texts = {q.object.value for q in ox.parse(path=str(hostile[1] / name), format=fmt) if q.predicate.value == str(SCHEMA.text)}
    assert texts == expected_texts()


def test_ntriples_is_one_triple_per_line(hostile):
    _, out = hostile
    lines = (out / "graph.nt").read_text(encoding="utf-8").split("\n")
    assert lines[-1] == ""
    pattern = re.compile(r'^(<[^<>"{}|^`\\\s]*>|_:\S+) <[^<>"\s]*> (<[^<>"\s]*>|_:\S+|"(?:[^"\\\n\r]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) \.$')
    bad = [line for line in lines[:-1] if not pattern.match(line)]
    assert not bad, bad[:3]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_query_results_round_trip(hostile, fmt):
    from clecgraph.sparql.query import format_result, query

    _, out = hostile
    result = query(out / "graph.ttl", "SELECT ?text WHERE { ?s <https://schema.org/text> ?text }")
    rows = list(csv.reader(io.StringIO(format_result(result, fmt), newline=""), delimiter="," if fmt == "csv" else "\t"))
    assert rows[0] == ["text"]
    assert all(len(row) == 1 for row in rows)
    assert {row[0] for row in rows[1:]} == expected_texts()


def test_cli_csv_output_keeps_every_character(hostile):
    _, out = hostile
    query = "SELECT ?text WHERE { ?s <https://schema.org/text> ?text }"
    result = CliRunner().invoke(cli, ["query", str(out / "graph.ttl"), query, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))
    assert {row[0] for row in rows[1:]} == expected_texts()


def test_sparql_json_output_round_trips(hostile):
    _, out = hostile
    query = "SELECT ?p WHERE { ?s <http://purl.org/dc/terms/title> ?p }"
    result = CliRunner().invoke(cli, ["query", str(out / "graph.nt"), query, "--format", "json"])
    titles = {b["p"]["value"] for b in json.loads(result.output)["results"]["bindings"]}
    assert titles == {text[:60].strip() for text in NASTY if text[:60].strip()}


def test_extractions_jsonl_is_one_record_per_line(hostile):
    result, out = hostile
    lines = (out / "extractions.jsonl").read_bytes().split(b"\n")
    assert lines[-1] == b""
    records = [json.loads(line) for line in lines[:-1]]
    assert len(records) == result.report["statements_written"]
    assert all(record["issuers"] or record["organisations"] for record in records)


@pytest.fixture(scope="module")
def benign_pages(tmp_path_factory) -> dict[str, str]:
    """The HTML pages of a harmless one-statement corpus, to compare markup with."""
    from clecgraph.export import EXPORTERS

    root = tmp_path_factory.mktemp("benign")
    (root / "a.jsonl").write_text(json.dumps({"date": "2012-05-01", "publisher": "LICADHO", "text": PREFIX}) + "\n", encoding="utf-8")
    formats = [name for name, exporter in EXPORTERS.items() if exporter.filename.endswith(".html")]
    build([root / "a.jsonl"], out=root / "out", formats=formats, validate=False)
    return {page.name: page.read_text(encoding="utf-8") for page in (root / "out").glob("*.html")}


def test_html_pages_carry_no_input_markup(hostile, benign_pages):
    _, out = hostile
    pages = sorted(out.glob("*.html"))
    assert pages and {page.name for page in pages} == set(benign_pages)
    for page in pages:
        text, benign = page.read_text(encoding="utf-8"), benign_pages[page.name]
        for markup in ("<script>alert", "</script><script>", "<b>bold</b>", "<!-- c -->", "\u0000"):
            assert markup not in text, (page.name, markup)
        for tag in ("<script", "</script>", "<body", "</body>", "<!--", "<b>"):
            assert text.count(tag) == benign.count(tag), (page.name, tag)


def test_html_data_blocks_hold_the_names_intact(hostile):
    _, out = hostile
    page = (out / "network.html").read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)
    if not blocks:
        pytest.skip("network.html embeds no JSON data block")
    data = json.dumps([json.loads(block) for block in blocks], ensure_ascii=False)
    assert "LICADHO" in data and "<script>" not in blocks[0]


def test_gexf_is_well_formed_xml(hostile):
    _, out = hostile
    path = out / "network.gexf"
    if not path.exists():
        pytest.skip("no GEXF exporter")
    ET.parse(path)


def test_other_data_files_parse(hostile):
    _, out = hostile
    for path in sorted(out.glob("*.geojson")) + sorted(out.glob("*.json")):
        json.loads(path.read_text(encoding="utf-8"))


def test_publisher_and_metadata_survive(hostile):
    _, out = hostile
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    metadata = {str(o) for _, _, o, _ in dataset.quads((None, None, None, None)) if str(o).startswith("note<>=")}
    assert metadata == {f"note<>={text}" for text in NASTY}
