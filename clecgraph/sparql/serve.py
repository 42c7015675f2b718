"""`clecgraph serve`: the graph over HTTP, read-only, as a SPARQL 1.1 Protocol endpoint.

    /sparql, /query   the endpoint (GET ?query=..., POST form or application/sparql-query)
    /                 a small query page (no outside scripts)
    /network          the build's network page, when there is one

The RDF dataset (SPARQL 1.1 Protocol, section 2.1.4): a request may name it
with default-graph-uri (repeatable; the default graph is the merge of those
graphs) and named-graph-uri (repeatable; the only graphs GRAPH can reach), in
the GET query string, the POST form, or the query string of a POST of
application/sparql-query. Either one names the whole dataset: with only
default-graph-uri no named graph is available, with only named-graph-uri the
default graph is empty. A named dataset takes precedence over the query's
FROM / FROM NAMED. A request that names none gets the query's FROM / FROM
NAMED, or else the server's dataset: the default graph is the union of all
graphs, and every graph is available by name. A value that is not an absolute
IRI is answered 400.

Why not the `oxigraph serve-read-only` server itself: it cannot refuse
SERVICE (which would make the server fetch URLs on a user's behalf), cap the
size of results, or serve the pages. So this is a thin standard-library
front over pyoxigraph, which does all SPARQL parsing, evaluation and result
serialisation; clecgraph.sparql.limits adds the time and result limits.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import tempfile
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from clecgraph.errors import UsageError
from clecgraph.sparql.limits import NOT_CODE as _NOT_CODE

MAX_QUERY_BYTES = 1 << 20
DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri")
_UPDATE = re.compile(r"(?<![?$:\w])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:])", re.I)
_SERVICE = re.compile(r"(?<![?$:\w])SERVICE(?![\w:])", re.I)


def refusal(text: str) -> str | None:
    """Why a query is refused (an update, LOAD, SERVICE), or None."""
    code = _NOT_CODE.sub(" ", text)
    if _SERVICE.search(code):
        return "SERVICE is refused: this server makes no requests to other endpoints"
    found = _UPDATE.search(code)
    if found:
        return f"{found.group(1).upper()} is refused: this endpoint is read-only"
    return None


def _parameters(text: str) -> dict[str, list[str]]:
    # Blank values kept: an empty default-graph-uri is a bad IRI, not a missing one.
    return urllib.parse.parse_qs(text, keep_blank_values=True)


def protocol_dataset(form: dict[str, list[str]]) -> tuple[list[str], list[str]] | None:
    """The (default graph IRIs, named graph IRIs) a request names, or None if it names no dataset.

    Raises ValueError, with a message for the client, for a value that is not an absolute IRI.
    """
    if not any(name in form for name in DATASET_PARAMETERS):
        return None
    from pyoxigraph import NamedNode

    chosen: list[list[str]] = []
    for name in DATASET_PARAMETERS:
        iris: list[str] = []
        for value in form.get(name, []):
            try:
                NamedNode(value)
            except ValueError as err:
                shown = repr(value) if len(value) <= 200 else repr(value[:200]) + "..."
                hint = " (give the IRI without angle brackets)" if value.startswith("<") else ""
                raise ValueError(f"{name}={shown} is not an absolute IRI: {err}{hint}") from None
            if value not in iris:
                iris.append(value)
        chosen.append(iris)
    return chosen[0], chosen[1]


@dataclass
class Site:
    evaluator: object
    network: Path | None
    examples: dict[str, str]


def _page(site: Site) -> bytes:
    examples = json.dumps(site.examples).replace("</", "<\\/")
    options = "".join(f'<option value="{html.escape(n)}">{html.escape(n)}</option>' for n in site.examples)
    network = '<a href="/network">network page</a> · ' if site.network else ""
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>clecgraph SPARQL</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:70em}}textarea{{width:100%;height:16em;font-family:monospace}}pre{{background:#f4f4f4;padding:1em;overflow:auto}}</style>
</head><body><h1>clecgraph SPARQL endpoint</h1>
<p>{network}endpoint: <code>/sparql</code> (read-only; the default graph is the union of all graphs,
unless the query has FROM or the request <code>default-graph-uri</code> / <code>named-graph-uri</code>).
Library queries with a parameter need it bound: add <code>VALUES ?entity {{ &lt;IRI&gt; }}</code> at the end.</p>
<p><select id="example"><option value="">library query…</option>{options}</select>
<select id="format"><option>application/sparql-results+json</option><option>text/csv</option><option>text/tab-separated-values</option>
<option>application/sparql-results+xml</option><option>text/turtle</option><option>application/ld+json</option></select>
<button id="run">Run</button></p>
<textarea id="query">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 10</textarea><pre id="out"></pre>
<script>
const examples = {examples};
document.getElementById("example").onchange = e => {{ if (e.target.value) document.getElementById("query").value = examples[e.target.value]; }};
document.getElementById("run").onclick = async () => {{
  const out = document.getElementById("out");
  out.textContent = "…";
  const r = await fetch("/sparql", {{method: "POST", headers: {{"Accept": document.getElementById("format").value}},
    body: new URLSearchParams({{query: document.getElementById("query").value}})}});
  out.textContent = r.status + " " + r.statusText + "\\n\\n" + await r.text();
}};
</script></body></html>""".encode()


