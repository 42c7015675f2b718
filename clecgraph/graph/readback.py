"""Read per-statement extraction records back out of a built graph.

`extractions.jsonl`, statistics and checks all come from here, so they can
never disagree with the graph itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from clecgraph.vocab import CLASS_KIND, CLEC, EVENT_TYPE, ORG, SCHEMA, SEM


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

    # a narrower event type (killing) is given as its top type (violence), as the guidelines count it
    broader = {s: o for s, _, o, _ in dataset.quads((None, SKOS.broader, None, None))}

    def top(concept):
        seen = set()
        while concept in broader and concept not in seen:
            seen.add(concept)
            concept = broader[concept]
        return concept

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
            concept = top(graph.value(event, SEM.eventType))
            stamp = graph.value(event, SEM.hasTimeStamp)
            events.append(
                {
                    "type": str(concept).removeprefix(str(EVENT_TYPE)),
                    "place": label(graph.value(event, SEM.hasPlace)),
                    "date": str(stamp) if stamp is not None else None,
                }
            )
        affiliations = []
        # Memberships are described once, in the entities graph; a statement's graph says which it states.
        for membership in sorted(set(graph.subjects(PROV.wasDerivedFrom, node))):
            if (membership, RDF.type, ORG.Membership) not in everything:
                continue
            affiliations.append(
                {
                    "person": label(everything.value(membership, ORG.member)),
                    "organisation": label(everything.value(membership, ORG.organization)),
                    "role": label(everything.value(membership, ORG.role)),
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


STATEMENT_FIELDS = """PREFIX clec: <https://clecgraph.example/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
SELECT ?statement ?source ?line ?text ?title ?url ?publisher ?date WHERE {
  GRAPH ?statement {
    ?statement a clec:Statement ; clec:sourceFile ?source ; clec:sourceLine ?line ; schema:text ?text .
    OPTIONAL { ?statement dcterms:title ?title }
    OPTIONAL { ?statement schema:url ?url }
    OPTIONAL { ?statement clec:publisherName ?publisher }
    OPTIONAL { ?statement clec:inputDate ?date }
  }
}"""
STATEMENT_METADATA = """PREFIX clec: <https://clecgraph.example/ns#>
SELECT ?statement ?metadata WHERE { GRAPH ?statement { ?statement a clec:Statement ; clec:metadata ?metadata } }"""


def read_statements(store) -> list:
    """The statements a built graph holds, as the Statements they were read from.

    `store` is any clecgraph.sparql.stores backend (or a remote endpoint). The graph
    keeps each statement's source, line, text, title, url, the input's own
    publisher and date, and its metadata, so an incremental build can merge
    old and new statements and extract them again as if read from the files.
    Reading warnings are not kept in the graph and come back empty.
    """
    from clecgraph.model import Statement

    metadata: dict[str, list[tuple[str, str]]] = {}
    for node, pair in store.query(STATEMENT_METADATA).rows:
        name, _, value = str(pair).partition("=")
        metadata.setdefault(str(node), []).append((name, value))

    def text(term) -> str | None:
        return None if term is None else str(term)

    found = {}
    for node, source, line, body, title, url, publisher, date in store.query(STATEMENT_FIELDS).rows:
        found[str(node)] = Statement(
            source=str(source),
            line=int(line),
            text=str(body),
            date=text(date),
            publisher=text(publisher),
            title=text(title),
            url=text(url),
            metadata=tuple(sorted(metadata.get(str(node), []))),
        )
    return sorted(found.values(), key=lambda s: (s.source, s.line, s.text))
