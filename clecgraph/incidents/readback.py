"""Incidents and cases read back out of a built graph (the graph is the source of truth).

`case_records(graph)` gives the records of cases.jsonl: one per incident,
then one per case, as plain dicts of strings and numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

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


def _plain(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, int | float) and not isinstance(value, bool) else str(term)
    return str(term)


def case_records(graph: Graph) -> Iterator[dict]:
    """One record per incident (first reported first), then one per case (by subject)."""
    table = _Table(graph)
    typed = table(RDF.type)
    label = lambda node: _plain(table.one(SKOS.prefLabel, str(node)) or table.one(RDFS.label, str(node)))
    notation = lambda node: _plain(table.one(SKOS.notation, str(node))) or str(node).rsplit("/", 1)[-1]
    incidents = [s for s, kinds in typed.items() if CLEC.Incident in kinds]
    cases = [s for s, kinds in typed.items() if CLEC.Case in kinds]

    def first_reported(node):
        return _plain(table.one(CLEC.firstReported, node)) or "9999"

    for node in sorted(incidents, key=lambda n: (first_reported(n), n)):
        reports = [str(e) for e in table(CLEC.report).get(node, [])]
        disagreements = []
        for about in table(CLEC.disagreement).get(node, []):
            values = []
            for variant in table(CLEC.variant).get(str(about), []):
                value = table.one(RDF.value, str(variant))
                values.append(
                    {
                        "value": label(value) or _plain(value) if not isinstance(value, Literal) else _plain(value),
                        "reports": [str(e) for e in table(CLEC.givenBy).get(str(variant), [])],
                    }
                )
            disagreements.append({"aspect": _plain(table.one(CLEC.aspect, str(about))), "values": values})
        place = table.one(SEM.hasPlace, node)
        yield {
            "record": "incident",
            "incident": node,
            "label": label(node),
            "type": notation(table.one(SEM.eventType, node)),
            "place": label(place) if place is not None else None,
            "date": _plain(table.one(SEM.hasTimeStamp, node)),
            "report_count": _plain(table.one(CLEC.reportCount, node)),
            "issuer_count": _plain(table.one(CLEC.issuerCount, node)),
            "first_reported": _plain(table.one(CLEC.firstReported, node)),
            "last_reported": _plain(table.one(CLEC.lastReported, node)),
            "issuers": sorted(label(o) or str(o) for o in table(CLEC.reportedBy).get(node, [])),
            "participants": sorted(label(o) or str(o) for o in table(SEM.hasActor).get(node, [])),
            "reports": reports,
            "statements": [str(s) for s in table(PROV.wasDerivedFrom).get(node, [])],
            "disagreements": sorted(disagreements, key=lambda d: d["aspect"] or ""),
        }
    for node in sorted(cases):
        subject = table.one(CLEC.caseSubject, node)
        steps = []
        for step in table(CLEC.step).get(node, []):
            incident = table.one(CLEC.stepIncident, str(step))
            steps.append(
                {
                    "position": _plain(table.one(CLEC.position, str(step))),
                    "incident": str(incident),
                    "type": notation(table.one(SEM.eventType, str(incident))),
                    "date": _plain(table.one(SEM.hasTimeStamp, str(incident))),
                    "first_reported": _plain(table.one(CLEC.firstReported, str(incident))),
                    "label": label(incident),
                }
            )
        gaps = []
        for gap in table(CLEC.gap).get(node, []):
            gaps.append(
                {
                    "after": str(table.one(CLEC.gapAfter, str(gap))),
                    "expected": sorted(notation(t) for t in table(CLEC.expectedType).get(str(gap), [])),
                    "note": _plain(table.one(RDFS.comment, str(gap))),
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
