"""Remote stores: push to a real Oxigraph server, query it over the SPARQL Protocol, authenticate."""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from oxigraph_server import oxigraph_server as start_oxigraph
from rdflib import Literal, URIRef

from clecgraph.cli.commands import cli
from clecgraph.errors import UsageError
from clecgraph.sparql.library import library, run
from clecgraph.sparql.query import parse_param
from clecgraph.sparql.remote import Auth, RemoteStore, push, with_values
from clecgraph.sparql.stores import load


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """An Oxigraph server whose default graph is the union of its named graphs."""
    with start_oxigraph(tmp_path_factory.mktemp("oxigraph-server")) as url:
        yield url


def test_push_then_every_library_query_answers_as_locally(oxigraph_server, sample_build):
    _, out = sample_build
    result = CliRunner().invoke(cli, ["push", str(out / "graph.trig"), "--endpoint", f"{oxigraph_server}/store"])
    assert result.exit_code == 0, result.output
    remote, local = RemoteStore(f"{oxigraph_server}/query"), load(out / "graph.trig", "rdflib")
    for name, query in library().items():
        params = dict(parse_param(f"{k}={v}") for k, v in query.example.items())
        there, here = run(remote, name, params), run(local, name, params)
        assert there.vars == here.vars, name
        assert there.canonical_rows() == here.canonical_rows(), name
    # Pushing again replaces rather than duplicates.
    before = remote.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    push(out / "graph.trig", f"{oxigraph_server}/store")
    assert remote.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows == before


def test_query_command_with_an_endpoint(oxigraph_server, sample_build):
    _, out = sample_build
    push(out / "graph.trig", f"{oxigraph_server}/store")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["query", "--endpoint", f"{oxigraph_server}/query", "--name", "entity-facts", "--param", "entity=CLEC", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "entity,direction,property,value,valueLabel,valueDate"
    text = runner.invoke(cli, ["query", "--endpoint", f"{oxigraph_server}/query", "ASK { ?s ?p ?o }"])
    assert text.exit_code == 0 and text.output.strip() == "true"


def test_push_a_triples_file_into_a_named_graph(oxigraph_server, tmp_path):
    data = tmp_path / "g.ttl"
    data.write_text('<urn:x:a> <urn:x:says> "hello" .\n', encoding="utf-8")
    push(data, f"{oxigraph_server}/store", "https://example.org/graph/one")
    answer = RemoteStore(f"{oxigraph_server}/query").query("SELECT ?o WHERE { GRAPH <https://example.org/graph/one> { ?s ?p ?o } }")
    assert answer.rows == [(Literal("hello"),)]
    quads = tmp_path / "g.trig"
    quads.write_text("", encoding="utf-8")
    with pytest.raises(UsageError, match="holds many"):
        push(quads, f"{oxigraph_server}/store", "https://example.org/g")


def test_bindings_travel_as_a_values_block():
    text = with_values("SELECT ?s WHERE { ?s ?p ?name }", {"name": Literal('a "quoted" } name'), "s": URIRef("urn:x:s")})
    assert text.endswith('VALUES (?name ?s) { ("a \\"quoted\\" } name" <urn:x:s>) }\n')


def test_bindings_of_a_paged_query_go_inside_its_inner_select():
    # Trailing, the block would bind the outer query only, after the inner SELECT had cut its
    # page from every entity's rows.
    text = with_values("SELECT ?e ?x WHERE { { SELECT ?e WHERE { ?e ?p ?o } LIMIT 2 OFFSET 0 } ?e ?q ?x }", {"e": URIRef("urn:x:e")})
    assert text == "SELECT ?e ?x WHERE { { SELECT ?e WHERE {\n      VALUES (?e) { (<urn:x:e>) } ?e ?p ?o } LIMIT 2 OFFSET 0 } ?e ?q ?x }"
    # A variable the inner SELECT does not project is bound at the end, as before.
    outer = with_values("SELECT ?x WHERE { { SELECT ?e WHERE { ?e ?p ?o } } ?e ?q ?x }", {"x": Literal("v")})
    assert outer.endswith('VALUES (?x) { ("v") }\n')


def test_pages_from_an_endpoint_are_the_local_pages(oxigraph_server, sample_build):
    _, out = sample_build
    push(out / "graph.trig", f"{oxigraph_server}/store")
    remote, local = RemoteStore(f"{oxigraph_server}/query"), load(out / "graph.trig", "oxigraph")
    for name in ("entity-facts", "entity-mentions", "entity-timeline"):
        params = {"entity": Literal("CLEC")}
        for offset in (0, 2, 4):
            there, here = run(remote, name, params, limit=2, offset=offset), run(local, name, params, limit=2, offset=offset)
            assert there.rows and there.canonical_rows() == here.canonical_rows(), (name, offset)


class Recorder(BaseHTTPRequestHandler):
    """A stand-in store that wants a password, and remembers what it was sent."""

    seen: list = []

    def log_message(self, *args):
        pass

    def _handle(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        Recorder.seen.append((self.command, self.path, dict(self.headers), body))
        good = {"Basic " + base64.b64encode(b"alice:s3cret").decode(), "Bearer T0KEN"}
        if self.headers.get("Authorization") not in good:
            self.send_response(401)
            self.end_headers()
            return
        if body.startswith(b"query=ASK"):  # push's check that queries see the pushed triples
            reply = json.dumps({"head": {}, "boolean": True}).encode()
        else:
            reply = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "1"}}]}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_POST = do_PUT = _handle


