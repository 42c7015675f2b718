"""Who asserts each statement event, as triples (graph/incidents): the issuer, or a quoted source.

    sem:Event  prov:qualifiedAttribution clec:Assertion
    clec:Assertion  clec:assertionKind "issuer" | "quoted" ;
                    prov:agent (the issuing organisations, or the person or organisation quoted, when the corpus knows it) ;
                    clec:sourceText "police" ; clec:cue "according to" | "said" | "claimed" ... ;
                    clec:quotation schema:Quotation (schema:text, schema:creator)

Each event's Event.asserted_by, filled in by the extractor's component
events.attribution (clecgraph.extract.events.attribution), read there now
for events of an extractor that does not fill it; a query tells what the
organisation states itself from what it reports others as saying.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from clecgraph.extract.events.attribution import QUOTED, attribute
from clecgraph.model import ORGANISATION, PERSON, Extraction
from clecgraph.names import fold
from clecgraph.resolve.entities import Resolution
from clecgraph.vocab import CLEC, SCHEMA, IRIs


def _entity(resolution: Resolution, iris: IRIs, name: str | None) -> URIRef | None:
    if not name:
        return None
    for kind in (PERSON, ORGANISATION):
        key = resolution.index.get((kind, fold(name)))
        if key:
            return iris.entity(kind, key)
    return None


def assertion_triples(extractions: Iterable[Extraction], resolution: Resolution, iris: IRIs) -> Iterator[tuple]:
    for extraction in extractions:
        if not extraction.events:
            continue
        issuers = [_entity(resolution, iris, name) for name in extraction.issuers]
        event_base = iris.event(extraction.statement, 0).rsplit("-", 1)[0]
        for number, found in enumerate(attribute(extraction.statement, extraction.events, extraction.mentions), 1):
            event = URIRef(f"{event_base}-{number}")
            node = URIRef(f"{event}/assertion")
            yield event, PROV.qualifiedAttribution, node
            yield node, RDF.type, CLEC.Assertion
            yield node, CLEC.assertionKind, Literal(found.kind)
            if found.kind != QUOTED:
                for issuer in issuers:
                    if issuer is not None:
                        yield node, PROV.agent, issuer
                continue
            yield node, CLEC.sourceText, Literal(found.source)
            yield node, CLEC.cue, Literal(found.cue)
            speaker = _entity(resolution, iris, found.speaker) or _entity(resolution, iris, found.source)
            if speaker is not None:
                yield node, PROV.agent, speaker
            if found.quote:
                quotation = URIRef(f"{event}/quotation")
                yield node, CLEC.quotation, quotation
                yield quotation, RDF.type, SCHEMA.Quotation
                yield quotation, SCHEMA.text, Literal(found.quote)
                if speaker is not None:
                    yield quotation, SCHEMA.creator, speaker
