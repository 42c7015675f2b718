"""The graph's IRIs resolve: a page for a browser, the description as Turtle, JSON-LD or N-Triples on request."""

from __future__ import annotations

import pytest
from explore_helpers import SAMPLE, explorer_of, get, store_of, store_of_dataset
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from clecgraph.explore.data import Paths
from clecgraph.explore.web import negotiate
from clecgraph.vocab import ORG

LICADHO = URIRef("https://clecgraph.example/id/org/licadho")


@pytest.fixture(scope="module")
def explorer():
    return explorer_of(store_of(SAMPLE))


@pytest.mark.parametrize(
    "accept, media, syntax",
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("text/html;q=0.5, text/turtle", "text/turtle", "turtle"),
    ],
)
def test_an_entity_iri_answers_its_description_by_content_negotiation(explorer, accept, media, syntax):
    reply = get(explorer, "/id/org/licadho", accept)
    assert reply.status == 200 and reply.content_type == media
    assert ("Vary", "Accept") in reply.headers
    graph = Graph().parse(data=reply.body.decode("utf-8"), format=syntax)
    assert (LICADHO, RDF.type, ORG.Organization) in graph
    assert (LICADHO, SKOS.prefLabel, Literal("LICADHO")) in graph
    assert set(graph.subjects()) == {LICADHO}


@pytest.mark.parametrize("accept", ["text/html", "*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ""])
def test_a_browser_gets_the_page(explorer, accept):
    reply = get(explorer, "/id/org/licadho", accept or "*/*")
    assert reply.status == 200 and reply.content_type == "text/html"
    assert b"<h1" in reply.body


def test_format_parameter_overrides_accept(explorer):
    reply = get(explorer, "/id/org/licadho?format=nt", "text/html")
    assert reply.content_type == "application/n-triples"
    assert get(explorer, "/id/org/licadho?format=html", "text/turtle").content_type == "text/html"


def test_a_statement_description_holds_its_named_graph(explorer):
    statement = explorer.data.rows("SELECT ?s WHERE { ?s a clec:Statement } ORDER BY ?s LIMIT 1")[0]["s"].value
    reply = get(explorer, statement.replace("https://clecgraph.example/id/", "/id/"), "text/turtle")
    graph = Graph().parse(data=reply.body.decode("utf-8"), format="turtle")
    whole = Dataset()
    whole.parse(SAMPLE, format="trig")
    assert set(graph) == set(whole.graph(URIRef(statement)))


def test_every_kind_of_iri_resolves(explorer):
    for kind in ("org", "person", "place", "statement", "event", "membership", "role"):
        iri = explorer.data.rows(
            f'SELECT ?x WHERE {{ ?x ?p ?o FILTER(STRSTARTS(STR(?x), "https://clecgraph.example/id/{kind}/")) }} LIMIT 1'
        )[0]["x"].value
        local = iri.replace("https://clecgraph.example/id/", "/id/")
        assert get(explorer, local).status == 200, kind
        assert get(explorer, local, "text/turtle").status == 200, kind


def test_an_iri_not_in_the_graph_is_404(explorer):
    assert get(explorer, "/id/org/no-such-organisation").status == 404
    assert get(explorer, "/id/org/no-such-organisation", "text/turtle").status == 404


def test_an_outside_iri_is_described_at_resource(explorer):
    reply = get(explorer, "/resource?iri=http://www.w3.org/ns/org%23Organization")
    assert reply.status == 200 and b"/id/org/licadho" in reply.body  # "used by" lists the organisations
    redirect = get(explorer, "/resource?iri=https://clecgraph.example/id/org/licadho")
    assert redirect.status == 303 and ("Location", "/id/org/licadho") in redirect.headers


def test_a_published_base_is_served_under_id():
    paths = Paths("https://their.domain/id/")
    assert paths.local("https://their.domain/id/org/x") == "/id/org/x"
    assert paths.iri("/id/org/x") == "https://their.domain/id/org/x"
    assert paths.local("https://elsewhere.example/id/org/x") is None
    deep = Paths("https://their.domain/data/rights/")
    assert deep.local("https://their.domain/data/rights/org/x") == "/id/org/x"
    assert deep.iri(deep.local("https://their.domain/data/rights/place/ភ្នំពេញ")) == "https://their.domain/data/rights/place/ភ្នំពេញ"
    assert deep.local("https://their.domain/data/rights/org/a%20b").endswith("org/a%2520b")
    assert Paths("https://their.domain/").mount == "/id/"


def test_an_explorer_reads_the_base_off_the_graph():
    dataset = Dataset()
    node = URIRef("https://their.domain/kb/statement/2012-01-01-abc")
    dataset.graph(node).add((node, RDF.type, URIRef("https://clecgraph.example/ns#Statement")))
    explorer = explorer_of(store_of_dataset(dataset))
    assert explorer.data.base == "https://their.domain/kb/"
    assert get(explorer, "/id/statement/2012-01-01-abc").status == 200


@pytest.mark.parametrize(
    "accept, expected",
    [
        ("text/turtle", "text/turtle"),
        ("application/ld+json;q=0.9, text/turtle;q=0.8", "application/ld+json"),
        ("text/*", "text/html"),
        ("image/png", None),
        ("text/turtle;q=0", None),
    ],
)
def test_negotiate(accept, expected):
    assert negotiate(accept, ["text/html", "text/turtle", "application/ld+json"]) == expected
