"""Graph: extractions + resolved entities -> an rdflib Dataset.

Each statement gets a named graph (its IRI) holding what it asserts: the
statement itself, its events, the memberships it states and the annotations
that tie each fact to the words it came from. Descriptions of entities,
memberships, extractors and roles (graph/entities) and the event-type scheme
(graph/event-types) live in their own named graphs, and the corpus's counts
in graph/statistics.

Whatever many statements share is described once: a triple repeated in N
statement graphs meets itself N times in a query over their union, and a
join of k such patterns then makes N^k rows before DISTINCT removes them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from clecgraph.dates import precision
from clecgraph.graph.statistics import statistics_triples
from clecgraph.incidents import incident_graph_triples
from clecgraph.knowledge.ontology import BEHAVIOUR_PROPERTIES, ontology_file
from clecgraph.model import ORGANISATION, PERSON, PLACE, Entity, Extraction, Span
from clecgraph.names import co_publishers, fold
from clecgraph.resolve.entities import Resolution
from clecgraph.vocab import CLEC, DEFAULT_BASE, EVENT_TYPE, FACTUALITY, GEO, KIND_CLASS, OA, ORG, PREFIXES, SCHEMA, SEM, IRIs

DATE_TYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}
# Terms written for every mention, looked up once: an rdflib namespace makes a new URIRef on each access.
_TYPE, _ANNOTATION, _MOTIVATED_BY, _HAS_BODY = RDF.type, OA.Annotation, OA.motivatedBy, OA.hasBody
_ATTRIBUTED_TO, _HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR = PROV.wasAttributedTo, OA.hasTarget, OA.hasSource, OA.hasSelector
_POSITION_SELECTOR, _QUOTE_SELECTOR = OA.TextPositionSelector, OA.TextQuoteSelector
_FIELD, _START, _END, _EXACT, _MENTIONS = CLEC.field, OA.start, OA.end, OA.exact, SCHEMA.mentions
LABEL_CHARS = 80


@lru_cache(maxsize=1 << 14)
def _number(value: int) -> Literal:
    return Literal(value)  # offsets repeat across statements; making an rdflib Literal is slow


def date_literal(iso: str) -> Literal:
    return Literal(iso, datatype=DATE_TYPES[precision(iso)])


def new_dataset() -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    return dataset


def build_graph(extractions: Iterable[Extraction], resolution: Resolution, base: str = DEFAULT_BASE) -> Dataset:
    """The whole corpus as a Dataset; statements in (source, line) order."""
    iris = IRIs(base)
    dataset = new_dataset()
    add_event_types(dataset.graph(iris.graph("event-types")))
    entities = dataset.graph(iris.graph("entities"))
    for entity in sorted(resolution.entities.values(), key=lambda e: (e.kind, e.key)):
        add_entity(entities, entity, iris)
    extractions = sorted(extractions, key=lambda e: (e.statement.source, e.statement.line))
    used = Counter()
    for extraction in extractions:
        used.update(add_statement(dataset, extraction, resolution, iris))
    add_shared_terms(entities, used, iris)
    incidents = dataset.graph(iris.graph("incidents"))  # events grouped across statements (clecgraph/incidents)
    for triple in incident_graph_triples(extractions, resolution, iris):
        incidents.add(triple)
    statistics = dataset.graph(iris.graph("statistics"))
    for triple in statistics_triples(extractions, resolution, iris):
        statistics.add(triple)
    return dataset


def add_shared_terms(graph: Graph, used: Counter, iris: IRIs) -> None:
    """Describe once, in the entities graph, the extractors, roles and memberships the statements used.

    `used` counts ("agent", name), ("role", label) and ("membership",
    (membership, person, organisation, role or None)) pairs (add_statement's
    return). Role labels that make one IRI ("Director", "director") are
    described by the most used, then the first in order.
    """
    for membership, person, organisation, role in sorted(key for kind, key in used if kind == "membership"):
        graph.add((membership, RDF.type, ORG.Membership))
        graph.add((membership, ORG.member, person))
        graph.add((membership, ORG.organization, organisation))
        if role is not None:
            graph.add((membership, ORG.role, role))
    for agent in sorted(name for kind, name in used if kind == "agent"):
        graph.add((iris.extractor(agent), RDF.type, PROV.SoftwareAgent))
        graph.add((iris.extractor(agent), RDFS.label, Literal(f"clecgraph extractor {agent}")))
    labels: dict[URIRef, list[tuple[int, str]]] = {}
    for (kind, label), count in used.items():
        if kind == "role":
            labels.setdefault(iris.role(label), []).append((-count, label))
    for role in sorted(labels):
        graph.add((role, RDF.type, ORG.Role))
        graph.add((role, SKOS.prefLabel, Literal(min(labels[role])[1])))


def add_event_types(graph: Graph) -> None:
    scheme = Graph()
    scheme.parse(data=ontology_file("event-types.ttl").read_text(encoding="utf-8"), format="turtle")
    # (how the extractor places and dates a type is its business, not the graph's)
    for triple in scheme:
        if triple[1] not in BEHAVIOUR_PROPERTIES:
            graph.add(triple)
    graph.parse(data=ontology_file("factuality.ttl").read_text(encoding="utf-8"), format="turtle")


def add_entity(graph: Graph, entity: Entity, iris: IRIs) -> None:
    node = iris.entity(entity.kind, entity.key)
    graph.add((node, RDF.type, KIND_CLASS[entity.kind]))
    graph.add((node, SKOS.prefLabel, Literal(entity.label)))
    graph.add((node, RDFS.label, Literal(entity.label)))
    for alt in entity.alt_labels:
        graph.add((node, SKOS.altLabel, Literal(alt)))
    if entity.subtype:
        graph.add((node, CLEC.subtype, Literal(entity.subtype)))
    for same in entity.same_as:
        graph.add((node, OWL.sameAs, URIRef(same)))
    if entity.latitude is not None and entity.longitude is not None:
        graph.add((node, GEO.lat, Literal(f"{entity.latitude:.6f}", datatype=XSD.decimal)))
        graph.add((node, GEO.long, Literal(f"{entity.longitude:.6f}", datatype=XSD.decimal)))
    if entity.contained_in:
        graph.add((node, SCHEMA.containedInPlace, iris.entity(PLACE, entity.contained_in)))
    for name, value in entity.extra:
        graph.add((node, CLEC[name] if ":" not in name else URIRef(name), extra_value(value)))


def extra_value(value: str):
    """An Entity.extra value as RDF: an http(s) IRI as an IRI, "true"/"false" as xsd:boolean, else a string."""
    if value.startswith(("http://", "https://")) and " " not in value:
        return URIRef(value)
    if value in ("true", "false"):
        return Literal(value == "true")
    return Literal(value)


def statement_label(extraction: Extraction) -> str:
    statement = extraction.statement
    if statement.title:
        return statement.title
    words = " ".join(statement.text.split())
    return words if len(words) <= LABEL_CHARS else words[: LABEL_CHARS - 1].rstrip() + "…"


def add_statement(dataset: Dataset, extraction: Extraction, resolution: Resolution, iris: IRIs) -> Counter:
    """Add one statement's named graph; returns the extractors, roles and memberships it used,
    counted, for add_shared_terms (they are described once for the whole graph)."""
    statement = extraction.statement
    node = iris.statement(statement)
    graph = dataset.graph(node)
    graph.add((node, RDF.type, CLEC.Statement))
    graph.add((node, RDFS.label, Literal(statement_label(extraction))))
    graph.add((node, CLEC.sourceFile, Literal(statement.source)))
    graph.add((node, CLEC.sourceLine, Literal(statement.line)))
    graph.add((node, SCHEMA.text, Literal(statement.text)))
    if statement.title:
        graph.add((node, DCTERMS.title, Literal(statement.title)))
    if statement.url:
        graph.add((node, SCHEMA.url, Literal(statement.url, datatype=XSD.anyURI)))
    if extraction.date:
        graph.add((node, DCTERMS.issued, date_literal(extraction.date)))
    for name, value in statement.metadata:
        graph.add((node, CLEC.metadata, Literal(f"{name}={value}")))
    # The input's own header values, so the statement can be read back exactly (incremental builds).
    if statement.publisher:
        graph.add((node, CLEC.publisherName, Literal(statement.publisher)))
    if statement.date:
        graph.add((node, CLEC.inputDate, date_literal(statement.date)))

    def entity(kind: str, name: str) -> URIRef:
        return iris.entity(kind, resolution.key(kind, name))

    named = co_publishers(statement.publisher)  # "A; B": co-publishers, the first named is the publisher
    if named:
        publisher = extraction.issuers[0] if extraction.issuers else named[0]
        graph.add((node, DCTERMS.publisher, entity(ORGANISATION, publisher)))
    for issuer in extraction.issuers:
        graph.add((node, DCTERMS.creator, entity(ORGANISATION, issuer)))

    used = Counter()

    def annotate(body: URIRef, span: Span, kind: str, extractor: str, motivation: URIRef) -> None:
        used["agent", extractor] += 1
        note = iris.mention(statement, span, kind)
        target, selector = URIRef(f"{note}/target"), URIRef(f"{note}/selector")
        text = statement.field_text(span.field)
        graph.add((note, _TYPE, _ANNOTATION))
        graph.add((note, _MOTIVATED_BY, motivation))
        graph.add((note, _HAS_BODY, body))
        graph.add((note, _ATTRIBUTED_TO, iris.extractor(extractor)))
        graph.add((note, _HAS_TARGET, target))
        graph.add((target, _HAS_SOURCE, node))
        graph.add((target, _HAS_SELECTOR, selector))
        graph.add((selector, _TYPE, _POSITION_SELECTOR))
        graph.add((selector, _TYPE, _QUOTE_SELECTOR))
        graph.add((selector, _FIELD, Literal(span.field)))
        graph.add((selector, _START, _number(span.start)))
        graph.add((selector, _END, _number(span.end)))
        graph.add((selector, _EXACT, Literal(text[span.start : span.end])))

    for mention in extraction.mentions:
        target = entity(mention.kind, mention.name)
        graph.add((node, _MENTIONS, target))
        annotate(target, mention.span, mention.kind, mention.extractor, OA.identifying)

    for number, event in enumerate(extraction.events + extraction.named_events, 1):
        event_node = iris.event(statement, number)
        # only what the statement asserts is what it is about; events it names otherwise stay queryable
        graph.add((node, SCHEMA.about, event_node) if event.asserted else (node, CLEC.mentionsEvent, event_node))
        graph.add((event_node, RDF.type, SEM.Event if event.asserted else CLEC.EventMention))
        graph.add((event_node, CLEC.factuality, FACTUALITY[event.factuality]))
        graph.add((event_node, SEM.eventType, EVENT_TYPE[event.narrower or event.type]))  # the finest type its words give
        label = event.type
        if event.place:
            graph.add((event_node, SEM.hasPlace, entity(PLACE, event.place)))
            label += f" in {resolution.entity(PLACE, event.place).label}"
        if event.date:
            graph.add((event_node, SEM.hasTimeStamp, date_literal(event.date)))
            label += f", {event.date}"
        graph.add((event_node, RDFS.label, Literal(label)))
        for name in event.participants:
            # A participant is whichever person or organisation of the corpus bears that name.
            for kind in (PERSON, ORGANISATION):
                if (kind, fold(name)) in resolution.index:
                    graph.add((event_node, SEM.hasActor, entity(kind, name)))
                    break
        annotate(event_node, event.trigger, "event", event.extractor, OA.classifying)

    for affiliation in extraction.affiliations:
        person = entity(PERSON, affiliation.person)
        organisation = entity(ORGANISATION, affiliation.organisation)
        person_key, org_key = str(person).rsplit("/", 1)[1], str(organisation).rsplit("/", 1)[1]
        membership = iris.membership(person_key, org_key, affiliation.role)
        # The statement graph says only that this statement states it (the words: its annotation).
        graph.add((membership, PROV.wasDerivedFrom, node))
        role = iris.role(affiliation.role) if affiliation.role else None
        used["membership", (membership, person, organisation, role)] += 1
        if affiliation.role:
            used["role", affiliation.role] += 1
        annotate(membership, affiliation.span, "affiliation", affiliation.extractor, OA.describing)
    return used


def union_graph(dataset: Dataset) -> Graph:
    """All quads of a dataset as one graph (for formats without named graphs)."""
    union = Graph()
    for prefix, namespace in dataset.namespaces():
        union.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


__all__ = ["build_graph", "add_shared_terms", "union_graph", "date_literal", "new_dataset"]
