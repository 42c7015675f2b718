"""clecgraph serve: the SPARQL 1.1 Protocol, read-only, with limits, on 127.0.0.1."""
from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph

from clecgraph.cli import serve as serve_command
from clecgraph.serve import Endpoint, refusal

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://clecgraph.example/ns#Statement> }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(sample_build, tmp_path_factory):
    _, out = sample_build
    folder = tmp_path_factory.mktemp("served")
    shutil.copy(out / "graph.trig", folder / "graph.trig")
    (folder / "network.html").write_text("<html>the network page</html>", encoding="utf-8")
    server = Endpoint(folder / "graph.trig", port=0, timeout=2, max_results=100, workers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(10)


def call(endpoint, path="/sparql", *, query=None, data=None, headers=None, method=None, timeout=30):
    url = endpoint.url + path + (f"?{urllib.parse.urlencode({'query': query})}" if query else "")
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read().decode("utf-8")


def form(**fields) -> bytes:
    return urllib.parse.urlencode(fields).encode()


def test_binds_to_localhost_by_default(endpoint):
    assert endpoint.host == "127.0.0.1"
    host = next(p for p in serve_command.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_get_and_post_give_the_same_answer(endpoint):
    got = call(endpoint, query=COUNT)
    posted = call(endpoint, data=form(query=COUNT), headers={"Content-Type": "application/x-www-form-urlencoded"})
    direct = call(endpoint, "/query", data=COUNT.encode(), headers={"Content-Type": "application/sparql-query"})
    assert got[0] == posted[0] == direct[0] == 200
    assert got[1].startswith("application/sparql-results+json")
    assert json.loads(got[2]) == json.loads(posted[2]) == json.loads(direct[2])
    assert json.loads(got[2])["results"]["bindings"][0]["n"]["value"] == "22"


@pytest.mark.parametrize(
    "accept, expected, check",
    [
        ("application/sparql-results+xml", "application/sparql-results+xml", lambda body: "<sparql" in body and ">22<" in body),
        ("text/csv", "text/csv", lambda body: body.splitlines() == ["n", "22"]),
        ("text/tab-separated-values", "text/tab-separated-values", lambda body: body.splitlines()[0] == "?n"),
        ("text/html, application/sparql-results+json;q=0.9", "application/sparql-results+json", lambda body: "bindings" in body),
    ],
)
def test_content_negotiation_for_results(endpoint, accept, expected, check):
    status, content_type, body = call(endpoint, query=COUNT, headers={"Accept": accept})
    assert status == 200 and content_type.startswith(expected) and check(body)


@pytest.mark.parametrize("accept, rdf_format", [("text/turtle", "turtle"), ("application/ld+json", "json-ld")])
def test_graphs_come_as_turtle_or_json_ld(endpoint, accept, rdf_format):
    query = "CONSTRUCT { ?s a ?c } WHERE { ?s a <https://clecgraph.example/ns#Statement> . ?s a ?c }"
    status, content_type, body = call(endpoint, query=query, headers={"Accept": accept})
    assert status == 200 and content_type.startswith(accept)
    assert len(Graph().parse(data=body, format=rdf_format)) == 22
    assert call(endpoint, query=query, headers={"Accept": "text/csv"})[0] == 406


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"data": form(update="INSERT DATA { <urn:a> <urn:b> <urn:c> }"), "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
        {"data": b"DELETE WHERE { ?s ?p ?o }", "headers": {"Content-Type": "application/sparql-update"}},
        {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"},
        {"query": "LOAD <http://example.org/data.ttl>"},
        {"query": "DROP ALL"},
    ],
)
def test_updates_and_load_are_refused(endpoint, request_kwargs):
    status, _, body = call(endpoint, **request_kwargs)
    assert status == 403 and "refused" in body
    assert call(endpoint, query=COUNT)[2].count('"22"') == 1  # the graph is unchanged


def test_service_is_refused_but_the_word_in_data_is_not(endpoint):
    status, _, body = call(endpoint, query="SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and "SERVICE" in body
    status, _, _ = call(endpoint, query='SELECT ?s WHERE { ?s ?p "SERVICE" } # SERVICE in a comment')
    assert status == 200
    assert refusal("PREFIX service: <urn:x:> SELECT ?service WHERE { ?service service:a ?o }") is None


def test_a_query_past_the_time_limit_is_stopped_and_the_server_goes_on(endpoint):
    status, _, body = call(endpoint, query=SLOW)
    assert status == 503 and "time limit" in body
    assert call(endpoint, query=COUNT)[0] == 200


def test_results_past_the_limit_are_refused(endpoint):
    status, _, body = call(endpoint, query="SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 413 and "LIMIT" in body
    assert call(endpoint, query="SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100")[0] == 200


def test_pages(endpoint):
    status, content_type, page = call(endpoint, "/")
    assert status == 200 and content_type.startswith("text/html")
    assert "<textarea" in page and "/sparql" in page and "entity-timeline" in page
    assert "src=\"http" not in page and "href=\"http" not in page  # nothing loaded from elsewhere
    assert call(endpoint, "/network")[2] == "<html>the network page</html>"
    assert call(endpoint, "/nothing")[0] == 404
    assert call(endpoint, query="SELECT * WHERE { ?s ?p }")[0] == 400
