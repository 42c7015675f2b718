"""Online reconciliation, tested against a W3C reconciliation server on 127.0.0.1 with fixture data."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from rdflib import URIRef
from rdflib.namespace import OWL

from clecgraph.cli.commands import cli
from clecgraph.graph.assemble import build_graph
from clecgraph.link import LinkContext, link_entities
from clecgraph.link.reconcile import ReconcileError, reconcile, unlinked_entities
from clecgraph.link.review import accepted, read_review, write_review
from clecgraph.model import ORGANISATION, PLACE, Extraction, Mention, Span, Statement
from clecgraph.resolve.entities import resolve
from clecgraph.vocab import IRIs

SPACE = "http://fixture.example/entity/"
FIXTURE = {
    "Khmer Rights Fixture Group": [
        {"id": "X1", "name": "Khmer Rights Fixture Group", "score": 98.5, "match": True, "description": "an NGO"},
        {"id": "X2", "name": "Khmer Rights Group (other)", "score": 40, "match": False, "description": ""},
    ],
    "Group 78": [{"id": "X3", "name": "Group 78", "score": 61, "match": False, "description": "a community\tin Phnom Penh"}],
}


class Service(BaseHTTPRequestHandler):
    mode = "ok"  # ok, 429-after-first, 500, slow
    posts = 0

    def log_message(self, *args):
        pass

    def _send(self, code: int, body: dict, headers=()):
        data = json.dumps(body).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self._send(200, {"name": "fixture", "identifierSpace": SPACE, "schemaSpace": SPACE, "versions": ["0.2"]})

    def do_POST(self):
        type(self).posts += 1
        if self.mode == "slow":
            time.sleep(1.0)
        if self.mode == "500":
            return self._send(500, {"error": "boom"})
        if self.mode == "429-after-first" and type(self).posts > 1:
            return self._send(429, {"error": "slow down"}, [("Retry-After", "30")])
        length = int(self.headers["Content-Length"])
        form = urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8"))
        queries = json.loads(form["queries"][0])
        self._send(200, {qid: {"result": FIXTURE.get(q["query"], [])} for qid, q in queries.items()})


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the client of the "slow" test has hung up by the time the answer is written


@pytest.fixture
def service():
    Service.mode, Service.posts = "ok", 0
    server = Server(("127.0.0.1", 0), Service)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api"
    server.shutdown()
    server.server_close()


def corpus():
    text = "Khmer Rights Fixture Group and Another Fixture Body visited Group 78 in Phnom Penh."
    names = [
        (ORGANISATION, "Khmer Rights Fixture Group"),
        (ORGANISATION, "Another Fixture Body"),
        (PLACE, "Group 78"),
        (PLACE, "Phnom Penh"),
    ]
    mentions = []
    for kind, name in names:
        start = text.index(name)
        mentions.append(
            Mention(kind, name, Span("text", start, start + len(name)), "test", name, "community" if name == "Group 78" else None)
        )
    return [Extraction(Statement("t.txt", 1, text, "2012-01-01"), "2012-01-01", (), tuple(mentions))]


def dataset(links=()):
    extractions = corpus()
    return build_graph(extractions, link_entities(resolve(extractions), LinkContext(tuple(extractions), tuple(links))))


def test_only_entities_without_links_are_asked_about():
    todo = {(u.kind, u.label) for u in unlinked_entities(dataset())}
    assert ("place", "Group 78") in todo and ("organisation", "Khmer Rights Fixture Group") in todo
    assert ("place", "Phnom Penh") not in todo  # linked to GeoNames offline already


def test_candidates_go_to_the_review_file_and_accepted_rows_to_the_graph(service, tmp_path):
    review = tmp_path / "links.tsv"
    counts = reconcile(dataset(), review, service=service, batch=2)
    rows = [r for r in read_review(review) if r.candidate]
    assert counts["candidates"] == len(rows) == 3 and counts["asked"] == counts["unlinked"] == 3
    assert [r.candidate_label for r in read_review(review) if not r.candidate] == ["(no candidate)"]
    best = next(r for r in rows if r.candidate == SPACE + "X1")
    assert (best.kind, best.key, best.score, best.match) == ("organisation", "khmer-rights-fixture-group", "98.5", "true")
    assert "\t" not in next(r for r in rows if r.candidate == SPACE + "X3").description
    assert accepted(review) == []
    text = review.read_text(encoding="utf-8").replace(
        f"{SPACE}X1\tKhmer Rights Fixture Group\t98.5\ttrue\tan NGO\t", f"{SPACE}X1\tKhmer Rights Fixture Group\t98.5\ttrue\tan NGO\tyes"
    )
    review.write_text(text, encoding="utf-8")
    assert [r.candidate for r in accepted(review)] == [SPACE + "X1"]
    graph = dataset([review])
    org = IRIs().entity(ORGANISATION, "khmer-rights-fixture-group")
    assert (org, OWL.sameAs, URIRef(SPACE + "X1")) in graph.graph(IRIs().graph("entities"))
    assert (org, OWL.sameAs, URIRef(SPACE + "X2")) not in graph.graph(IRIs().graph("entities"))
    # Asking again keeps the user's marks and asks nothing already reviewed.
    again = reconcile(dataset(), review, service=service)
    assert again["asked"] == 0 and [r.candidate for r in accepted(review)] == [SPACE + "X1"]


def test_a_rate_limit_stops_with_a_message_and_keeps_what_was_fetched(service, tmp_path):
    Service.mode = "429-after-first"
    review = tmp_path / "links.tsv"
    with pytest.raises(ReconcileError, match=r"rate limited \(HTTP 429\).*30 s"):
        reconcile(dataset(), review, service=service, batch=2)
    kept = read_review(review)
    assert {r.candidate for r in kept} == {"", SPACE + "X1", SPACE + "X2"}  # the first batch, fetched before the 429
    Service.mode = "ok"
    counts = reconcile(dataset(), review, service=service, batch=2)  # a rerun goes on where it stopped
    assert counts["already_in_review"] == 2 and counts["asked"] == 1
    assert {r.candidate for r in read_review(review)} == {"", SPACE + "X1", SPACE + "X2", SPACE + "X3"}


@pytest.mark.parametrize("mode, message", [("500", "HTTP 500"), ("slow", "timeout")])
def test_errors_and_timeouts_end_in_one_line_and_exit_2(service, tmp_path, mode, message):
    Service.mode = mode
    graph_file = tmp_path / "graph.trig"
    dataset().serialize(graph_file, format="trig")
    review = tmp_path / "links.tsv"
    result = CliRunner().invoke(
        cli, ["link", str(graph_file), "--reconcile", "fixture", "--service", service, "--review", str(review), "--timeout", "0.3"]
    )
    assert result.exit_code == 2
    assert message in result.output and result.output.count("\n") == 1 and "Traceback" not in result.output
    assert review.exists() and read_review(review) == []  # written, empty: nothing was fetched


def test_cli_coverage_without_reconcile_sends_nothing(tmp_path, monkeypatch):
    import socket

    monkeypatch.setattr(socket.socket, "connect", lambda *a, **k: (_ for _ in ()).throw(AssertionError("network")))
    graph_file = tmp_path / "graph.trig"
    dataset().serialize(graph_file, format="trig")
    result = CliRunner().invoke(cli, ["link", str(graph_file)])
    assert result.exit_code == 0, result.output
    assert "places: 1/2 linked to GeoNames with coordinates" in result.output
    assert "organisations: 0/2 with an external identifier" in result.output


def test_review_files_are_checked(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tvalue\nx\ty\n", encoding="utf-8")
    with pytest.raises(Exception, match="not a clecgraph review file"):
        read_review(bad)
    good = write_review(tmp_path / "ok.tsv", [])
    result = CliRunner().invoke(cli, ["build", "--links", str(bad), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 2 and "bad.tsv:1" in result.output
    assert read_review(good) == []
