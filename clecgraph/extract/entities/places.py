"""Places: gazetteer names, known places, and "X village / X district" patterns.

Which gazetteer names are looked for, and which count only where written as
a location ("in Kisumu"), is gazetteer_names.py's; this module finds the places of
a text: table names, names with their kind ("Sandan district", "the village
of X": place_kinds.py), and unknown names written where a scene happens
(place_scenes.py).
"""

from __future__ import annotations

import re

from clecgraph.extract.entities.place_kinds import (
    apposition,
    detention_sites,
    is_title_case,
    kind_first,
    kind_lists,
    kind_of,
    name_word,
    numbered,
    typed_chunk,
    venues,
)
from clecgraph.extract.entities.place_scenes import (
    LOCATIVE,
    listed_with_places,
    located,
    located_then_time,
    named_location,
    opening_in,
    region_after,
)
from clecgraph.extract.text.chunks import Candidate, Chunk
from clecgraph.extract.text.tokens import PhraseTable, Token, joined
from clecgraph.knowledge.lexicon import EN, ORG_HEADS, ROLE_HEADS
from clecgraph.knowledge.placenames import TYPE_WORDS
from clecgraph.model import PLACE, TITLE

__all__ = ["find_places", "inside_longer_name", "is_title_case"]

_DESK = EN.words("desk_words")
_COMPASS = EN.words("compass_words")


def _in_role_title(tokens: list[Token], i: int) -> bool:
    """ "Regional Director for East and Southeast Asia": part of a job title."""
    k = i - 1
    while k >= 0 and (tokens[k].key == "and" or (tokens[k].cap and tokens[k].key in _COMPASS)):
        k -= 1
    return k >= 1 and tokens[k].key == "for" and tokens[k - 1].key in ROLE_HEADS


# "14 Myanmar migrant workers", "three Lao nationals": a country's name used as an adjective of people
_PEOPLE = EN.words("people_from_a_place")


def _country_as_adjective(tokens: list[Token], i: int, j: int) -> bool:
    return (
        j < len(tokens) and not tokens[j].cap and tokens[j].key in _PEOPLE and (i == 0 or tokens[i - 1].key not in LOCATIVE | {"of", "to"})
    )


def inside_longer_name(text: str, tokens: list[Token], i: int, j: int, title_case: bool) -> bool:
    """Whether words i..j are part of a longer capitalised name ("Asia Floor Wage")."""
    if i > 0 and joined(text, tokens[i - 1], tokens[i]) and name_word(tokens[i - 1]):
        return True
    if j < len(tokens) and joined(text, tokens[j - 1], tokens[j]) and name_word(tokens[j]):
        if not title_case:
            return True
        k = j
        while k < len(tokens) and tokens[k].cap and joined(text, tokens[k - 1], tokens[k]):
            if tokens[k].key in ORG_HEADS:
                return True
            k += 1
    return False


