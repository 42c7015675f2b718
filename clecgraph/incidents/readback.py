"""Incidents and cases read back out of a built graph (the graph is the source of truth).

`case_records(graph)` gives the records of cases.jsonl: one per incident,
then one per case, as plain dicts of strings and numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import ConjunctiveGraph, Graph, Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from clecgraph.vocab import CLEC, SEM


class _Table:
    """subject -> objects of one predicate, over every named graph of a dataset."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self._cache: dict = {}

    def __call__(self, predicate) -> dict[str, list]:
        if predicate not in self._cache:
            if hasattr(self.graph, "lines_of"):  # the build's graph: its lines cut as text (_plain_table)
                self._cache[predicate] = _plain_table(self.graph.lines_of({str(predicate)}))
                return self._cache[predicate]
            if isinstance(self.graph, ConjunctiveGraph):
                found = (triple for triple, _ in self.graph.store.triples((None, predicate, None), None))
            else:
                found = self.graph.triples((None, predicate, None))
            table: dict[str, set] = defaultdict(set)
            for s, _, o in found:
                table[str(s)].add(o)
            self._cache[predicate] = {s: sorted(v, key=str) for s, v in table.items()}
        return self._cache[predicate]

    def one(self, predicate, subject: str):
        values = self(predicate).get(subject)
        return values[0] if values else None


class _PlainLiteral(str):
    """A literal of the build's graph as its lexical form, with the number rdflib's toPython
    gives for it (an xsd integer type's int, xsd:double's or xsd:float's float), else None.
    IRIs and blank nodes are read as plain strings: what str() of their rdflib terms gives."""

    __slots__ = ("number",)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    _XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
        "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte",
    )
}  # fmt: skip
_FLOATS = {_XSD + "double", _XSD + "float"}


def _literal(lexical: str, datatype: str | None) -> _PlainLiteral:
    found = _PlainLiteral(lexical)
    found.number = None
    try:
        if datatype in _INTEGERS:
            found.number = int(lexical)
        elif datatype in _FLOATS:
            found.number = float(lexical)
    except ValueError:  # ill-typed: rdflib gives the literal back, read as its text
        pass
    return found


def _plain_table(lines) -> dict[str, list]:
    """subject -> its objects (once each, sorted as text) in N-Quads lines of one predicate, each
    line cut as text (as clecgraph.graph.plain does: no rdflib term made, which was most of
    cases.jsonl's time); a line holding an escape is parsed. Objects are told apart by their
    N-Triples form, as rdflib's terms are (a label in two languages is two values)."""
    table: dict[str, dict] = defaultdict(dict)
    for line in lines:
        if "\\" in line:
            quad = next(iter(ox.parse((line + "\n").encode("utf-8"), format=ox.RdfFormat.N_QUADS)))
            obj = quad.object
            value = _literal(obj.value, obj.datatype.value) if isinstance(obj, ox.Literal) else obj.value
            table[quad.subject.value][str(obj)] = value
            continue
        i = line.index(" ")
        j = line.index(" ", i + 1)
        raw = line[j + 1 : line.rindex(" <")]
        first = raw[0]
        if first == '"':
            end = raw.rindex('"')
            rest = raw[end + 1 :]
            value = _literal(raw[1:end], rest[3:-1] if rest.startswith("^^<") else None)
        elif first == "<":
            value = raw[1:-1]
        else:  # _:id
            value = raw[2:]
        table[line[1 : i - 1] if line[0] == "<" else line[2:i]][raw] = value
    return {s: sorted(v.values(), key=str) for s, v in table.items()}


def _plain(term):
    if term is None:
        return None
    if isinstance(term, _PlainLiteral):
        return str(term) if term.number is None else term.number
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, int | float) and not isinstance(value, bool) else str(term)
    return str(term)


def _of_class(graph, table: _Table, cls) -> list[str]:
    """The subjects typed `cls` (unsorted). The build's graph hands out plain strings (no
    rdflib term for each of its many typed nodes); of its N-Quads lines (clecgraph.graph.quads)
    only the rdf:type lines that name the class are parsed, a few of the hundreds of thousands."""
    wanted = str(cls)
    lines_of = getattr(graph, "lines_of", None)
    if lines_of is not None:
        named = f"<{wanted}>"
        data = "".join(line + "\n" for line in lines_of({str(RDF.type)}) if named in line).encode("utf-8")
        found = ((q.subject.value, q.object.value) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS))
        return list(dict.fromkeys(s for s, o in found if o == wanted))
    if hasattr(graph, "values_of"):
        return list(dict.fromkeys(s for s, _, o in graph.values_of([RDF.type]) if o == wanted))
    return [s for s, kinds in table(RDF.type).items() if cls in kinds]


