"""Store backends by name: where a graph lives and how SPARQL runs over it.

    rdflib            an rdflib Dataset in memory (the default; fine for small graphs)
    oxigraph          a pyoxigraph Store in memory (same SPARQL, much faster)
    oxigraph:PATH     a pyoxigraph Store on disk at PATH, kept between runs

Every backend answers queries as an `Answer` of rdflib terms, so results from
different stores (or a remote endpoint) compare equal when they mean the same.
Backends import their engine only when opened: `import clecgraph` stays light.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import XSD

from ..errors import UsageError

DEFAULT_STORE = "rdflib"
NUMERIC = {XSD.decimal, XSD.integer, XSD.double, XSD.float}


@dataclass
class Answer:
    """A query result: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # "SELECT", "ASK" or "GRAPH"
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # rdflib terms, None where unbound
    boolean: bool | None = None
    triples: list[tuple] = field(default_factory=list)

    def canonical_rows(self) -> list[tuple]:
        """Rows with numbers as values, sorted: for comparing answers of different engines
        (Oxigraph writes "13.000000"^^xsd:decimal back as 13, rdflib keeps the lexical form)."""
        def value(term):
            if isinstance(term, Literal) and term.datatype in NUMERIC:
                number = term.toPython()
                return ("number", str(term.datatype), number.normalize() if isinstance(number, Decimal) else number)
            return (type(term).__name__, str(term) if term is not None else "", getattr(term, "language", None), str(getattr(term, "datatype", "") or ""))

        return sorted((tuple(value(t) for t in row) for row in self.rows), key=repr)

    def records(self) -> list[dict]:
        return [{name: value for name, value in zip(self.vars, row) if value is not None} for row in self.rows]

    def to_result(self):
        """The same answer as an rdflib Result, for clecgraph.query.format_result."""
        from rdflib import Variable
        from rdflib.query import Result

        if self.kind == "ASK":
            result = Result("ASK")
            result.askAnswer = bool(self.boolean)
        elif self.kind == "GRAPH":
            result = Result("CONSTRUCT")
            result.graph = self.graph()
        else:
            result = Result("SELECT")
            result.vars = [Variable(name) for name in self.vars]
            result.bindings = [{Variable(n): v for n, v in zip(self.vars, row) if v is not None} for row in self.rows]
        return result

    def graph(self):
        from rdflib import Graph

        graph = Graph()
        for triple in self.triples:
            graph.add(triple)
        return graph


Opener = Callable[[str | None], object]
STORES: dict[str, Opener] = {}


def register_store(name: str, opener: Opener) -> None:
    """`opener(location)` returns a store; location is the text after 'name:' or None."""
    STORES[name] = opener


def _rdflib(location: str | None):
    from .memory import RdflibStore

    if location:
        raise UsageError("the rdflib store lives in memory; it takes no path (use oxigraph:PATH for a store on disk)")
    return RdflibStore()


def _oxigraph(location: str | None):
    from .oxigraph import OxigraphStore

    return OxigraphStore(Path(location) if location else None)


register_store("rdflib", _rdflib)
register_store("oxigraph", _oxigraph)


def parse_spec(spec: str) -> tuple[str, str | None]:
    """'oxigraph:/data/store' -> ('oxigraph', '/data/store'); 'rdflib' -> ('rdflib', None)."""
    name, sep, location = spec.partition(":")
    if name not in STORES:
        raise UsageError(f"unknown store {spec!r}; known: {', '.join(sorted(STORES))} (oxigraph:PATH for one on disk)")
    if sep and not location:
        raise UsageError(f"store {spec!r}: give a path after the colon, e.g. {name}:graph-store")
    return name, location or None


def is_store_spec(text: str) -> bool:
    """True for 'oxigraph:PATH' (a store on disk), as opposed to a graph file path."""
    name, sep, location = str(text).partition(":")
    return bool(sep and location) and name in STORES and not Path(text).is_file()


def open_store(spec: str = DEFAULT_STORE):
    name, location = parse_spec(spec)
    return STORES[name](location)


def load(source: Path | str, store: str = DEFAULT_STORE):
    """A store holding a graph: a graph file loaded into `store`, or an on-disk store named 'oxigraph:PATH'."""
    if is_store_spec(str(source)):
        if not Path(parse_spec(str(source))[1]).is_dir():
            raise UsageError(f"no store at {source}; build one first with 'clecgraph build ... --store {source}'")
        return open_store(str(source))
    opened = open_store(store)
    opened.load_file(Path(source))
    return opened
