"""Incidents and cases as triples, for the graph's incidents graph (graph/incidents).

clec:Incident  sem:eventType, sem:hasPlace, sem:hasTimeStamp, sem:hasActor  (as its reports give them)
clec:Incident  clec:report sem:Event              (each statement event reporting it; they stay as they are)
clec:Incident  prov:wasDerivedFrom clec:Statement (the statements it is read from)
clec:Incident  clec:reportedBy org:Organization   (distinct issuers)
clec:Incident  clec:reportCount, clec:issuerCount, clec:firstReported, clec:lastReported
clec:Incident  clec:disagreement clec:Disagreement  clec:aspect "place" | "date" | "count"
clec:Disagreement clec:variant [ rdf:value ... ; clec:givenBy sem:Event ]
clec:Case      clec:caseSubject (person, organisation or place); clec:step clec:CaseStep
clec:CaseStep  clec:position n ; clec:stepIncident clec:Incident
clec:Case      clec:gap clec:Gap   clec:gapAfter clec:Incident ; clec:expectedType skos:Concept
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib.namespace import PROV, RDF, RDFS

from clecgraph.incidents.cases import Case
from clecgraph.incidents.records import Incident
from clecgraph.model import ORGANISATION, PLACE
from clecgraph.vocab import CLEC, EVENT_TYPE, SEM, IRIs, nt_date, nt_integer, nt_literal

# Triples as N-Triples text (clecgraph.vocab's nt_* terms): the build writes them as lines as they are.
Triple = tuple[str, str, str]


def _nt(node) -> str:
    return f"<{node}>"


_TYPE, _LABEL, _COMMENT, _VALUE, _DERIVED_FROM = map(_nt, (RDF.type, RDFS.label, RDFS.comment, RDF.value, PROV.wasDerivedFrom))
_EVENT_TYPE, _HAS_PLACE, _HAS_TIME, _HAS_ACTOR = map(_nt, (SEM.eventType, SEM.hasPlace, SEM.hasTimeStamp, SEM.hasActor))
_C = {name: _nt(CLEC[name]) for name in (
    "Incident", "report", "reportedBy", "reportCount", "issuerCount", "firstReported", "lastReported", "disagreement",
    "Disagreement", "aspect", "variant", "givenBy", "Case", "caseSubject", "step", "CaseStep", "position",
    "stepIncident", "gap", "Gap", "gapAfter", "expectedType",
)}  # fmt: skip


def incident_iri(iris: IRIs, key: str) -> str:
    return f"<{iris.base}incident/{key}>"


def case_iri(iris: IRIs, case: Case) -> str:
    return f"<{iris.base}case/{case.key}>"


def event_iri(iris: IRIs, ref: str) -> str:
    return f"<{iris.base}event/{ref}>"


def _below(node: str, path: str) -> str:
    """The IRI `node` (text) with `path` added to it."""
    return f"{node[:-1]}/{path}>"


def incident_label(incident: Incident, place_label: str | None) -> str:
    label = incident.type
    if place_label:
        label += f" in {place_label}"
    if incident.date:
        label += f", {incident.date}"
    n = len(incident.reports)
    return f"{label} ({n} report{'s' if n != 1 else ''})"


def incident_triples(incident: Incident, iris: IRIs, labels: dict[tuple[str, str], str]) -> Iterator[Triple]:
    node = incident_iri(iris, incident.key)
    yield node, _TYPE, _C["Incident"]
    yield node, _LABEL, nt_literal(incident_label(incident, labels.get((PLACE, incident.place))))
    yield node, _EVENT_TYPE, f"<{EVENT_TYPE}{incident.type}>"
    if incident.place:
        yield node, _HAS_PLACE, iris.entity_nt(PLACE, incident.place)
    if incident.date:
        yield node, _HAS_TIME, nt_date(incident.date)
    for kind, key in incident.participants:
        yield node, _HAS_ACTOR, iris.entity_nt(kind, key)
    for ref in incident.reports:
        yield node, _C["report"], event_iri(iris, ref)
    for statement in incident.statements:
        yield node, _DERIVED_FROM, f"<{iris.base}statement/{statement}>"
    for issuer in incident.issuers:
        yield node, _C["reportedBy"], iris.entity_nt(ORGANISATION, issuer)
    yield node, _C["reportCount"], nt_integer(len(incident.reports))
    yield node, _C["issuerCount"], nt_integer(len(incident.issuers))
    if incident.first_reported:
        yield node, _C["firstReported"], nt_date(incident.first_reported)
        yield node, _C["lastReported"], nt_date(incident.last_reported)
    for disagreement in incident.disagreements:
        about = _below(node, f"disagreement/{disagreement.aspect}")
        yield node, _C["disagreement"], about
        yield about, _TYPE, _C["Disagreement"]
        yield about, _C["aspect"], nt_literal(disagreement.aspect)
        for n, (value, refs) in enumerate(disagreement.values, 1):
            variant = _below(about, str(n))
            yield about, _C["variant"], variant
            if disagreement.aspect == "place":
                yield variant, _VALUE, iris.entity_nt(PLACE, value)
            elif disagreement.aspect == "date":
                yield variant, _VALUE, nt_date(value)
            else:
                yield variant, _VALUE, nt_integer(int(value))
            for ref in refs:
                yield variant, _C["givenBy"], event_iri(iris, ref)


def case_triples(case: Case, incidents: dict[str, Incident], iris: IRIs, labels: dict[tuple[str, str], str]) -> Iterator[Triple]:
    node = case_iri(iris, case)
    name = labels.get((case.subject_kind, case.subject), case.subject)
    steps = " → ".join(incidents[key].type for key in case.incidents)
    yield node, _TYPE, _C["Case"]
    yield node, _LABEL, nt_literal(f"{name}: {steps}")
    yield node, _C["caseSubject"], iris.entity_nt(case.subject_kind, case.subject)
    for n, key in enumerate(case.incidents, 1):
        step = _below(node, f"step/{n}")
        yield node, _C["step"], step
        yield step, _TYPE, _C["CaseStep"]
        yield step, _C["position"], nt_integer(n)
        yield step, _C["stepIncident"], incident_iri(iris, key)
    for n, gap in enumerate(case.gaps, 1):
        hole = _below(node, f"gap/{n}")
        after = incidents[gap.after]
        yield node, _C["gap"], hole
        yield hole, _TYPE, _C["Gap"]
        yield hole, _C["gapAfter"], incident_iri(iris, gap.after)
        for expected in gap.expected:
            yield hole, _C["expectedType"], f"<{EVENT_TYPE}{expected}>"
        when = f" on {after.date}" if after.date else (f" (reported {after.first_reported})" if after.first_reported else "")
        yield hole, _COMMENT, nt_literal(f"{after.type}{when}: no {' or '.join(gap.expected)} reported after it")
