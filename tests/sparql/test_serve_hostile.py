"""clecgraph serve against a hostile client: SERVICE in every disguise, forged Host and Origin,
lying Content-Length, slow headers, deep nesting, huge answers, greedy clients, signals."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest
from canary import Canary
from hypothesis import given
from hypothesis import strategies as st

from clecgraph.sparql.guard import check, isolate_network
from clecgraph.sparql.serve import Endpoint, Response, register_route
from clecgraph.sparql.web import ROUTES, find_route

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ASK = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def endpoint(sample_build, tmp_path_factory):
    _, out = sample_build
    folder = tmp_path_factory.mktemp("served-hostile")
    shutil.copy(out / "graph.trig", folder / "graph.trig")
    server = Endpoint(
        folder / "graph.trig",
        port=0,
        timeout=6,
        max_results=100_000,
        workers=2,
        allow_hosts=["graph.example"],
        cors=["https://allowed.example"],
        max_answer_bytes=20_000,
        header_timeout=1.5,
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(10)


def raw(endpoint, data: bytes, source: str = "127.0.0.1", wait: float = 60) -> bytes:
    """Send bytes as they are; what the server answers before it closes."""
    with socket.create_connection((endpoint.host, endpoint.port), timeout=wait, source_address=(source, 0)) as sock:
        sock.sendall(data)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def get(endpoint, query: str, headers: dict[str, str] | None = None, source: str = "127.0.0.1") -> tuple[int, dict, bytes]:
    lines = [f"GET /sparql?{urllib.parse.urlencode({'query': query})} HTTP/1.1"]
    headers = {"Host": f"127.0.0.1:{endpoint.port}", "Connection": "close", **(headers or {})}
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return parse(raw(endpoint, ("\r\n".join(lines) + "\r\n\r\n").encode(), source))


def parse(answer: bytes) -> tuple[int, dict, bytes]:
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


# ---- SERVICE in every disguise: the engine would fetch it; the endpoint never does ----


def service_forms(url: str) -> dict[str, str]:
    """Queries that pyoxigraph, unguarded, runs with a SERVICE call to `url` (checked below)."""
    s = f"SERVICE <{url}/sparql> {{ ?s ?p ?o }}"
    t = "PREFIX ex: <http://e/>\nSELECT * WHERE { ?x ?y ?z . %s }"
    return {
        "plain": t % s,
        "lower case": t % s.replace("SERVICE", "service"),
        "silent": t % s.replace("SERVICE", "SERVICE SILENT"),
        "escaped hash in a prefixed name (the issue's bypass)": "PREFIX ex: <http://e/> SELECT * WHERE { ?x ?y ?z OPTIONAL { ?s ex:a\\# ?o } "
        + s
        + " }",
        "comment ended by a lone CR": "SELECT * WHERE { ?x ?y ?z # c\r" + s + "\n}",
        "comment ended by CRLF": t % ("# note\r\n" + s),
        "quote in a comment": t % ('# "\n' + s),
        "escaped quote in a string": t % ('FILTER(?z != "a\\"b") ' + s),
        "long string with a newline": t % ("FILTER(?z != '''a\nb''') " + s),
        "hash in a string": t % ('FILTER(?z != "#") ' + s),
        "inside OPTIONAL": t % ("OPTIONAL { " + s + " }"),
        "inside UNION": t % ("{ ?a ?b ?c } UNION { " + s + " }"),
        "inside FILTER EXISTS": t % ("FILTER EXISTS { " + s + " }"),
        "inside a subquery": t % ("{ SELECT * WHERE { " + s + " } }"),
        "tabs and newlines": t % s.replace(" ", "\t\n"),
        "endpoint as a prefixed name": f"PREFIX c: <{url}/> SELECT * WHERE {{ SERVICE c:sparql {{ ?s ?p ?o }} }}",
        "endpoint relative to BASE": f"BASE <{url}/> SELECT * WHERE {{ SERVICE <sparql> {{ ?s ?p ?o }} }}",
    }


@pytest.fixture(scope="module")
def canary():
    with Canary() as running:
        yield running


def test_every_service_form_is_a_real_request_for_the_unguarded_engine(canary):
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    for name, query in service_forms(canary.url).items():
        before = len(canary.requests)
        list(store.query(query))
        assert len(canary.requests) == before + 1, name  # the failure the endpoint must prevent


@pytest.mark.parametrize("form", list(service_forms("http://127.0.0.1:1")))
def test_the_endpoint_makes_no_request_for_any_service_form(endpoint, canary, form):
    before = len(canary.requests)
    status, _, body = get(endpoint, service_forms(canary.url)[form])
    assert status in (400, 403), body
    assert b"SERVICE is refused" in body or b"could not be checked" in body
    assert len(canary.requests) == before


# Pieces a query can hide a SERVICE behind: comments with every line end, strings with escapes,
# prefixed names with escapes, Unicode escapes of quotes, hashes and line ends.
PIECES = [
    "# c\n",
    "# c\r",
    "# c\r\n",
    "# c\x0b",
    "# c\x0c",
    "# c\u2028",
    '# "\n',
    "# '''\n",
    '"a\\"b" ',
    "'a\\'b' ",
    '"""a\nb""" ',
    "'''#''' ",
    '"#" ',
    "<http://e/#> ",
    "ex:a\\# ",
    "ex:a\\. ",
    "ex:a\\' ",
    "ex:a%23 ",
    "\\u0022 ",
    "\\u0023 ",
    "\\u000A ",
    "\\u000D ",
    "\\u005Cu0022 ",
    "\\U00000023 ",
    "?z ",
    ". ",
    "; ",
    "{ ",
    "} ",
    "OPTIONAL { ",
    "FILTER(",
    ") ",
]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5), st.sampled_from(["SERVICE", "service", "SERVICE SILENT"]))
def test_fuzz_no_text_the_engine_runs_as_service_passes_the_check(canary, pieces, keyword):
    """Differential: whatever pyoxigraph would send a request for (run on the very text the
    check passes on) is refused by the check."""
    query = "PREFIX ex: <http://e/> SELECT * WHERE { ?x ?y ?z . " + "".join(pieces) + f" {keyword} <{canary.url}/fuzz> {{ ?s ?p ?o }} }}"
    text, why = check(query)
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    before = len(canary.requests)
    try:
        list(store.query(text))
    except (SyntaxError, OSError, RuntimeError, ValueError):
        pass
    if len(canary.requests) > before:
        assert why is not None and why.status in (400, 403), repr(query)


def test_query_workers_have_no_network(canary):
    """The second guard: a worker could not reach the canary even if a SERVICE got past the parser."""
    code = (
        "import socket, sys\n"
        "from clecgraph.sparql.guard import isolate_network\n"
        "if not isolate_network(): sys.exit(3)\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {canary.port}), timeout=5)\n"
        "except OSError:\n"
        "    sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    if done.returncode == 3:
        pytest.skip("this system does not let a process drop its network (no user namespaces)")
    assert done.returncode == 0, done.stderr.decode()
    assert isolate_network.__module__ == "clecgraph.sparql.guard"


def test_updates_in_disguise_are_refused(endpoint):
    for query in ["LOAD <http://127.0.0.1:1/x>", "load <http://127.0.0.1:1/x> INTO GRAPH <urn:g>", "CLEAR ALL", "\\u0044ROP ALL"]:
        status, _, body = get(endpoint, query)
        assert status == 403 and b"read-only" in body, (query, body)


# ---- Host and Origin: DNS rebinding and other sites' pages ----


@pytest.mark.parametrize("host", ["evil.example", "evil.example:7878", "localhost.evil.example", "127.0.0.1.nip.io"])
def test_a_host_that_is_not_ours_is_refused(endpoint, host):
    status, _, body = get(endpoint, ASK, {"Host": host})
    assert status == 403 and b"not a name of this server" in body


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "graph.example:{port}", "[::1]:{port}", "10.1.2.3"])
def test_our_names_and_any_address_are_answered(endpoint, host):
    status, _, _ = get(endpoint, ASK, {"Host": host.format(port=endpoint.port)})
    assert status == 200


def test_cors_only_for_named_origins(endpoint):
    status, headers, body = get(endpoint, ASK, {"Origin": "https://evil.example"})
    assert status == 403 and b"--cors" in body and "access-control-allow-origin" not in headers
    status, headers, _ = get(endpoint, ASK, {"Origin": "https://allowed.example"})
    assert status == 200 and headers["access-control-allow-origin"] == "https://allowed.example"
    status, headers, _ = get(endpoint, ASK, {"Origin": f"http://127.0.0.1:{endpoint.port}"})  # the query page itself
    assert status == 200 and "access-control-allow-origin" not in headers
    preflight = "OPTIONS /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: {}\r\nAccess-Control-Request-Method: POST\r\n\r\n"
    status, headers, _ = parse(raw(endpoint, preflight.format("https://allowed.example").encode()))
    assert status == 204 and "POST" in headers["access-control-allow-methods"]
    status, headers, _ = parse(raw(endpoint, preflight.format("https://evil.example").encode()))
    assert status == 403 and "access-control-allow-origin" not in headers


# ---- request bytes and time ----


def post(length_headers: str, body: bytes = b"query=ASK%7B%7D") -> bytes:
    return (
        "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" + length_headers + "\r\n"
    ).encode() + body


@pytest.mark.parametrize(
    "headers, status",
    [
        ("Content-Length: -1\r\n", 400),
        ("Content-Length: abc\r\n", 400),
        ("Content-Length: 1e3\r\n", 400),
        ("Content-Length: 15\r\nContent-Length: 16\r\n", 400),
        ("", 411),
        ("Transfer-Encoding: chunked\r\n", 411),
        ("Content-Length: 999999999999\r\n", 413),
    ],
)
def test_dishonest_content_length_is_answered_not_crashed(endpoint, headers, status):
    answer = raw(endpoint, post(headers))
    assert parse(answer)[0] == status, answer[:300]
    assert b"Traceback" not in answer
    assert get(endpoint, ASK)[0] == 200  # and the server goes on


def test_an_honest_post_is_answered(endpoint):
    assert parse(raw(endpoint, post("Content-Length: 15\r\n")))[0] == 200


def test_slow_headers_are_cut_off(endpoint):
    """A client that sends its headers a byte at a time is disconnected once the header time is up."""
    with socket.create_connection((endpoint.host, endpoint.port), timeout=30) as sock:
        sock.sendall(b"GET /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        closed = False
        for _ in range(200):  # up to 20 s of trickling: far past the 1.5 s header time
            try:
                sock.sendall(b"X")
                sock.settimeout(0.1)
                if sock.recv(1024) == b"":
                    closed = True
                    break
            except TimeoutError:
                continue
            except OSError:
                closed = True
                break
        assert closed


def test_half_open_connections_are_all_dropped(endpoint):
    sockets = [socket.create_connection((endpoint.host, endpoint.port), timeout=30) for _ in range(50)]
    try:
        for sock in sockets:
            sock.sendall(b"GET /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        assert get(endpoint, ASK)[0] == 200  # a real client is still served meanwhile
        for sock in sockets:
            try:
                assert sock.recv(1024) in (b"",) or sock.recv(1024) == b""
            except ConnectionResetError:
                pass
    finally:
        for sock in sockets:
            sock.close()


def test_deep_nesting_is_refused_and_no_worker_dies(endpoint):
    for query in ["ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }", "ASK " + "{" * 5000 + "}" * 5000]:
        status, _, body = get(endpoint, query)
        assert status == 400 and b"nests brackets" in body
    status, _, body = get(endpoint, "ASK { FILTER(" + "(" * 40 + "1" + ")" * 40 + ") }")
    assert status == 200, body
    assert get(endpoint, ASK)[0] == 200


def test_answers_past_the_byte_limit_are_refused(endpoint):
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 413 and b"20000 bytes" in body
    assert get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 5")[0] == 200


def test_a_small_query_is_not_starved_by_another_clients_long_ones(endpoint):
    finished: list[str] = []

    def slow():
        get(endpoint, SLOW)
        finished.append("slow")

    threads = [threading.Thread(target=slow) for _ in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # let the long queries start (ordering only; nothing is timed)
    status, _, _ = get(endpoint, ASK, source="127.0.0.2")
    finished.append(f"ask {status}")
    for thread in threads:
        thread.join(120)
    assert finished[0] == "ask 200", finished


# ---- routes ----


def test_routes_are_a_table_other_modules_add_to(endpoint):
    register_route("/test-route/", lambda request: Response.text(200, f"{request.method} {request.path} {request.client}"))
    try:
        status, _, body = parse(raw(endpoint, b"GET /test-route/a/b HTTP/1.1\r\nHost: localhost\r\n\r\n"))
        assert status == 200 and body == b"GET /test-route/a/b 127.0.0.1\n"
        assert find_route("/sparql") is ROUTES["/sparql"] and find_route("/nowhere") is None
    finally:
        del ROUTES["/test-route/"]


def test_a_failing_route_answers_500_without_a_traceback(endpoint):
    def broken(request):
        raise RuntimeError("secret detail")

    register_route("/broken", broken)
    try:
        status, _, body = parse(raw(endpoint, b"GET /broken HTTP/1.1\r\nHost: localhost\r\n\r\n"))
        assert status == 500 and b"secret" not in body and b"Traceback" not in body
    finally:
        del ROUTES["/broken"]


# ---- the temporary copy of the graph ----


def scratch_of(pid: int) -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob(f"clecgraph-serve-{pid}-*"))


def wait_until_serving(process: subprocess.Popen) -> None:
    """Read the server's stderr up to its 'serving' line (the explorer's index lines come before it).

    Never `stderr.read()` while the server runs: it waits for an end that a serving server never gives.
    """
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.startswith("serving "):
            return
    raise AssertionError("the server ended before serving:\n" + "".join(seen))


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_the_graph_copy_is_removed_on_a_signal(sample_build, sig, tmp_path):
    _, out = sample_build
    lone = tmp_path / "graph.trig"  # a file outside a build folder is served from a copy
    shutil.copy(out / "graph.trig", lone)
    process = subprocess.Popen([sys.executable, "-m", "clecgraph", "serve", str(lone), "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        wait_until_serving(process)
        assert len(scratch_of(process.pid)) == 1
        assert (scratch_of(process.pid)[0].stat().st_mode & 0o777) == 0o700
        process.send_signal(sig)
        process.wait(60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert scratch_of(process.pid) == []


def test_a_killed_servers_copy_is_removed_by_the_next_one(sample_build, tmp_path):
    from clecgraph.sparql.serve import clear_stale_scratch

    _, out = sample_build
    lone = tmp_path / "graph.trig"
    shutil.copy(out / "graph.trig", lone)
    process = subprocess.Popen([sys.executable, "-m", "clecgraph", "serve", str(lone), "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        wait_until_serving(process)
    finally:
        process.kill()
        process.wait()
    assert len(scratch_of(process.pid)) == 1  # SIGKILL cannot be caught...
    removed = clear_stale_scratch()  # ...so the next server clears it when it starts
    assert scratch_of(process.pid) == [] and any(str(process.pid) in p.name for p in removed)
    assert os.getpid() not in [int(p.name.split("-")[2]) for p in removed]
