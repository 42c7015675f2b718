"""CORS: headers for the origins named with --cors on GET, POST and the preflight, for the endpoint and the
explorer's resolvable IRIs alike; without --cors, no CORS header at all and cross-origin requests refused."""

from __future__ import annotations

import http.client
import threading
import urllib.parse

import pytest
from explore_helpers import SAMPLE

from clecgraph.sparql.serve import Endpoint

ALLOWED = "https://allowed.example"
ASK = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module", params=[True, False], ids=["with --cors", "without --cors"])
def served(request):
    server = Endpoint(SAMPLE, port=0, timeout=20, workers=1, cors=[ALLOWED] if request.param else [])
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield request.param, server
    finally:
        server.close()
        thread.join(10)


def ask(server, method: str, path: str, headers: dict[str, str], body: bytes | None = None) -> tuple[int, dict[str, str]]:
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        answer.read()
        found: dict[str, str] = {}
        for key, value in answer.getheaders():  # a header sent twice is read as one list, as HTTP says
            found[key.lower()] = f"{found[key.lower()]}, {value}" if key.lower() in found else value
        return answer.status, found
    finally:
        connection.close()


REQUESTS = {
    "GET /sparql": ("GET", "/sparql?" + urllib.parse.urlencode({"query": ASK}), {"Accept": "application/sparql-results+json"}, None),
    "POST /sparql": (
        "POST",
        "/sparql",
        {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        ASK.encode(),
    ),
    "GET an IRI as Turtle": ("GET", "/id/org/licadho", {"Accept": "text/turtle"}, None),
}


@pytest.mark.parametrize("name", REQUESTS)
def test_a_named_origin_gets_the_header_and_any_other_is_refused(served, name):
    named, server = served
    method, path, headers, body = REQUESTS[name]
    status, got = ask(server, method, path, {**headers, "Origin": ALLOWED}, body)
    if named:
        assert status == 200 and got["access-control-allow-origin"] == ALLOWED and "Origin" in got.get("vary", "")
    else:
        assert status == 403 and "access-control-allow-origin" not in got
    status, got = ask(server, method, path, {**headers, "Origin": "https://other.example"}, body)
    assert status == 403 and "access-control-allow-origin" not in got


@pytest.mark.parametrize("name", REQUESTS)
def test_no_cors_header_without_an_origin(served, name):
    _, server = served
    method, path, headers, body = REQUESTS[name]
    status, got = ask(server, method, path, headers, body)
    assert status == 200 and not any(k.startswith("access-control-") for k in got)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_the_preflight_allows_get_and_post_for_a_named_origin_only(served, method):
    named, server = served
    headers = {"Origin": ALLOWED, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": "content-type"}
    status, got = ask(server, "OPTIONS", "/sparql", headers)
    if named:
        assert status == 204 and got["access-control-allow-origin"] == ALLOWED
        assert {"GET", "POST"} <= {m.strip() for m in got["access-control-allow-methods"].split(",")}
        assert "content-type" in got["access-control-allow-headers"].lower()
    else:
        assert status == 403 and not any(k.startswith("access-control-") for k in got)
