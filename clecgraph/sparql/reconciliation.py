"""A W3C Reconciliation Service API over the served graph, so OpenRefine can match a column of names.

Served by `clecgraph serve` under /reconcile/ (the service URL to give
OpenRefine is http://HOST:PORT/reconcile/):

    GET  /reconcile/                   the manifest (versions 0.1 and 0.2)
    GET  /reconcile/?queries={...}     reconcile queries (also POST, form field `queries`)
    GET  /reconcile/preview?id=IRI     a small HTML card for one entity

A query is {"query": NAME, "type": "organisation" | "person" | "place" (or
the class IRI), "limit": N}; the answer for each key is {"result": [{"id",
"name", "type", "score", "match", "description"}]}, best first. Names are
compared as clecgraph.resolve.lookup compares them (case, accents and
punctuation do not count): a preferred label scores 100, an alternative
label (an acronym, a spelling in the text) 95, the same name up to spelling
variants (Centre/Center, Kompong/Kampong) 90, else the closeness of the two
spellings. `match` is true only when the name finds exactly one entity.
JSONP (a `callback` parameter) is not offered: it would let any page read
the answers.
"""

from __future__ import annotations

import difflib
import html
import json
import urllib.parse

from clecgraph.model import ENTITY_KINDS
from clecgraph.names import fold
from clecgraph.resolve.entities import variant_key
from clecgraph.resolve.lookup import Named, matches
from clecgraph.sparql.serve import Request, Response

TYPES = {
    "organisation": ("http://www.w3.org/ns/org#Organization", "Organisation"),
    "person": ("https://schema.org/Person", "Person"),
    "place": ("https://schema.org/Place", "Place"),
}
DEFAULT_LIMIT = 5
MAX_LIMIT = 50
MAX_QUERIES = 200  # in one batch
MIN_SCORE = 50
JSON = "application/json"


class Reconciler:
    """Candidates for names among a graph's organisations, persons and places."""

    def __init__(self, entities: list[Named]):
        self.entities = entities
        self.by_iri = {e.iri: e for e in entities}

    def manifest(self, service: str) -> dict:
        space = _identifier_space(self.entities)
        return {
            "versions": ["0.1", "0.2"],
            "name": "clecgraph: organisations, persons and places of the archive",
            "identifierSpace": space,
            "schemaSpace": "https://clecgraph.example/ns#",
            "defaultTypes": [{"id": kind, "name": name} for kind, (_, name) in TYPES.items()],
            "view": {"url": "{{id}}"},
            "preview": {"url": f"{service}preview?id={{{{id}}}}", "width": 400, "height": 140},
        }

    def reconcile(self, query: dict) -> list[dict]:
        name = str(query.get("query", "")).strip()
        kind = _kind(query.get("type"))
        limit = max(1, min(int(query.get("limit") or DEFAULT_LIMIT), MAX_LIMIT))
        pool = [e for e in self.entities if kind is None or e.kind == kind]
        if not fold(name):
            return []
        unique = matches(name, pool)
        scored = sorted(((self.score(name, e), e) for e in pool), key=lambda item: (-item[0], item[1].label, item[1].iri))
        results = []
        for score, entity in scored[:limit]:
            if score < MIN_SCORE:
                break
            results.append(
                {
                    "id": entity.iri,
                    "name": entity.label,
                    "type": [{"id": entity.kind, "name": TYPES[entity.kind][1]}] if entity.kind in TYPES else [],
                    "score": score,
                    "match": len(unique) == 1 and unique[0].iri == entity.iri,
                    "description": ", ".join(entity.alt_labels[:5]),
                }
            )
        return results

    @staticmethod
    def score(name: str, entity: Named) -> float:
        key = fold(name)
        if fold(entity.label) == key:
            return 100.0
        if any(fold(a) == key for a in entity.alt_labels):
            return 95.0
        kind = entity.kind or "organisation"
        wanted = variant_key(kind, name)
        if any(variant_key(kind, n) == wanted for n in (entity.label, *entity.alt_labels)):
            return 90.0
        best = max(difflib.SequenceMatcher(None, key, fold(n)).ratio() for n in (entity.label, *entity.alt_labels))
        return round(best * 85, 1)

    def preview(self, iri: str) -> str | None:
        entity = self.by_iri.get(iri)
        if entity is None:
            return None
        alts = "".join(f"<li>{html.escape(a)}</li>" for a in entity.alt_labels[:12])
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
            + html.escape(entity.label)
            + '</title></head><body style="font: 13px sans-serif"><strong>'
            + html.escape(entity.label)
            + f"</strong> <em>({html.escape(entity.kind or '')})</em><br><code>{html.escape(entity.iri)}</code>"
            + (f"<ul>{alts}</ul>" if alts else "")
            + "</body></html>"
        )


