"""Corpus statistics, counted once at build time and kept in the graph as RDF Data Cube observations.

Counting every statement at query time costs seconds on a large archive
(100,000 statements: 5-10 s in Oxigraph), so the counts the query library
reports are written with the graph, in its `graph/statistics` named graph:

    statements per organisation per year   clec:organisation, clec:year (absent: undated) -> clec:statementCount
    co-signing pairs of organisations      clec:firstOrganisation, clec:secondOrganisation -> clec:statementCount
    events per type and place              clec:eventType, clec:place (absent: no place) -> clec:eventCount

Each observation is a `qb:Observation` of a `qb:DataSet` whose `qb:structure`
is one of the structures in ontology/clec.ttl. The counts are taken from the
same extractions and resolution the statement graphs are written from, so
they say what the statement graphs say (tests/test_statistics.py checks them
against the same counts made by SPARQL over the statement graphs). A graph
is always built whole (incremental builds rebuild it), so the counts never
go stale; graphs built separately and loaded into one store each bring
their own counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from rdflib.namespace import RDF, RDFS

from clecgraph.model import ORGANISATION, PLACE, Extraction
from clecgraph.resolve.entities import Resolution
from clecgraph.vocab import CLEC, EVENT_TYPE, QB, IRIs, nt_date, nt_integer, nt_literal

STRUCTURES = {
    "statements-per-organisation-year": (CLEC.StatementsPerOrganisationYear, "Statements per organisation per year"),
    "cosigning-pairs": (CLEC.CosigningPairs, "Statements co-signed by each pair of organisations"),
    "events-per-type-and-place": (CLEC.EventsPerTypeAndPlace, "Events per type and place"),
}


def tallies(extractions: Iterable[Extraction], resolution: Resolution) -> tuple[Counter, Counter, Counter]:
    """(organisation key, year or None) -> statements; (key, key) -> statements; (type, place key or None) -> events."""
    per_year, pairs, events = Counter(), Counter(), Counter()
    for extraction in extractions:
        issuers = sorted({resolution.key(ORGANISATION, name) for name in extraction.issuers})
        year = extraction.date[:4] if extraction.date else None
        for key in issuers:
            per_year[key, year] += 1
        for i, first in enumerate(issuers):
            for second in issuers[i + 1 :]:
                pairs[first, second] += 1
        for event in extraction.events:
            events[event.type, resolution.key(PLACE, event.place) if event.place else None] += 1
    return per_year, pairs, events


def _nt(node) -> str:
    return f"<{node}>"


_TYPE, _LABEL, _DATASET, _STRUCTURE, _DATA_SET, _OBSERVATION = map(
    _nt, (RDF.type, RDFS.label, QB.DataSet, QB.structure, QB.dataSet, QB.Observation)
)
_ORGANISATION, _YEAR, _STATEMENT_COUNT, _FIRST, _SECOND = map(
    _nt, (CLEC.organisation, CLEC.year, CLEC.statementCount, CLEC.firstOrganisation, CLEC.secondOrganisation)
)
_EVENT_TYPE, _PLACE, _EVENT_COUNT = map(_nt, (CLEC.eventType, CLEC.place, CLEC.eventCount))


def statistics_triples(extractions: Iterable[Extraction], resolution: Resolution, iris: IRIs) -> Iterator[tuple[str, str, str]]:
    """The triples of the statistics graph, in a fixed order, as N-Triples text (clecgraph.vocab's nt_* terms)."""
    per_year, pairs, events = tallies(extractions, resolution)
    for name, (structure, label) in STRUCTURES.items():
        yield iris.dataset_nt(name), _TYPE, _DATASET
        yield iris.dataset_nt(name), _STRUCTURE, _nt(structure)
        yield iris.dataset_nt(name), _LABEL, nt_literal(label)

    def observation(name: str, suffix: str, *values: tuple) -> Iterator[tuple]:
        node = iris.observation_nt(name, suffix)
        yield node, _TYPE, _OBSERVATION
        yield node, _DATA_SET, iris.dataset_nt(name)
        for predicate, value in values:
            if value is not None:
                yield node, predicate, value

    organisation = lambda key: iris.entity_nt(ORGANISATION, key)  # noqa: E731
    for (key, year), count in sorted(per_year.items(), key=lambda item: (item[0][0], item[0][1] or "")):
        yield from observation(
            "statements-per-organisation-year",
            f"{key}--{year}" if year else key,
            (_ORGANISATION, organisation(key)),
            (_YEAR, nt_date(year) if year else None),
            (_STATEMENT_COUNT, nt_integer(count)),
        )
    for (first, second), count in sorted(pairs.items()):
        # A pair is ordered as its organisations' IRIs compare (first < second), as queries expect
        # (the IRIs, not their text in brackets: "a>" and "a-b>" sort the other way round).
        a, b = sorted((organisation(first), organisation(second)), key=lambda iri: iri[1:-1])
        yield from observation(
            "cosigning-pairs",
            f"{first}--{second}",
            (_FIRST, a),
            (_SECOND, b),
            (_STATEMENT_COUNT, nt_integer(count)),
        )
    for (kind, place), count in sorted(events.items(), key=lambda item: (item[0][0], item[0][1] or "")):
        yield from observation(
            "events-per-type-and-place",
            f"{kind}--{place}" if place else kind,
            (_EVENT_TYPE, f"<{EVENT_TYPE}{kind}>"),
            (_PLACE, iris.entity_nt(PLACE, place) if place else None),
            (_EVENT_COUNT, nt_integer(count)),
        )


__all__ = ["STRUCTURES", "statistics_triples", "tallies"]