def find_places(text: str, tokens: list[Token], chunks: list[Chunk], table: PhraseTable, field: str) -> list[Candidate]:
    title_case = field == TITLE and is_title_case(tokens)
    found = []
    located_only = getattr(table, "located_only", ())
    last_end = -1  # where the last place found ends: "Iguala, Guerrero", "Kisumu and Mathare" list places
    for i, j, (name, kind) in table.scan(text, tokens):
        desk = (j < len(tokens) and tokens[j].key in _DESK and not tokens[j].cap) or _in_role_title(tokens, i)
        if text.startswith("$", tokens[j - 1].end):
            continue  # "US$160", "HK$5": a currency, not the country
        if desk or inside_longer_name(text, tokens, i, j, title_case) or (kind == "country" and _country_as_adjective(tokens, i, j)):
            continue
        if " ".join(t.key for t in tokens[i:j]) in located_only and not _written_as_location(text, tokens, i, j, last_end):
            continue
        found.append(Candidate(i, j, PLACE, name, "rules.place.gazetteer", 2, kind, field))
        last_end = j
    for chunk in chunks:
        found.extend(typed_chunk(text, tokens, chunk, table, field))
        kind = apposition(text, tokens, chunk.end)
        if kind:
            found.append(
                Candidate(
                    chunk.start,
                    chunk.end,
                    PLACE,
                    " ".join(t.text for t in tokens[chunk.start : chunk.end]),
                    "rules.place.apposition",
                    0,
                    kind,
                    field,
                )
            )
    found.extend(numbered(text, tokens, field))
    found.extend(kind_lists(text, tokens, chunks, field))
    found.extend(kind_of(text, tokens, chunks, field))
    found.extend(kind_first(text, tokens, chunks, field))
    found.extend(detention_sites(text, tokens, chunks, field))
    found.extend(venues(text, tokens, chunks, field, found))
    found.extend(located(text, tokens, chunks, found, field))
    found.extend(region_after(text, tokens, chunks, found, field))
    found.extend(located_then_time(text, tokens, chunks, field))
    found.extend(listed_with_places(text, tokens, chunks, found, field))
    found.extend(opening_in(text, tokens, chunks, field))
    found.extend(named_location(text, tokens, chunks, found, field))
    return found


_OF_KINDS = EN.words("place_kinds_of")
_BODIES_AFTER = EN.words("bodies_after_a_place")
_OF_OFFICES = frozenset({"governor", "governors", "mayor", "chief", "minister", "assembly"})  # "the governor of Sindh"
# "Jaffna, Kilinochchi and Vavuniya districts": names listed before their kind in the plural
_LISTED_BEFORE_KIND = re.compile(
    r"(?:,\s*(?:and\s+)?[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)*,?\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?\s+"
    r"(?:provinces|districts|states|regions|counties|municipalities|departments)\b"
)


# ("Lumajang regency, East Java", "Canlaon City, Negros Oriental": the kind of the place before may come between)
_LISTED_AFTER = re.compile(
    r"(?:\s+(?i:regency|province|district|city|municipality|township|county|division|department))?\s*(?:,|,?\s+and)\s+$"
)


def _written_as_location(text: str, tokens: list[Token], i: int, j: int, last_end: int) -> bool:
    """ "in Kisumu", "the town of Iguala", "Iguala, Guerrero" (after a place), "the Sindh police", "the governor
    of Sindh", "Sindh's Thar district", "Jaffna and Mannar districts": not a body's name."""
    after = tokens[j] if j < len(tokens) else None
    if after is not None and joined(text, tokens[j - 1], after) and after.key in ORG_HEADS:
        return not after.cap and after.key in _BODIES_AFTER  # "the Sindh police", not "the Sindh Police"
    if after is not None and not after.cap and after.key in _BODIES_AFTER and joined(text, tokens[j - 1], after):
        return True
    if tokens[j - 1].possessive:
        # "Chhattisgarh's Sukma district": a place's part; "Kisumu's people" says nothing of where
        return any(t.key in TYPE_WORDS and not t.cap for t in tokens[j + 1 : j + 4])
    if _LISTED_BEFORE_KIND.match(text, tokens[j - 1].end):
        return True
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.key in LOCATIVE or (before.key == "of" and not before.cap and i >= 2 and tokens[i - 2].key in _OF_KINDS | _OF_OFFICES):
        return True
    if i >= 2 and text[tokens[i - 1].end : tokens[i].start].strip() == "," and tokens[i - 1].cap:
        # "in Anapu, Pará": after a name written as a location, and a comma
        k = i - 1
        while k > 0 and tokens[k - 1].cap and joined(text, tokens[k - 1], tokens[k]) and i - k < 3:
            k -= 1
        if k > 0 and tokens[k - 1].key in LOCATIVE and not tokens[k - 1].cap:
            return True
    return last_end > 0 and bool(_LISTED_AFTER.fullmatch(text, tokens[last_end - 1].end, tokens[i].start))