def _kind(value) -> str | None:
    if isinstance(value, dict):
        value = value.get("id")
    if not value:
        return None
    value = str(value)
    for kind, (iri, name) in TYPES.items():
        if value in (kind, iri, name, name.lower()):
            return kind
    return "unknown"  # a type this service does not have: no candidates


def _identifier_space(entities: list[Named]) -> str:
    for entity in entities:
        for path in ("org/", "person/", "place/"):
            if path in entity.iri:
                return entity.iri[: entity.iri.rindex(path)]
    return "https://clecgraph.example/id/"


# --- the HTTP side --------------------------------------------------------------

_CACHE: dict[int, Reconciler] = {}
SEPARATOR = "\u001f"  # between alternative labels in one row: a character no name holds
# One row per entity (the server's row limit counts rows), its names joined.
NAMES = """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?type (SAMPLE(?name) AS ?label) (GROUP_CONCAT(DISTINCT ?other; separator="\u001f") AS ?alts) WHERE {
  VALUES ?type { org:Organization schema:Person schema:Place }
  ?entity a ?type .
  OPTIONAL { ?entity skos:prefLabel ?name }
  OPTIONAL { ?entity skos:altLabel ?other }
} GROUP BY ?entity ?type"""


def _reconciler(request: Request) -> Reconciler | Response:
    """The entities of the served graph, read once per server through its own query workers."""
    evaluator = request.site.evaluator
    found = _CACHE.get(id(evaluator))
    if found is not None:
        return found
    from clecgraph.sparql.library import KINDS

    reply = evaluator.query(NAMES, ["application/sparql-results+json"], None, client=request.client)
    if reply.status != 200:
        return Response(reply.status, reply.content_type, reply.body)
    labels, alts, kinds = {}, {}, {}
    for row in json.loads(reply.body)["results"]["bindings"]:
        iri = row["entity"]["value"]
        kinds.setdefault(iri, KINDS.get(row["type"]["value"]))
        if "label" in row:
            labels.setdefault(iri, row["label"]["value"])
        alts.setdefault(iri, set()).update(a for a in row.get("alts", {}).get("value", "").split(SEPARATOR) if a)
    entities = [Named(i, labels.get(i, i), tuple(sorted(alts[i])), kinds[i]) for i in sorted(kinds) if kinds[i] in ENTITY_KINDS]
    _CACHE[id(evaluator)] = found = Reconciler(entities)
    return found


def _json(status: int, value) -> Response:
    return Response(status, JSON, json.dumps(value, ensure_ascii=False).encode("utf-8"), {"Cache-Control": "no-store"})


def handle(request: Request) -> Response:
    """/reconcile/ and /reconcile/preview."""
    if request.method not in ("GET", "HEAD", "POST"):
        return Response.text(405, "the reconciliation service takes GET and POST", {"Allow": "GET, HEAD, POST"})
    form = urllib.parse.parse_qs(request.query)
    if request.method == "POST":
        kind = (request.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            return Response.text(415, "send an application/x-www-form-urlencoded form with queries=")
        form.update(urllib.parse.parse_qs(request.body.decode("utf-8", "replace")))
    if "callback" in form:
        return Response.text(400, "JSONP (callback=) is not offered; use CORS (clecgraph serve --cors ORIGIN)")
    reconciler = _reconciler(request)
    if isinstance(reconciler, Response):
        return reconciler
    tail = request.path.rstrip("/").rsplit("/", 1)[-1]
    if tail == "preview":
        page = reconciler.preview((form.get("id") or [""])[0])
        if page is None:
            return Response.text(404, "no organisation, person or place with that id")
        return Response(200, "text/html; charset=utf-8", page.encode("utf-8"))
    if tail != "reconcile":
        return Response.text(404, "the reconciliation service has /reconcile/ and /reconcile/preview")
    if "queries" in form:
        try:
            queries = json.loads(form["queries"][0])
            if not isinstance(queries, dict) or not all(isinstance(q, dict) for q in queries.values()):
                raise ValueError("queries must be an object of query objects")
            if len(queries) > MAX_QUERIES:
                raise ValueError(f"at most {MAX_QUERIES} queries in one batch")
            return _json(200, {key: {"result": reconciler.reconcile(q)} for key, q in queries.items()})
        except (ValueError, TypeError) as err:
            return Response.text(400, f"queries: {err}")
    if "query" in form:  # the single-query form of version 0.1
        text = form["query"][0]
        try:
            query = json.loads(text) if text.lstrip().startswith("{") else {"query": text}
            return _json(200, {"result": reconciler.reconcile(query)})
        except (ValueError, TypeError, AttributeError) as err:
            return Response.text(400, f"query: {err}")
    host = request.headers.get("Host") or "127.0.0.1"
    return _json(200, reconciler.manifest(f"http://{host}/reconcile/"))


__all__ = ["Reconciler", "handle"]
