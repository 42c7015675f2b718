"""The explorer's pages on the sample build: what each shows is what the graph holds."""

from __future__ import annotations

import html
import json
import re
import urllib.parse

import pytest
from explore_helpers import SAMPLE, explorer_of, get, store_of

from clecgraph.explore import timeline
from clecgraph.explore.data import PROLOGUE

BASE = "https://clecgraph.example/id/"


@pytest.fixture(scope="module")
def explorer():
    return explorer_of(store_of(SAMPLE))


def page(explorer, target) -> str:
    reply = get(explorer, target)
    assert reply.status == 200, reply.body[:500]
    assert reply.content_type == "text/html"
    return reply.body.decode("utf-8")


def ask(explorer, text):
    return explorer.data.rows(text)


def test_home_counts_what_the_graph_holds(explorer):
    shown = page(explorer, "/")
    counted = ask(explorer, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a clec:Statement }")[0]["n"].value
    assert f'data-kind="statements">{int(counted):,}<' in shown
    events = ask(explorer, "SELECT (COUNT(?e) AS ?n) WHERE { ?e a sem:Event }")[0]["n"].value
    assert f'data-kind="events">{int(events):,}<' in shown
    assert 'href="/id/org/clec"' in shown  # the most active organisation of the sample


@pytest.mark.parametrize(
    "words", ["Cambodian League for the Promotion and Defense of Human Rights", "cambodian league for the promotion", "LICADHO", "licadho"]
)
def test_search_finds_an_organisation_by_any_name_in_any_case(explorer, words):
    shown = page(explorer, "/search?q=" + words.replace(" ", "+"))
    hits = re.findall(r'<li class="hit">.*?href="([^"]+)"', shown)
    assert hits[0] == "/id/org/licadho"


def test_search_puts_an_exact_name_first(explorer):
    hits = re.findall(r'<li class="hit">.*?href="([^"]+)"', page(explorer, "/search?q=phnom+penh"))
    assert hits[0] == "/id/place/phnom-penh" and len(hits) > 1  # other places contain the words too


def test_search_for_nothing_says_so(explorer):
    assert "Nothing is called" in page(explorer, "/search?q=no+such+name+anywhere")


def test_entity_page_lists_names_statements_cosigners_and_events(explorer):
    shown = page(explorer, "/id/org/licadho")
    assert "Cambodian League for the Promotion and Defense of Human Rights" in shown  # an alias
    issued = ask(
        explorer,
        "SELECT DISTINCT ?s WHERE { { ?s dcterms:creator <https://clecgraph.example/id/org/licadho> } UNION { ?s schema:mentions <https://clecgraph.example/id/org/licadho> } }",
    )
    assert issued
    for row in issued:
        assert f'href="{row["s"].value.replace(BASE, "/id/")}"' in shown
    partners = ask(
        explorer,
        "SELECT DISTINCT ?o WHERE { ?s dcterms:creator <https://clecgraph.example/id/org/licadho>, ?o FILTER(?o != <https://clecgraph.example/id/org/licadho>) }",
    )
    section = shown.split("<h2>Co-signers</h2>")[1]
    for row in partners:
        assert row["o"].value.replace(BASE, "/id/") in section
    assert 'href="/timeline?org=' in shown


def test_place_page_shows_its_outside_identifier_as_a_link(explorer):
    shown = page(explorer, "/id/place/phnom-penh")
    same = ask(explorer, "SELECT ?o WHERE { <https://clecgraph.example/id/place/phnom-penh> owl:sameAs ?o }")
    assert same
    for row in same:
        assert f'href="{html.escape(row["o"].value)}"' in shown


def test_statement_page_marks_every_fact_from_its_annotations(explorer):
    statement = ask(
        explorer, "SELECT ?s (COUNT(?m) AS ?n) WHERE { ?t oa:hasSource ?s . ?m oa:hasTarget ?t } GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1"
    )[0]
    iri = statement["s"].value
    shown = page(explorer, iri.replace(BASE, "/id/"))
    facts = ask(
        explorer,
        f"SELECT ?m ?exact ?field WHERE {{ ?m oa:hasTarget ?t . ?t oa:hasSource <{iri}> ; oa:hasSelector ?sel . ?sel oa:exact ?exact ; clec:field ?field }}",
    )
    assert len(facts) == int(statement["n"].value) > 5
    for fact in facts:
        anchor = fact["m"].value.rsplit("/", 1)[-1]
        assert f'id="{anchor}"' in shown  # every fact has its place in the marked text
    marks = re.findall(r'<mark class="fact[^"]*"[^>]*>(.*?)</mark>', shown.split('id="statement-text"')[1])
    marked_words = html.unescape(" ".join(marks))
    for fact in facts:
        if fact["field"].value == "text":
            assert fact["exact"].value.split()[0] in marked_words
    assert shown.count('<sup class="tag') == len(facts)


def test_event_page_links_the_statement_and_the_trigger_words(explorer):
    row = ask(explorer, "SELECT ?e ?s WHERE { ?s schema:about ?e } ORDER BY ?e LIMIT 1")[0]
    shown = page(explorer, row["e"].value.replace(BASE, "/id/"))
    statement = row["s"].value.replace(BASE, "/id/")
    assert f'href="{statement}"' in shown
    assert re.search(rf'href="{re.escape(statement)}#text-\d+-\d+-event"', shown)


