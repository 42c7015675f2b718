"""Graph: extractions + resolved entities -> the graph's N-Quads lines (and an rdflib Dataset on request).

Each statement gets a named graph (its IRI) holding what it asserts: the
statement itself, its events, the memberships it states and the annotations
that tie each fact to the words it came from. Descriptions of entities,
memberships, extractors and roles (graph/entities) and the event-type scheme
(graph/event-types) live in their own named graphs, the corpus's counts
in graph/statistics and the incidents in graph/incidents.

Whatever many statements share is described once: a triple repeated in N
statement graphs meets itself N times in a query over their union, and a
join of k such patterns then makes N^k rows before DISTINCT removes them.

The lines are written as text (clecgraph.vocab's nt_* terms), not made as
rdflib terms and written back: making the terms was most of the cost of
assembling a big graph. `build_graph` reads the lines into an rdflib Dataset
for the library's users.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

from rdflib import Dataset, Graph
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from clecgraph.graph.quads import BuiltGraph, new_dataset, term
from clecgraph.graph.statistics import statistics_triples
from clecgraph.incidents import incident_graph_triples
from clecgraph.knowledge.ontology import BEHAVIOUR_PROPERTIES, ontology_file
from clecgraph.model import ORGANISATION, PERSON, PLACE, Entity, Extraction, Span
from clecgraph.names import co_publishers, fold
from clecgraph.resolve.entities import Resolution
from clecgraph.vocab import (
    CLEC,
    DEFAULT_BASE,
    EVENT_TYPE,
    FACTUALITY,
    GEO,
    KIND_CLASS,
    OA,
    ORG,
    SCHEMA,
    SEM,
    IRIs,
    nt_boolean,
    nt_date,
    nt_decimal,
    nt_integer,
    nt_literal,
    nt_typed,
)

LABEL_CHARS = 80
Triple = tuple[str, str, str]  # N-Triples text of subject, predicate and object


def _nt(node) -> str:
    return f"<{node}>"


_TYPE, _LABEL, _PREF_LABEL, _ALT_LABEL = _nt(RDF.type), _nt(RDFS.label), _nt(SKOS.prefLabel), _nt(SKOS.altLabel)
_ANNOTATION, _MOTIVATED_BY, _HAS_BODY = _nt(OA.Annotation), _nt(OA.motivatedBy), _nt(OA.hasBody)
_ATTRIBUTED_TO, _HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR = (
    _nt(PROV.wasAttributedTo),
    _nt(OA.hasTarget),
    _nt(OA.hasSource),
    _nt(OA.hasSelector),
)
_POSITION_SELECTOR, _QUOTE_SELECTOR = _nt(OA.TextPositionSelector), _nt(OA.TextQuoteSelector)
_FIELD, _START, _END, _EXACT, _MENTIONS = _nt(CLEC.field), _nt(OA.start), _nt(OA.end), _nt(OA.exact), _nt(SCHEMA.mentions)
_IDENTIFYING, _CLASSIFYING, _DESCRIBING = _nt(OA.identifying), _nt(OA.classifying), _nt(OA.describing)
_KIND_CLASS = {kind: _nt(cls) for kind, cls in KIND_CLASS.items()}
_EVENT_TYPE, _FACTUALITY, _CLEC = str(EVENT_TYPE), str(FACTUALITY), str(CLEC)
_ANY_URI = str(XSD.anyURI)
_S = {  # the statement graph's other predicates and classes
    name: _nt(node)
    for name, node in {
        "Statement": CLEC.Statement, "sourceFile": CLEC.sourceFile, "sourceLine": CLEC.sourceLine,
        "text": SCHEMA.text, "title": DCTERMS.title, "url": SCHEMA.url, "issued": DCTERMS.issued,
        "metadata": CLEC.metadata, "publisherName": CLEC.publisherName, "inputDate": CLEC.inputDate,
        "publisher": DCTERMS.publisher, "creator": DCTERMS.creator, "about": SCHEMA.about,
        "mentionsEvent": CLEC.mentionsEvent, "Event": SEM.Event, "EventMention": CLEC.EventMention,
        "factuality": CLEC.factuality, "eventType": SEM.eventType, "hasPlace": SEM.hasPlace,
        "hasTimeStamp": SEM.hasTimeStamp, "hasActor": SEM.hasActor, "derivedFrom": PROV.wasDerivedFrom,
        "Membership": ORG.Membership, "member": ORG.member, "organization": ORG.organization, "role": ORG.role,
        "SoftwareAgent": PROV.SoftwareAgent, "Role": ORG.Role, "subtype": CLEC.subtype, "sameAs": OWL.sameAs,
        "lat": GEO.lat, "long": GEO.long, "containedIn": SCHEMA.containedInPlace,
    }.items()
}  # fmt: skip


def build_graph(extractions: Iterable[Extraction], resolution: Resolution, base: str = DEFAULT_BASE) -> Dataset:
    """The whole corpus as an rdflib Dataset (for the library's users; a build keeps the lines)."""
    return BuiltGraph(graph_lines(extractions, resolution, base)).dataset


def graph_lines(extractions: Iterable[Extraction], resolution: Resolution, base: str = DEFAULT_BASE) -> list[str]:
    """Every N-Quads line of the corpus's graph (unsorted; a line may come twice), in this process.
    clecgraph.pipeline.parallel writes the same lines chunk by chunk, in processes."""
    iris = IRIs(base)
    extractions = sorted(extractions, key=lambda e: (e.statement.source, e.statement.line))
    lines = corpus_lines(resolution, iris)
    used = Counter()
    for extraction in extractions:
        lines.extend(statement_lines(extraction, resolution, iris, used))
    lines.extend(shared_lines(used, iris))
    lines.extend(closing_lines(extractions, resolution, iris))
    return lines


def quad_lines(triples: Iterable[Triple], graph: str) -> list[str]:
    """N-Triples text triples as N-Quads lines of the named graph `graph` (N-Triples text)."""
    return [f"{s} {p} {o} {graph} ." for s, p, o in triples]


def corpus_lines(resolution: Resolution, iris: IRIs) -> list[str]:
    """The graphs that are not per statement and come before them: event types and entity descriptions."""
    lines = quad_lines(event_type_triples(), iris.graph_nt("event-types"))
    entities = iris.graph_nt("entities")
    for entity in sorted(resolution.entities.values(), key=lambda e: (e.kind, e.key)):
        lines.extend(quad_lines(entity_triples(entity, iris), entities))
    return lines


def closing_lines(extractions: list[Extraction], resolution: Resolution, iris: IRIs) -> list[str]:
    """The graphs counted over the whole corpus: statistics and incidents (events grouped across statements)."""
    lines = quad_lines(statistics_triples(extractions, resolution, iris), iris.graph_nt("statistics"))
    lines.extend(quad_lines(incident_graph_triples(extractions, resolution, iris), iris.graph_nt("incidents")))
    return lines


def shared_lines(used: Counter, iris: IRIs) -> list[str]:
    """Describe once, in the entities graph, the extractors, roles and memberships the statements used.

    `used` counts ("agent", name), ("role", label) and ("membership",
    (membership, person, organisation, role or None)) pairs (statement_lines
    counts them; the IRIs as N-Triples text). Role labels that make one IRI
    ("Director", "director") are described by the most used, then the first in order.
    """
    triples: list[Triple] = []
    for membership, person, organisation, role in sorted(key for kind, key in used if kind == "membership"):
        triples += [
            (membership, _TYPE, _S["Membership"]),
            (membership, _S["member"], person),
            (membership, _S["organization"], organisation),
        ]
        if role is not None:
            triples.append((membership, _S["role"], role))
    for agent in sorted(name for kind, name in used if kind == "agent"):
        node = iris.extractor_nt(agent)
        triples += [(node, _TYPE, _S["SoftwareAgent"]), (node, _LABEL, nt_literal(f"clecgraph extractor {agent}"))]
    labels: dict[str, list[tuple[int, str]]] = {}
    for (kind, label), count in used.items():
        if kind == "role":
            labels.setdefault(iris.role_nt(label), []).append((-count, label))
    for role in sorted(labels):
        triples += [(role, _TYPE, _S["Role"]), (role, _PREF_LABEL, nt_literal(min(labels[role])[1]))]
    return quad_lines(triples, iris.graph_nt("entities"))


@cache
def event_type_triples() -> tuple[Triple, ...]:
    """The event-type scheme and the factuality values (the same in every build: read once)."""
    scheme = Graph()
    scheme.parse(data=ontology_file("event-types.ttl").read_text(encoding="utf-8"), format="turtle")
    # (how the extractor places and dates a type is its business, not the graph's)
    kept = [triple for triple in scheme if triple[1] not in BEHAVIOUR_PROPERTIES]
    values = Graph()
    values.parse(data=ontology_file("factuality.ttl").read_text(encoding="utf-8"), format="turtle")
    return tuple((term(s), term(p), term(o)) for s, p, o in [*kept, *values])


def entity_triples(entity: Entity, iris: IRIs) -> Iterator[Triple]:
    node = iris.entity_nt(entity.kind, entity.key)
    yield node, _TYPE, _KIND_CLASS[entity.kind]
    yield node, _PREF_LABEL, nt_literal(entity.label)
    yield node, _LABEL, nt_literal(entity.label)
    for alt in entity.alt_labels:
        yield node, _ALT_LABEL, nt_literal(alt)
    if entity.subtype:
        yield node, _S["subtype"], nt_literal(entity.subtype)
    for same in entity.same_as:
        yield node, _S["sameAs"], f"<{same}>"
    if entity.latitude is not None and entity.longitude is not None:
        yield node, _S["lat"], nt_decimal(entity.latitude)
        yield node, _S["long"], nt_decimal(entity.longitude)
    if entity.contained_in:
        yield node, _S["containedIn"], iris.entity_nt(PLACE, entity.contained_in)
    for name, value in entity.extra:
        yield node, f"<{_CLEC}{name}>" if ":" not in name else f"<{name}>", extra_value(value)


def extra_value(value: str) -> str:
    """An Entity.extra value as N-Triples text: an http(s) IRI as an IRI, "true"/"false" as xsd:boolean, else a string."""
    if value.startswith(("http://", "https://")) and " " not in value:
        return f"<{value}>"
    if value in ("true", "false"):
        return nt_boolean(value == "true")
    return nt_literal(value)


def statement_label(extraction: Extraction) -> str:
    statement = extraction.statement
    if statement.title:
        return statement.title
    words = " ".join(statement.text.split())
    return words if len(words) <= LABEL_CHARS else words[: LABEL_CHARS - 1].rstrip() + "…"


def statement_lines(extraction: Extraction, resolution: Resolution, iris: IRIs, used: Counter) -> list[str]:
    """One statement's named graph as N-Quads lines; counts in `used` the extractors, roles and
    memberships it used, for shared_lines (they are described once for the whole graph)."""
    statement = extraction.statement
    node = iris.statement_nt(statement)
    tail = f" {node} ."
    lines: list[str] = []

    def add(s: str, p: str, o: str) -> None:
        lines.append(f"{s} {p} {o}{tail}")

    add(node, _TYPE, _S["Statement"])
    add(node, _LABEL, nt_literal(statement_label(extraction)))
    add(node, _S["sourceFile"], nt_literal(statement.source))
    add(node, _S["sourceLine"], nt_integer(statement.line))
    add(node, _S["text"], nt_literal(statement.text))
    if statement.title:
        add(node, _S["title"], nt_literal(statement.title))
    if statement.url:
        add(node, _S["url"], nt_typed(statement.url, _ANY_URI))
    if extraction.date:
        add(node, _S["issued"], nt_date(extraction.date))
    for name, value in statement.metadata:
        add(node, _S["metadata"], nt_literal(f"{name}={value}"))
    # The input's own header values, so the statement can be read back exactly (incremental builds).
    if statement.publisher:
        add(node, _S["publisherName"], nt_literal(statement.publisher))
    if statement.date:
        add(node, _S["inputDate"], nt_date(statement.date))

    def entity(kind: str, name: str) -> str:
        return iris.entity_nt(kind, resolution.key(kind, name))

    named = co_publishers(statement.publisher)  # "A; B": co-publishers, the first named is the publisher
    if named:
        add(node, _S["publisher"], entity(ORGANISATION, extraction.issuers[0] if extraction.issuers else named[0]))
    for issuer in extraction.issuers:
        add(node, _S["creator"], entity(ORGANISATION, issuer))

    def annotate(body: str, span: Span, kind: str, extractor: str, motivation: str) -> None:
        used["agent", extractor] += 1
        note = iris.mention_nt(statement, span, kind)
        target, selector = f"{note[:-1]}/target>", f"{note[:-1]}/selector>"
        text = statement.field_text(span.field)
        add(note, _TYPE, _ANNOTATION)
        add(note, _MOTIVATED_BY, motivation)
        add(note, _HAS_BODY, body)
        add(note, _ATTRIBUTED_TO, iris.extractor_nt(extractor))
        add(note, _HAS_TARGET, target)
        add(target, _HAS_SOURCE, node)
        add(target, _HAS_SELECTOR, selector)
        add(selector, _TYPE, _POSITION_SELECTOR)
        add(selector, _TYPE, _QUOTE_SELECTOR)
        add(selector, _FIELD, nt_literal(span.field))
        add(selector, _START, nt_integer(span.start))
        add(selector, _END, nt_integer(span.end))
        add(selector, _EXACT, nt_literal(text[span.start : span.end]))

    for mention in extraction.mentions:
        target = entity(mention.kind, mention.name)
        add(node, _MENTIONS, target)
        annotate(target, mention.span, mention.kind, mention.extractor, _IDENTIFYING)

    for number, event in enumerate(extraction.events + extraction.named_events, 1):
        event_node = iris.event_nt(statement, number)
        # only what the statement asserts is what it is about; events it names otherwise stay queryable
        add(node, _S["about"] if event.asserted else _S["mentionsEvent"], event_node)
        add(event_node, _TYPE, _S["Event"] if event.asserted else _S["EventMention"])
        add(event_node, _S["factuality"], f"<{_FACTUALITY}{event.factuality}>")
        add(event_node, _S["eventType"], f"<{_EVENT_TYPE}{event.narrower or event.type}>")  # the finest type its words give
        label = event.type
        if event.place:
            add(event_node, _S["hasPlace"], entity(PLACE, event.place))
            label += f" in {resolution.entity(PLACE, event.place).label}"
        if event.date:
            add(event_node, _S["hasTimeStamp"], nt_date(event.date))
            label += f", {event.date}"
        add(event_node, _LABEL, nt_literal(label))
        for name in event.participants:
            # A participant is whichever person or organisation of the corpus bears that name.
            for kind in (PERSON, ORGANISATION):
                if (kind, fold(name)) in resolution.index:
                    add(event_node, _S["hasActor"], entity(kind, name))
                    break
        annotate(event_node, event.trigger, "event", event.extractor, _CLASSIFYING)

    for affiliation in extraction.affiliations:
        person = entity(PERSON, affiliation.person)
        organisation = entity(ORGANISATION, affiliation.organisation)
        person_key, org_key = person[:-1].rsplit("/", 1)[1], organisation[:-1].rsplit("/", 1)[1]
        membership = iris.membership_nt(person_key, org_key, affiliation.role)
        # The statement graph says only that this statement states it (the words: its annotation).
        add(membership, _S["derivedFrom"], node)
        role = iris.role_nt(affiliation.role) if affiliation.role else None
        used["membership", (membership, person, organisation, role)] += 1
        if affiliation.role:
            used["role", affiliation.role] += 1
        annotate(membership, affiliation.span, "affiliation", affiliation.extractor, _DESCRIBING)
    return lines


def union_graph(dataset: Dataset) -> Graph:
    """All quads of a dataset as one graph (for formats without named graphs)."""
    union = Graph()
    for prefix, namespace in dataset.namespaces():
        union.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


__all__ = ["build_graph", "graph_lines", "statement_lines", "shared_lines", "union_graph", "new_dataset"]
