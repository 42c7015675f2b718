"""rdflib terms to N-Quads text and pyoxigraph terms to rdflib terms: the conversions the
built graph's readers use (clecgraph.graph.quads)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from clecgraph.vocab import nt_escape

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term(node) -> str:
    """An rdflib term in N-Quads syntax."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        body = f'"{nt_escape(str(node))}"'
        if node.language:
            return f"{body}@{node.language}"
        return f"{body}^^<{node.datatype}>" if node.datatype is not None and str(node.datatype) != XSD_STRING else body
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"cannot write {node!r} as N-Quads")


def nquads(quads: Iterable[tuple]) -> bytes:
    """(s, p, o, graph) rdflib terms as N-Quads text."""
    return "".join(f"{term(s)} {term(p)} {term(o)} {term(g)} .\n" for s, p, o, g in quads).encode("utf-8")


def to_rdflib(node):
    """A pyoxigraph term as the rdflib term that means the same."""
    if node is None:
        return None
    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        return Literal(node.value) if datatype == XSD_STRING else Literal(node.value, datatype=URIRef(datatype))
    raise TypeError(f"unsupported term {node!r}")


def rdflib_quads(lines: Iterable[str], convert: RdflibTerms | None = None) -> Iterator[tuple]:
    """N-Quads lines (without newlines) as (s, p, o, graph) rdflib terms, each term made once
    (once per `convert`, a term cache that may outlive the call)."""
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    convert = RdflibTerms() if convert is None else convert
    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        yield convert[quad.subject], convert[quad.predicate], convert[quad.object], convert[quad.graph_name]


def rdflib_triples(lines: Iterable[str]) -> Iterator[tuple]:
    """N-Quads lines as (s, p, o) rdflib terms."""
    for s, p, o, _ in rdflib_quads(lines):
        yield s, p, o


class RdflibTerms(dict):
    """pyoxigraph term -> rdflib term, made once per distinct term: big answers and
    graphs repeat their IRIs and labels, and making rdflib terms is the slow part."""

    def __missing__(self, node):
        value = self[node] = to_rdflib(node)
        return value


__all__ = ["XSD_STRING", "RdflibTerms", "nquads", "rdflib_quads", "rdflib_triples", "term", "to_rdflib"]
