"""Push, then make sure queries will see what was pushed.

The library queries read the default graph. A TriG or N-Quads file puts
every triple in a named graph (one per statement), and a `.ttl` pushed with
`--graph` goes into one too, so queries see them only if the store's default
graph is the union of its named graphs: Oxigraph server started without
`--union-default-graph`, or a Fuseki dataset without `unionDefaultGraph`,
answer every library query with 0 rows. After pushing, `push_and_check`
asks the store's query endpoint whether a pushed triple is visible in the
default graph and says what it found; with `copy_to_default` it first puts a
copy of every triple into the default graph, which works on any store.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from clecgraph.errors import UsageError
from clecgraph.sparql.remote import QUAD_TYPES, Auth, RemoteStore, push, push_bytes

# Graph Store address -> query endpoint, for the stores docs/remote-stores.md describes.
_QUERY_BESIDE = (
    ("/store", "/query"),  # Oxigraph server
    ("/data", "/sparql"),  # Fuseki
    ("/rdf-graphs/service", ""),  # GraphDB / RDF4J, the Graph Store Protocol proper
    ("/statements", ""),  # GraphDB / RDF4J, the whole repository
    ("/sparql-graph-crud-auth", "/sparql"),  # Virtuoso
    ("/sparql-graph-crud", "/sparql"),
)


@dataclass(frozen=True)
class Pushed:
    status: int  # the HTTP status of the push
    default_graph: str  # what the check found, one line for the user


def query_endpoint_beside(store_url: str) -> str | None:
    """The query endpoint a known store serves beside its Graph Store address, or None."""
    parts = urllib.parse.urlsplit(store_url)
    path = parts.path.rstrip("/")
    for ending, instead in _QUERY_BESIDE:
        if path.endswith(ending):
            return urllib.parse.urlunsplit(parts._replace(path=path[: -len(ending)] + instead, query=""))
    return None


def push_and_check(
    graph_file: Path | str,
    endpoint: str,
    graph_iri: str | None = None,
    auth: Auth | None = None,
    replace: bool = True,
    query_endpoint: str | None = None,
    copy_to_default: bool = False,
) -> Pushed:
    """Push `graph_file`, then check (or with `copy_to_default`, make) its triples visible in the default graph.

    Raises UsageError, after the push, when the store's default graph does
    not show the pushed triples (the library queries would answer nothing).
    """
    path = Path(graph_file)
    status = push(path, endpoint, graph_iri, auth, replace)
    named = path.suffix.lower() in QUAD_TYPES or bool(graph_iri)
    if copy_to_default and named:
        push_as_default(path, endpoint, auth)
    where = query_endpoint or query_endpoint_beside(endpoint)
    if where is None:
        return Pushed(
            status,
            "default graph not checked: pass --query-endpoint URL so push can check that queries see the pushed triples",
        )
    sample = _sample_triple(path)
    if sample is None:
        return Pushed(status, "default graph not checked: the file holds no triple without blank nodes to look for")
    store = RemoteStore(where, auth)
    try:
        visible = _ask(store, f"ASK {{ {sample} }}")
    except UsageError as err:
        if query_endpoint:
            raise
        return Pushed(status, f"default graph not checked ({err}); pass --query-endpoint URL")
    if visible:
        how = "holds a copy of every pushed triple" if copy_to_default and named else "shows the pushed triples"
        return Pushed(status, f"default graph {how} (checked at {where})")
    stored = _ask(store, f"ASK {{ GRAPH ?g {{ {sample} }} }}")
    if not stored:
        raise UsageError(
            f"pushed {path.name} to {endpoint} (HTTP {status}), but {where} does not find a pushed triple in any graph; "
            "is --query-endpoint the same dataset?"
        )
    raise UsageError(
        f"pushed {path.name} to {endpoint} (HTTP {status}), but the store's default graph is not the union of its "
        "named graphs, so the library queries would answer 0 rows. Start Oxigraph with --union-default-graph "
        "(Fuseki: tdb2:unionDefaultGraph true; see docs/remote-stores.md), or push again with --copy-to-default"
    )


def _ask(store: RemoteStore, query: str) -> bool:
    answer = store.query(query)
    if answer.boolean is None:
        raise UsageError(f"{store.endpoint}: answered an ASK query with {answer.kind} results, not true or false")
    return answer.boolean


def push_as_default(path: Path, endpoint: str, auth: Auth | None) -> int:
    """POST every triple of the file, graph names dropped, into the store's default graph."""
    body = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in _quads(path)), format=ox.RdfFormat.N_TRIPLES)
    return push_bytes(body, ".nt", endpoint, None, auth, replace=False)


def _quads(path: Path):
    rdf_format = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if rdf_format is None:
        raise UsageError(f"{path.name}: cannot read this file type to check the store")
    try:
        yield from ox.parse(path=str(path), format=rdf_format)
    except SyntaxError as err:
        raise UsageError(f"{path.name}: not valid {rdf_format.name} ({err})") from None


def _sample_triple(path: Path) -> str | None:
    """One triple of the file, written in SPARQL syntax, with no blank node (which ASK would read as a variable)."""
    for quad in _quads(path):
        terms = (quad.subject, quad.predicate, quad.object)
        if not any(isinstance(t, ox.BlankNode) for t in terms):
            return " ".join(str(t) for t in terms)
    return None
