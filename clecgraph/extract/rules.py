"""The default extractor: gazetteers, patterns and trigger words, offline."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import (
    ORGANISATION,
    PERSON,
    PLACE,
    Event,
    Extraction,
    Mention,
    Span,
    Statement,
)
from .knowledge import Knowledge

_PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})")


def make_rule_extractor(knowledge: Knowledge):
    org_names = _name_patterns([(name, a.label) for a in knowledge.authorities_of(ORGANISATION) for name in (a.label, *a.alt_labels)])
    place_names = _name_patterns([(name, name) for name in _country_names()])
    triggers = [(t.notation, _trigger_regex(t.triggers)) for t in knowledge.event_types if t.triggers]

    def extract(statement: Statement) -> Extraction:
        mentions = []
        for field, text in statement.fields():
            mentions += _find(text, field, org_names, ORGANISATION)
            mentions += _find(text, field, place_names, PLACE)
            for match in _PERSON.finditer(text):
                mentions.append(Mention(PERSON, match[1], Span(field, match.start(1), match.end(1)), "rules.person", match[1]))
        first_place = next((m.name for m in mentions if m.kind == PLACE), None)
        events = []
        for notation, regex in triggers:
            for field, text in statement.fields():
                if match := regex.search(text):
                    events.append(Event(notation, Span(field, match.start(), match.end()), "rules.trigger", place=first_place))
                    break
        issuers = tuple(_issuer_names(statement, org_names))
        return Extraction(statement=statement, date=statement.date, issuers=issuers, mentions=tuple(mentions), events=tuple(events))

    return extract


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


def _trigger_regex(words) -> re.Pattern:
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)
