"""What the extractors know before reading a statement, loaded from data.

Event types, their trigger words and how each is placed and dated come from
ontology/event-types.ttl (the clec: properties of BEHAVIOUR, declared in
ontology/clec.ttl); known organisations, people and places from
ontology/authorities/*.ttl. Nothing here is hand-typed in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS, XSD

from clecgraph.errors import ClecgraphError
from clecgraph.model import ORGANISATION, PERSON, PLACE
from clecgraph.vocab import CLEC, KIND_CLASS


@dataclass(frozen=True)
class EventType:
    """An event type of the scheme: its trigger words and how its events are placed and dated."""

    notation: str
    label: str
    triggers: tuple[str, ...]
    placed_by_institution: bool = False  # only a place written as a location places it; no later or weaker place
    placed_only_by_own_words: bool = False  # takes no place from the sentences before it
    placed_at_court_seat: bool = False  # where the court that hears it sits
    placed_at_ordering_court: bool = False  # where a court named in its sentence sits
    placed_where_released: bool = False  # only "released in X" places it
    dated_by_release: bool = False  # "released on 3 May" dates it
    lasting: bool = False  # a state that lasts: "detained since November" dates it
    dated_only_by_own_words: bool = False  # takes no date from the sentences before it
    placed_after_from: bool = False  # "released from X": X is where it happened
    called_off_when: tuple[str, ...] = ()  # readings of its words that say it did not happen (extract/events/hitreading.py)
    narrower: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (notation, trigger words) of each narrower type (also in triggers)
    absorbs: tuple[str, ...] = ()  # types whose events told in the course of one of this type are that event (clec:absorbs)


# The behaviour properties of an event type's concept (clec:<name> in ontology/clec.ttl) -> EventType fields.
BEHAVIOUR = {
    "placedByInstitution": "placed_by_institution",
    "placedOnlyByOwnWords": "placed_only_by_own_words",
    "placedAtCourtSeat": "placed_at_court_seat",
    "placedAtOrderingCourt": "placed_at_ordering_court",
    "placedWhereReleased": "placed_where_released",
    "datedByRelease": "dated_by_release",
    "lasting": "lasting",
    "datedOnlyByOwnWords": "dated_only_by_own_words",
    "placedAfterFrom": "placed_after_from",
}
CALLED_OFF_WHEN = "calledOffWhen"
ABSORBS = "absorbs"
# What tells the extractor how to read an event type, not what the graph says of it.
BEHAVIOUR_PROPERTIES = frozenset(CLEC[name] for name in (*BEHAVIOUR, CALLED_OFF_WHEN, ABSORBS))


@dataclass(frozen=True)
class Authority:
    """A known entity: its slug, names and verified identifiers."""

    kind: str
    key: str
    label: str
    alt_labels: tuple[str, ...]
    subtype: str | None = None
    same_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class Knowledge:
    event_types: tuple[EventType, ...]
    authorities: tuple[Authority, ...]

    def authorities_of(self, kind: str) -> tuple[Authority, ...]:
        return tuple(a for a in self.authorities if a.kind == kind)


def ontology_file(*parts: str):
    """A file shipped in the ontology folder (installed as clecgraph.ontology)."""
    return resources.files("clecgraph.ontology").joinpath(*parts)


def _parse(*parts: str) -> Graph:
    graph = Graph()
    graph.parse(data=ontology_file(*parts).read_text(encoding="utf-8"), format="turtle")
    return graph


def load_event_types() -> tuple[EventType, ...]:
    return event_types_from(_parse("event-types.ttl"), "ontology/event-types.ttl")


def event_types_from_turtle(text: str, source: str) -> tuple[EventType, ...]:
    """The event types a Turtle text defines (e.g. one more type, added as data)."""
    graph = Graph()
    try:
        graph.parse(data=text, format="turtle")
    except Exception as error:  # rdflib raises several kinds of syntax error
        raise ClecgraphError(f"{source}: not valid Turtle: {error}") from None
    return event_types_from(graph, source)


def event_types_from(graph: Graph, source: str) -> tuple[EventType, ...]:
    types = []
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        if graph.value(concept, SKOS.broader) is not None:
            continue  # a narrower type: its words are found as its broader type's (below)
        notation = str(graph.value(concept, SKOS.notation))
        triggers = {str(t) for t in graph.objects(concept, CLEC.trigger)}
        narrower = []
        for finer in sorted(graph.transitive_subjects(SKOS.broader, concept)):
            if finer != concept:
                words = tuple(sorted(str(t) for t in graph.objects(finer, CLEC.trigger)))
                narrower.append((str(graph.value(finer, SKOS.notation)), words))
                triggers.update(words)
        behaviour = {field: _flag(graph, concept, name, source) for name, field in BEHAVIOUR.items()}
        called_off = tuple(sorted(str(v) for v in graph.objects(concept, CLEC[CALLED_OFF_WHEN])))
        absorbs = tuple(sorted(str(graph.value(other, SKOS.notation) or other) for other in graph.objects(concept, CLEC[ABSORBS])))
        label = str(graph.value(concept, SKOS.prefLabel) or notation)
        types.append(
            EventType(
                notation,
                label,
                tuple(sorted(triggers)),
                **behaviour,
                called_off_when=called_off,
                narrower=tuple(narrower),
                absorbs=absorbs,
            )
        )
    return tuple(sorted(types, key=lambda t: t.notation))


def _flag(graph: Graph, concept, name: str, source: str) -> bool:
    values = list(graph.objects(concept, CLEC[name]))
    if not values:
        return False
    value = values[0]
    if len(values) > 1 or not isinstance(value, Literal) or value.datatype != XSD.boolean:
        raise ClecgraphError(f"{source}: {concept}: clec:{name} must be one boolean (true or false)")
    return bool(value.toPython())


def load_authorities() -> tuple[Authority, ...]:
    graph = Graph()
    folder = ontology_file("authorities")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".ttl"):
            graph.parse(data=entry.read_text(encoding="utf-8"), format="turtle")
    found = []
    for kind in (ORGANISATION, PERSON, PLACE):
        for subject in graph.subjects(RDF.type, KIND_CLASS[kind]):
            if not isinstance(subject, URIRef):
                continue
            key = str(subject).rstrip("/").rsplit("/", 1)[-1]
            found.append(
                Authority(
                    kind=kind,
                    key=key,
                    label=str(graph.value(subject, SKOS.prefLabel) or key),
                    alt_labels=tuple(sorted(str(a) for a in graph.objects(subject, SKOS.altLabel))),
                    subtype=_optional(graph.value(subject, CLEC.subtype)),
                    same_as=tuple(sorted(str(s) for s in graph.objects(subject, OWL.sameAs))),
                )
            )
    return tuple(sorted(found, key=lambda a: (a.kind, a.key)))


def _optional(value) -> str | None:
    return None if value is None else str(value)


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    return Knowledge(event_types=load_event_types(), authorities=load_authorities())


__all__ = ["Authority", "EventType", "Knowledge", "default_knowledge", "event_types_from_turtle"]