def test_timeline_filters_by_type_and_pages(explorer, monkeypatch):
    arrests = ask(explorer, "SELECT ?e WHERE { ?e a sem:Event ; sem:eventType etype:arrest }")
    shown = page(explorer, "/timeline?type=https://clecgraph.example/ns/event-type/arrest")
    listed = set(re.findall(r'<li class="event">.*?href="(/id/event/[^"]+)"', shown))
    assert listed == {r["e"].value.replace(BASE, "/id/") for r in arrests}
    monkeypatch.setattr(timeline, "PAGE", 5)
    first, second = page(explorer, "/timeline"), page(explorer, "/timeline?page=2")
    one = re.findall(r'<li class="event">.*?href="(/id/event/[^"]+)"', first)
    two = re.findall(r'<li class="event">.*?href="(/id/event/[^"]+)"', second)
    assert len(one) == len(two) == 5 and not set(one) & set(two)
    assert 'rel="next" href="/timeline?page=2"' in first


def test_timeline_by_organisation_and_years(explorer):
    org = "https://clecgraph.example/id/org/clec"
    shown = page(explorer, f"/timeline?org={org}&from=2012&to=2012")
    years = re.findall(r'<section class="year"><h2>(\w+)</h2>', shown)
    assert years == ["2012"]


def test_bad_filters_are_refused(explorer):
    assert get(explorer, "/timeline?from=20x2").status == 400
    assert get(explorer, "/timeline?type=%3E%20.%20%3Fs%20%3Fp").status == 400  # an IRI that would end early in SPARQL


def test_map_data_has_the_places_with_coordinates_and_their_events(explorer):
    reply = get(explorer, "/map.json")
    assert reply.status == 200 and reply.content_type == "application/json"
    places = {p["iri"]: p for p in json.loads(reply.body)["places"]}
    penh = places[BASE + "place/phnom-penh"]
    # Events, as the timeline lists them (an incident, which groups events, has a place too but is not counted).
    count = ask(
        explorer,
        "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a sem:Event ; sem:hasPlace <https://clecgraph.example/id/place/phnom-penh> }",
    )
    assert penh["events"] == int(count[0]["n"].value) and penh["page"] == "/id/place/phnom-penh"
    assert 10 < penh["lat"] < 13 and 104 < penh["long"] < 106
    shown = page(explorer, "/map")
    assert '<div id="map"' in shown and "/static/vendor/leaflet/leaflet.js" in shown


def test_editor_declares_the_prefixes_and_offers_every_library_query(explorer):
    shown = page(explorer, "/editor")
    data = json.loads(re.search(r'<script type="application/json" id="editor-data">(.*?)</script>', shown, re.S).group(1))
    assert data["prefixes"] == PROLOGUE and "PREFIX clec: <https://clecgraph.example/ns#>" in PROLOGUE
    assert set(data["queries"]) == set(explorer.library)
    assert "VALUES ?entity { <https://clecgraph.example/id/org/clec> }" in data["queries"]["entity-timeline"]["text"]
    assert html.unescape(re.search(r'<textarea id="query"[^>]*>(.*?)</textarea>', shown, re.S).group(1)).startswith("PREFIX ")


def test_every_library_query_runs_as_the_editor_offers_it(explorer):
    shown = page(explorer, "/editor")
    data = json.loads(re.search(r'id="editor-data">(.*?)</script>', shown, re.S).group(1))
    for name, query in data["queries"].items():
        reply = explorer.data.evaluator.query(query["text"], ["application/sparql-results+json"], None)
        assert reply.status == 200, (name, reply.body[:300])
        assert json.loads(reply.body)["results"]["bindings"], name


def test_static_files_are_served_and_nothing_outside_them(explorer):
    assert get(explorer, "/static/map.js").status == 200
    assert get(explorer, "/static/vendor/leaflet/leaflet.js").content_type == "application/javascript"
    for target in ("/static/../site.py", "/static/vendor/../../site.py", "/static/", "/static/.hidden", "/static/%2e%2e/site.py"):
        assert get(explorer, target).status == 404, target


def test_a_path_that_is_not_the_explorers_is_left_to_the_server(explorer):
    assert get(explorer, "/sparql") is None
    assert get(explorer, "/no-such-page") is None


def test_event_page_names_its_incident_and_the_case_threads_it_is_a_step_of(explorer):
    row = ask(
        explorer,
        "SELECT ?e ?i ?c WHERE { ?i clec:report ?e . ?c clec:step ?s . ?s clec:stepIncident ?i ; clec:position 1 . "
        "?c clec:caseSubject ?who . ?who rdfs:label 'Mam Sonando' }",
    )[0]
    shown = page(explorer, row["e"].value.replace(BASE, "/id/"))
    assert "<h2>Incident</h2>" in shown and f'href="{row["i"].value.replace(BASE, "/id/")}"' in shown
    assert "<h2>Case threads</h2>" in shown and f'href="{row["c"].value.replace(BASE, "/id/")}"' in shown
    assert "Mam Sonando: arrest" in html.unescape(shown)
    assert "Mam Sonando" in page(explorer, row["c"].value.replace(BASE, "/id/"))  # the case's own page answers


def test_the_timeline_of_a_case_thread_shows_its_events_and_no_others(explorer):
    rows = ask(
        explorer,
        "SELECT ?c ?e WHERE { ?c clec:caseSubject ?who . ?who rdfs:label 'Mam Sonando' . "
        "?c clec:step ?s . ?s clec:stepIncident ?i . ?i clec:report ?e }",
    )
    case = rows[0]["c"].value
    expected = {r["e"].value.replace(BASE, "/id/") for r in rows if r["c"].value == case}
    shown = page(explorer, "/timeline?" + urllib.parse.urlencode({"case": case}))
    listed = {href for href in re.findall(r'href="(/id/event/[^"#?]+)"', shown)}
    assert listed == expected and len(expected) >= 2
    assert "Events of the case thread" in shown and f'name="case" value="{html.escape(case)}"' in shown
    event_page = page(explorer, sorted(expected)[0])
    assert html.escape("/timeline?" + urllib.parse.urlencode({"case": case})) in event_page
