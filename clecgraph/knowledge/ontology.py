"""What the extractors know before reading a statement, loaded from data.

Event types and their trigger words come from ontology/event-types.ttl;
known organisations, people and places from ontology/authorities/*.ttl.
Nothing here is hand-typed in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from clecgraph.model import ORGANISATION, PERSON, PLACE
from clecgraph.vocab import CLEC, KIND_CLASS


@dataclass(frozen=True)
class EventType:
    notation: str
    label: str
    triggers: tuple[str, ...]


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
    graph = _parse("event-types.ttl")
    types = []
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        notation = str(graph.value(concept, SKOS.notation))
        triggers = tuple(sorted(str(t) for t in graph.objects(concept, CLEC.trigger)))
        types.append(EventType(notation, str(graph.value(concept, SKOS.prefLabel) or notation), triggers))
    return tuple(sorted(types, key=lambda t: t.notation))


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


__all__ = ["Authority", "EventType", "Knowledge", "default_knowledge"]
