"""What the explorer's pages read: SPARQL over the served store, and the map between IRIs and local paths.

Every page asks the same evaluator `clecgraph serve` answers /sparql with (a
pool of read-only workers with time and result limits), so the pages work the
same on a graph file (loaded into a scratch store) and on an Oxigraph store,
and a slow page is stopped like a slow query. Every query a page sends has a
LIMIT and names the resource it reads: nothing reads a whole archive (lists
over the whole archive come from the index, index.py). The pages' queries are
the explorer's own text with IRIs and strings put in by `iri_ref` and
`string_literal`, so they are sent as trusted: not parsed again by the guard
(rdflib's parser took 20-250 ms a query, far more than running it).
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass

from clecgraph.vocab import DEFAULT_BASE, PREFIXES

JSON_RESULTS = "application/sparql-results+json"
PROLOGUE = "".join(f"PREFIX {name}: <{namespace}>\n" for name, namespace in PREFIXES.items())
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class DataError(Exception):
    """A page's query failed (timeout, busy server, bad store): the page answers with the status given."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Term:
    """One value of a SPARQL JSON result: kind is 'uri', 'literal' or 'bnode'."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    @property
    def is_iri(self) -> bool:
        return self.kind == "uri"

    def __str__(self) -> str:
        return self.value


def iri_ref(iri: str) -> str:
    """`<iri>` for a query; refuses anything that could end the IRI early and inject SPARQL."""
    if not iri or _BAD_IRI.search(iri) or ":" not in iri:
        raise ValueError(f"not an IRI: {iri[:200]!r}")
    return f"<{iri}>"


def string_literal(text: str) -> str:
    """A SPARQL string literal holding `text` exactly."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _term(value: dict) -> Term:
    kind = value["type"]
    if kind == "typed-literal":  # the older SPARQL JSON spelling
        kind = "literal"
    return Term(kind, value["value"], value.get("datatype"), value.get("xml:lang"))


class Data:
    """Queries for the pages, over anything with `query(text, accepted, dataset) -> Reply`."""

    def __init__(self, evaluator, base: str | None = None):
        self.evaluator = evaluator
        self.base = base or self.find_base()

    def rows(self, text: str) -> list[dict[str, Term]]:
        reply = self.evaluator.query(PROLOGUE + text, [JSON_RESULTS], None, trusted=True)
        if reply.status != 200:
            raise DataError(reply.status if reply.status >= 500 else 500, reply.body.decode("utf-8", "replace").strip())
        answer = json.loads(reply.body)
        return [{name: _term(value) for name, value in binding.items()} for binding in answer["results"]["bindings"]]

    def ask(self, text: str) -> bool:
        reply = self.evaluator.query(PROLOGUE + text, [JSON_RESULTS], None, trusted=True)
        if reply.status != 200:
            raise DataError(500, reply.body.decode("utf-8", "replace").strip())
        return bool(json.loads(reply.body)["boolean"])

    def graph(self, text: str, media: str):
        """A CONSTRUCT's reply, serialised by the store in `media` (Turtle, JSON-LD, N-Triples)."""
        return self.evaluator.query(PROLOGUE + text, [media], None, trusted=True)

    def find_base(self) -> str:
        """The build's base, read off a statement's IRI (`<base>statement/<id>`); the default base if none."""
        found = self.rows("SELECT ?s WHERE { ?s a clec:Statement } LIMIT 1")
        if found:
            iri = found[0]["s"].value
            cut = iri.rfind("statement/")
            if cut > 0:
                return iri[:cut]
        return DEFAULT_BASE


class Paths:
    """IRIs under the build's base <-> paths on this server: `<base>org/x` is served at `/id/org/x`.

    The default base (`https://clecgraph.example/id/`) and the usual published
    ones (`https://their.domain/id/`) keep their path, so a web server in front
    of `clecgraph serve` passes `/id/` through unchanged and the IRIs resolve
    where they were minted; a base with another path is mapped onto /id/ by
    that web server.
    """

    MOUNT = "/id/"

    def __init__(self, base: str):
        self.base = base
        self.mount = self.MOUNT

    def local(self, iri: str) -> str | None:
        """The path of an IRI this server describes, or None for an outside IRI."""
        if iri.startswith(self.base) and len(iri) > len(self.base):
            return self.mount + urllib.parse.quote(iri[len(self.base) :], safe="/-._~:@!$&'()*+,;=")
        return None

    def iri(self, path: str) -> str | None:
        """The IRI a local path names, or None if the path is not under the mount."""
        if path.startswith(self.mount) and len(path) > len(self.mount):
            return self.base + urllib.parse.unquote(path[len(self.mount) :])
        return None

    def href(self, iri: str) -> str:
        """Where a link to an IRI goes: its local page, or the page that describes any IRI."""
        return self.local(iri) or "/resource?" + urllib.parse.urlencode({"iri": iri})
