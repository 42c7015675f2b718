"""Resolve: mentions -> one entity per real-world thing across the corpus.

A name resolves to a known authority when any of the authority's names
folds to the same form; otherwise names that fold alike are one entity.
All names seen for an entity are kept as alternative labels.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .extract.knowledge import Authority, Knowledge, default_knowledge
from .model import ORGANISATION, Entity, Extraction
from .names import fold, slugify


@dataclass(frozen=True)
class Resolution:
    """The corpus's entities and the way from a (kind, name) to one of them."""

    entities: dict[tuple[str, str], Entity]  # (kind, key) -> entity
    index: dict[tuple[str, str], str]  # (kind, folded name) -> key

    def key(self, kind: str, name: str) -> str:
        return self.index[(kind, fold(name))]

    def entity(self, kind: str, name: str) -> Entity:
        return self.entities[(kind, self.key(kind, name))]


def names_in(extraction: Extraction) -> Iterable[tuple[str, str]]:
    """Every (kind, name) an extraction refers to."""
    for mention in extraction.mentions:
        yield mention.kind, mention.name
    for issuer in extraction.issuers:
        yield ORGANISATION, issuer
    for affiliation in extraction.affiliations:
        yield "person", affiliation.person
        yield ORGANISATION, affiliation.organisation
    for event in extraction.events:
        if event.place:
            yield "place", event.place


def resolve(extractions: Iterable[Extraction], knowledge: Knowledge | None = None) -> Resolution:
    knowledge = knowledge or default_knowledge()
    authority_index: dict[tuple[str, str], Authority] = {}
    for authority in knowledge.authorities:
        for name in (authority.label, *authority.alt_labels):
            authority_index.setdefault((authority.kind, fold(name)), authority)

    seen: dict[tuple[str, str], Counter] = defaultdict(Counter)
    subtypes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    index: dict[tuple[str, str], str] = {}
    for extraction in extractions:
        for mention in extraction.mentions:
            if mention.subtype:
                subtypes[(mention.kind, fold(mention.name))][mention.subtype] += 1
        for kind, name in names_in(extraction):
            folded = fold(name)
            if not folded:
                continue
            authority = authority_index.get((kind, folded))
            key = authority.key if authority else slugify(name)
            index[(kind, folded)] = key
            seen[(kind, key)][name] += 1

    by_key_authority = {(a.kind, a.key): a for a in knowledge.authorities}
    entities: dict[tuple[str, str], Entity] = {}
    for (kind, key), names in sorted(seen.items()):
        authority = by_key_authority.get((kind, key))
        label = authority.label if authority else _best_name(names)
        alt = set(names) | set(authority.alt_labels if authority else ())
        alt.discard(label)
        subtype = authority.subtype if authority and authority.subtype else _subtype(subtypes, kind, names)
        entities[(kind, key)] = Entity(
            kind=kind,
            key=key,
            label=label,
            alt_labels=tuple(sorted(alt)),
            subtype=subtype,
            same_as=authority.same_as if authority else (),
        )
    for (kind, folded), key in list(index.items()):
        if (kind, key) not in entities:
            del index[(kind, folded)]
    return Resolution(entities=entities, index=index)


def _best_name(names: Counter) -> str:
    # The most used name; on a tie the longest (fullest), then alphabetical.
    return sorted(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


def _subtype(subtypes, kind: str, names: Counter) -> str | None:
    votes = Counter()
    for name in names:
        votes.update(subtypes.get((kind, fold(name)), {}))
    return sorted(votes.items(), key=lambda item: (-item[1], item[0]))[0][0] if votes else None
