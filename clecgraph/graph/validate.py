"""Check a built graph against ontology/shapes.ttl (SHACL).

    >>> from clecgraph import build
    >>> from clecgraph.graph.validate import validate
    >>> validate(build(out=None).dataset).conforms
    True

The shapes run over the union of every named graph (a mention in one
statement's graph points at entities described in another), together with
the event-type scheme, so "is this type a concept of the scheme?" can be
answered even for a graph file written without it.

Two engines give the same results: "native" (the default,
clecgraph.graph.shacl_native: the shapes' constraint kinds evaluated
directly over the triples) and "pyshacl" (the reference). Shapes the
native engine cannot run in full are validated with pySHACL, and the
result's `note` says so.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, SH

from clecgraph.graph.shacl_results import CLECSH, ValidationResult, Violation, format_row, ordered, show
from clecgraph.vocab import CLEC, OA, PREFIXES, SCHEMA

ENGINES = ("native", "pyshacl")
DEFAULT_ENGINE = "native"
_format, _show = format_row, show  # the names tests and older callers use


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """ontology/shapes.ttl exactly as shipped (what any SHACL-SPARQL engine reads)."""
    return _ontology_graph("shapes.ttl")


@dataclass(frozen=True)
class SparqlConstraint:
    shape: URIRef
    node: URIRef  # the sh:SPARQLConstraint itself
    message: str
    select: str  # the query, $this as ?this
    namespaces: tuple  # (prefix, namespace) pairs it declares

    @property
    def query(self):
        """The rdflib query, prepared on first use (parsing it costs seconds; the native engine never needs it)."""
        return _prepared(self.select, self.namespaces)


@lru_cache(maxsize=16)
def _prepared(select: str, namespaces: tuple):
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(select, initNs=dict(namespaces))


@lru_cache(maxsize=1)
def _split_shapes() -> tuple[Graph, tuple[SparqlConstraint, ...]]:
    """The shapes without their sh:sparql constraints, and those constraints (prepared when first run).

    pyshacl re-parses a SPARQL constraint for every focus node (tens of ms
    each); running each query once with $this unbound is the same check.
    The two span constraints are not even run as SPARQL: `_span_bindings`
    computes their rows directly.
    """
    shapes = shapes_graph()
    core = Graph()
    core += shapes
    constraints = []
    for shape, constraint in sorted(shapes.subject_objects(SH.sparql)):
        core.remove((shape, SH.sparql, constraint))
        namespaces = {}
        for owner in shapes.objects(constraint, SH.prefixes):
            for declaration in shapes.objects(owner, SH.declare):
                namespaces[str(shapes.value(declaration, SH.prefix))] = str(shapes.value(declaration, SH.namespace))
        select = str(shapes.value(constraint, SH.select)).replace("$this", "?this")
        message = str(shapes.value(constraint, SH.message))
        constraints.append(SparqlConstraint(shape, constraint, message, select, tuple(sorted(namespaces.items()))))
    return core, tuple(constraints)


@lru_cache(maxsize=1)
def _scheme_triples() -> tuple:
    return tuple(_ontology_graph("event-types.ttl")) + tuple(_ontology_graph("factuality.ttl"))


def _ontology_graph(name: str) -> Graph:
    from clecgraph.knowledge.ontology import ontology_file

    graph = Graph()
    graph.parse(data=ontology_file(name).read_text(encoding="utf-8"), format="turtle")
    return graph


def data_graph(source) -> Graph:
    """One graph holding every triple of `source` (a Graph, Dataset or RDF file path)."""
    from clecgraph.graph.files import load_graph

    if isinstance(source, (str, Path)):
        source = load_graph(source)
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace, override=True, replace=True)
    quads = getattr(source, "quads", None)
    if quads is not None:
        for s, p, o, _ in source.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        for triple in source:
            union.add(triple)
    return union


def validate(source, engine: str = DEFAULT_ENGINE) -> ValidationResult:
    """Validate a graph, dataset, BuiltGraph or RDF file against the clecgraph shapes.

    An unreadable file raises `InputError`; a graph that breaks a rule gives
    a result with `conforms == False` and one `Violation` per broken rule.
    (A build validates its BuiltGraph part by part: clecgraph.graph.validate_parts.)
    """
    engine = check_engine(engine)
    core, constraints = _split_shapes()
    note = None
    if engine == "native":
        from clecgraph.graph.quads import BuiltGraph

        try:
            prepared = native_shapes(core, constraints)
        except NativeUnsupported as err:
            note = fallback_note(err)
        else:
            if isinstance(source, (str, Path)):
                from clecgraph.graph.files import load_graph

                source = load_graph(source)
            built = source if isinstance(source, BuiltGraph) else BuiltGraph.from_dataset(source)
            conforms, violations = native_check(built.ox_triples(), prepared)
            triples = len(built.triple_lines)
            return ValidationResult(conforms=conforms and not violations, violations=violations, triples=triples)
    if not isinstance(source, (str, Path)) and hasattr(source, "triple_lines"):
        source = source.dataset  # a BuiltGraph
    graph = data_graph(source)
    triples = len(graph)
    conforms, violations = check(graph, core, constraints)
    return ValidationResult(conforms=conforms and not violations, violations=violations, triples=triples, note=note)


def check_engine(engine: str) -> str:
    from clecgraph.errors import UsageError

    if engine not in ENGINES:
        raise UsageError(f"unknown SHACL engine {engine!r}; known: {', '.join(ENGINES)}")
    return engine


class NativeUnsupported(Exception):
    """The shapes hold something the native engine does not run (pySHACL runs them instead)."""


def fallback_note(err: Exception) -> str:
    note = f"validated with pySHACL: the native SHACL engine does not run these shapes ({err})"
    warnings.warn(note, stacklevel=3)
    return note


@dataclass(frozen=True)
class NativeShapes:
    compiled: object  # clecgraph.graph.shacl_shapes.CompiledShapes
    constraints: tuple  # the SPARQL constraints (only the two span checks, which the engine computes)
    scheme: tuple  # the event-type and factuality schemes as pyoxigraph triples


_NATIVE: dict = {}


def native_shapes(core: Graph, constraints) -> NativeShapes:
    """`core` and its SPARQL `constraints` made ready for the native engine (once per shapes graph),
    or NativeUnsupported."""
    from clecgraph.graph.shacl_shapes import Unsupported, compile_shapes

    key = id(core)
    if key not in _NATIVE:
        try:
            unknown = [c.node for c in constraints if c.node not in (CLECSH.SpanInsideField, CLECSH.ExactMatchesSpan)]
            if unknown:
                raise Unsupported(f"SPARQL constraint {unknown[0]}")
            _NATIVE[key] = (core, NativeShapes(compile_shapes(core), tuple(constraints), _scheme_ox()))
        except Unsupported as err:
            _NATIVE[key] = (core, err)
    found = _NATIVE[key][1]
    if isinstance(found, Exception):
        raise NativeUnsupported(str(found)) from found
    return found


@lru_cache(maxsize=1)
def _scheme_ox() -> tuple:
    from clecgraph.graph.shacl_shapes import to_ox

    return tuple((to_ox(s), to_ox(p), to_ox(o)) for s, p, o in _scheme_triples())


def native_index(triples, prepared: NativeShapes, base=None, scheme: bool = True):
    """An Index (clecgraph.graph.shacl_native) of pyoxigraph triples, with the schemes unless `scheme` is false."""
    from itertools import chain

    from clecgraph.graph.shacl_native import Index, backwards

    wanted = backwards(prepared.compiled)
    triples = ((t.subject, t.predicate, t.object) if hasattr(t, "subject") else t for t in triples)
    return Index(chain(triples, prepared.scheme) if scheme else triples, wanted, base)


def native_check(triples, prepared: NativeShapes, base=None, scheme: bool = True) -> tuple[bool, list[Violation]]:
    """check() with the native engine: `triples` (pyoxigraph) with the schemes, over `base` if given."""

    return native_check_index(native_index(triples, prepared, base, scheme), prepared)


def native_check_index(index, prepared: NativeShapes) -> tuple[bool, list[Violation]]:
    """native_check of an Index made already (clecgraph.graph.shacl_native)."""
    from clecgraph.graph.quads import to_rdflib
    from clecgraph.graph.shacl_native import Run, span_rows

    names = _names()
    run = Run(prepared.compiled, index)
    violations = [_native_violation(shape, focus, value, name, names, prepared) for shape, focus, value, name in run.results()]
    inside, exact = span_rows(index)
    rows = {CLECSH.SpanInsideField: inside, CLECSH.ExactMatchesSpan: exact}
    for constraint in prepared.constraints:
        for row in rows[constraint.node]:
            values = {k: (v if k == "length" else to_rdflib(v)) for k, v in row.items()}
            violations.append(format_row(constraint, values, names))
    return not violations, ordered(violations)


@lru_cache(maxsize=1)
def _names():
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph.namespace_manager


def _native_violation(shape, focus, value, name: str, names, prepared: NativeShapes) -> Violation:
    from clecgraph.graph.quads import to_rdflib

    if shape.messages:
        message = shape.messages[0]
    else:  # only sh:nodeKind gets here (clecgraph.graph.shacl_shapes.GENERIC): pySHACL's own words
        from pyshacl.rdfutil import stringify_node

        kind = dict(shape.constraints)[name]
        message = f"Value is not of Node Kind {stringify_node(prepared.compiled.graph, kind)}"
    return Violation(
        message=message,
        focus=show(to_rdflib(focus), names),
        path=show(shape.path_node, names) if shape.path_node is not None else None,
        value=show(to_rdflib(value), names) if value is not None else None,
        shape=show(shape.node, names),
        severity=shape.severity,
        component=show(SH[name[0].upper() + name[1:] + "ConstraintComponent"], names),
    )


def check(graph: Graph, core: Graph, constraints) -> tuple[bool, list[Violation]]:
    """Run `core` shapes and SPARQL `constraints` over `graph` (the event-type scheme added to it, in place)."""
    from pyshacl import validate as shacl_validate

    for triple in _scheme_triples():
        graph.add(triple)
    conforms, results, _ = shacl_validate(
        graph,
        shacl_graph=core,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
        inplace=True,
        advanced=False,
    )
    violations = _violations(results, graph)
    spans = _span_bindings(graph)
    for constraint in constraints:
        if constraint.node in spans:  # the same check, computed directly (SPARQL copies each text per mention)
            violations.extend(format_row(constraint, row, graph.namespace_manager) for row in spans[constraint.node])
        else:
            violations.extend(_sparql_violations(constraint, graph))
    return bool(conforms), ordered(violations)


def _sparql_violations(constraint: SparqlConstraint, graph: Graph) -> list[Violation]:
    return [format_row(constraint, row.asdict(), graph.namespace_manager) for row in graph.query(constraint.query)]


def _span_bindings(graph: Graph) -> dict[URIRef, list[dict]]:
    """What clecsh:SpanInsideField and clecsh:ExactMatchesSpan select, without SPARQL.

    Mirrors their queries row for row (tests compare both on broken graphs);
    offsets that are not integers are left to the core shapes, as the
    queries' comparisons would fail on them.
    """
    inside, exact = [], []
    for note in graph.subjects(RDF.type, OA.Annotation):
        for target in graph.objects(note, OA.hasTarget):
            for statement in graph.objects(target, OA.hasSource):
                for selector in graph.objects(target, OA.hasSelector):
                    for start, end, which in _offsets(graph, selector):
                        prop = DCTERMS.title if str(which) == "title" else SCHEMA.text
                        for whole in list(graph.objects(statement, prop)) or [None]:
                            length = len(str(whole)) if whole is not None else -1
                            row = {"this": note, "start": start, "end": end, "field": which, "length": length}
                            a, b = start.toPython(), end.toPython()
                            numbers = type(a) is int and type(b) is int
                            if length < 0 or (numbers and (a < 0 or b < a or b > length)):
                                inside.append(row)
                            elif numbers and any(str(quote) != str(whole)[a:b] for quote in graph.objects(selector, OA.exact)):
                                exact.append(row)
    return {CLECSH.SpanInsideField: inside, CLECSH.ExactMatchesSpan: exact}


def _offsets(graph: Graph, selector):
    for start in graph.objects(selector, OA.start):
        for end in graph.objects(selector, OA.end):
            for which in graph.objects(selector, CLEC.field):
                yield start, end, which


def _violations(results: Graph, data: Graph) -> list[Violation]:
    names = data.namespace_manager
    found = []
    for node in results.subjects(RDF.type, SH.ValidationResult):
        messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
        path = results.value(node, SH.resultPath)
        value = results.value(node, SH.value)
        severity = results.value(node, SH.resultSeverity)
        found.append(
            Violation(
                message=messages[0] if messages else "breaks a shape",
                focus=_show(results.value(node, SH.focusNode), names),
                path=_show(path, names) if path is not None else None,
                value=_show(value, names) if value is not None else None,
                shape=_show(results.value(node, SH.sourceShape), names),
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                component=_show(results.value(node, SH.sourceConstraintComponent), names),
            )
        )
    return found
