"""Beyond one machine: any SPARQL 1.1 store over HTTP (Fuseki, GraphDB, Virtuoso, Oxigraph server).

    push   a built graph -> the store's Graph Store HTTP Protocol address
    query  the store's SPARQL Protocol endpoint, answered as a clecgraph.sparql.stores.Answer

Only the standard protocols, through the standard library (urllib): nothing
store-specific. Requests go only where the user points them: a redirect is
followed only to the same host (same scheme, or http -> https; same port or
the scheme's default), with the same method, body and headers, for every
3xx (a POST never turns into a bodiless GET). A redirect to another host is
refused, so credentials and custom headers never leave the host the user
named; so is an answer that is not what was asked for.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from clecgraph.errors import InputError, UsageError
from clecgraph.sparql.stores.answer import Answer

# What to send for each graph file type (Graph Store Protocol bodies).
CONTENT_TYPES = {
    ".trig": "application/trig",
    ".nq": "application/n-quads",
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".jsonld": "application/ld+json",
}
QUAD_TYPES = {".trig", ".nq"}
TIMEOUT = 300  # seconds for one request


@dataclass(frozen=True)
class Auth:
    """HTTP basic credentials, or a header (e.g. 'Authorization: Bearer ...')."""

    user: str | None = None
    password: str | None = None
    header: str | None = None

    def headers(self) -> dict[str, str]:
        found = {}
        if self.user is not None:
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            found["Authorization"] = f"Basic {token}"
        if self.header:
            name, sep, value = self.header.partition(":")
            if not sep or not name.strip():
                raise UsageError(f"--header {self.header!r}: expected 'Name: value'")
            found[name.strip()] = value.strip()
        return found


MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back as HTTPErrors; _request decides what to do with them."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirects)


def _origin(url: str) -> tuple[str, str, int]:
    parts = urllib.parse.urlsplit(url)
    default = 443 if parts.scheme == "https" else 80
    return parts.scheme, (parts.hostname or "").lower(), parts.port or default


def same_host(first: str, then: str) -> bool:
    """Whether a redirect from `first` to `then` stays with the same server (http -> https allowed)."""
    a, b = _origin(first), _origin(then)
    if a[1] != b[1]:
        return False
    if a[0] == b[0]:
        return a[2] == b[2]
    return a[0] == "http" and b[0] == "https" and b[2] == 443  # an upgrade, never a downgrade


def _request(url: str, data: bytes | None, headers: dict[str, str], method: str) -> tuple[int, bytes, str]:
    if not url.startswith(("http://", "https://")):
        raise UsageError(f"endpoint {url!r} is not an http(s) URL")
    first = url
    for _ in range(MAX_REDIRECTS + 1):
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with _OPENER.open(request, timeout=TIMEOUT) as response:
                return response.status, response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as err:
            if err.code not in REDIRECTS:
                detail = err.read().decode("utf-8", "replace").strip()[:300]
                hint = " (check --user/--password or --header)" if err.code in (401, 403) else ""
                raise UsageError(f"{url}: HTTP {err.code} {err.reason}{hint}: {detail}") from None
            target = urllib.parse.urljoin(url, err.headers.get("Location") or "")
            err.close()
            if not target.startswith(("http://", "https://")) or target == url:
                raise UsageError(f"{url}: HTTP {err.code} redirect to {target!r}, which cannot be followed") from None
            if not same_host(first, target):
                raise UsageError(
                    f"{url}: HTTP {err.code} redirect to another host ({target}); not followed, so that nothing "
                    "(credentials included) is sent there. If you trust it, use that address as the endpoint"
                ) from None
            url = target  # same host: the same method, body and headers, whatever the code
        except urllib.error.URLError as err:
            raise UsageError(f"{url}: cannot connect ({err.reason})") from None
    raise UsageError(f"{first}: more than {MAX_REDIRECTS} redirects")


def push(graph_file: Path | str, endpoint: str, graph_iri: str | None = None, auth: Auth | None = None, replace: bool = True) -> int:
    """Send a graph file to a Graph Store Protocol address; returns the HTTP status.

    A TriG or N-Quads file keeps its named graphs: it goes to the store's
    dataset (no ?graph= parameter; `replace` PUTs, else POSTs). A triples
    file goes into `graph_iri`, or the default graph.
    """
    path = Path(graph_file)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputError(path, "no such graph file; build one first with 'clecgraph build'")
    if suffix not in CONTENT_TYPES:
        raise InputError(path, f"cannot push a {suffix or 'suffix-less'} file; use one of {', '.join(sorted(CONTENT_TYPES))}")
    if suffix in QUAD_TYPES and graph_iri:
        raise UsageError("--graph names one graph, but a TriG/N-Quads file holds many; push graph.ttl into one graph instead")
    return push_bytes(path.read_bytes(), suffix, endpoint, graph_iri, auth, replace)


def push_bytes(
    body: bytes, suffix: str, endpoint: str, graph_iri: str | None = None, auth: Auth | None = None, replace: bool = True
) -> int:
    """Send a graph written as `suffix` (".nt", ".trig"...) the way `push` sends a file of that type."""
    if suffix in QUAD_TYPES:
        url = endpoint
    else:
        target = {"graph": graph_iri} if graph_iri else {"default": ""}
        url = endpoint + ("&" if "?" in endpoint else "?") + urllib.parse.urlencode(target)
    headers = {"Content-Type": CONTENT_TYPES[suffix], **(auth or Auth()).headers()}
    status, _, _ = _request(url, body, headers, "PUT" if replace else "POST")
    return status


def with_values(text: str, bindings: dict) -> str:
    """The query with a trailing VALUES block binding the parameters.

    The SPARQL Protocol has no way to pass bindings, so, like rdflib's
    SPARQLStore, the values go in a VALUES clause written from RDF terms
    (rdflib's N3 writer escapes them); nothing is spliced into the query body.
    """
    if not bindings:
        return text
    for value in bindings.values():
        if not isinstance(value, (URIRef, Literal)):
            raise UsageError(f"cannot bind {value!r} in a remote query")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(value.n3() for value in bindings.values())
    block = f"VALUES ({names}) {{ ({values}) }}"
    inner = _SUB_SELECT.search(text)
    if inner and all(re.search(rf"[?$]{name}\b", inner.group("projection")) for name in bindings):
        # A trailing block would bind the outer query only, after the inner SELECT
        # had cut its page from every entity's rows; inside, it binds the page itself.
        return f"{text[: inner.end()]}\n      {block}{text[inner.end() :]}"
    return f"{text.rstrip()}\n{block}\n"


# An inner SELECT up to the opening brace of its WHERE group.
_SUB_SELECT = re.compile(r"\{\s*SELECT\b(?P<projection>[^{]*?)\bWHERE\s*\{", re.IGNORECASE)


def _term(cell: dict):
    kind = cell["type"]
    if kind == "uri":
        return URIRef(cell["value"])
    if kind == "bnode":
        return BNode(cell["value"])
    if "xml:lang" in cell:
        return Literal(cell["value"], lang=cell["xml:lang"])
    return Literal(cell["value"], datatype=URIRef(cell["datatype"])) if cell.get("datatype") else Literal(cell["value"])


class RemoteStore:
    """A SPARQL Protocol endpoint, queried like the local stores."""

    name = "remote"

    def __init__(self, endpoint: str, auth: Auth | None = None):
        self.endpoint = endpoint
        self.auth = auth or Auth()

    def query(self, text: str, bindings: dict | None = None) -> Answer:
        body = urllib.parse.urlencode({"query": with_values(text, bindings or {})}).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8",
            **self.auth.headers(),
        }
        _, payload, content_type = _request(self.endpoint, body, headers, "POST")
        content_type = content_type.split(";")[0].strip()
        if content_type in ("application/sparql-results+json", "application/json"):
            try:
                data = json.loads(payload)
                if isinstance(data.get("boolean"), bool):
                    return Answer("ASK", boolean=data["boolean"])
                names = data["head"].get("vars", [])
                rows = [tuple(_term(row[n]) if n in row else None for n in names) for row in data["results"]["bindings"]]
            except (ValueError, KeyError, TypeError, AttributeError) as err:
                raise UsageError(
                    f"{self.endpoint}: the answer is not SPARQL JSON results ({type(err).__name__}: {str(err)[:200]})"
                ) from None
            return Answer("SELECT", vars=names, rows=rows)
        rdf_format = {"application/n-triples": "nt", "text/turtle": "turtle", "application/ld+json": "json-ld"}.get(content_type)
        if rdf_format is None:
            raise UsageError(f"{self.endpoint}: unexpected answer of type {content_type or 'unknown'} (is this a SPARQL endpoint?)")
        try:
            return Answer("GRAPH", triples=list(Graph().parse(data=payload.decode("utf-8"), format=rdf_format)))
        except Exception as err:  # noqa: BLE001 - rdflib's parsers raise many kinds
            raise UsageError(f"{self.endpoint}: the answer is not valid {content_type} ({type(err).__name__})") from None

    def close(self) -> None:
        pass
