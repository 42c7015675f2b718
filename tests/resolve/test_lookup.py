"""Entity lookup by any name: one function behind queries, views, the endpoint and curation."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from clecgraph.errors import UsageError
from clecgraph.resolve.lookup import AmbiguousName, Named, UnknownName, find, matches
from clecgraph.sparql.library import find_entity, run
from clecgraph.sparql.stores import load
from clecgraph.sparql.stores.memory import RdflibStore
from clecgraph.views.select import project
from clecgraph.vocab import ORG

ENTITIES = [
    Named("https://x.example/org/licadho", "LICADHO", ("Cambodian League for the Promotion and Defense of Human Rights",), "organisation"),
    Named("https://x.example/org/hbs", "Heinrich Böll Stiftung", ("HBS",), "organisation"),
    Named("https://x.example/org/ccc-1", "Clean Clothes Campaign", ("CCC",), "organisation"),
    Named("https://x.example/org/ccc-2", "Cooperation Committee for Cambodia", ("CCC",), "organisation"),
    Named("https://x.example/org/cchr", "Cambodian Center for Human Rights", ("CCHR",), "organisation"),
    Named("https://x.example/org/cchr-2", "CCHR", (), "organisation"),
    Named("https://x.example/place/kampong-thom", "Kampong Thom", ("Kâmpóng Thum",), "place"),
]


@pytest.mark.parametrize(
    ("name", "tail"),
    [
        ("LICADHO", "org/licadho"),
        ("Licadho", "org/licadho"),
        ("licadho", "org/licadho"),
        ("  cambodian league for the promotion and defense of human rights ", "org/licadho"),
        ("heinrich boll stiftung", "org/hbs"),
        ("HEINRICH BÖLL STIFTUNG", "org/hbs"),
        ("kampong thum", "place/kampong-thom"),
        ("https://x.example/org/hbs", "org/hbs"),
        ("org/hbs", "org/hbs"),
        ("CCHR", "org/cchr-2"),  # a preferred label beats an alternative one
    ],
)
def test_any_name_in_any_case_and_accent_finds_the_entity(name, tail):
    assert find(name, ENTITIES).iri.endswith(tail)


def test_an_ambiguous_name_lists_the_candidates():
    with pytest.raises(AmbiguousName) as caught:
        find("ccc", ENTITIES)
    message = str(caught.value)
    assert "2 entities are named 'ccc'" in message
    assert "Clean Clothes Campaign <https://x.example/org/ccc-1>" in message and "Cooperation Committee for Cambodia" in message
    assert [c.label for c in caught.value.candidates] == ["Clean Clothes Campaign", "Cooperation Committee for Cambodia"]
    assert isinstance(caught.value, UsageError)


def test_an_unknown_name_and_a_kind_filter():
    with pytest.raises(UnknownName, match="no entity is named 'Karapatan'"):
        find("Karapatan", ENTITIES)
    assert matches("kampong thom", ENTITIES, kind="organisation") == []
    assert matches("", ENTITIES) == []


def two_named_ccc() -> RdflibStore:
    from rdflib import Dataset

    ds = Dataset()
    g = ds.graph(URIRef("https://x.example/graph/entities"))
    for key, label in (("ccc-1", "Clean Clothes Campaign"), ("ccc-2", "Cooperation Committee for Cambodia")):
        node = URIRef(f"https://x.example/org/{key}")
        g.add((node, RDF.type, ORG.Organization))
        g.add((node, SKOS.prefLabel, Literal(label)))
        g.add((node, SKOS.altLabel, Literal("CCC")))
    return RdflibStore(ds)


def test_library_queries_find_an_entity_by_any_name(sample_build):
    _, out = sample_build
    store = load(out / "graph.trig", "rdflib")
    expected = find_entity(store, "LICADHO")
    for name in ("Licadho", "licadho", "cambodian league for the promotion and defense of human rights"):
        assert find_entity(store, name) == expected
    assert run(store, "entity-mentions", {"entity": Literal("licadho")}).rows == run(store, "entity-mentions", {"entity": expected}).rows
    with pytest.raises(UsageError, match="no entity is named 'karapatan'"):
        find_entity(store, "karapatan")


def test_an_ambiguous_name_in_a_query_lists_the_candidates():
    with pytest.raises(AmbiguousName, match="Clean Clothes Campaign .* Cooperation Committee for Cambodia"):
        find_entity(two_named_ccc(), "ccc")


@pytest.fixture
def small():
    from sample_graphs import small_graph

    return small_graph()


@pytest.mark.parametrize("name", ["licadho", "LICADHO", "cambodian league for the promotion and defense of human rights", "org/licadho"])
def test_focus_by_any_name(small, name):
    net = project(small, "focus", focus=name, depth=1)
    assert net.graph["focus"] == "https://t.example/id/org/licadho"


def test_focus_on_an_ambiguous_name_lists_the_candidates():
    from sample_graphs import small_graph

    ds = small_graph()
    entities = ds.graph(URIRef("https://t.example/id/graph/entities"))
    entities.add((URIRef("https://t.example/id/org/adhoc"), SKOS.altLabel, Literal("Licadho Partner")))
    entities.add((URIRef("https://t.example/id/org/cchr"), SKOS.altLabel, Literal("licadho partner")))
    with pytest.raises(UsageError, match="2 nodes are named 'Licadho partner'.*ADHOC.*Cambodian Center"):
        project(ds, "focus", focus="Licadho partner", depth=1)
