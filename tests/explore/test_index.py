"""The explorer's index says what the graph says: each of its lists against the same question asked in SPARQL."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from explore_helpers import SAMPLE, explorer_of, store_of
from rdflib import Graph, Namespace
from rdflib.namespace import SKOS

from clecgraph.explore.index import for_store_folder
from clecgraph.names import fold
from clecgraph.sparql.stores.oxigraph import OxigraphStore

BASE = "https://clecgraph.example/id/"
ORG = BASE + "org/licadho"
AUTHORITIES = Path(__file__).resolve().parents[2] / "ontology" / "authorities" / "organisations.ttl"


@pytest.fixture(scope="module")
def explorer():
    return explorer_of(store_of(SAMPLE))


def ask(explorer, text):
    return explorer.data.rows(text)


def alias_table_names(iri_tail: str) -> list[str]:
    """The alternative names the packaged alias table gives an organisation."""
    table = Graph().parse(AUTHORITIES)
    auth = Namespace(str(next(iter(table.subjects(SKOS.prefLabel, None)))).rsplit("/", 1)[0] + "/")
    return sorted(str(o) for o in table.objects(auth[iri_tail], SKOS.altLabel))


def test_search_finds_an_organisation_by_an_alias_from_the_alias_table_whatever_its_case_and_accents(explorer):
    aliases = alias_table_names("licadho")
    assert "Cambodian League for the Promotion & Defense of Human Rights" in aliases
    for alias in aliases:
        shouted = alias.upper().replace("E", "É")  # case and accents do not count (clecgraph.names.fold)
        hits = explorer.index.search(shouted, 10)
        assert hits[0][0] == ORG, (alias, hits[:3])
        assert fold(hits[0][3]) == fold(alias)  # and the page can say which name matched


def test_search_puts_what_lookup_finds_before_names_that_only_hold_the_words(explorer):
    hits = [h[0] for h in explorer.index.search("Phnom Penh", 50)]
    assert hits[0] == BASE + "place/phnom-penh" and len(hits) > 1
    assert explorer.index.search("org/licadho", 5)[0][0] == ORG  # an IRI's tail, as lookup takes it
    assert explorer.index.search("no such name anywhere", 5) == []


def test_counts_are_distinct_resources_of_each_class(explorer):
    for kind, cls in (("statements", "clec:Statement"), ("events", "sem:Event"), ("organisations", "org:Organization")):
        n = ask(explorer, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}")[0]["n"].value
        assert explorer.index.counts[kind] == int(n)


def test_an_entitys_statements_are_those_issuing_or_mentioning_it_latest_first(explorer):
    expected = ask(
        explorer,
        f"SELECT DISTINCT ?s ?d WHERE {{ {{ ?s dcterms:creator <{ORG}> }} UNION {{ ?s schema:mentions <{ORG}> }} OPTIONAL {{ ?s dcterms:issued ?d }} }}",
    )
    got = explorer.index.statements_of(ORG, 1000)
    assert {r.iri for r in got} == {r["s"].value for r in expected} and len(got) == len(expected)
    dates = [r.date or "" for r in got]
    assert dates == sorted(dates, reverse=True)
    first, second = explorer.index.statements_of(ORG, 2), explorer.index.statements_of(ORG, 2, 2)
    assert [r.iri for r in first + second] == [r.iri for r in got[:4]]


def test_an_entitys_events_and_the_organisation_timeline_hold_what_it_did_or_reported(explorer):
    acted = {r["e"].value for r in ask(explorer, f"SELECT ?e WHERE {{ ?e a sem:Event ; sem:hasActor <{ORG}> }}")}
    reported = {r["e"].value for r in ask(explorer, f"SELECT ?e WHERE {{ ?e a sem:Event . ?s dcterms:creator <{ORG}> ; schema:about ?e }}")}
    assert reported
    events = explorer.index.events_of(ORG, 1000)
    assert {r.iri for r in events} == acted | reported
    assert all("reported" in r.roles for r in events if r.iri in reported)
    timeline = explorer.index.timeline({"org": ORG}, 1000, 0)
    assert {r.iri for r in timeline} == acted | reported


def test_the_timeline_by_type_place_and_years(explorer):
    place = BASE + "place/phnom-penh"
    expected = ask(
        explorer,
        f"""SELECT ?e WHERE {{ ?e a sem:Event ; sem:eventType etype:arrest ; sem:hasPlace <{place}> ; sem:hasTimeStamp ?d
        FILTER(STR(?d) >= "2012" && STR(?d) < "2015") }}""",
    )
    chosen = {"type": "https://clecgraph.example/ns/event-type/arrest", "place": place, "from": "2012", "to": "2014"}
    assert {r.iri for r in explorer.index.timeline(chosen, 1000, 0)} == {r["e"].value for r in expected}


def test_cosigners_and_most_active_organisations_count_statements(explorer):
    expected = ask(
        explorer,
        f"SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s dcterms:creator <{ORG}>, ?o FILTER(?o != <{ORG}>) }} GROUP BY ?o",
    )
    assert dict(explorer.index.cosigners(ORG, 100)) == {r["o"].value: int(r["n"].value) for r in expected}
    issued = ask(explorer, "SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a clec:Statement ; dcterms:creator ?o } GROUP BY ?o")
    assert dict(explorer.index.most_active(100)) == {r["o"].value: int(r["n"].value) for r in issued}


def test_map_places_count_the_events_the_filters_keep(explorer):
    counted = ask(
        explorer,
        f"""SELECT ?p (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a sem:Event ; sem:hasPlace ?p ; sem:hasActor|^schema:about/dcterms:creator <{ORG}> .
        ?p geo:lat ?la }} GROUP BY ?p""",
    )
    got = {p: n for p, _, _, n in explorer.index.map_places({"org": ORG}, 100)}
    assert got == {r["p"].value: int(r["n"].value) for r in counted} and got


def test_a_stores_index_is_kept_beside_it_and_made_again_when_the_store_changes(tmp_path):
    folder = tmp_path / "store"
    store = OxigraphStore(folder)
    try:
        store.load_file(SAMPLE)
    finally:
        store.close()
    first = for_store_folder(folder)
    assert first.path == tmp_path / "store.explore.sqlite"
    made = os.stat(first.path).st_mtime_ns
    again = for_store_folder(folder)
    assert again.path == first.path and os.stat(again.path).st_mtime_ns == made  # reused, not made again
    changed = ox.Store(str(folder))
    s = ox.NamedNode(BASE + "statement/new")
    changed.add(
        ox.Quad(s, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode("https://clecgraph.example/ns#Statement"))
    )
    changed.flush()
    del changed
    remade = for_store_folder(folder)
    assert remade.counts["statements"] == first.counts["statements"] + 1
