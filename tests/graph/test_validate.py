"""SHACL validation: the sample conforms; broken graphs are caught with messages that say what and where."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from clecgraph import build
from clecgraph.cli.commands import cli
from clecgraph.graph.validate import data_graph, shapes_graph, validate
from clecgraph.vocab import CLEC, EVENT_TYPE, GEO, OA, ORG, SCHEMA, SEM

LISTING = "2012-05-01   LICADHO\n\nLICADHO condemns the arrest of Mam Sonando in Phnom Penh on 15 July 2012. ADHOC also protested.\n"


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Graph:
    """A one-statement graph with annotations and events, as one union graph."""
    path = tmp_path_factory.mktemp("small") / "a.txt"
    path.write_text(LISTING, encoding="utf-8")
    result = build([path], out=None)
    assert result.report["validation"] == {"conforms": True, "violations": 0}
    return data_graph(result.dataset)


RDF_FORMATS = ["turtle", "ntriples", "jsonld", "trig"]


@pytest.fixture(scope="module")
def sample_rdf(tmp_path_factory):
    """The sample corpus built into its RDF files (and report.json)."""
    out = tmp_path_factory.mktemp("sample-rdf")
    return build(out=out, formats=RDF_FORMATS), out


def copy(graph: Graph) -> Graph:
    out = Graph()
    out.namespace_manager = graph.namespace_manager
    out += graph
    return out


def one(graph: Graph, cls) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def test_sample_build_conforms_and_report_says_so(sample_rdf):
    result, out = sample_rdf
    assert result.report["validation"] == {"conforms": True, "violations": 0}
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["validation"]["conforms"] is True


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.jsonld", "graph.trig"])
def test_every_written_rdf_file_conforms(sample_rdf, name):
    _, out = sample_rdf
    result = validate(out / name)
    assert result.conforms, result.report()
    assert result.triples > 1000


def _two_texts(g):
    s = one(g, CLEC.Statement)
    g.add((s, SCHEMA.text, Literal("a second text")))
    return s, "exactly one text"


def _no_text(g):
    s = one(g, CLEC.Statement)
    g.remove((s, SCHEMA.text, None))
    return s, "exactly one text"


def _impossible_date(g):
    s = one(g, CLEC.Statement)
    g.set((s, DCTERMS.issued, Literal("2012-13-45", datatype=XSD.date)))
    return s, "valid xsd:date"


def _two_dates(g):
    s = one(g, CLEC.Statement)
    g.add((s, DCTERMS.issued, Literal("2011-01-01", datatype=XSD.date)))
    return s, "at most one date"


def _unknown_event_type(g):
    e = one(g, SEM.Event)
    g.set((e, SEM.eventType, EVENT_TYPE["coup-de-theatre"]))
    return e, "event-type scheme"


def _foreign_concept(g):
    e = one(g, SEM.Event)
    alien = URIRef("https://example.org/other-scheme/arrest")
    g.add((alien, RDF.type, SKOS.Concept))
    g.set((e, SEM.eventType, alien))
    return e, "event-type scheme"


def _span_outside_text(g):
    note = one(g, OA.Annotation)
    selector = g.value(g.value(note, OA.hasTarget), OA.hasSelector)
    g.set((selector, OA.end, Literal(10_000)))
    return note, "lies outside the statement's text"


def _span_in_missing_title(g):
    note = one(g, OA.Annotation)
    selector = g.value(g.value(note, OA.hasTarget), OA.hasSelector)
    g.set((selector, CLEC.field, Literal("title")))
    return note, "has no such field"


def _exact_differs(g):
    note = one(g, OA.Annotation)
    selector = g.value(g.value(note, OA.hasTarget), OA.hasSelector)
    g.set((selector, OA.exact, Literal("something else")))
    return note, "differ from the statement's text"


def _start_after_end(g):
    note = one(g, OA.Annotation)
    selector = g.value(g.value(note, OA.hasTarget), OA.hasSelector)
    g.set((selector, OA.start, Literal(50)))
    g.set((selector, OA.end, Literal(40)))
    return selector, "<= its end"


def _target_not_a_statement(g):
    note = one(g, OA.Annotation)
    target = g.value(note, OA.hasTarget)
    g.set((target, OA.hasSource, URIRef("https://example.org/nowhere")))
    return target, "a clec:Statement"


def new_entity(g, cls, path: str) -> URIRef:
    node = URIRef(f"https://clecgraph.example/id/{path}")
    g.add((node, RDF.type, cls))
    g.add((node, SKOS.prefLabel, Literal(path.rsplit("/", 1)[-1])))
    return node


def _lat_without_long(g):
    place = new_entity(g, SCHEMA.Place, "place/kampong-speu")
    g.add((place, GEO.lat, Literal(Decimal("11.55"))))
    return place, "also needs a longitude"


def _lat_out_of_range(g):
    place = new_entity(g, SCHEMA.Place, "place/kampong-speu")
    g.add((place, GEO.lat, Literal(Decimal("123.5"))))
    g.add((place, GEO.long, Literal(Decimal("104.9"))))
    return place, "from -90 to 90"


def _lat_as_string(g):
    place = new_entity(g, SCHEMA.Place, "place/kampong-speu")
    g.add((place, GEO.lat, Literal("11.55")))
    g.add((place, GEO.long, Literal(Decimal("104.9"))))
    return place, "an xsd:decimal"


def _two_org_names(g):
    organisation = one(g, ORG.Organization)
    g.add((organisation, SKOS.prefLabel, Literal("Another name")))
    return organisation, "exactly one non-empty preferred name"


def _membership_without_organisation(g):
    membership = URIRef("https://clecgraph.example/id/membership/x--y")
    person = new_entity(g, SCHEMA.Person, "person/sok-chea")
    g.add((membership, RDF.type, ORG.Membership))
    g.add((membership, ORG.member, person))
    return membership, "exactly one organisation"


def _membership_stated_by_no_statement(g):
    membership = URIRef("https://clecgraph.example/id/membership/x--y")
    g.add((membership, RDF.type, ORG.Membership))
    g.add((membership, ORG.member, new_entity(g, SCHEMA.Person, "person/sok-chea")))
    g.add((membership, ORG.organization, one(g, ORG.Organization)))
    return membership, "stated by at least one statement"


BREAKAGES = [
    _two_texts,
    _no_text,
    _impossible_date,
    _two_dates,
    _unknown_event_type,
    _foreign_concept,
    _span_outside_text,
    _span_in_missing_title,
    _exact_differs,
    _start_after_end,
    _target_not_a_statement,
    _lat_without_long,
    _lat_out_of_range,
    _lat_as_string,
    _two_org_names,
    _membership_without_organisation,
    _membership_stated_by_no_statement,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_broken_graph_is_caught_with_a_useful_message(small, breakage):
    graph = copy(small)
    focus, words = breakage(graph)
    result = validate(graph)
    assert not result.conforms
    shown = small.namespace_manager.normalizeUri(focus)
    hits = [v for v in result.violations if words in v.message and v.focus in (shown, f"<{focus}>", str(focus))]
    assert hits, result.report()
    assert words in result.report() and shown in result.report()


def test_shapes_run_unchanged_in_pyshacl_including_the_sparql_constraints(small):
    """shapes.ttl is standard SHACL-SPARQL: a plain pyshacl run finds the same span errors."""
    from pyshacl import validate as shacl_validate

    graph = copy(small)
    focus, _ = _span_outside_text(graph)
    note2 = sorted(graph.subjects(RDF.type, OA.Annotation))[1]
    selector = graph.value(graph.value(note2, OA.hasTarget), OA.hasSelector)
    graph.set((selector, OA.exact, Literal("not these words")))
    conforms, _, text = shacl_validate(graph, shacl_graph=shapes_graph(), inference="none")
    assert not conforms
    assert "lies outside the statement's text" in text and "differ from the statement's text" in text
    ours = {(v.message.split(" at ")[0].split(" lies")[0], v.focus) for v in validate(graph).violations}
    assert len(ours) == 2


def test_cli_validate_exit_codes(sample_rdf, small, tmp_path):
    _, out = sample_rdf
    ok = CliRunner().invoke(cli, ["validate", str(out / "graph.ttl")])
    assert ok.exit_code == 0 and "conforms" in ok.output

    broken = copy(small)
    focus, _ = _two_texts(broken)
    path = tmp_path / "broken.ttl"
    broken.serialize(path, format="turtle")
    bad = CliRunner().invoke(cli, ["validate", str(path)])
    assert bad.exit_code == 1
    assert "does not conform" in bad.output and str(focus) in bad.output
    assert "exactly one text" in bad.output and "schema:text" in bad.output

    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is <not turtle", encoding="utf-8")
    unreadable = CliRunner().invoke(cli, ["validate", str(garbage)])
    assert unreadable.exit_code == 2 and "garbage.ttl" in unreadable.output
    assert len(unreadable.output.strip().splitlines()) == 1, unreadable.output  # one clear line
    missing = CliRunner().invoke(cli, ["validate", str(tmp_path / "missing.ttl")])
    assert missing.exit_code == 2


def test_no_validate_is_recorded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(LISTING, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--no-validate", "--format", "turtle"])
    assert result.exit_code == 0, result.output
    assert "not validated" in result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["validation"] == {"conforms": None, "violations": None}
    validated = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--format", "turtle"])
    assert "valid (SHACL)" in validated.output


def test_a_build_whose_graph_breaks_the_shapes_says_so(tmp_path, monkeypatch):
    """An extractor that puts mention spans outside the text: the build reports it, never hides it."""
    from dataclasses import replace

    from clecgraph.extract import EXTRACTORS, get_extractor

    real = get_extractor("rules")

    def shifted(knowledge):
        def extract(statement):
            extraction = real(statement)
            far = tuple(replace(m, span=replace(m.span, end=m.span.end + 100_000)) for m in extraction.mentions)
            return replace(extraction, mentions=far)

        return extract

    monkeypatch.setitem(EXTRACTORS, "rules", shifted)
    path = tmp_path / "a.txt"
    path.write_text(LISTING, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--format", "turtle"])
    assert result.exit_code == 0, result.output
    assert "INVALID" in result.output and "lies outside the statement's text" in result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["validation"]["conforms"] is False and report["validation"]["violations"] >= 2
    assert not validate(tmp_path / "out" / "graph.ttl").conforms


@pytest.mark.parametrize(
    "breakage", [None, _span_outside_text, _span_in_missing_title, _exact_differs, _start_after_end, _two_texts, _no_text]
)
def test_direct_span_check_agrees_with_the_sparql_in_shapes_ttl(small, breakage):
    """validate() computes the two span constraints directly; the SPARQL of shapes.ttl must say the same."""
    from clecgraph.graph.validate import _format, _span_bindings, _sparql_violations, _split_shapes

    graph = copy(small)
    if breakage:
        breakage(graph)
    _, constraints = _split_shapes()
    direct = _span_bindings(graph)
    assert len(constraints) == len(direct) == 2
    for constraint in constraints:
        by_sparql = set(_sparql_violations(constraint, graph))
        by_python = {_format(constraint, row, graph) for row in direct[constraint.node]}
        assert by_python == by_sparql
    if breakage in (_span_outside_text, _exact_differs, _two_texts):
        assert any(direct.values())
