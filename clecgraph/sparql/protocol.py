"""The SPARQL 1.1 Protocol routes of `clecgraph serve`: /sparql and /query, the query page, the network page.

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

Whether a query may run at all (no SERVICE, no update) is decided in the
query workers by parsing it (clecgraph.sparql.guard); here only the
protocol's own refusals (an update request, an over-deep query) are made.
"""

from __future__ import annotations

import html
import json
import urllib.parse

from clecgraph.sparql.guard import too_deep
from clecgraph.sparql.serve import Request, Response

DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri")
READ_ONLY = "updates are refused: this endpoint is read-only"


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


def _page(site) -> bytes:
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


def sparql(request: Request) -> Response:
    """/sparql and /query: GET ?query=..., POST a form or application/sparql-query."""
    if request.method in ("GET", "HEAD"):
        form = _parameters(request.query)
        return _answer(request, form.get("query", [None])[0], form)
    if request.method != "POST":
        return Response.text(405, "the endpoint takes GET and POST", {"Allow": "GET, HEAD, POST"})
    body = request.body.decode("utf-8", "replace")
    kind = (request.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if kind == "application/sparql-update":
        return Response.text(403, READ_ONLY)
    if kind == "application/sparql-query":
        return _answer(request, body, _parameters(request.query))
    if kind == "application/x-www-form-urlencoded":
        form = _parameters(body)
        for name, values in _parameters(request.query).items():  # dataset IRIs some clients put in the URL
            if name in DATASET_PARAMETERS:
                form.setdefault(name, []).extend(values)
        return _answer(request, form.get("query", [None])[0], form)
    return Response.text(415, "send application/sparql-query or an application/x-www-form-urlencoded form with query=")


def _answer(request: Request, text: str | None, form: dict) -> Response:
    if "update" in form:
        return Response.text(403, READ_ONLY)
    if not text:
        return Response.text(400, "no query: pass query=... (SPARQL 1.1 Protocol)")
    try:
        dataset = protocol_dataset(form)
    except ValueError as err:
        return Response.text(400, str(err))
    deep = too_deep(text)  # refused before it reaches a worker's parser
    if deep:
        return Response.text(deep.status, deep.message)
    accepted = [m.split(";")[0].strip().lower() for m in (request.headers.get("Accept") or "*/*").split(",")]
    if form.get("format") and form["format"][0]:
        accepted = [form["format"][0].lower()] + accepted
    reply = request.site.evaluator.query(text, accepted, dataset, client=request.client)
    return Response(reply.status, reply.content_type, reply.body)


def query_page(request: Request) -> Response:
    if request.path != "/":
        return Response.text(404, "not found: the endpoint is /sparql")
    if request.method not in ("GET", "HEAD"):
        return Response.text(405, "POST goes to /sparql", {"Allow": "GET, HEAD"})
    return Response(200, "text/html", _page(request.site))


def network_page(request: Request) -> Response:
    if request.method not in ("GET", "HEAD"):
        return Response.text(405, "POST goes to /sparql", {"Allow": "GET, HEAD"})
    if not request.site.network:
        return Response.text(404, "no network page: serve a build folder's graph (its network.html), or pass --network")
    return Response(200, "text/html", request.site.network.read_bytes())
