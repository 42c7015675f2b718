"""The review sheet: what to check first, marked rows back as curation entries, no formula injection."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import zipfile

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from clecgraph.cli.commands import cli
from clecgraph.curation.entries import parse_curation
from clecgraph.curation.review import COLUMNS, apply_review, neutralise, read_review, restore, review_rows, write_review
from clecgraph.errors import InputError
from clecgraph.vocab import ORG, SCHEMA

HOSTILE = ["=1+1", "+2+3", "-2+3", "@SUM(1)", '=HYPERLINK("https://evil.example","x")']


def mark(path, choose, fill=None):
    """Mark the rows `choose(row)` picks, writing `fill(row)`'s cells into them (as a person would)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if choose(row):
            row["mark"] = "yes"
            row.update((fill or (lambda r: {}))(row))
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(rows)


def test_the_sheet_lists_what_to_check_first_with_the_evidence(sample_build):
    result, _ = sample_build
    rows = review_rows(result.dataset)
    reasons = [r.reason for r in rows]
    assert {"seen once", "unlinked organisation", "unlinked place", "event without a date"} <= set(reasons)
    walmart = next(r for r in rows if r.name == "Walmart" and r.reason == "seen once")
    assert (walmart.action, walmart.kind) == ("drop", "organisation")
    assert "Walmart" in walmart.evidence and walmart.statement.startswith("https://clecgraph.example/id/statement/")
    undated = next(r for r in rows if r.reason == "event without a date")
    assert undated.kind == "event" and undated.iri.endswith(undated.name) and undated.evidence
    # Places the linker added only to complete a hierarchy are not the texts' and are not listed
    assert not any(r.name == r.value for r in rows if r.action == "merge")


def test_candidate_merges_acronyms_near_names_and_conflicting_kinds():
    from sample_graphs import small_graph

    ds = small_graph()
    entities = ds.graph(URIRef("https://t.example/id/graph/entities"))
    extra = {
        "org/industriall": ("IndustriALL", ORG.Organization),
        "org/industriall-gu": ("IndustriALL Global Union", ORG.Organization),
        "org/cchr-full": ("Cambodian Centre for Human Right", ORG.Organization),
        "person/boeung-kak": ("Boeung Kak", SCHEMA.Person),
    }
    statement = next(ds.graph(g).identifier for g in ds.graphs() if "statement/" in str(g.identifier))
    for path, (label, cls) in extra.items():
        node = URIRef("https://t.example/id/" + path)
        entities.add((node, RDF.type, cls))
        entities.add((node, SKOS.prefLabel, Literal(label)))
        ds.graph(statement).add((statement, SCHEMA.mentions, node))
    for graph in ds.graphs():
        if "statement/" in str(graph.identifier):  # the place is named more often than the person of that name
            graph.add((graph.identifier, SCHEMA.mentions, URIRef("https://t.example/id/place/boeung-kak")))
    rows = review_rows(ds)
    merges = {(r.name, r.value, r.reason) for r in rows if r.action == "merge"}
    assert ("IndustriALL Global Union", "IndustriALL", "one name starts the other") in merges
    near = [r for r in rows if r.reason == "near-identical names"]
    assert any({r.name, r.value} == {"Cambodian Center for Human Rights", "Cambodian Centre for Human Right"} for r in near)
    kinds = [r for r in rows if r.action == "kind"]
    assert [(k.name, k.kind, k.value) for k in kinds] == [("Boeung Kak", "person", "place")]


def test_review_then_apply_round_trips(sample_build, tmp_path):
    result, out = sample_build
    sheet = tmp_path / "review.csv"
    runner = CliRunner()
    made = runner.invoke(cli, ["review", str(out / "graph.trig"), "--out", str(sheet)])
    assert made.exit_code == 0, made.output
    assert "rows to review" in made.output
    source = "https://example.org/checked/komnas-ham"

    def choose(row):
        return (row["name"], row["reason"]) in {("Walmart", "seen once"), ("Komnas HAM", "unlinked organisation")}

    mark(sheet, choose, lambda row: {"value": "https://example.org/id/komnas", "source": source} if row["action"] == "add" else {})
    curation = tmp_path / "curation.tsv"
    applied = runner.invoke(cli, ["review", "--apply", str(sheet), "--to", str(curation), "--curator", "Dara"])
    assert applied.exit_code == 0, applied.output
    assert "2 marked rows -> 2 new entries" in applied.output
    entries = parse_curation(curation.read_text(encoding="utf-8"), "curation.tsv")
    assert [(c.action, c.kind, c.name, c.value, c.source, c.curator) for c in entries] == [
        ("drop", "organisation", "Walmart", "", "", "Dara"),
        ("add", "organisation", "Komnas HAM", "https://example.org/id/komnas", source, "Dara"),
    ]
    again = runner.invoke(cli, ["review", "--apply", str(sheet), "--to", str(curation), "--curator", "Dara"])
    assert "2 marked rows -> 0 new entries" in again.output  # applying twice adds nothing


