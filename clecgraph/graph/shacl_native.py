"""SHACL without pySHACL: the project's shapes evaluated directly over the quads.

pySHACL spends most of a build's time on bookkeeping around each focus
node (about 93 s of CPU for 1,000 statements). The shapes of
ontology/shapes.ttl use a handful of constraint kinds, each a few lines
of Python over an index of the triples (pyoxigraph terms in plain dicts
and sets), so this engine evaluates them here, with pySHACL's semantics
for each kind: how values are compared, which literals are ill-typed
(rdflib decides, as it does for pySHACL), what a result names (focus
node, path, value, shape, constraint component, severity, message).

The index of the data is clecgraph.graph.shacl_index, the constraint kinds
clecgraph.graph.shacl_checks; here, the run of the shapes over an index.

tests/graph/test_shacl_native.py runs both engines on the sample, the
hostile-input suite, a synthetic corpus and one broken graph per
constraint kind, and requires the same results. Shapes with anything
else in them are refused (clecgraph.graph.shacl_shapes.Unsupported) and
validated with pySHACL.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib.namespace import DCTERMS

from clecgraph.graph.shacl_checks import CHECKS
from clecgraph.graph.shacl_index import SUBCLASS, TERMS, TYPE, Index, backwards, indexed
from clecgraph.graph.shacl_shapes import CompiledShapes, Shape
from clecgraph.vocab import CLEC, OA, SCHEMA

_ANNOTATION = ox.NamedNode(str(OA.Annotation))
_TARGET, _SOURCE, _SELECTOR = (ox.NamedNode(str(OA[n])) for n in ("hasTarget", "hasSource", "hasSelector"))
_START, _END, _EXACT = (ox.NamedNode(str(OA[n])) for n in ("start", "end", "exact"))
_FIELD, _TEXT, _TITLE = ox.NamedNode(str(CLEC.field)), ox.NamedNode(str(SCHEMA.text)), ox.NamedNode(str(DCTERMS.title))


class Run:
    """One evaluation of compiled shapes over an Index."""

    def __init__(self, shapes: CompiledShapes, index: Index):
        self.shapes, self.index = shapes, index
        self.memo: dict = {}
        self.supers: dict = {}
        self.instances: dict = {}

    def results(self) -> list[tuple]:
        """(shape, focus, value or None, component name) for every result."""
        found: list = []
        for shape in self.shapes.roots:
            for focus in self.focus_nodes(shape):
                self.evaluate(shape, focus, found)
        return found

    def focus_nodes(self, shape: Shape) -> set:
        found = set()
        for kind, value in shape.targets:
            if kind == "node":
                found.add(value)
            elif kind == "class":
                for cls in self.subclasses(value):
                    found |= self.index.subjects(TYPE, cls)
            elif kind == "subjects":
                for _, subjects in self.index.pairs(value):
                    found |= subjects
            else:
                found |= {o for o, _ in self.index.pairs(value)}
        return found

    def subclasses(self, cls) -> set:
        found, todo = {cls}, [cls]
        while todo:
            for sub in self.index.subjects(SUBCLASS, todo.pop()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return found

    def superclasses(self, cls) -> set:
        found = self.supers.get(cls)
        if found is None:
            found, todo = {cls}, [cls]
            while todo:
                for sup in self.index.objects(todo.pop(), SUBCLASS):
                    if sup not in found:
                        found.add(sup)
                        todo.append(sup)
            self.supers[cls] = found
        return found

    def values(self, shape: Shape, focus):
        if shape.path is None:
            return (focus,)
        predicate, inverse = shape.path
        return self.index.subjects(predicate, focus) if inverse else self.index.objects(focus, predicate)

    def evaluate(self, shape: Shape, focus, found: list) -> None:
        """Add the results of `shape` on `focus` to `found` (a list, not a generator: most
        evaluations find nothing, and a generator per shape, focus node and constraint was most
        of the engine's time)."""
        values = self.values(shape, focus)
        for name, parameter in shape.constraints:
            if name == "node":
                # pySHACL reports the nested shape's own results too (as sh:detail of the sh:node result)
                for value in values:
                    nested = self.nested(parameter, value)
                    if nested:
                        found.append((shape, focus, value, name))
                        found.extend(nested)
                continue
            failed = CHECKS[name](self, focus, values, parameter)
            if failed:
                found.extend((shape, focus, value, name) for value in failed)
        for child in shape.properties:
            self.evaluate(child, focus, found)

    def nested(self, shape: Shape, node) -> list:
        """The results of `shape` on `node` (a shape another one refers to), made once."""
        key = (id(shape), node)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = []
            self.evaluate(shape, node, found)
        return found

    def conforms(self, shape: Shape, node) -> bool:
        return not self.nested(shape, node)

    def is_instance(self, node, cls) -> bool:
        if type(node) is ox.Literal:
            return False
        key = (node, cls)
        found = self.instances.get(key)
        if found is None:
            found = self.instances[key] = any(cls in self.superclasses(t) for t in self.index.objects(node, TYPE))
        return found


def span_rows(index: Index) -> tuple[list[dict], list[dict]]:
    """What clecsh:SpanInsideField and clecsh:ExactMatchesSpan select, row for row as
    clecgraph.graph.validate._span_bindings computes them (rdflib terms in the rows)."""
    inside, exact = [], []
    for note in index.subjects(TYPE, _ANNOTATION):
        for target in index.objects(note, _TARGET):
            for statement in index.objects(target, _SOURCE):
                for selector in index.objects(target, _SELECTOR):
                    for start in index.objects(selector, _START):
                        for end in index.objects(selector, _END):
                            for which in index.objects(selector, _FIELD):
                                _span(index, note, statement, selector, start, end, which, inside, exact)
    return inside, exact


def _span(index, note, statement, selector, start, end, which, inside, exact) -> None:
    as_rdflib = TERMS.as_rdflib
    whole_of = _TITLE if type(which) is ox.Literal and which.value == "title" else _TEXT
    for whole in index.objects(statement, whole_of) or [None]:
        text = None if whole is None else str(as_rdflib(whole))
        length = len(text) if text is not None else -1
        a = as_rdflib(start).toPython() if type(start) is ox.Literal else None
        b = as_rdflib(end).toPython() if type(end) is ox.Literal else None
        row = {"this": note, "start": start, "end": end, "field": which, "length": length}
        numbers = type(a) is int and type(b) is int
        if length < 0 or (numbers and (a < 0 or b < a or b > length)):
            inside.append(row)
        elif numbers and any(str(as_rdflib(q)) != text[a:b] for q in index.objects(selector, _EXACT)):
            exact.append(row)


__all__ = ["Index", "Run", "TERMS", "backwards", "indexed", "span_rows"]
