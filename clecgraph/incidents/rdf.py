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

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from clecgraph.dates import precision
from clecgraph.incidents.cases import Case
from clecgraph.incidents.records import Incident
from clecgraph.model import ORGANISATION, PLACE
from clecgraph.vocab import CLEC, EVENT_TYPE, SEM, IRIs

_DATE_TYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}


def _date(iso: str) -> Literal:
    return Literal(iso, datatype=_DATE_TYPES[precision(iso)])


def incident_iri(iris: IRIs, key: str) -> URIRef:
    return URIRef(f"{iris.base}incident/{key}")


def case_iri(iris: IRIs, case: Case) -> URIRef:
    return URIRef(f"{iris.base}case/{case.key}")


def event_iri(iris: IRIs, ref: str) -> URIRef:
    return URIRef(f"{iris.base}event/{ref}")


def incident_label(incident: Incident, place_label: str | None) -> str:
    label = incident.type
    if place_label:
        label += f" in {place_label}"
    if incident.date:
        label += f", {incident.date}"
    n = len(incident.reports)
    return f"{label} ({n} report{'s' if n != 1 else ''})"


def incident_triples(incident: Incident, iris: IRIs, labels: dict[tuple[str, str], str]) -> Iterator[tuple]:
    node = incident_iri(iris, incident.key)
    yield node, RDF.type, CLEC.Incident
    yield node, RDFS.label, Literal(incident_label(incident, labels.get((PLACE, incident.place))))
    yield node, SEM.eventType, EVENT_TYPE[incident.type]
    if incident.place:
        yield node, SEM.hasPlace, iris.entity(PLACE, incident.place)
    if incident.date:
        yield node, SEM.hasTimeStamp, _date(incident.date)
    for kind, key in incident.participants:
        yield node, SEM.hasActor, iris.entity(kind, key)
    for ref in incident.reports:
        yield node, CLEC.report, event_iri(iris, ref)
    for statement in incident.statements:
        yield node, PROV.wasDerivedFrom, URIRef(f"{iris.base}statement/{statement}")
    for issuer in incident.issuers:
        yield node, CLEC.reportedBy, iris.entity(ORGANISATION, issuer)
    yield node, CLEC.reportCount, Literal(len(incident.reports))
    yield node, CLEC.issuerCount, Literal(len(incident.issuers))
    if incident.first_reported:
        yield node, CLEC.firstReported, _date(incident.first_reported)
        yield node, CLEC.lastReported, _date(incident.last_reported)
    for disagreement in incident.disagreements:
        about = URIRef(f"{node}/disagreement/{disagreement.aspect}")
        yield node, CLEC.disagreement, about
        yield about, RDF.type, CLEC.Disagreement
        yield about, CLEC.aspect, Literal(disagreement.aspect)
        for n, (value, refs) in enumerate(disagreement.values, 1):
            variant = URIRef(f"{about}/{n}")
            yield about, CLEC.variant, variant
            if disagreement.aspect == "place":
                yield variant, RDF.value, iris.entity(PLACE, value)
            elif disagreement.aspect == "date":
                yield variant, RDF.value, _date(value)
            else:
                yield variant, RDF.value, Literal(int(value))
            for ref in refs:
                yield variant, CLEC.givenBy, event_iri(iris, ref)


def case_triples(case: Case, incidents: dict[str, Incident], iris: IRIs, labels: dict[tuple[str, str], str]) -> Iterator[tuple]:
    node = case_iri(iris, case)
    name = labels.get((case.subject_kind, case.subject), case.subject)
    steps = " → ".join(incidents[key].type for key in case.incidents)
    yield node, RDF.type, CLEC.Case
    yield node, RDFS.label, Literal(f"{name}: {steps}")
    yield node, CLEC.caseSubject, iris.entity(case.subject_kind, case.subject)
    for n, key in enumerate(case.incidents, 1):
        step = URIRef(f"{node}/step/{n}")
        yield node, CLEC.step, step
        yield step, RDF.type, CLEC.CaseStep
        yield step, CLEC.position, Literal(n)
        yield step, CLEC.stepIncident, incident_iri(iris, key)
    for n, gap in enumerate(case.gaps, 1):
        hole = URIRef(f"{node}/gap/{n}")
        after = incidents[gap.after]
        yield node, CLEC.gap, hole
        yield hole, RDF.type, CLEC.Gap
        yield hole, CLEC.gapAfter, incident_iri(iris, gap.after)
        for expected in gap.expected:
            yield hole, CLEC.expectedType, EVENT_TYPE[expected]
        when = f" on {after.date}" if after.date else (f" (reported {after.first_reported})" if after.first_reported else "")
        yield hole, RDFS.comment, Literal(f"{after.type}{when}: no {' or '.join(gap.expected)} reported after it")
