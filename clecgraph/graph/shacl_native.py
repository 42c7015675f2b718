"""SHACL without pySHACL: the project's shapes evaluated directly over the quads.

pySHACL spends most of a build's time on bookkeeping around each focus
node (about 93 s of CPU for 1,000 statements). The shapes of
ontology/shapes.ttl use a handful of constraint kinds, each a few lines
of Python over an index of the triples (pyoxigraph terms in plain dicts
and sets), so this engine evaluates them here, with pySHACL's semantics
for each kind: how values are compared, which literals are ill-typed
(rdflib decides, as it does for pySHACL), what a result names (focus
node, path, value, shape, constraint component, severity, message).

tests/graph/test_shacl_native.py runs both engines on the sample, the
hostile-input suite, a synthetic corpus and one broken graph per
constraint kind, and requires the same results. Shapes with anything
else in them are refused (clecgraph.graph.shacl_shapes.Unsupported) and
validated with pySHACL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, time
from decimal import Decimal

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, XSD

from clecgraph.graph.quads import XSD_STRING, to_rdflib
from clecgraph.graph.shacl_shapes import CompiledShapes, Shape, Unsupported
from clecgraph.vocab import CLEC, OA, SCHEMA

TYPE = ox.NamedNode(str(RDF.type))
SUBCLASS = ox.NamedNode(str(RDFS.subClassOf))
LANG_STRING = str(RDF.langString)
_ANNOTATION = ox.NamedNode(str(OA.Annotation))
_TARGET, _SOURCE, _SELECTOR = (ox.NamedNode(str(OA[n])) for n in ("hasTarget", "hasSource", "hasSelector"))
_START, _END, _EXACT = (ox.NamedNode(str(OA[n])) for n in ("start", "end", "exact"))
_FIELD, _TEXT, _TITLE = ox.NamedNode(str(CLEC.field)), ox.NamedNode(str(SCHEMA.text)), ox.NamedNode(str(DCTERMS.title))
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
        a pyoxigraph triple made per line."""

        def read():
            for line in lines:
                i = line.index(" ")
                j = line.index(" ", i + 1)
                yield terms[line[:i]], terms[line[i + 1 : j]], terms[line[j + 1 : line.rindex(" <")]]

        self._insert(read())

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


# Each check returns the values a result names (None for a result about the focus node's values as a
# whole): most often nothing (an empty tuple).
_WHOLE = (None,)


def _min_count(run, focus, values, n):
    return _WHOLE if len(values) < n else ()


def _max_count(run, focus, values, n):
    return _WHOLE if len(values) > n else ()


def _class(run, focus, values, cls):
    return [v for v in values if not run.is_instance(v, cls)]


_XSD_STRING_RULE = XSD.string  # (rdflib makes a new term at each namespace lookup: once here)


def _datatype(run, focus, values, rule):
    verdicts, failed = TERMS.datatype_verdicts, []
    for v in values:
        if type(v) is not ox.Literal:
            failed.append(v)
        elif rule == _XSD_STRING_RULE and v.datatype.value == XSD_STRING:
            continue  # a plain string: rdflib's value is a str
        else:
            key = (v, rule)
            ok = verdicts.get(key)
            if ok is None:
                ok = verdicts[key] = _datatype_matches(TERMS.as_rdflib(v), rule)
            if not ok:
                failed.append(v)
    return failed


def _datatype_matches(v: Literal, rule) -> bool:
    """pySHACL's DatatypeConstraintComponent, for one rdflib literal."""
    if v.datatype == rule:
        return False if getattr(v, "ill_typed", None) is True else _value_fits(v, rule)
    if rule == RDFS.Literal:
        return True
    if rule == RDFS.Datatype:
        return v.datatype is not None
    if v.datatype is None and v.language is None and rule == XSD.string:
        return _value_fits(v, rule)
    if rule == RDF.langString and v.language:
        return _value_fits(v, rule)
    return False


_KINDS = {
    XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float, XSD.decimal: Decimal,
    XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime,
}  # fmt: skip


def _value_fits(v: Literal, rule) -> bool:
    return isinstance(v.value, _KINDS[rule]) if rule in _KINDS else True


_NODE_KINDS = {
    ox.NamedNode: (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI),
    ox.BlankNode: (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI),
    ox.Literal: (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral),
}


def _node_kind(run, focus, values, kind):
    return [v for v in values if kind not in _NODE_KINDS.get(type(v), ())]


def _or(run, focus, values, shapes):
    return [v for v in values if not any(run.conforms(shape, v) for shape in shapes)]


def _not(run, focus, values, shape):
    return [v for v in values if run.conforms(shape, v)]


def _has_value(run, focus, values, value):
    return () if value in values else _WHOLE


def _in(run, focus, values, allowed):
    return [v for v in values if v not in allowed]


def _length(v) -> int | None:
    if type(v) is ox.BlankNode:
        return None
    if type(v) is ox.Literal and v.datatype.value not in (XSD_STRING, LANG_STRING):
        return len(str(TERMS.as_rdflib(v)))
    return len(v.value)


def _min_length(run, focus, values, n):
    failed = []
    for v in values:
        length = _length(v)
        if n != 0 and (length is None or length < n):
            failed.append(v)
    return failed


def _max_length(run, focus, values, n):
    failed = []
    for v in values:
        length = _length(v)
        if length is None or length > n:
            failed.append(v)
    return failed


def _range(test):
    verdicts: dict = {}  # (value, bound) -> within it; a graph repeats its offsets and dates

    def check(run, focus, values, bound: Literal):
        failed = []
        for v in values:
            ok = verdicts.get((v, bound))
            if ok is None:
                ok = verdicts[(v, bound)] = _within(test, v, bound)
            if not ok:
                failed.append(v)
        return failed

    return check


def _within(test, v, bound: Literal) -> bool:
    from pyshacl.rdfutil.compare import compare_literal  # how pySHACL orders literals

    if type(v) is not ox.Literal:
        return False
    value = TERMS.as_rdflib(v)
    if isinstance(value.value, str) != isinstance(bound.value, str):
        return False
    try:
        return bool(test(compare_literal(value, bound)))
    except (TypeError, NotImplementedError):
        return False


def _comparable(node):
    if type(node) is ox.BlankNode:
        raise Unsupported("sh:lessThanOrEquals on a blank node")
    if type(node) is ox.NamedNode:
        return node.value, True
    value = TERMS.as_rdflib(node)
    return (value.value, True) if isinstance(value.value, str) else (value, False)


def _less_than_or_equals(run, focus, values, predicate):
    others, failed = run.index.objects(focus, predicate), []
    for v in values:
        left, left_is_string = _comparable(v)
        for w in others:
            right, right_is_string = _comparable(w)
            if left_is_string != right_is_string or not left <= right:
                failed.append(v)
    return failed


CHECKS = {
    "minCount": _min_count, "maxCount": _max_count, "class": _class, "datatype": _datatype, "nodeKind": _node_kind,
    "or": _or, "not": _not, "hasValue": _has_value, "in": _in, "minLength": _min_length,
    "maxLength": _max_length, "minInclusive": _range(lambda c: c >= 0), "maxInclusive": _range(lambda c: c <= 0),
    "minExclusive": _range(lambda c: c > 0), "maxExclusive": _range(lambda c: c < 0),
    "lessThanOrEquals": _less_than_or_equals,
}  # fmt: skip


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
