"""Organisations, persons and places named in a statement; issuers; affiliations."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import ORGANISATION, PERSON, PLACE, Affiliation, Mention, Span, Statement
from .knowledge import Knowledge

_PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})")


@dataclass(frozen=True)
class FoundEntities:
    mentions: tuple[Mention, ...]
    issuers: tuple[str, ...]
    affiliations: tuple[Affiliation, ...] = ()


def make_entity_finder(knowledge: Knowledge):
    org_names = _name_patterns([(name, a.label) for a in knowledge.authorities_of(ORGANISATION) for name in (a.label, *a.alt_labels)])
    place_names = _name_patterns([(name, name) for name in _country_names()])

    def find_entities(statement: Statement) -> FoundEntities:
        mentions = []
        for field, text in statement.fields():
            mentions += _find(text, field, org_names, ORGANISATION)
            mentions += _find(text, field, place_names, PLACE)
            for match in _PERSON.finditer(text):
                mentions.append(Mention(PERSON, match[1], Span(field, match.start(1), match.end(1)), "rules.person", match[1]))
        return FoundEntities(mentions=tuple(mentions), issuers=tuple(_issuer_names(statement, org_names)))

    return find_entities


def _issuer_names(statement: Statement, org_names) -> list[str]:
    if not statement.publisher:
        return []
    for regex, label in org_names:
        if regex.fullmatch(statement.publisher):
            return [label]
    return [statement.publisher]


@lru_cache(maxsize=1)
def _country_names() -> tuple[str, ...]:
    import pycountry

    names = set()
    for country in pycountry.countries:
        names.add(getattr(country, "common_name", None) or country.name)
    return tuple(sorted(n for n in names if "," not in n))


def _name_patterns(pairs):
    return [(re.compile(r"(?<!\w)" + re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)"), label) for name, label in sorted(set(pairs))]


def _find(text: str, field: str, patterns, kind: str) -> list[Mention]:
    found = []
    for regex, label in patterns:
        for match in regex.finditer(text):
            found.append(Mention(kind, label, Span(field, match.start(), match.end()), f"rules.{kind}", match[0]))
    return found
