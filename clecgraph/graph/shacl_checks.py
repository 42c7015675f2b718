"""The constraint kinds of the native SHACL engine (clecgraph.graph.shacl_native), each with
pySHACL's semantics: how values are compared, which literals are ill-typed (rdflib decides, as it
does for pySHACL). Each check returns the values a result names (None for a result about the
focus node's values as a whole): most often nothing."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SH, XSD

from clecgraph.graph.rdfterms import XSD_STRING
from clecgraph.graph.shacl_index import LANG_STRING, TERMS
from clecgraph.graph.shacl_shapes import Unsupported

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


__all__ = ["CHECKS"]