@pytest.fixture
def recorder():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Recorder.seen = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_authentication(recorder, tmp_path):
    data = tmp_path / "g.nt"
    data.write_text('<urn:x:a> <urn:x:b> "c" .\n', encoding="utf-8")
    assert push(data, f"{recorder}/data", auth=Auth(user="alice", password="s3cret")) in (200, 204)
    method, path, headers, body = Recorder.seen[-1]
    assert method == "PUT" and path == "/data?default=" and headers["Content-Type"] == "application/n-triples" and body == data.read_bytes()
    assert RemoteStore(f"{recorder}/sparql", Auth(header="Authorization: Bearer T0KEN")).query("SELECT ?n {}").rows == [(Literal("1"),)]
    with pytest.raises(UsageError, match="HTTP 401.*--user"):
        RemoteStore(f"{recorder}/sparql", Auth(user="alice", password="wrong")).query("SELECT ?n {}")
    result = CliRunner().invoke(
        cli, ["push", str(data), "--endpoint", f"{recorder}/data", "--user", "alice"], env={"CLECGRAPH_PASSWORD": "s3cret"}
    )
    assert result.exit_code == 0, result.output
    # the check after the push asks the query endpoint beside /data, with the same credentials
    method, path, headers, body = Recorder.seen[-1]
    assert (method, path, body.startswith(b"query=ASK")) == ("POST", "/sparql", True) and headers["Authorization"].startswith("Basic ")
    refused = CliRunner().invoke(cli, ["query", "--endpoint", f"{recorder}/sparql", "SELECT ?n {}"])
    assert refused.exit_code == 2 and "401" in refused.output


# ---- redirects: credentials never cross hosts, a POST stays a POST, odd answers fail ----

RESULT = b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"1"}}]}}'


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_host_is_refused_and_nothing_is_sent_there(status, tmp_path):
    from canary import Canary

    with Canary() as elsewhere:
        with Canary(lambda h: (status, {"Location": elsewhere.url + h.path}, b"")) as first:
            store = RemoteStore(f"{first.url}/sparql", Auth(user="alice", password="s3cret", header="X-Api-Key: k3y"))
            with pytest.raises(UsageError, match="another host"):
                store.query("SELECT ?n {}")
            result = CliRunner().invoke(cli, ["query", "--endpoint", f"{first.url}/sparql", "--header", "X-Api-Key: k3y", "SELECT ?n {}"])
            assert result.exit_code == 2 and "another host" in result.output and "Traceback" not in result.output
            data = tmp_path / "g.nt"
            data.write_text('<urn:x:a> <urn:x:b> "c" .\n', encoding="utf-8")
            with pytest.raises(UsageError, match="another host"):
                push(data, f"{first.url}/data", auth=Auth(header="Authorization: Bearer T0KEN"))
        assert len(first.requests) == 3 and elsewhere.requests == []  # nothing, and no credential, went there
        assert first.requests[0][2]["Authorization"].startswith("Basic ")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_same_host_redirect_keeps_the_method_the_body_and_the_headers(status):
    from canary import Canary

    def reply(handler):
        if handler.path.startswith("/old"):
            return status, {"Location": "/new" + handler.path[4:]}, b""
        return 200, {"Content-Type": "application/sparql-results+json"}, RESULT

    with Canary(reply) as server:
        answer = RemoteStore(f"{server.url}/old/sparql", Auth(header="X-Api-Key: k3y")).query("SELECT ?n {}")
    assert answer.rows == [(Literal("1"),)]
    (m1, p1, h1, b1), (m2, p2, h2, b2) = server.requests
    assert (m1, p1, m2, p2) == ("POST", "/old/sparql", "POST", "/new/sparql")
    assert b1 == b2 and b"query=SELECT" in b2  # not a bodiless GET
    assert h2["X-Api-Key"] == "k3y" and h2["Content-Type"] == "application/x-www-form-urlencoded"


def test_a_downgrade_to_http_or_a_loop_is_refused():
    from clecgraph.sparql.remote import same_host

    assert same_host("http://a.example/x", "https://a.example/y")
    assert not same_host("https://a.example/x", "http://a.example/y")
    assert not same_host("http://a.example:8080/x", "http://a.example:8081/x")
    assert not same_host("http://a.example/x", "http://b.example/x")
    from canary import Canary

    with Canary(lambda h: (302, {"Location": h.path + "x"}, b"")) as server:
        with pytest.raises(UsageError, match="redirects"):
            RemoteStore(f"{server.url}/s").query("ASK {}")


@pytest.mark.parametrize(
    "content_type, body, message",
    [
        ("text/html", b"<html>login</html>", "unexpected answer of type text/html"),
        ("application/sparql-results+json", b"<html>not json", "not SPARQL JSON"),
        ("application/sparql-results+json", b'{"rows": []}', "not SPARQL JSON"),
        ("text/turtle", b"this is not turtle <<<", "not valid text/turtle"),
    ],
)
def test_an_unexpected_answer_fails_non_zero(content_type, body, message):
    from canary import Canary

    with Canary(lambda h: (200, {"Content-Type": content_type}, body)) as server:
        with pytest.raises(UsageError, match=message):
            RemoteStore(f"{server.url}/sparql").query("SELECT ?n {}")
        result = CliRunner().invoke(cli, ["query", "--endpoint", f"{server.url}/sparql", "SELECT ?n {}"])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
