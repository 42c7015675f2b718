"""Check a built graph against ontology/shapes.ttl (SHACL, with pyshacl).

    >>> from clecgraph import build
    >>> from clecgraph.graph.validate import validate
    >>> validate(build(out=None).dataset).conforms
    True

The shapes run over the union of every named graph (a mention in one
statement's graph points at entities described in another), together with
the event-type scheme, so "is this type a concept of the scheme?" can be
answered even for a graph file written without it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, SH

from clecgraph.vocab import CLEC, OA, PREFIXES, SCHEMA

CLECSH = Namespace("https://clecgraph.example/ns/shapes#")

REPORT_LIMIT = 10  # focus nodes listed per kind of violation


@dataclass(frozen=True, order=True)
class Violation:
    """One failed rule: which node, which property, what is wrong."""

    message: str
    focus: str
    path: str | None = None
    value: str | None = None
    shape: str | None = None
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        value = f" (value: {self.value})" if self.value else ""
        return f"{where}: {self.message}{value}"


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def __bool__(self) -> bool:
        return self.conforms

    def summary(self) -> dict:
        """What the build report records."""
        return {"conforms": self.conforms, "violations": len(self.violations)}

    def grouped(self) -> dict[str, list[Violation]]:
        """Violations by message, most frequent first."""
        groups: dict[str, list[Violation]] = defaultdict(list)
        for violation in self.violations:
            groups[violation.message].append(violation)
        return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))

    def report(self, limit: int = REPORT_LIMIT) -> str:
        """A readable report: a verdict line, then each kind of violation with its nodes."""
        if self.conforms:
            return f"conforms: {self.triples} triples meet every shape of ontology/shapes.ttl\n"
        n = len(self.violations)
        lines = [f"does not conform: {n} violation{'s' if n != 1 else ''} of ontology/shapes.ttl"]
        for message, group in self.grouped().items():
            lines.append("")
            lines.append(f"{message} [{len(group)}]")
            for violation in group[:limit]:
                path = f"  {violation.path}" if violation.path else ""
                value = f"  value: {violation.value}" if violation.value else ""
                lines.append(f"  {violation.focus}{path}{value}")
            if len(group) > limit:
                lines.append(f"  ... and {len(group) - limit} more")
        return "\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """ontology/shapes.ttl exactly as shipped (what any SHACL-SPARQL engine reads)."""
    return _ontology_graph("shapes.ttl")


@dataclass(frozen=True)
class SparqlConstraint:
    shape: URIRef
    node: URIRef  # the sh:SPARQLConstraint itself
    message: str
    query: object  # a prepared rdflib query


@lru_cache(maxsize=1)
def _split_shapes() -> tuple[Graph, tuple[SparqlConstraint, ...]]:
    """The shapes without their sh:sparql constraints, and those constraints prepared.

    pyshacl re-parses a SPARQL constraint for every focus node (tens of ms
    each); running each query once with $this unbound is the same check.
    The two span constraints are not even run as SPARQL: `_span_bindings`
    computes their rows directly.
    """
    from rdflib.plugins.sparql import prepareQuery

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
        constraints.append(
            SparqlConstraint(shape, constraint, str(shapes.value(constraint, SH.message)), prepareQuery(select, initNs=namespaces))
        )
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


def validate(source) -> ValidationResult:
    """Validate a graph, dataset or RDF file against the clecgraph shapes.

    An unreadable file raises `InputError`; a graph that breaks a rule gives
    a result with `conforms == False` and one `Violation` per broken rule.
    (A build validates its BuiltGraph part by part: clecgraph.graph.validate_parts.)
    """
    graph = data_graph(source)
    triples = len(graph)
    core, constraints = _split_shapes()
    conforms, violations = check(graph, core, constraints)
    return ValidationResult(conforms=conforms and not violations, violations=violations, triples=triples)


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
            violations.extend(_format(constraint, row, graph) for row in spans[constraint.node])
        else:
            violations.extend(_sparql_violations(constraint, graph))
    return bool(conforms), sorted(set(violations))


def _sparql_violations(constraint: SparqlConstraint, graph: Graph) -> list[Violation]:
    return [_format(constraint, row.asdict(), graph) for row in graph.query(constraint.query)]


def _format(constraint: SparqlConstraint, values: dict, graph: Graph) -> Violation:
    names = graph.namespace_manager
    message = re.sub(r"\{[?$](\w+)\}", lambda m: str(values.get(m[1], "")), constraint.message)
    return Violation(message=message, focus=_show(values["this"], names), shape=_show(constraint.shape, names))


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
            )
        )
    return found


def _show(node, names, width: int = 80) -> str:
    if isinstance(node, URIRef):
        try:
            return names.normalizeUri(node)
        except Exception:  # an IRI rdflib cannot shorten
            return f"<{node}>"
    if isinstance(node, Literal):
        text = str(node)
        text = text if len(text) <= width else text[: width - 1] + "…"
        shown = repr(text)
        return f"{shown}^^{names.normalizeUri(node.datatype)}" if node.datatype else shown
    return "[]" if node is not None else ""