def test_a_marked_row_that_cannot_be_a_correction_names_the_sheet_line(sample_build, tmp_path):
    result, _ = sample_build
    sheet = write_review(review_rows(result.dataset), tmp_path / "review.csv")
    mark(sheet, lambda row: row["reason"] == "unlinked organisation" and row["name"] == "Walmart", lambda r: {"value": "Q12"})
    with pytest.raises(InputError, match="marked row: an identifier needs its source") as caught:
        apply_review(sheet)
    assert caught.value.path == str(sheet) and caught.value.line > 1
    bad = tmp_path / "other.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["review", "--apply", str(bad)])
    assert result.exit_code == 2 and "not a review sheet" in result.output


def hostile_sheet(tmp_path):
    from sample_graphs import small_graph

    ds = small_graph()
    entities = ds.graph(URIRef("https://t.example/id/graph/entities"))
    statement = next(ds.graph(g).identifier for g in ds.graphs() if "statement/" in str(g.identifier))
    for number, label in enumerate(HOSTILE):
        node = URIRef(f"https://t.example/id/org/hostile-{number}")
        entities.add((node, RDF.type, ORG.Organization))
        entities.add((node, SKOS.prefLabel, Literal(label)))
        entities.add((node, RDFS.label, Literal(label)))
        ds.graph(statement).add((statement, SCHEMA.mentions, node))
    return write_review(review_rows(ds), tmp_path / "review.csv")


@pytest.mark.parametrize("cell", HOSTILE + ["plain", "'quoted", "'=already"])
def test_cells_are_neutralised_and_restored(cell):
    shown = neutralise(cell)
    assert not shown.startswith(("=", "+", "-", "@"))
    assert restore(shown) == cell


def test_hostile_names_come_back_as_written(tmp_path):
    sheet = hostile_sheet(tmp_path)
    raw = list(csv.reader(sheet.open(encoding="utf-8-sig", newline="")))
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in raw for cell in row)
    names = {row.name for _, row in read_review(sheet)}
    assert set(HOSTILE) <= names
    mark(sheet, lambda row: row["name"] == "'=1+1" and row["action"] == "drop")
    assert [c.name for c in apply_review(sheet)] == ["=1+1"]


def soffice_or_skip() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("soffice (Debian libreoffice-calc) is required in CI: apt-get install -y libreoffice-calc")
    pytest.skip("soffice not installed (apt-get install -y libreoffice-calc); CI=true makes this a failure")


def spreadsheet_cells(soffice: str, csv_path, tmp_path) -> str:
    """The content.xml of the sheet LibreOffice makes of a CSV file, as LibreOffice reads it."""
    folder = tmp_path / "converted"
    profile = tmp_path / "profile"  # a fresh profile: no lock shared with another running LibreOffice
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "ods", "--outdir", str(folder), str(csv_path)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    with zipfile.ZipFile(folder / (csv_path.stem + ".ods")) as ods:
        return ods.read("content.xml").decode("utf-8")


def test_libreoffice_opens_the_sheet_as_text(tmp_path):
    soffice = soffice_or_skip()
    sheet = hostile_sheet(tmp_path)
    content = spreadsheet_cells(soffice, sheet, tmp_path)
    assert "table:formula" not in content  # no cell was evaluated
    assert "<text:p>&apos;=1+1</text:p>" in content and "<text:p>2</text:p>" not in content
    # The check can fail: the same cell written as it stands is evaluated.
    control = tmp_path / "control.csv"
    control.write_text('"name"\n"=1+1"\n', encoding="utf-8")
    assert 'table:formula="of:=1+1"' in spreadsheet_cells(soffice, control, tmp_path)
