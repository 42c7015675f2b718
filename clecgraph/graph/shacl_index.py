"""The native SHACL engine's index of the data (clecgraph.graph.shacl_native): the triples as
pyoxigraph terms in plain dicts and sets, objects by subject and predicate, subjects by object for
the predicates some shape follows backwards; literals as rdflib reads them back (Terms)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib.namespace import RDF, RDFS

from clecgraph.graph.rdfterms import XSD_STRING, to_rdflib
from clecgraph.graph.shacl_shapes import CompiledShapes
from clecgraph.vocab import OA

TYPE = ox.NamedNode(str(RDF.type))
SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))
LANG_STRING = str(RDF.langString)
_TARGET, _SELECTOR = ox.NamedNode(str(OA.hasTarget)), ox.NamedNode(str(OA.hasSelector))
_EMPTY: frozenset = frozenset()


class Terms:
    """rdflib's reading of literals, made once per distinct literal (for a process)."""

    def __init__(self):
        self.rdflib: dict = {}
        self.normal: dict = {}
        self.datatype_verdicts: dict = {}  # (literal, datatype) -> does it match

    def as_rdflib(self, node):
        found = self.rdflib.get(node)
        if found is None:
            found = self.rdflib[node] = to_rdflib(node)
        return found

    def normalised(self, node):
        """A typed literal as rdflib writes it back (rdflib turns "01"^^xsd:integer into "1", and
        pySHACL sees rdflib's terms), so that equal values are equal terms here too."""
        found = self.normal.get(node)
        if found is None:
            value = self.as_rdflib(node)
            found = self.normal[node] = ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))
            self.rdflib.setdefault(found, value)
        return found


TERMS = Terms()


class Index:
    """The triples of a graph: objects by subject and predicate, and subjects by object for the
    predicates some shape follows backwards or targets. `base` is another Index read as part of
    this one (the context every chunk of statement graphs shares, indexed once)."""

    def __init__(self, triples: Iterable, backwards: set, base: Index | None = None):
        self.out: dict = {}
        self.back: dict = {p: {} for p in backwards}
        self.base = base
        self.add(triples)

    def add(self, triples: Iterable) -> None:
        literals = {}  # literal -> itself or its normalised form

        def normalised():
            for s, p, o in triples:
                if type(o) is ox.Literal:
                    found = literals.get(o)
                    if found is None:
                        found = literals[o] = indexed(o)
                    o = found
                yield s, p, o

        self._insert(normalised())

    def add_lines(self, lines: Iterable[str], terms: dict) -> None:
        """`add` of N-Quads lines `S P O G .` (S and P an IRI or blank node, G an IRI), each term's
        text read once through `terms` (text -> the term as indexed: `indexed` of a literal), without
        a pyoxigraph triple made per line. One loop, no generator between reading and indexing; a
        graph's lines are sorted, so a subject's lines follow each other: its text is looked up
        once for them all (this loop was half of validation's time). A line is cut at its first two
        spaces in one call (str.split), then its object before the graph's " <" (a literal may hold
        spaces and " <")."""
        out, back = self.out, self.back
        last, by_predicate = None, None
        for line in lines:
            subject, p, o = line.split(" ", 2)
            if subject != last:
                last, s = subject, terms[subject]
                by_predicate = out.get(s)
                if by_predicate is None:
                    by_predicate = out[s] = {}
            p = terms[p]
            o = terms[o[: o.rindex(" <")]]
            values = by_predicate.get(p)
            if values is None:
                by_predicate[p] = {o}
            else:
                values.add(o)
            index = back.get(p)
            if index is not None:
                subjects = index.get(o)
                if subjects is None:
                    index[o] = {s}
                else:
                    subjects.add(s)

    def _insert(self, triples: Iterable) -> None:
        out, back = self.out, self.back
        for s, p, o in triples:
            # (get before add: setdefault would make a new dict or set for every triple)
            by_predicate = out.get(s)
            if by_predicate is None:
                out[s] = {p: {o}}
            else:
                values = by_predicate.get(p)
                if values is None:
                    by_predicate[p] = {o}
                else:
                    values.add(o)
            index = back.get(p)
            if index is not None:
                subjects = index.get(o)
                if subjects is None:
                    index[o] = {s}
                else:
                    subjects.add(s)

    def objects(self, s, p) -> set | frozenset:
        found = self.out.get(s)
        found = found.get(p, _EMPTY) if found else _EMPTY
        if self.base is not None:
            more = self.base.objects(s, p)
            if more:
                return found | more if found else more
        return found

    def subjects(self, p, o) -> set | frozenset:
        found = self.back[p].get(o, _EMPTY)
        if self.base is not None:
            more = self.base.subjects(p, o)
            if more:
                return found | more if found else more
        return found

    def pairs(self, p) -> Iterator[tuple]:
        """(object, subjects) of predicate p."""
        yield from self.back[p].items()
        if self.base is not None:
            yield from self.base.pairs(p)


def indexed(literal):
    """A literal as an Index holds it: strings as they are, typed values as rdflib writes them back."""
    return literal if literal.datatype.value in (XSD_STRING, LANG_STRING) else TERMS.normalised(literal)


def backwards(shapes: CompiledShapes) -> set:
    """The predicates an Index of data for these shapes keeps by object."""
    found = {TYPE, SUBCLASS, *shapes.inverse, *shapes.target_objects, _TARGET, _SELECTOR}
    for shape in shapes.roots:
        found |= {value for kind, value in shape.targets if kind == "subjects"}
    return found


__all__ = ["Index", "LANG_STRING", "SUBCLASS", "TERMS", "TYPE", "Terms", "backwards", "indexed"]
