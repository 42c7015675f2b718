"""The SHACL shapes as plain Python objects, for the native engine (clecgraph.graph.shacl_native).

Only the constraint kinds ontology/shapes.ttl uses (and a few of the same
make) are understood. Any other SHACL term in a shapes graph, a path other
than a predicate or its inverse, or a constraint without a message where
pySHACL would write one of its own, raises `Unsupported`: the caller then
validates with pySHACL instead (clecgraph.graph.validate), so no rule is
ever skipped in silence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

# What a shape may say: the constraint parameters the engine evaluates ...
PARAMETERS = {
    SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH["or"], SH["not"], SH.node, SH.hasValue,
    SH["in"], SH.minLength, SH.maxLength, SH.minInclusive, SH.maxInclusive, SH.minExclusive,
    SH.maxExclusive, SH.lessThanOrEquals,
}  # fmt: skip
# ... and the other SHACL terms a shapes graph holds that change no verdict, or that the engine reads itself.
STRUCTURE = {
    SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.property, SH.path, SH.inversePath,
    SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.declare, SH.prefix, SH.namespace,
    SH.prefixes, SH.select,
}  # fmt: skip
# (sh:sparql is not among them: the caller takes a shape's SPARQL constraints out and runs them itself.)
KNOWN_TYPES = {SH.NodeShape, SH.PropertyShape, SH.SPARQLConstraint}
# Constraints pySHACL reports with a message of its own when the shape has none: the engine writes that message.
GENERIC = {SH.nodeKind}


class Unsupported(Exception):
    """The shapes use something the native engine does not evaluate."""


def to_ox(node):
    """An rdflib term as the pyoxigraph term that means the same (blank nodes have no equal)."""
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype is not None:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise Unsupported(f"a shape compares with a blank node ({node!r})")


@dataclass(eq=False)
class Shape:
    """A node shape (path None) or a property shape, its constraints in the order they are checked."""

    node: object  # the rdflib term, as results name it
    path: tuple | None = None  # (ox predicate, inverse?)
    path_node: object = None  # the rdflib path term, as results name it
    targets: list = field(default_factory=list)  # (kind, ox term)
    constraints: list = field(default_factory=list)  # (component local name, parameter)
    properties: list = field(default_factory=list)
    messages: list = field(default_factory=list)
    severity: str = "Violation"


@dataclass
class CompiledShapes:
    roots: list  # the shapes with targets
    graph: Graph  # the shapes graph (for pySHACL-style generic messages)
    inverse: set  # ox predicates some shape follows backwards
    target_objects: set  # ox predicates whose objects are targets


def compile_shapes(graph: Graph) -> CompiledShapes:
    """Every shape with a target, each with what it refers to, ready to run."""
    for s, p, o in graph:
        if str(p).startswith(str(SH)) and p not in PARAMETERS and p not in STRUCTURE:
            raise Unsupported(f"the shapes use {p.n3(graph.namespace_manager)}, which the native engine does not evaluate")
        if p == RDF.type and str(o).startswith(str(SH)) and o not in KNOWN_TYPES:
            raise Unsupported(f"the shapes use {o.n3(graph.namespace_manager)}")
    made: dict = {}
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    roots = sorted({s for t in targets for s in graph.subjects(t, None)}, key=str)
    compiled = [_shape(graph, node, made) for node in roots]
    for shape in compiled:
        _check_messages(graph, shape)
    inverse, target_objects = set(), set()
    for shape in made.values():
        if shape.path is not None and shape.path[1]:
            inverse.add(shape.path[0])
        target_objects |= {value for kind, value in shape.targets if kind == "objects"}
    return CompiledShapes(compiled, graph, inverse, target_objects)


def _shape(graph: Graph, node, made: dict) -> Shape:
    if node in made:
        return made[node]
    shape = made[node] = Shape(node)
    path = graph.value(node, SH.path)
    if path is not None:
        shape.path_node = path
        shape.path = _path(graph, path)
    for kind, predicate in (("class", SH.targetClass), ("node", SH.targetNode)):
        shape.targets += [(kind, to_ox(o)) for o in sorted(graph.objects(node, predicate))]
    for kind, predicate in (("subjects", SH.targetSubjectsOf), ("objects", SH.targetObjectsOf)):
        shape.targets += [(kind, to_ox(o)) for o in sorted(graph.objects(node, predicate))]
    shape.messages = sorted(str(m) for m in graph.objects(node, SH.message))
    severity = graph.value(node, SH.severity)
    if severity is not None:
        shape.severity = str(severity).rsplit("#", 1)[-1]
    for p, o in sorted(graph.predicate_objects(node)):
        if p not in PARAMETERS:
            continue
        shape.constraints.append(_constraint(graph, node, p, o, made))
    shape.properties = [_shape(graph, o, made) for o in sorted(graph.objects(node, SH.property), key=str)]
    return shape


def _check_messages(graph: Graph, shape: Shape) -> None:
    """A shape whose results are reported (one with a target, or its property shapes) names each rule
    in its own words; pySHACL's words for a rule without a message are written only for sh:nodeKind."""
    if not shape.messages:
        for name, _ in shape.constraints:
            if SH[name] not in GENERIC:
                raise Unsupported(f"a shape without sh:message uses sh:{name}")
    for child in shape.properties:
        _check_messages(graph, child)


def _path(graph: Graph, path) -> tuple:
    if isinstance(path, URIRef):
        return to_ox(path), False
    inverse = graph.value(path, SH.inversePath)
    if isinstance(path, BNode) and isinstance(inverse, URIRef) and len(list(graph.predicate_objects(path))) == 1:
        return to_ox(inverse), True
    raise Unsupported("the shapes use a path other than a predicate or sh:inversePath of one")


def _constraint(graph: Graph, node, p, o, made: dict) -> tuple:
    name = str(p).rsplit("#", 1)[-1]
    if p in (SH["or"], SH["in"]):
        items = list(Collection(graph, o))
        if p == SH["in"]:
            return name, {to_ox(item) for item in items}
        return name, [_shape(graph, item, made) for item in items]
    if p in (SH["not"], SH.node):
        return name, _shape(graph, o, made)
    if p in (SH.minCount, SH.maxCount, SH.minLength, SH.maxLength):
        return name, int(o)
    if p in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive):
        if not isinstance(o, Literal):
            raise Unsupported(f"{name} of a non-literal")
        return name, o  # compared as rdflib literals, as pySHACL compares them
    if p in (SH["class"], SH.datatype, SH.nodeKind, SH.hasValue, SH.lessThanOrEquals):
        if p == SH.datatype or p == SH.nodeKind:
            return name, o
        return name, to_ox(o)
    raise Unsupported(f"{name}")  # pragma: no cover - PARAMETERS and this list are kept together


__all__ = ["CompiledShapes", "Shape", "Unsupported", "compile_shapes", "to_ox"]
