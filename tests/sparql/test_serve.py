"""clecgraph serve: the SPARQL 1.1 Protocol, read-only, with limits, on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph

from clecgraph.cli.commands import serve as serve_command
from clecgraph.sparql.serve import Endpoint, refusal

GENEROUS = 120  # seconds
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://clecgraph.example/ns#Statement> }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(sample_build, tmp_path_factory):
    _, out = sample_build
    folder = tmp_path_factory.mktemp("served")
    shutil.copy(out / "graph.trig", folder / "graph.trig")
    (folder / "network.html").write_text("<html>the network page</html>", encoding="utf-8")
    # A time limit no ordinary query here comes near, even on a saturated machine: with 2 s, the
    # queries over every named graph sometimes took longer under load and were answered 503.
    # The limit itself is tested with a short one (`short_time_limit`).
    server = Endpoint(folder / "graph.trig", port=0, timeout=GENEROUS, max_results=100, workers=1)
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


@contextlib.contextmanager
def short_time_limit(endpoint, seconds: float):
    """The endpoint's time limit set to `seconds` for one query (the evaluator reads it for each query)."""
    endpoint.evaluator.timeout = seconds
    try:
        yield
    finally:
        endpoint.evaluator.timeout = GENEROUS


def test_a_query_past_the_time_limit_is_stopped_and_the_server_goes_on(endpoint):
    with short_time_limit(endpoint, 2):  # SLOW joins every triple with every other twice: never done in 2 s
        status, _, body = call(endpoint, query=SLOW)
    assert status == 503 and "time limit of 2 s" in body
    assert call(endpoint, query=COUNT)[0] == 200  # a new worker took the stopped one's place


