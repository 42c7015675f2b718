"""Resolvable IRIs: each IRI of the graph answers a page to a browser and its description as RDF otherwise.

`GET /id/org/licadho` with `Accept: text/turtle` (or application/ld+json,
application/n-triples, or `?format=ttl|jsonld|nt`) returns the triples about
`<base>org/licadho`; a statement's description also holds its own named graph
(its events, mentions and the Web Annotations that tie them to its words).
Anything else gets the HTML page, chosen by the resource's type. The answer
varies by Accept, and says so, so caches keep the two apart.
"""

from __future__ import annotations

from clecgraph.explore.data import iri_ref
from clecgraph.explore.entity import entity_page
from clecgraph.explore.event import event_page
from clecgraph.explore.render import formats, kind_of, labels, properties_table, short, value_html
from clecgraph.explore.statement import statement_page
from clecgraph.explore.web import FORMAT_NAMES, HTML, RDF_TYPES, Response, esc, layout, negotiate, page_response, text_response

DESCRIPTION_LIMIT = 5000  # triples about one resource, at most


def by_path(explorer, request):
    iri = explorer.paths.iri(request.path)
    if iri is None:
        return text_response(404, "not found")
    return describe(explorer, request, iri)


def by_query(explorer, request):
    iri = request.arg("iri")
    if not iri:
        return text_response(400, "give the IRI to describe: /resource?iri=...")
    local = explorer.paths.local(iri)
    if local and request.arg("format") == "":
        # One address per resource: the IRI's own path.
        return Response(303, "text/plain", b"", (("Location", local),))
    return describe(explorer, request, iri)


def wanted_media(request) -> str:
    name = request.arg("format").lower()
    if name in FORMAT_NAMES:
        return FORMAT_NAMES[name]
    if name == "html":
        return HTML
    return negotiate(request.accept, [HTML, *RDF_TYPES]) or HTML


def describe(explorer, request, iri: str):
    try:
        ref = iri_ref(iri)
    except ValueError:
        return text_response(400, "not an IRI")
    types = [row["t"].value for row in explorer.data.rows(f"SELECT DISTINCT ?t WHERE {{ {ref} a ?t }} LIMIT 50")]
    if not types and not explorer.data.ask(f"ASK {{ {{ {ref} ?p ?o }} UNION {{ ?s ?p {ref} }} }}"):
        body = f"<h1>Not in this graph</h1><p><code>{esc(iri)}</code> is not described here.</p>"
        return page_response(layout("Not found", body), 404, vary=True)
    media = wanted_media(request)
    if media != HTML:
        return rdf_description(explorer, ref, media)
    kind = kind_of(types)
    if kind in ("organisation", "person", "place"):
        return entity_page(explorer, request, iri, kind)
    if kind == "statement":
        return statement_page(explorer, request, iri)
    if kind == "event":
        return event_page(explorer, request, iri)
    return generic_page(explorer, iri, types)


def rdf_description(explorer, ref: str, media: str):
    reply = explorer.data.graph(
        f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ BIND({ref} AS ?s) ?s ?p ?o }} UNION {{ GRAPH {ref} {{ ?s ?p ?o }} }}
}} LIMIT {DESCRIPTION_LIMIT}""",
        media,
    )
    if reply.status != 200:
        return text_response(reply.status, reply.body.decode("utf-8", "replace").strip())
    # Cross-origin readers are let in by the server for the origins named with --cors, as for /sparql.
    return Response(200, media, reply.body, (("Vary", "Accept"),))


def generic_page(explorer, iri: str, types: list[str]):
    names = labels(explorer, [iri])
    title = names.get(iri) or short(iri)
    ref = iri_ref(iri)
    incoming = explorer.data.rows(f"SELECT ?s ?p WHERE {{ ?s ?p {ref} }} LIMIT 100")
    inames = labels(explorer, [r["s"].value for r in incoming])
    used = "".join(
        f'<li>{value_html(explorer, r["s"], inames)} <span class="pred">{esc(short(r["p"].value))}</span></li>' for r in incoming
    )
    body = f'<h1>{esc(title)}</h1><p class="iri"><code>{esc(iri)}</code></p>{formats(iri, explorer)}{properties_table(explorer, iri)}' + (
        f"<h2>Used by</h2><ul>{used}</ul>" if used else ""
    )
    return page_response(layout(title, body), vary=True)
