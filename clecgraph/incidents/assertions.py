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

from rdflib.namespace import PROV, RDF

from clecgraph.extract.events.attribution import QUOTED, attribute
from clecgraph.model import ORGANISATION, PERSON, Extraction
from clecgraph.names import fold
from clecgraph.resolve.entities import Resolution
from clecgraph.vocab import CLEC, SCHEMA, IRIs, nt_literal

# Triples as N-Triples text (clecgraph.vocab's nt_* terms), like clecgraph.incidents.rdf.
_QUALIFIED, _AGENT, _TYPE = f"<{PROV.qualifiedAttribution}>", f"<{PROV.agent}>", f"<{RDF.type}>"
_ASSERTION, _KIND, _SOURCE_TEXT, _CUE, _QUOTATION = (
    f"<{CLEC[name]}>" for name in ("Assertion", "assertionKind", "sourceText", "cue", "quotation")
)
_QUOTATION_CLASS, _TEXT, _CREATOR = f"<{SCHEMA.Quotation}>", f"<{SCHEMA.text}>", f"<{SCHEMA.creator}>"


def _entity(resolution: Resolution, iris: IRIs, name: str | None) -> str | None:
    if not name:
        return None
    for kind in (PERSON, ORGANISATION):
        key = resolution.index.get((kind, fold(name)))
        if key:
            return iris.entity_nt(kind, key)
    return None


def assertion_triples(extractions: Iterable[Extraction], resolution: Resolution, iris: IRIs) -> Iterator[tuple[str, str, str]]:
    for extraction in extractions:
        if not extraction.events:
            continue
        issuers = [_entity(resolution, iris, name) for name in extraction.issuers]
        event_base = iris.event_nt(extraction.statement, 0)[:-1].rsplit("-", 1)[0]
        for number, found in enumerate(attribute(extraction.statement, extraction.events, extraction.mentions), 1):
            event = f"{event_base}-{number}"  # without its closing bracket
            node = f"{event}/assertion>"
            yield f"{event}>", _QUALIFIED, node
            yield node, _TYPE, _ASSERTION
            yield node, _KIND, nt_literal(found.kind)
            if found.kind != QUOTED:
                for issuer in issuers:
                    if issuer is not None:
                        yield node, _AGENT, issuer
                continue
            yield node, _SOURCE_TEXT, nt_literal(found.source)
            yield node, _CUE, nt_literal(found.cue)
            speaker = _entity(resolution, iris, found.speaker) or _entity(resolution, iris, found.source)
            if speaker is not None:
                yield node, _AGENT, speaker
            if found.quote:
                quotation = f"{event}/quotation>"
                yield node, _QUOTATION, quotation
                yield quotation, _TYPE, _QUOTATION_CLASS
                yield quotation, _TEXT, nt_literal(found.quote)
                if speaker is not None:
                    yield quotation, _CREATOR, speaker
