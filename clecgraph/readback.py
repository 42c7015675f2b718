"""Read per-statement extraction records back out of a built graph.

`extractions.jsonl`, statistics and checks all come from here, so they can
never disagree with the graph itself.
"""
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from .vocab import CLASS_KIND, CLEC, EVENT_TYPE, ORG, SCHEMA, SEM


def statements(dataset: Dataset) -> list[URIRef]:
    """Statement IRIs in (source file, line) order."""
    found = []
    for graph in dataset.graphs():
        for node in graph.subjects(RDF.type, CLEC.Statement):
            source = graph.value(node, CLEC.sourceFile)
            line = graph.value(node, CLEC.sourceLine)
            found.append((str(source), int(line) if line is not None else 0, node))
    return [node for _, _, node in sorted(set(found))]


def _entity_graph(dataset: Dataset) -> Graph:
    """A read-only view of every named graph together."""
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def records(dataset: Dataset) -> Iterator[dict]:
    """One record per statement, in the gold annotation format."""
    everything = _entity_graph(dataset)

    def name(node) -> dict:
        label = everything.value(node, SKOS.prefLabel)
        aliases = sorted(str(a) for a in everything.objects(node, SKOS.altLabel))
        return {"name": str(label) if label is not None else str(node), "aliases": aliases}

    def label(node) -> str | None:
        if node is None:
            return None
        value = everything.value(node, SKOS.prefLabel)
        return str(value) if value is not None else str(node)

    def kind_of(node) -> str | None:
        for cls in everything.objects(node, RDF.type):
            if cls in CLASS_KIND:
                return CLASS_KIND[cls]
        return None

    for node in statements(dataset):
        graph = dataset.graph(node)
        date = graph.value(node, DCTERMS.issued)
        creators = sorted(set(graph.objects(node, DCTERMS.creator)))
        mentioned = sorted(set(graph.objects(node, SCHEMA.mentions)) | set(creators))
        by_kind: dict[str, list] = {"organisation": [], "person": [], "place": []}
        for entity in mentioned:
            kind = kind_of(entity)
            if kind:
                by_kind[kind].append(name(entity))
        events = []
        for event in sorted(graph.objects(node, SCHEMA.about)):
            concept = graph.value(event, SEM.eventType)
            stamp = graph.value(event, SEM.hasTimeStamp)
            events.append(
                {
                    "type": str(concept).removeprefix(str(EVENT_TYPE)),
                    "place": label(graph.value(event, SEM.hasPlace)),
                    "date": str(stamp) if stamp is not None else None,
                }
            )
        affiliations = []
        for membership in sorted(graph.subjects(RDF.type, ORG.Membership)):
            role = graph.value(membership, ORG.role)
            affiliations.append(
                {
                    "person": label(graph.value(membership, ORG.member)),
                    "organisation": label(graph.value(membership, ORG.organization)),
                    "role": str(graph.value(role, SKOS.prefLabel)) if role is not None else None,
                }
            )
        yield {
            "source": str(graph.value(node, CLEC.sourceFile)),
            "line": int(graph.value(node, CLEC.sourceLine)),
            "statement": str(node),
            "date": str(date) if date is not None else None,
            "issuers": [name(c) for c in creators],
            "organisations": by_kind["organisation"],
            "persons": by_kind["person"],
            "places": by_kind["place"],
            "events": events,
            "affiliations": affiliations,
        }
