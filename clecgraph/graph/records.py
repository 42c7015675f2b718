"""Per-statement records made from what the build holds, equal to those read back from its graph.

`clecgraph.graph.readback.records` reads a record per statement out of a
built graph; on a big graph that walk is most of a build's time. The build
already holds the extractions and the resolution the graph is written from,
so it makes the same records from them here, term for term as
graph.assemble writes them: the statement's IRI, issuers and mentions by
their entity IRIs (sorted as IRIs), events by their IRIs, memberships
described once with the role label the most statements used.
tests/graph/test_records.py checks these records equal the read-back ones
on the sample, a synthetic corpus and the hostile-input suite, so the graph
stays the one source of truth in meaning.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from clecgraph.model import ORGANISATION, PERSON, PLACE, Extraction
from clecgraph.resolve.entities import Resolution
from clecgraph.vocab import IRIs


def build_records(extractions: Iterable[Extraction], resolution: Resolution, iris: IRIs) -> list[dict]:
    """One record per statement graph, in the gold annotation format, in (source, line, IRI) order."""
    # IRIs as text (the *_nt forms without their brackets: what str() of the URIRef gives, without
    # rdflib checking each one), and each (kind, name)'s IRI made once: the same names recur in
    # statement after statement (150,000 look-ups for 10,000 statements).
    names: dict[str, dict] = {}  # entity IRI -> {"name", "aliases"}
    kinds: dict[str, str] = {}
    for entity in resolution.entities.values():
        node = iris.entity_nt(entity.kind, entity.key)[1:-1]
        names[node] = {"name": entity.label, "aliases": sorted(entity.alt_labels)}
        kinds[node] = entity.kind
    nodes: dict[tuple[str, str], str] = {}

    def entity(kind: str, name: str) -> str:
        node = nodes.get((kind, name))
        if node is None:
            node = nodes[kind, name] = iris.entity_nt(kind, resolution.key(kind, name))[1:-1]
        return node

    def label(node: str | None) -> str | None:
        if node is None:
            return None
        return names[node]["name"] if node in names else node

    def name(node: str) -> dict:
        return names.get(node) or {"name": node, "aliases": []}

    # Role labels: one IRI may come from several spellings; the graph keeps the most used (add_shared_terms).
    role_counts: Counter = Counter()
    by_node: dict[str, list[Extraction]] = {}
    for extraction in extractions:
        by_node.setdefault(iris.statement_nt(extraction.statement)[1:-1], []).append(extraction)
        role_counts.update(a.role for a in extraction.affiliations if a.role)
    role_labels: dict[str, tuple[int, str]] = {}
    for role, count in role_counts.items():
        node = iris.role_nt(role)[1:-1]
        role_labels[node] = min(role_labels.get(node, (0, "\uffff")), (-count, role))

    out = []
    for node, group in by_node.items():
        # Statements with one IRI (same file, line and text) share one named graph: their facts add up.
        first = group[0].statement
        creators, mentioned, events, memberships = set(), set(), {}, {}
        for extraction in group:
            creators.update(entity(ORGANISATION, issuer) for issuer in extraction.issuers)
            mentioned.update(entity(m.kind, m.name) for m in extraction.mentions)
            for number, event in enumerate(extraction.events, 1):
                place = entity(PLACE, event.place) if event.place else None
                events[iris.event_nt(extraction.statement, number)[1:-1]] = {
                    "type": event.type,
                    "place": label(place),
                    "date": event.date or None,
                }
            for affiliation in extraction.affiliations:
                person, organisation = entity(PERSON, affiliation.person), entity(ORGANISATION, affiliation.organisation)
                membership = iris.membership_nt(person.rsplit("/", 1)[1], organisation.rsplit("/", 1)[1], affiliation.role)[1:-1]
                role = iris.role_nt(affiliation.role)[1:-1] if affiliation.role else None
                memberships[membership] = {
                    "person": label(person),
                    "organisation": label(organisation),
                    "role": role_labels[role][1] if role else None,
                }
        by_kind: dict[str, list] = {"organisation": [], "person": [], "place": []}
        for found in sorted(mentioned | creators):
            if found in kinds:
                by_kind[kinds[found]].append(name(found))
        dates = sorted({e.date for e in group if e.date})
        out.append(
            {
                "source": first.source,
                "line": first.line,
                "statement": node,
                "date": dates[-1] if dates else None,
                "issuers": [name(c) for c in sorted(creators)],
                "organisations": by_kind["organisation"],
                "persons": by_kind["person"],
                "places": by_kind["place"],
                "events": [events[e] for e in sorted(events)],
                "affiliations": [memberships[m] for m in sorted(memberships)],
            }
        )
    out.sort(key=lambda record: (record["source"], record["line"], record["statement"]))
    return out


__all__ = ["build_records"]
