"""The explorer behind `clecgraph serve`, over HTTP, on a graph file and on an Oxigraph store alike."""

from __future__ import annotations

import urllib.error
import urllib.request

import explore_helpers
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

served = explore_helpers.served  # the sample served from its file and from a store


def fetch(server, path, accept="text/html"):
    request = urllib.request.Request(server.url + path, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_curl_with_accept_turtle_gets_the_description(served):
    _, server = served
    status, headers, body = fetch(server, "/id/org/licadho", "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert graph.value(URIRef("https://clecgraph.example/id/org/licadho"), SKOS.prefLabel).value == "LICADHO"
    status, headers, body = fetch(server, "/id/org/licadho")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"LICADHO" in body


def test_every_page_answers(served):
    _, server = served
    for path in ("/", "/search?q=licadho", "/timeline", "/map", "/map.json", "/editor", "/static/explore.css", "/id/place/phnom-penh"):
        status, _, _ = fetch(server, path)
        assert status == 200, path


def test_binds_127_0_0_1_and_the_endpoint_still_answers(served):
    _, server = served
    assert server.host == "127.0.0.1"
    status, _, body = fetch(server, "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "application/sparql-results+json")
    assert status == 200 and b"true" in body
