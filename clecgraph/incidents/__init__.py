"""Incidents: statement-level events grouped into the real-world happenings they report.

Reads resolved extractions (after resolve and link, before the graph):

    reports   each statement event, with entity keys and a day interval   incidents/reports.py
    compat    compatible types, places (gazetteer containment), dates      incidents/compat.py
    grouping  blocked, near-linear grouping of reports into incidents      incidents/grouping.py
    records   an incident's corroboration and disagreements                incidents/records.py
    cases     case threads around a participant, with their gaps           incidents/cases.py
    rdf       incidents and cases as triples (graph/incidents)             incidents/rdf.py
    assertions  who asserts each event: the issuer or a quoted source      incidents/assertions.py
    protect   pseudonyms for persons who are not public figures (--protect) incidents/protect.py

The statement events are never merged or changed: an incident is an added
layer that points to them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from clecgraph.model import Extraction
from clecgraph.resolve.entities import Resolution
from clecgraph.vocab import IRIs


@dataclass(frozen=True)
class Grouping:
    incidents: tuple  # records.Incident, first reported first
    cases: tuple  # cases.Case, by subject


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for a while: grouping allocates millions of small objects and makes
    no cycles, and each collection walked the whole corpus of extractions (60% of grouping's CPU)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def find_incidents(extractions: Iterable[Extraction], resolution: Resolution) -> Grouping:
    """Group the corpus's events into incidents and the incidents into case threads."""
    with _without_cycle_collection():
        return _find_incidents(extractions, resolution)


def _find_incidents(extractions: Iterable[Extraction], resolution: Resolution) -> Grouping:
    from clecgraph.incidents.cases import cases_of
    from clecgraph.incidents.compat import Places
    from clecgraph.incidents.grouping import group
    from clecgraph.incidents.records import incident_of
    from clecgraph.incidents.reports import reports_of
    from clecgraph.model import PLACE

    ordered = sorted(extractions, key=lambda e: (e.statement.source, e.statement.line))
    places = Places(resolution)
    reports = list(reports_of(ordered, resolution))
    incidents = [incident_of([reports[i] for i in members], places) for members in group(reports, places)]
    subtypes = {key: entity.subtype for (kind, key), entity in resolution.entities.items() if kind == PLACE}
    return Grouping(tuple(incidents), tuple(cases_of(incidents, places, subtypes)))


def incident_graph_triples(extractions: Iterable[Extraction], resolution: Resolution, iris: IRIs) -> Iterator[tuple]:
    """The triples of graph/incidents: every incident and case of the corpus, and who asserts each event
    (as N-Triples text: clecgraph.vocab's nt_* terms)."""
    from clecgraph.incidents.assertions import assertion_triples
    from clecgraph.incidents.rdf import case_triples, incident_triples

    extractions = list(extractions)
    grouping = find_incidents(extractions, resolution)
    labels = {key: entity.label for key, entity in resolution.entities.items()}
    for incident in grouping.incidents:
        yield from incident_triples(incident, iris, labels)
    by_key = {incident.key: incident for incident in grouping.incidents}
    for case in grouping.cases:
        yield from case_triples(case, by_key, iris, labels)
    yield from assertion_triples(sorted(extractions, key=lambda e: (e.statement.source, e.statement.line)), resolution, iris)


__all__ = ["Grouping", "find_incidents", "incident_graph_triples"]