class Handler(BaseHTTPRequestHandler):
    site: Site  # set on the subclass made for each server
    server_version = "clecgraph"

    def log_message(self, format, *args) -> None:  # quiet: one line per request is noise for a local tool
        pass

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type + ("; charset=utf-8" if content_type.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, "text/plain", (message + "\n").encode("utf-8"))

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/":
            return self._send(200, "text/html", _page(self.site))
        if url.path == "/network":
            if not self.site.network:
                return self._error(404, "no network page: serve a build folder's graph (its network.html), or pass --network")
            return self._send(200, "text/html", self.site.network.read_bytes())
        if url.path in ("/sparql", "/query"):
            form = _parameters(url.query)
            return self._answer(form.get("query", [None])[0], form)
        self._error(404, "not found: the endpoint is /sparql")

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            return self._error(405 if url.path in ("/", "/network") else 404, "POST goes to /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            return self._error(413, f"a query may be at most {MAX_QUERY_BYTES} bytes")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            return self._error(403, "updates are refused: this endpoint is read-only")
        if kind == "application/sparql-query":
            return self._answer(body, _parameters(url.query))
        if kind == "application/x-www-form-urlencoded":
            form = _parameters(body)
            for name, values in _parameters(url.query).items():  # dataset IRIs some clients put in the URL
                if name in DATASET_PARAMETERS:
                    form.setdefault(name, []).extend(values)
            if "update" in form:
                return self._error(403, "updates are refused: this endpoint is read-only")
            return self._answer(form.get("query", [None])[0], form)
        self._error(415, "send application/sparql-query or an application/x-www-form-urlencoded form with query=")

    def _answer(self, text: str | None, form: dict) -> None:
        if "update" in form:
            return self._error(403, "updates are refused: this endpoint is read-only")
        if not text:
            return self._error(400, "no query: pass query=... (SPARQL 1.1 Protocol)")
        try:
            dataset = protocol_dataset(form)
        except ValueError as err:
            return self._error(400, str(err))
        why = refusal(text)
        if why:
            return self._error(403, why)
        accepted = [m.split(";")[0].strip().lower() for m in (self.headers.get("Accept") or "*/*").split(",")]
        if form.get("format") and form["format"][0]:
            accepted = [form["format"][0].lower()] + accepted
        reply = self.site.evaluator.query(text, accepted, dataset)
        self._send(reply.status, reply.content_type, reply.body)


class Endpoint:
    """A running (or ready) server; `serve_forever` blocks, `close` stops it and removes what it made."""

    def __init__(
        self,
        source: str | Path,
        host: str = "127.0.0.1",
        port: int = 7878,
        *,
        timeout: float = 30.0,
        max_results: int = 10_000,
        network: Path | None = None,
        workers: int = 2,
    ):
        from clecgraph.sparql.library import library
        from clecgraph.sparql.limits import Evaluator
        from clecgraph.sparql.stores import is_store_spec, parse_spec

        self.scratch = None
        if is_store_spec(str(source)):
            path = Path(parse_spec(str(source))[1])
            if not path.is_dir():
                raise UsageError(f"no store at {source}; build one first with 'clecgraph build ... --store {source}'")
        else:
            from clecgraph.sparql.stores.oxigraph import OxigraphStore

            self.scratch = Path(tempfile.mkdtemp(prefix="clecgraph-serve-"))
            path = self.scratch / "store"
            store = OxigraphStore(path)
            try:
                store.load_file(Path(source))
            finally:
                store.close()
            beside = Path(source).with_name("network.html")
            network = network or (beside if beside.is_file() else None)
        self.evaluator = Evaluator(str(path), workers=workers, timeout=timeout, limit=max_results)
        site = Site(self.evaluator, Path(network) if network else None, {n: q.text for n, q in library().items()})
        handler = type("SiteHandler", (Handler,), {"site": site})
        try:
            self.server = ThreadingHTTPServer((host, port), handler)
        except OSError as err:
            self.close()
            raise UsageError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
        self.server.daemon_threads = True
        self.host, self.port = self.server.server_address[:2]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def serve_forever(self) -> None:
        self.running = True
        try:
            self.server.serve_forever()
        finally:
            self.running = False

    def close(self) -> None:
        if getattr(self, "server", None):
            if getattr(self, "running", False):
                self.server.shutdown()  # waits for serve_forever to return; only while it runs
            self.server.server_close()
        self.evaluator.close()
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)
