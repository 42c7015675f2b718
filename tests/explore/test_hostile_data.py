"""Names, titles, texts and URLs that carry markup or script reach every page as text, never as markup or links."""

from __future__ import annotations

import re

import pytest
from explore_helpers import explorer_of, get, store_of_dataset
from rdflib import Literal, URIRef
from rdflib.namespace import SKOS, XSD
from sample_graphs import BASE, XSS_IMG, XSS_SCRIPT, iri, small_graph

from clecgraph.explore.web import CSP, link, safe_href
from clecgraph.vocab import CLEC, OA, SCHEMA

HOSTILE_URLS = ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x"]


def hostile_graph():
    ds = small_graph(payload=True)
    statement = iri("statement/2010-05-03-a")
    g = ds.graph(statement)
    g.add((statement, SCHEMA.url, Literal(HOSTILE_URLS[0])))
    g.add((statement, URIRef("https://schema.org/sameAs"), URIRef("javascript:alert(2)")))
    # An annotation whose quote is markup, on the statement's text (which is markup too).
    mention = iri("mention/2010-05-03-a/text-0-5-organisation")
    target, selector = URIRef(f"{mention}/target"), URIRef(f"{mention}/selector")
    g.add((mention, OA.hasBody, iri("org/evil")))
    g.add((mention, OA.hasTarget, target))
    g.add((target, OA.hasSource, statement))
    g.add((target, OA.hasSelector, selector))
    g.add((selector, OA.start, Literal(0)))
    g.add((selector, OA.end, Literal(len(XSS_IMG))))
    g.add((selector, OA.exact, Literal(XSS_IMG)))
    g.add((selector, CLEC.field, Literal("text")))
    ds.graph(iri("graph/entities")).add((iri("org/evil"), SKOS.altLabel, Literal(XSS_SCRIPT)))
    ds.graph(iri("graph/entities")).add(
        (iri("place/boeung-kak"), URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#lat"), Literal("11.58", datatype=XSD.decimal))
    )
    ds.graph(iri("graph/entities")).add(
        (iri("place/boeung-kak"), URIRef("http://www.w3.org/2003/01/geo/wgs84_pos#long"), Literal("104.9", datatype=XSD.decimal))
    )
    ds.graph(iri("graph/entities")).remove((iri("place/boeung-kak"), None, Literal("Boeung Kak")))
    ds.graph(iri("graph/entities")).add((iri("place/boeung-kak"), SKOS.prefLabel, Literal("</script><script>alert(3)</script>")))
    return ds


@pytest.fixture(scope="module")
def explorer():
    return explorer_of(store_of_dataset(hostile_graph()), BASE)


PAGES = [
    "/",
    "/search?q=img",
    "/search?q=%3Cscript%3E",
    "/id/org/evil",
    "/id/org/licadho",
    "/id/statement/2010-05-03-a",
    "/id/event/2011-02-10-b-1",
    "/id/place/boeung-kak",
    "/timeline",
    "/timeline?org=https://t.example/id/org/evil",
    "/map",
    "/editor",
    "/editor?query=%3C/textarea%3E%3Cscript%3Ealert(1)%3C/script%3E",
    "/resource?iri=javascript:alert(1)",
]


@pytest.mark.parametrize("target", PAGES)
def test_no_payload_becomes_markup(explorer, target):
    reply = get(explorer, target)
    assert reply.status in (200, 404), (target, reply.body[:300])
    body = reply.body.decode("utf-8")
    assert "<img" not in body and "onerror=" not in body.replace("onerror=&quot;", "")
    scripts = re.findall(r"<script[^>]*>", body)
    assert all(re.fullmatch(r'<script src="/static/[\w/.-]+">|<script type="application/json" id="editor-data">', s) for s in scripts), (
        scripts
    )
    assert "</textarea><script" not in body and "</script><script>alert" not in body
    assert not re.search(r'href="\s*(javascript|data|vbscript):', body, re.I)
    assert ("Content-Security-Policy", CSP) in reply.headers


def test_the_payloads_are_shown_as_the_characters_they_are(explorer):
    body = get(explorer, "/id/statement/2010-05-03-a").body.decode("utf-8")
    assert "&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;" in body
    assert "&lt;img src=x onerror=" in body
    assert "javascript:alert(1)" in body and 'href="javascript' not in body  # shown, not linked
    assert re.search(r'<mark class="fact k-organisation"[^>]*>&lt;img', body)  # the hostile quote is still marked


def test_map_data_is_json_that_the_page_puts_in_as_text(explorer):
    reply = get(explorer, "/map.json")
    assert reply.content_type == "application/json"
    assert b"</script><script>alert(3)</script>" in reply.body  # data, not markup: map.js sets textContent
    script = get(explorer, "/static/map.js").body.decode("utf-8")
    assert "innerHTML" not in script and "textContent" in script
    assert "innerHTML" not in get(explorer, "/static/editor.js").body.decode("utf-8")


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_unsafe_urls_never_become_links(url):
    assert safe_href(url) is None
    assert "<a" not in link(url, "x")


@pytest.mark.parametrize("url", ["https://www.wikidata.org/wiki/Q1", "http://sws.geonames.org/1/", "/id/org/x"])
def test_http_and_local_urls_do(url):
    assert safe_href(url) == url
    assert link(url, "<b>").startswith(f'<a href="{url}"') and "&lt;b&gt;" in link(url, "<b>")


def test_writing_methods_are_refused(explorer):
    from clecgraph.explore import Request

    reply = explorer.handle(Request.from_target("POST", "/id/org/evil"))
    assert reply.status == 405
