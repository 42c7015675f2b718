"""Evidence the corpus gives about its places: counts, co-mentions, stated containment."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from clecgraph.model import PLACE, Extraction, Mention
from clecgraph.names import fold
from clecgraph.resolve.entities import Resolution, names_in

# Words between two place names that put the first inside the second:
# "Group 78 in Phnom Penh", "Sandan district, Kampong Thom province", "Boeung Kak lake of Phnom Penh".
_FEATURE = r"(?:(?:community|communities|village|commune|sangkat|district|province|area|site|zone|lake|river|town|city|municipality)\s+)?"
_QUOTES = r"[\s\"'“”‘’)]*"
CONTAINS = re.compile(_QUOTES + _FEATURE + r"(?:,\s*(?:in\s+)?|in\s+|of\s+)(?:the\s+)?[\"“‘(]?", re.I)
COMMA_ONLY = re.compile(_QUOTES + _FEATURE + r",\s*[\"“‘(]?", re.I)
# Words that put the first near the second, so that a containment stated after the second holds for both:
# "Group 78 near the Bassac River in Phnom Penh".
NEAR = re.compile(_QUOTES + r"(?:community\s+)?(?:near|along|beside|by|on)\s+(?:the\s+)?", re.I)
# "Svay Rieng's Manhattan Special Economic Zone": the second inside the first.
POSSESSIVE = re.compile(r"['’]s\s+")


def _place_key(resolution: Resolution, name: str) -> str | None:
    return resolution.index.get((PLACE, fold(name)))


def mention_counts(resolution: Resolution, extractions: Iterable[Extraction]) -> Counter:
    """How many times each place entity is referred to across the corpus."""
    counts = Counter()
    for extraction in extractions:
        for kind, name in names_in(extraction):
            if kind == PLACE and (key := _place_key(resolution, name)):
                counts[key] += 1
    return counts


def co_mentions(resolution: Resolution, extractions: Iterable[Extraction]) -> dict[str, set[str]]:
    """For each place entity, the other places named in a statement that names it."""
    together: dict[str, set[str]] = defaultdict(set)
    for extraction in extractions:
        keys = {k for kind, name in names_in(extraction) if kind == PLACE and (k := _place_key(resolution, name))}
        for key in keys:
            together[key] |= keys - {key}
    return together


def dominant_country(candidates: dict[str, tuple], counts: Counter) -> str | None:
    """The country most of the corpus's place mentions are in (places whose every candidate lies in one country)."""
    votes = Counter()
    for key, found in candidates.items():
        codes = {e.country_code for e in found}
        if len(codes) == 1 and None not in codes:
            votes[codes.pop()] += counts.get(key, 1)
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if votes else None


def stated_containers(resolution: Resolution, extractions: Iterable[Extraction]) -> dict[str, Counter]:
    """For each place entity, the places the texts put it in, with how often they do.

    Counter keys are (container key, weak): weak when only a comma joined the names.
    """
    found: dict[str, Counter] = defaultdict(Counter)
    for extraction in extractions:
        by_field: dict[str, list[Mention]] = defaultdict(list)
        for mention in extraction.mentions:
            if mention.kind == PLACE:
                by_field[mention.span.field].append(mention)
        for field, mentions in by_field.items():
            text = extraction.statement.field_text(field)
            ordered = sorted(mentions, key=lambda m: (m.span.start, -m.span.end))
            for inner, outer, weak in _pairs(text, ordered):
                a, b = _place_key(resolution, inner.name), _place_key(resolution, outer.name)
                if a and b and a != b:
                    found[a][(b, weak)] += 1
    return found


def _pairs(text: str, mentions: list[Mention]):
    """(inner, outer, weak) for mentions that the words between them relate."""
    for i, mention in enumerate(mentions):
        previous, near = mention, False
        for following in mentions[i + 1 :]:
            if following.span.start < previous.span.end:
                continue
            gap = text[previous.span.end : following.span.start]
            if i + 1 < len(mentions) and following is mentions[i + 1] and POSSESSIVE.fullmatch(gap):
                yield following, mention, False
                break
            if CONTAINS.fullmatch(gap):
                # A bare comma also separates the items of a list: the caller trusts it only before a known place.
                yield mention, following, bool(COMMA_ONLY.fullmatch(gap)) and not gap.strip(" ,\n\t")
                break
            if not near and NEAR.fullmatch(gap):
                previous, near = following, True
                continue
            break
