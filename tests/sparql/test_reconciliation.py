"""The W3C Reconciliation API of `clecgraph serve`, asked with the protocol's own requests on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from clecgraph.sparql.serve import Endpoint

ID = "https://clecgraph.example/id/"


@pytest.fixture(scope="module")
def service(sample_build, tmp_path_factory):
    _, out = sample_build
    folder = tmp_path_factory.mktemp("reconcile")
    shutil.copy(out / "graph.trig", folder / "graph.trig")
    server = Endpoint(folder / "graph.trig", port=0, timeout=10, workers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.url + "/reconcile/"
    finally:
        server.close()
        thread.join(10)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read().decode("utf-8")


def post(url, **fields):
    request = urllib.request.Request(url, data=urllib.parse.urlencode(fields).encode(), method="POST")
    request.add_header("Content-Type", "application/x-www-form-urlencoded")
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read().decode("utf-8"))


def test_the_manifest(service):
    status, kind, body = get(service)
    assert status == 200 and kind.startswith("application/json")
    manifest = json.loads(body)
    assert "0.2" in manifest["versions"] and manifest["identifierSpace"] == ID
    assert {t["id"] for t in manifest["defaultTypes"]} == {"organisation", "person", "place"}
    assert manifest["preview"]["url"].endswith("/reconcile/preview?id={{id}}")


BATCH = {
    "name": {"query": "LICADHO"},
    "lower": {"query": "licadho", "type": "organisation"},
    "full": {"query": "Cambodian League for the Promotion and Defense of Human Rights"},
    "variant": {"query": "Cambodian Centre for Human Rights", "type": "organisation"},
    "acronym": {"query": "CCHR"},
    "short": {"query": "Sonando", "type": "person"},
    "spelling": {"query": "Kompong Thom", "type": "place"},
    "typed": {"query": "Cambodia", "type": "https://schema.org/Place", "limit": 2},
    "unknown": {"query": "Nobody at all here"},
    "wrong type": {"query": "LICADHO", "type": "person"},
}


def test_names_acronyms_and_variants_find_the_right_candidates(service):
    answer = post(service, queries=json.dumps(BATCH))
    assert set(answer) == set(BATCH)
    top = {key: (value["result"][0] if value["result"] else None) for key, value in answer.items()}
    for key in ("name", "lower", "full"):
        assert top[key]["id"] == ID + "org/licadho" and top[key]["match"] is True, key
    assert top["name"]["score"] == 100 and top["name"]["type"] == [{"id": "organisation", "name": "Organisation"}]
    assert top["variant"]["id"] == ID + "org/cchr" and top["acronym"]["id"] == ID + "org/cchr"
    assert top["acronym"]["match"] is True
    assert top["short"]["id"] == ID + "person/mam-sonando"
    assert top["spelling"]["name"] == "Kampong Thom"
    assert len(answer["typed"]["result"]) <= 2 and all(r["type"][0]["id"] == "place" for r in answer["typed"]["result"])
    assert top["typed"]["id"] == ID + "place/cambodia"
    assert answer["unknown"]["result"] == [] and answer["wrong type"]["result"] == []


def test_get_with_queries_and_the_single_query_form(service):
    queries = json.dumps({"q0": {"query": "licadho"}})
    status, _, body = get(service + "?" + urllib.parse.urlencode({"queries": queries}))
    assert status == 200 and json.loads(body)["q0"]["result"][0]["id"] == ID + "org/licadho"
    status, _, body = get(service + "?" + urllib.parse.urlencode({"query": "CCHR"}))
    assert status == 200 and json.loads(body)["result"][0]["id"] == ID + "org/cchr"


def test_preview_and_refusals(service):
    status, kind, body = get(service + "preview?" + urllib.parse.urlencode({"id": ID + "org/licadho"}))
    assert status == 200 and kind.startswith("text/html") and "<strong>LICADHO</strong>" in body
    assert get(service + "preview?id=nothing")[0] == 404
    assert get(service + "?" + urllib.parse.urlencode({"queries": "[1, 2]"}))[0] == 400
    assert get(service + "?" + urllib.parse.urlencode({"queries": "{not json"}))[0] == 400
    assert get(service + "?callback=steal&" + urllib.parse.urlencode({"query": "x"}))[0] == 400  # no JSONP
