"""What the network views need, read out of a built graph in one pass.

The graph is the single source of truth: `read_facts` walks its quads once,
predicate by predicate, and keeps plain dicts of strings that the
projections (`clecgraph.views.projections`) turn into networks. Nothing here is
computed from anything but the graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TypeVar

from rdflib import ConjunctiveGraph, Graph, Literal
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from clecgraph.vocab import CLASS_KIND, CLEC, GEO, SCHEMA, SEM

EXCERPT_WORDS = 30
T = TypeVar("T")


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


class _ByPredicate:
    """The triples of the predicates the views read, from a source that hands them out by
    predicate (`triples_of`: the build's BuiltGraph, an Oxigraph store)."""

    def __init__(self, source, predicates):
        self.pairs: dict = {p: set() for p in predicates}
        if hasattr(source, "values_of"):  # the build's graph: plain strings, rdflib terms only where read as such
            termed = [p for p in predicates if p in LABELS]
            keys = {str(p): p for p in predicates}
            from clecgraph.graph.plain import values_of

            for s, p, o in values_of(source, [p for p in predicates if p not in LABELS and p != RDF.type]):
                self.pairs[keys[p]].add((s, o))
            if RDF.type in self.pairs:
                self.pairs[RDF.type] = _typed(source)
        else:
            termed = predicates
        for s, p, o in source.triples_of(termed):
            self.pairs[p].add((str(s), o))


def _typed(source) -> set[tuple[str, object]]:
    """(node, class) of the classes the views tell apart (CLASSES): of a BuiltGraph's rdf:type lines,
    only those naming one of them, found in the lines' text at once (most types are the
    annotations', selectors' and assertions', which the views never read)."""
    from clecgraph.graph.lines import marked
    from clecgraph.graph.plain import plain_triples

    lines = marked("\n".join(source.lines_of({TYPE})), _CLASS_MARKERS)
    return {(s, CLASSES[o]) for s, _, o in plain_triples(lines)}


def _pairs(graph: Graph, predicate) -> set[tuple[str, object]]:
    """(subject IRI, object) pairs of one predicate in every named graph, without repeats."""
    if isinstance(graph, _ByPredicate):
        return graph.pairs[predicate]
    if isinstance(graph, ConjunctiveGraph):  # a Dataset: ask the store for the union of its graphs
        found = (triple for triple, _ in graph.store.triples((None, predicate, None), None))
    else:
        found = graph.triples((None, predicate, None))
    return {(str(s), o) for s, _, o in found}


def _single(graph: Graph, predicate) -> dict[str, str]:
    """subject -> the value (the greatest, should the graph hold several)."""
    out: dict[str, str] = {}
    for s, o in _pairs(graph, predicate):
        if s not in out or str(o) > out[s]:
            out[s] = str(o)
    return out


_SHARED: dict[int, dict] = {}  # id(graph) -> what readers made of it, inside shared_reading(graph)


@contextmanager
def shared_reading(graph: Graph) -> Iterator[None]:
    """Within the block, every `read_facts(graph)` after the first reuses the first one's result
    (and so do other readers that go through `shared`: the pages' evidence).

    For a caller that writes several views of a graph it does not change
    meanwhile (a build writing its pages, GEXF and GeoJSON):

        with shared_reading(dataset):
            for exporter in exporters: exporter.write(dataset, ...)
    """
    _SHARED[id(graph)] = {}
    try:
        yield
    finally:
        _SHARED.pop(id(graph), None)


def shared(graph, key: str, make: Callable[[], T]) -> T:
    """`make()`, made once per `key` for `graph` inside its shared_reading block (else every time)."""
    made = _SHARED.get(id(graph))
    if made is None:
        return make()
    if key not in made:
        made[key] = make()
    return made[key]


def note(graph, key: str, value) -> None:
    """Keep `value` under `key` for later readers of `graph`, inside its shared_reading block only."""
    made = _SHARED.get(id(graph))
    if made is not None:
        made[key] = value


def noted(graph, key: str):
    """What `note` kept under `key` for `graph` in this shared_reading block, else None."""
    return _SHARED.get(id(graph), {}).get(key)


def read_facts(graph: Graph) -> Facts:
    """Walk a built graph (Dataset or Graph) once and keep what the views need."""
    return shared(graph, "facts", lambda: _read(graph))


# Read as rdflib terms (their language matters); the views read the other predicates' values as text,
# and rdf:type's objects as the classes below.
LABELS = (SKOS.prefLabel, RDFS.label, DCTERMS.title)
TYPE = str(RDF.type)
CLASSES = {str(c): c for c in (CLEC.Statement, SEM.Event, *CLASS_KIND)}
_CLASS_MARKERS = tuple(f" <{TYPE}> <{c}> " for c in CLASSES)  # an rdf:type line naming one of them holds one
READ = (RDF.type, SKOS.prefLabel, RDFS.label, DCTERMS.title, CLEC.subtype, DCTERMS.issued, SCHEMA.text, SKOS.altLabel)
READ += (DCTERMS.creator, SCHEMA.mentions, SCHEMA.about, SEM.hasActor, OWL.sameAs, SEM.hasPlace, SEM.hasTimeStamp)
READ += (SEM.eventType, GEO.lat, GEO.long)  # every predicate _read asks for
_STATEMENT, _EVENT = CLEC.Statement, SEM.Event  # (a namespace attribute makes a new term each time it is read)


def _read(graph) -> Facts:
    if isinstance(graph, Facts):
        return graph
    if hasattr(graph, "triples_of"):
        graph = _ByPredicate(graph, READ)
    facts = Facts()
    kinds = facts.kind
    for s, o in _pairs(graph, RDF.type):
        if o == _STATEMENT:
            kinds[s] = "statement"
        elif o == _EVENT:
            kinds[s] = "event"
        elif o in CLASS_KIND and kinds.get(s) not in ("statement", "event"):
            kinds[s] = min(kinds.get(s, "~"), CLASS_KIND[o])
    best: dict[str, tuple] = {}  # prefLabel before rdfs:label before title; English or untagged first
    for rank, predicate in enumerate((SKOS.prefLabel, RDFS.label, DCTERMS.title)):
        for s, o in _pairs(graph, predicate):
            if isinstance(o, Literal):
                key = (rank, o.language not in (None, "en"), str(o))
                if key < best.get(s, (9,)):
                    best[s] = key
    facts.label = {node: key[2] for node, key in best.items()}
    facts.subtype = _single(graph, CLEC.subtype)
    facts.issued = _single(graph, DCTERMS.issued)
    for s, text in _single(graph, SCHEMA.text).items():
        words = text.split()
        facts.excerpt[s] = " ".join(words[:EXCERPT_WORDS]) + (" …" if len(words) > EXCERPT_WORDS else "")
    lists = (
        (SKOS.altLabel, facts.alt_labels),
        (DCTERMS.creator, facts.creators),
        (SCHEMA.mentions, facts.mentions),
        (SCHEMA.about, facts.about),
        (SEM.hasActor, facts.actors),
        (OWL.sameAs, facts.same_as),
    )
    for predicate, table in lists:
        for s, o in _pairs(graph, predicate):
            table[s].append(str(o))
        for values in table.values():
            values.sort()
    facts.place = _single(graph, SEM.hasPlace)
    facts.stamp = _single(graph, SEM.hasTimeStamp)
    for node, concept in _single(graph, SEM.eventType).items():
        facts.event_type[node] = facts.label.get(concept) or concept.rsplit("/", 1)[-1]
    for predicate, table in ((GEO.lat, facts.lat), (GEO.long, facts.long)):
        for s, value in _single(graph, predicate).items():
            try:
                table[s] = float(value)
            except ValueError:
                continue
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
