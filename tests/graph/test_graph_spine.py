"""The spine of the graph: organisation -issued-> statement -about-> event -in-> place."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from clecgraph.vocab import CLEC, EVENT_TYPE, OA, SCHEMA, SEM

BASE = "https://clecgraph.example/id/"


def statement_at(dataset, line):
    for graph in dataset.graphs():
        for node in graph.subjects(CLEC.sourceLine, Literal(line)):
            return node, dataset.graph(node)
    raise AssertionError(f"no statement at line {line}")


def test_statement_carries_its_source_date_text_and_issuer(sample_build):
    result, _ = sample_build
    node, graph = statement_at(result.dataset, 40)
    assert str(node).startswith(BASE + "statement/2012-07-16-")
    assert (node, RDF.type, CLEC.Statement) in graph
    assert graph.value(node, CLEC.sourceFile) == Literal("clec-2012.txt")
    assert graph.value(node, DCTERMS.issued) == Literal("2012-07-16", datatype=XSD.date)
    assert "Mam Sonando" in str(graph.value(node, SCHEMA.text))
    clec = URIRef(BASE + "org/clec")
    assert graph.value(node, DCTERMS.publisher) == clec
    assert (node, DCTERMS.creator, clec) in graph


def test_events_hang_off_statements_and_are_typed_from_the_scheme(sample_build):
    result, _ = sample_build
    node, graph = statement_at(result.dataset, 40)
    events = list(graph.objects(node, SCHEMA.about))
    assert events, "the arrest statement reports no event"
    types = {graph.value(e, SEM.eventType) for e in events}
    assert EVENT_TYPE.arrest in types
    scheme = result.dataset.graph(URIRef(BASE + "graph/event-types"))
    for concept in types:
        assert (concept, SKOS.inScheme, EVENT_TYPE[""]) in scheme
    for event in events:
        place = graph.value(event, SEM.hasPlace)
        if place is not None:
            assert str(place).startswith(BASE + "place/")


def test_a_block_without_header_has_no_invented_date_or_publisher(sample_build):
    result, _ = sample_build
    node, graph = statement_at(result.dataset, 106)
    assert str(node).startswith(BASE + "statement/undated-")
    assert graph.value(node, DCTERMS.issued) is None
    assert graph.value(node, DCTERMS.publisher) is None


def test_every_mention_points_at_the_words_it_claims(sample_build):
    result, _ = sample_build
    dataset = result.dataset
    checked = 0
    for graph in dataset.graphs():
        for note in graph.subjects(RDF.type, OA.Annotation):
            target = graph.value(note, OA.hasTarget)
            statement = graph.value(target, OA.hasSource)
            selector = graph.value(target, OA.hasSelector)
            field = str(graph.value(selector, CLEC.field))
            text = str(graph.value(statement, SCHEMA.text if field == "text" else DCTERMS.title))
            start, end = int(graph.value(selector, OA.start)), int(graph.value(selector, OA.end))
            assert text[start:end] == str(graph.value(selector, OA.exact))
            assert graph.value(note, OA.hasBody) is not None
            assert graph.value(note, PROV.wasAttributedTo) is not None
            checked += 1
    assert checked > 22


def test_iris_do_not_depend_on_the_run(sample_build, tmp_path):
    from clecgraph import build

    again = build(out=None)
    first = {s for s, _, _, _ in sample_build[0].dataset.quads((None, None, None, None))}
    second = {s for s, _, _, _ in again.dataset.quads((None, None, None, None))}
    assert first == second


def test_base_iri_is_configurable(tmp_path):
    from clecgraph import build

    result = build(out=None, base="https://data.example.org/archive")
    subjects = {str(s) for s, _, _, _ in result.dataset.quads((None, None, None, None))}
    minted = {s for s in subjects if "/statement/" in s or "/org/" in s}
    assert minted and all(s.startswith("https://data.example.org/archive/") for s in minted)
