"""A curation file applied by a build: every kind of correction, with provenance, kept by --add."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from clecgraph import build
from clecgraph.cli.commands import cli
from clecgraph.pipeline.stages import sample_corpus
from clecgraph.sources import read_file
from clecgraph.vocab import CLEC, OA, ORG, SCHEMA, SEM, statement_id

ID = "https://clecgraph.example/id/"
SPLIT = 79  # the sample's statements up to line 75 go in the first build, the rest are added


def event(ids: dict[int, str], line: int, number: int) -> str:
    return f"{ids[line]}-{number}"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("curated")
    lines = sample_corpus().read_text(encoding="utf-8").splitlines(keepends=True)
    (root / "archive").mkdir()
    (root / "later").mkdir()
    first = root / "archive" / "statements.txt"
    first.write_text("".join(lines[:SPLIT]), encoding="utf-8")
    (root / "later" / "more.txt").write_text("".join(lines[SPLIT:]), encoding="utf-8")
    ids = {s.line: statement_id(s) for s in read_file(first)}
    plain = build([first], out=None, validate=False)  # before the curation file lies beside it
    rows = [
        ("merge", "organisation", "International Labour Organization", "Better Factories Cambodia", "", "", "Jane Doe", "an ILO programme"),
        ("kind", "place", "Manhattan Special Economic Zone", "organisation", "", "", "Jane Doe", "the zone's company"),
        ("rename", "person", "sokleang", "Sok Leang", "", "", "Jane Doe", ""),
        ("drop", "organisation", "WALMART", "", "", "", "", "named only as a buyer"),
        (
            "add",
            "organisation",
            "Phatthana Seafood",
            "https://example.org/id/phatthana",
            "Phatthana Co.",
            "https://example.org/checked",
            "",
            "",
        ),
        ("member", "person", "Mam Sonando", "Beehive Radio", "founder", "", "Jane Doe", ""),
        ("drop-event", "event", event(ids, 50, 3), "", "", "", "", ""),
        ("event-type", "", event(ids, 75, 1), "protest", "", "", "", ""),
        ("event-place", "event", event(ids, 70, 1), "phnom penh", "", "", "", ""),
        ("event-date", "event", ID + "event/" + event(ids, 21, 1), "2012-08", "", "", "", ""),
        ("drop", "person", "Nobody Here", "", "", "", "", ""),
        ("event-type", "event", "2012-01-01-0000000000-1", "arrest", "", "", "", ""),
    ]
    text = "# the sample, corrected\naction\tkind\tname\tvalue\tdetail\tsource\tcurator\tnote\n"
    text += "".join("\t".join(row) + "\n" for row in rows)
    (root / "archive" / "curation.tsv").write_text(text, encoding="utf-8")  # found beside the inputs
    result = CliRunner().invoke(cli, ["build", str(first), "--out", str(root / "out")])
    return root, ids, plain, result


def dataset(out: Path) -> Dataset:
    ds = Dataset(default_union=True)  # `in`, subjects() and value() over every named graph
    ds.parse(out / "graph.trig", format="trig")
    return ds


def records(out: Path, source: str = "statements.txt") -> dict[int, dict]:
    """The extraction records of one input file, by line."""
    rows = map(json.loads, (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines())
    return {r["line"]: r for r in rows if r["source"] == source}


def names(record: dict, field: str) -> set[str]:
    return {e["name"] for e in record[field]}


def check_corrections(out: Path, ids: dict[int, str]) -> None:
    ds = dataset(out)
    rows = records(out)
    # merge: one place, the other name an alternative label
    assert (URIRef(ID + "org/ilo"), SKOS.altLabel, Literal("Better Factories Cambodia")) in ds
    assert not any(ds.quads((URIRef(ID + "org/bfc"), None, None, None)))
    assert names(rows[21], "organisations") == {
        "Clean Clothes Campaign",
        "Community Legal Education Center",
        "International Labour Organization",
    }
    # kind: an organisation now, and no longer the event's place
    zone = URIRef(ID + "org/manhattan-special-economic-zone")
    assert (zone, RDF.type, ORG.Organization) in ds and not any(
        ds.quads((URIRef(ID + "place/manhattan-special-economic-zone"), None, None, None))
    )
    assert "Manhattan Special Economic Zone" in names(rows[65], "organisations") and rows[65]["events"][0]["place"] is None
    # rename, drop, add
    assert names(rows[11], "persons") == {"Sok Leang"}
    assert "Walmart" not in names(rows[60], "organisations") and not any(ds.quads((URIRef(ID + "org/walmart"), None, None, None)))
    assert "Phatthana Seafood" in names(rows[55], "organisations")
    phatthana = next(ds.subjects(SKOS.prefLabel, Literal("Phatthana Seafood")))
    assert (phatthana, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("https://example.org/id/phatthana")) in ds
    # member: stated in each statement naming the person; the rules' other role for it gives way
    for line in (6, 40):
        assert {"person": "Mam Sonando", "organisation": "Beehive Radio", "role": "founder"} in rows[line]["affiliations"]
    assert not any(a["role"] == "owner" for a in rows[40]["affiliations"])
    # events: dropped, retyped, placed, dated
    assert [e["type"] for e in rows[50]["events"]] == ["release", "violence"]
    assert rows[75]["events"][0]["type"] == "protest"
    assert rows[70]["events"][0]["place"] == "Phnom Penh"
    assert rows[21]["events"][0]["date"] == "2012-08"
    # provenance: the retyped event's annotation is the curation's; each correction is attributed to its curator
    retyped = URIRef(ID + "event/" + event(ids, 75, 1))
    note = next(ds.subjects(OA.hasBody, retyped))
    assert ds.value(note, PROV.wasAttributedTo) == URIRef(ID + "agent/curation")
    corrections = {str(ds.value(c, CLEC.entry)).split("\t")[0:3][2]: c for c in ds.subjects(RDF.type, CLEC.Correction)}
    assert len(corrections) == 12
    renamed = corrections["sokleang"]
    assert ds.value(renamed, PROV.wasAttributedTo) == URIRef(ID + "agent/curator/jane-doe")
    assert (URIRef(ID + "agent/curation"), PROV.actedOnBehalfOf, URIRef(ID + "agent/curator/jane-doe")) in ds
    assert ds.value(corrections["Phatthana Seafood"], DCTERMS.source) == URIRef("https://example.org/checked")
    assert ds.value(corrections["Nobody Here"], CLEC.applied) == Literal(False)
    assert (URIRef(ID + "agent/curator/curation-tsv"), RDF.type, PROV.Agent) in ds  # no curator given: the file
    # pages show the corrected graph
    page = (out / "network.html").read_text(encoding="utf-8")
    assert "Sok Leang" in page and "Sokleang" not in page.split("<script", 1)[0]
    assert '"id": "https://clecgraph.example/id/org/manhattan-special-economic-zone"' in page
    for gone in ("org/walmart", "org/bfc", "place/manhattan-special-economic-zone"):
        assert f'"id": "{ID}{gone}"' not in page


def test_every_kind_of_correction_reaches_graph_extractions_counts_and_pages(archive):
    root, ids, plain, result = archive
    assert result.exit_code == 0, result.output
    assert "curation: 10 of 12 corrections applied (curation.tsv)" in result.output
    assert "curation.tsv:13: drop 'Nobody Here' not applied: no person is named 'Nobody Here'" in result.output
    assert "curation.tsv:14: event-type '2012-01-01-0000000000-1' not applied: no event" in result.output
    out = root / "out"
    check_corrections(out, ids)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    section = report["curation"]
    assert section["corrections"] == 12 and sum(section["applied"].values()) == 10
    assert [(e["line"], e["action"]) for e in section["not_applied"]] == [(13, "drop"), (14, "event-type")]
    before, after = plain.report, report
    assert after["events"]["trial"] == before["events"]["trial"] - 1
    assert after["events"]["protest"] == before["events"]["protest"] + 1
    assert after["events"]["eviction"] == before["events"]["eviction"] - 1
    # Better Factories Cambodia merged, Walmart gone, the zone an organisation and no longer a place
    assert after["entities"]["place"] == before["entities"]["place"] - 1
    assert after["entities"]["organisation"] == before["entities"]["organisation"] - 1
    assert after["validation"]["conforms"] is True


def test_an_added_build_keeps_the_corrections(archive):
    root, ids, _, first = archive
    assert first.exit_code == 0, first.output
    added = CliRunner().invoke(cli, ["build", str(root / "later" / "more.txt"), "--out", str(root / "out"), "--add"])
    assert added.exit_code == 0, added.output
    assert "curation: 10 of 12 corrections applied" in added.output
    out = root / "out"
    check_corrections(out, ids)
    assert records(out, "more.txt")  # the later statements are in
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["statements_written"] == 22


def test_curation_with_a_store_build_is_refused_clearly(tmp_path):
    (tmp_path / "c.tsv").write_text("action\tname\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--store", f"oxigraph:{tmp_path / 's'}", "--curation", str(tmp_path / "c.tsv")])
    assert result.exit_code == 2 and "store build does not take it" in result.output


def test_curated_graph_marks_curated_facts_only(archive):
    root, _, _, _ = archive
    ds = dataset(root / "out")
    agents = {ds.value(n, PROV.wasAttributedTo) for n in ds.subjects(RDF.type, OA.Annotation)}
    assert URIRef(ID + "agent/curation") in agents and len(agents) > 1  # the rules' extractors are still there
    assert any(ds.quads((None, SEM.eventType, None, None))) and any(ds.quads((None, SCHEMA.mentions, None, None)))
