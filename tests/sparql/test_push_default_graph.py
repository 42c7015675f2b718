"""push checks (or, asked, makes) the store's default graph show what was pushed (issue 19).

An Oxigraph server started without --union-default-graph took a pushed
graph.trig with exit 0, and every library query then answered 0 rows.
"""

from __future__ import annotations

import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from oxigraph_server import oxigraph_server

from clecgraph.cli.commands import cli
from clecgraph.sparql.library import library, run
from clecgraph.sparql.push import query_endpoint_beside
from clecgraph.sparql.query import parse_param
from clecgraph.sparql.remote import RemoteStore
from clecgraph.sparql.stores import load

COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def plain_server(tmp_path_factory):
    """Oxigraph whose default graph is only the default graph (as `oxigraph serve` starts)."""
    with oxigraph_server(tmp_path_factory.mktemp("plain"), union_default_graph=False) as url:
        yield url


@pytest.fixture(scope="module")
def union_server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("union")) as url:
        yield url


def _clear(server: str) -> None:
    """Empty the server (each test starts from nothing, whatever ran before)."""
    body = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    urllib.request.urlopen(urllib.request.Request(f"{server}/update", data=body, method="POST"), timeout=30).read()


def _push(*args: str):
    return CliRunner().invoke(cli, ["push", *args])


def _one_error_line(result) -> str:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("clecgraph: error: ") and "Traceback" not in result.output, result.output
    return lines[0]


def test_a_trig_push_to_a_store_without_a_union_default_graph_fails_and_says_why(plain_server, sample_build):
    _, out = sample_build
    _clear(plain_server)
    error = _one_error_line(_push(str(out / "graph.trig"), "--endpoint", f"{plain_server}/store"))
    assert "not the union of its named graphs" in error and "0 rows" in error
    assert "--union-default-graph" in error and "--copy-to-default" in error
    # the trap it reports: the data is there, the library queries see none of it
    remote = RemoteStore(f"{plain_server}/query")
    assert remote.query("ASK { GRAPH ?g { ?s ?p ?o } }").boolean
    assert run(remote, "cosigning-pairs", {}).rows == []


def test_copy_to_default_makes_every_library_query_answer_as_locally(plain_server, sample_build):
    _, out = sample_build
    _clear(plain_server)
    result = _push(str(out / "graph.trig"), "--endpoint", f"{plain_server}/store", "--copy-to-default")
    assert result.exit_code == 0, result.output
    assert f"default graph holds a copy of every pushed triple (checked at {plain_server}/query)" in result.output
    remote, local = RemoteStore(f"{plain_server}/query"), load(out / "graph.trig", "rdflib")
    for name, query in library().items():
        params = dict(parse_param(f"{k}={v}") for k, v in query.example.items())
        assert run(remote, name, params).canonical_rows() == run(local, name, params).canonical_rows(), name
    # pushing again replaces the copy with the dataset, it does not add a second one
    before = remote.query(COUNT_DEFAULT).rows
    assert _push(str(out / "graph.trig"), "--endpoint", f"{plain_server}/store", "--copy-to-default").exit_code == 0
    assert remote.query(COUNT_DEFAULT).rows == before


def test_a_push_to_a_union_store_says_it_checked(union_server, sample_build):
    _, out = sample_build
    result = _push(str(out / "graph.trig"), "--endpoint", f"{union_server}/store")
    assert result.exit_code == 0, result.output
    assert f"default graph shows the pushed triples (checked at {union_server}/query)" in result.output


def test_a_triples_file_is_checked_in_its_named_graph_and_in_the_default_graph(plain_server, sample_build):
    _, out = sample_build
    _clear(plain_server)
    named = _push(str(out / "graph.ttl"), "--endpoint", f"{plain_server}/store", "--graph", "https://example.org/g")
    assert "not the union" in _one_error_line(named)
    default = _push(str(out / "graph.ttl"), "--endpoint", f"{plain_server}/store")
    assert default.exit_code == 0 and "default graph shows the pushed triples" in default.output, default.output


def test_a_query_endpoint_named_by_the_user_must_answer(plain_server, sample_build):
    _, out = sample_build
    args = [str(out / "graph.ttl"), "--endpoint", f"{plain_server}/store", "--query-endpoint", f"{plain_server}/nowhere"]
    assert "HTTP 404" in _one_error_line(_push(*args))


@pytest.fixture
def bare_store():
    """A Graph Store address of no known layout: takes any PUT or POST, answers no query."""

    class Handler(BaseHTTPRequestHandler):
        def _take(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(204)
            self.end_headers()

        do_PUT = do_POST = _take

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/gsp"
    server.shutdown()
    server.server_close()


def test_a_store_of_unknown_layout_is_pushed_and_the_check_says_it_was_not_done(bare_store, sample_build):
    _, out = sample_build
    result = _push(str(out / "graph.trig"), "--endpoint", bare_store)
    assert result.exit_code == 0, result.output
    assert "default graph not checked: pass --query-endpoint URL" in result.output


@pytest.mark.parametrize(
    "store, query",
    [
        ("http://127.0.0.1:7878/store", "http://127.0.0.1:7878/query"),
        ("http://localhost:3030/clec/data", "http://localhost:3030/clec/sparql"),
        ("http://localhost:7200/repositories/clec/statements", "http://localhost:7200/repositories/clec"),
        ("http://localhost:7200/repositories/clec/rdf-graphs/service?graph=x", "http://localhost:7200/repositories/clec"),
        ("http://localhost:8890/sparql-graph-crud", "http://localhost:8890/sparql"),
        ("http://localhost:8080/gsp", None),
    ],
)
def test_the_query_endpoint_beside_a_known_stores_graph_store_address(store, query):
    assert query_endpoint_beside(store) == query