def case_records(graph: Graph) -> Iterator[dict]:
    """One record per incident (first reported first), then one per case (by subject)."""
    table = _Table(graph)
    # Each predicate's table looked up once here, not per node: an rdflib namespace
    # attribute makes a new term, and hashing one is slow (thousands of nodes).
    pref, plain_label, notations = table(SKOS.prefLabel), table(RDFS.label), table(SKOS.notation)
    (first_reported_at, last_reported_at, reported, issuers_of, actors_of, derived) = (
        table(CLEC.firstReported),
        table(CLEC.lastReported),
        table(CLEC.report),
        table(CLEC.reportedBy),
        table(SEM.hasActor),
        table(PROV.wasDerivedFrom),
    )
    disagreements_of, variants_of, values_of, given_by, aspects = (
        table(CLEC.disagreement),
        table(CLEC.variant),
        table(RDF.value),
        table(CLEC.givenBy),
        table(CLEC.aspect),
    )
    places, stamps, types = table(SEM.hasPlace), table(SEM.hasTimeStamp), table(SEM.eventType)
    report_counts, issuer_counts = table(CLEC.reportCount), table(CLEC.issuerCount)
    subjects, steps_of, incident_of, positions = table(CLEC.caseSubject), table(CLEC.step), table(CLEC.stepIncident), table(CLEC.position)
    gaps_of, gap_after, expected, comments = table(CLEC.gap), table(CLEC.gapAfter), table(CLEC.expectedType), table(RDFS.comment)

    def one(values: dict[str, list], node):
        found = values.get(str(node))
        return found[0] if found else None

    label = lambda node: _plain(one(pref, node) or one(plain_label, node))
    notation = lambda node: _plain(one(notations, node)) or str(node).rsplit("/", 1)[-1]
    incidents, cases = _of_class(graph, table, CLEC.Incident), _of_class(graph, table, CLEC.Case)

    def first_reported(node):
        return _plain(one(first_reported_at, node)) or "9999"

    for node in sorted(incidents, key=lambda n: (first_reported(n), n)):
        reports = [str(e) for e in reported.get(node, [])]
        disagreements = []
        for about in disagreements_of.get(node, []):
            values = []
            for variant in variants_of.get(str(about), []):
                value = one(values_of, variant)
                values.append(
                    {
                        "value": label(value) or _plain(value) if not isinstance(value, Literal | _PlainLiteral) else _plain(value),
                        "reports": [str(e) for e in given_by.get(str(variant), [])],
                    }
                )
            disagreements.append({"aspect": _plain(one(aspects, about)), "values": values})
        place = one(places, node)
        yield {
            "record": "incident",
            "incident": node,
            "label": label(node),
            "type": notation(one(types, node)),
            "place": label(place) if place is not None else None,
            "date": _plain(one(stamps, node)),
            "report_count": _plain(one(report_counts, node)),
            "issuer_count": _plain(one(issuer_counts, node)),
            "first_reported": _plain(one(first_reported_at, node)),
            "last_reported": _plain(one(last_reported_at, node)),
            "issuers": sorted(label(o) or str(o) for o in issuers_of.get(node, [])),
            "participants": sorted(label(o) or str(o) for o in actors_of.get(node, [])),
            "reports": reports,
            "statements": [str(s) for s in derived.get(node, [])],
            "disagreements": sorted(disagreements, key=lambda d: d["aspect"] or ""),
        }
    for node in sorted(cases):
        subject = one(subjects, node)
        steps = []
        for step in steps_of.get(node, []):
            incident = one(incident_of, step)
            steps.append(
                {
                    "position": _plain(one(positions, step)),
                    "incident": str(incident),
                    "type": notation(one(types, incident)),
                    "date": _plain(one(stamps, incident)),
                    "first_reported": _plain(one(first_reported_at, incident)),
                    "label": label(incident),
                }
            )
        gaps = []
        for gap in gaps_of.get(node, []):
            gaps.append(
                {
                    "after": str(one(gap_after, gap)),
                    "expected": sorted(notation(t) for t in expected.get(str(gap), [])),
                    "note": _plain(one(comments, gap)),
                }
            )
        yield {
            "record": "case",
            "case": node,
            "label": label(node),
            "subject": {"iri": str(subject), "name": label(subject)},
            "steps": sorted(steps, key=lambda s: s["position"]),
            "gaps": sorted(gaps, key=lambda g: g["after"]),
        }