def test_results_past_the_limit_are_refused(endpoint):
    status, _, body = call(endpoint, query="SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 413 and "LIMIT" in body
    assert call(endpoint, query="SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100")[0] == 200


def test_pages(endpoint):
    status, content_type, page = call(endpoint, "/")
    assert status == 200 and content_type.startswith("text/html") and "/search" in page  # the explorer's home
    status, content_type, page = call(endpoint, "/editor")  # its query editor
    assert status == 200 and content_type.startswith("text/html")
    assert "<textarea" in page and "/sparql" in page and "entity-timeline" in page
    assert 'src="http' not in page and 'href="http' not in page  # nothing loaded from elsewhere
    assert call(endpoint, "/network")[2] == "<html>the network page</html>"
    assert call(endpoint, "/nothing")[0] == 404
    assert call(endpoint, query="SELECT * WHERE { ?s ?p }")[0] == 400


# The RDF dataset named by the request: default-graph-uri / named-graph-uri (SPARQL 1.1 Protocol 2.1.4).
CLEC = "https://clecgraph.example/ns#"
STATEMENTS = f"SELECT ?s WHERE {{ ?s a <{CLEC}Statement> }} ORDER BY ?s"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
HOW = ["GET", "POST form", "POST sparql-query"]


def ask(endpoint, how, query, params=()):
    """A query with dataset parameters, sent as the protocol allows: GET, a POST form, or a POST of the query."""
    params = list(params)
    if how == "GET":
        url = "/sparql?" + urllib.parse.urlencode([("query", query)] + params)
        return call(endpoint, url)
    if how == "POST form":
        return call(
            endpoint,
            data=urllib.parse.urlencode([("query", query)] + params).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    return call(
        endpoint, "/sparql?" + urllib.parse.urlencode(params), data=query.encode(), headers={"Content-Type": "application/sparql-query"}
    )


def values(reply, name):
    status, _, body = reply
    assert status == 200, body
    return [row[name]["value"] for row in json.loads(body)["results"]["bindings"]]


@pytest.fixture(scope="module")
def statement_graphs(endpoint):
    """The first statement graphs (a statement's graph is named by its IRI) and their triple counts."""
    graphs = values(call(endpoint, query=f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g a <{CLEC}Statement> }} }} ORDER BY ?g LIMIT 3"), "g")
    assert len(graphs) == 3
    sizes = {
        g: int(values(call(endpoint, query=f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"), "n")[0]) for g in graphs
    }
    assert all(sizes.values())
    return graphs, sizes


@pytest.mark.parametrize("how", HOW)
def test_default_graph_uri_makes_the_default_graph_one_statements_graph(endpoint, statement_graphs, how):
    graphs, sizes = statement_graphs
    one = [("default-graph-uri", graphs[0])]
    assert values(ask(endpoint, how, STATEMENTS), "s") != [graphs[0]]  # the server's default: every statement
    assert values(ask(endpoint, how, STATEMENTS, one), "s") == [graphs[0]]
    assert values(ask(endpoint, how, TRIPLES, one), "n") == [str(sizes[graphs[0]])]
    assert values(ask(endpoint, how, GRAPHS, one), "g") == []  # no named-graph-uri: no named graphs
    two = one + [("default-graph-uri", graphs[1])]  # the default graph is the merge
    assert values(ask(endpoint, how, STATEMENTS, two), "s") == graphs[:2]


@pytest.mark.parametrize("how", HOW)
def test_named_graph_uri_limits_what_graph_sees(endpoint, statement_graphs, how):
    graphs, _ = statement_graphs
    assert len(values(ask(endpoint, how, GRAPHS), "g")) > 3  # the server's default: every graph
    named = [("named-graph-uri", graphs[1]), ("named-graph-uri", graphs[2])]
    assert values(ask(endpoint, how, GRAPHS, named), "g") == graphs[1:3]
    assert values(ask(endpoint, how, STATEMENTS, named), "s") == []  # no default-graph-uri: an empty default graph
    both = [("default-graph-uri", graphs[0])] + named
    assert values(ask(endpoint, how, STATEMENTS, both), "s") == [graphs[0]]
    assert values(ask(endpoint, how, GRAPHS, both), "g") == graphs[1:3]


def test_the_protocol_dataset_takes_precedence_over_from(endpoint, statement_graphs):
    graphs, _ = statement_graphs
    query = f"SELECT ?s FROM <{graphs[1]}> FROM NAMED <{graphs[1]}> WHERE {{ {{ ?s a <{CLEC}Statement> }} UNION {{ GRAPH ?s {{ }} }} }}"
    assert values(ask(endpoint, "GET", query), "s") == [graphs[1], graphs[1]]  # without parameters the query's FROM holds
    overridden = [("default-graph-uri", graphs[0]), ("named-graph-uri", graphs[2])]
    for how in HOW:
        assert sorted(values(ask(endpoint, how, query, overridden), "s")) == [graphs[0], graphs[2]]


@pytest.mark.parametrize("how", HOW)
@pytest.mark.parametrize(
    "name, value",
    [
        ("default-graph-uri", "statement-1"),
        ("default-graph-uri", ""),
        ("named-graph-uri", "<https://clecgraph.example/id/graph/entities>"),
        ("named-graph-uri", "https://clecgraph.example/a graph"),
    ],
)
def test_a_bad_graph_iri_is_answered_400(endpoint, how, name, value):
    status, _, body = ask(endpoint, how, STATEMENTS, [(name, value)])
    assert status == 400 and f"{name}=" in body and "not an absolute IRI" in body


def test_the_limits_hold_for_a_named_dataset(endpoint, statement_graphs):
    graphs, sizes = statement_graphs
    entities = [("default-graph-uri", "https://clecgraph.example/id/graph/entities")]
    status, _, body = ask(endpoint, "GET", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", entities)  # more than 100 triples
    assert status == 413 and "LIMIT" in body
    status, _, body = ask(endpoint, "GET", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", entities)
    assert status == 403 and "SERVICE" in body
    status, _, body = ask(endpoint, "POST sparql-query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", [("default-graph-uri", graphs[0])])
    assert status == 403 and "read-only" in body
    smallest = [("default-graph-uri", min(graphs, key=sizes.get))]
    assert ask(endpoint, "GET", SLOW, smallest)[0] == 200  # the join past the time limit on everything is quick on one small graph
