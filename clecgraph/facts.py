"""What the network views need, read out of a built graph in one pass.

The graph is the single source of truth: `read_facts` walks its quads once,
predicate by predicate, and keeps plain dicts of strings that the
projections (`clecgraph.projections`) turn into networks. Nothing here is
computed from anything but the graph.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from .vocab import CLASS_KIND, CLEC, GEO, SCHEMA, SEM

EXCERPT_WORDS = 30


@dataclass
class Facts:
    """Nodes (IRIs as strings) and their relations, every list sorted."""

    kind: dict[str, str] = field(default_factory=dict)  # statement / organisation / person / place / event
    label: dict[str, str] = field(default_factory=dict)
    alt_labels: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    subtype: dict[str, str] = field(default_factory=dict)
    issued: dict[str, str] = field(default_factory=dict)  # statement -> ISO date
    excerpt: dict[str, str] = field(default_factory=dict)  # statement -> first words of its text
    creators: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # statement -> organisations
    mentions: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # statement -> entities
    about: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # statement -> events
    place: dict[str, str] = field(default_factory=dict)  # event -> place
    actors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # event -> persons / organisations
    stamp: dict[str, str] = field(default_factory=dict)  # event -> ISO date
    event_type: dict[str, str] = field(default_factory=dict)  # event -> type label
    lat: dict[str, float] = field(default_factory=dict)
    long: dict[str, float] = field(default_factory=dict)
    same_as: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    dates: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # node -> every date it is seen on

    def of_kind(self, kind: str) -> list[str]:
        return sorted(node for node, k in self.kind.items() if k == kind)

    def date(self, node: str) -> str:
        """The node's own date: a statement's issue date, an event's time stamp."""
        return self.issued.get(node) or self.stamp.get(node) or ""

    def first(self, node: str) -> str:
        return min(self.dates.get(node) or [""])

    def last(self, node: str) -> str:
        return max(self.dates.get(node) or [""])

    def years(self, node: str) -> list[int]:
        return sorted({int(d[:4]) for d in self.dates.get(node, ()) if d[:4].isdigit()})

    def within_years(self, first: int, last: int) -> Facts:
        """Only the statements issued from year `first` to `last` (and their events); undated ones go."""
        kept = {s for s, d in self.issued.items() if d[:4].isdigit() and first <= int(d[:4]) <= last}
        gone = {e for s in self.of_kind("statement") if s not in kept for e in self.about.get(s, [])}
        kind = {n: k for n, k in self.kind.items() if not ((k == "statement" and n not in kept) or n in gone)}
        narrowed = replace(self, kind=kind, dates=defaultdict(set))
        _date_everything(narrowed)
        return narrowed


def _quads(graph: Graph, predicate):
    """(subject, object) pairs of one predicate in every named graph, without repeats."""
    if hasattr(graph, "quads"):
        seen = {(s, o) for s, _, o, _ in graph.quads((None, predicate, None, None))}
    else:
        seen = set(graph.subject_objects(predicate))
    return sorted(seen)


def read_facts(graph: Graph) -> Facts:
    """Walk a built graph (Dataset or Graph) once and keep what the views need."""
    facts = Facts()
    for s, o in _quads(graph, RDF.type):
        if o == CLEC.Statement:
            facts.kind[str(s)] = "statement"
        elif o == SEM.Event:
            facts.kind[str(s)] = "event"
        elif o in CLASS_KIND:
            facts.kind.setdefault(str(s), CLASS_KIND[o])
    best: dict[str, tuple] = {}  # prefLabel before rdfs:label before title; English or untagged first
    for rank, predicate in enumerate((SKOS.prefLabel, RDFS.label, DCTERMS.title)):
        for s, o in _quads(graph, predicate):
            if isinstance(o, Literal):
                key = (rank, o.language not in (None, "en"), str(o))
                if key < best.get(str(s), (9,)):
                    best[str(s)] = key
    facts.label = {node: key[2] for node, key in best.items()}
    for s, o in _quads(graph, SKOS.altLabel):
        facts.alt_labels[str(s)].append(str(o))
    for s, o in _quads(graph, CLEC.subtype):
        facts.subtype[str(s)] = str(o)
    for s, o in _quads(graph, DCTERMS.issued):
        facts.issued[str(s)] = str(o)
    for s, o in _quads(graph, SCHEMA.text):
        words = str(o).split()
        facts.excerpt[str(s)] = " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")
    for predicate, table in ((DCTERMS.creator, facts.creators), (SCHEMA.mentions, facts.mentions), (SCHEMA.about, facts.about), (SEM.hasActor, facts.actors), (OWL.sameAs, facts.same_as)):
        for s, o in _quads(graph, predicate):
            table[str(s)].append(str(o))
    for s, o in _quads(graph, SEM.hasPlace):
        facts.place[str(s)] = str(o)
    for s, o in _quads(graph, SEM.hasTimeStamp):
        facts.stamp[str(s)] = str(o)
    for s, o in _quads(graph, SEM.eventType):
        facts.event_type[str(s)] = str(o)
    for node, concept in facts.event_type.items():
        facts.event_type[node] = facts.label.get(concept) or concept.rsplit("/", 1)[-1]
    for predicate, table in ((GEO.lat, facts.lat), (GEO.long, facts.long)):
        for s, o in _quads(graph, predicate):
            try:
                table[str(s)] = float(o)
            except ValueError:
                continue
    # Annotations also have dcterms:creator (their extractor): keep statements' creators only.
    facts.creators = defaultdict(list, {s: v for s, v in facts.creators.items() if facts.kind.get(s) == "statement"})
    _date_everything(facts)
    return facts


def _date_everything(facts: Facts) -> None:
    """Each node's dates: its own, and those of the statements and events it is part of."""
    for statement in facts.of_kind("statement"):
        date = facts.issued.get(statement)
        events = facts.about.get(statement, [])
        for event in events:
            when = facts.stamp.get(event) or date
            if when:
                facts.dates[event].add(when)
                for node in (facts.place.get(event), *facts.actors.get(event, [])):
                    if node:
                        facts.dates[node].add(when)
        if date:
            for node in (statement, *facts.creators.get(statement, []), *facts.mentions.get(statement, [])):
                facts.dates[node].add(date)
