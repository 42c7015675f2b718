"""Names a person rule took that are shaped as places': "West Kalimantan", "San Andrés", "Bajo Aguán".

A name opened by a compass word or by a word that opens place names in Spanish, Portuguese or Italian
(lexicon place_name_openers) names a place, not a person; the person rules, which read a capitalised name
after a verb or a known given name, cannot tell. Where the opener is also a family name that opens a
person's name ("San" in Khmer), the word after it must be a given name of the dictionary ("San Francisco",
not "San Sokha").
"""

from __future__ import annotations

from clecgraph.extract.entities.persons import family_names_first
from clecgraph.extract.text.chunks import Candidate
from clecgraph.extract.text.tokens import Token
from clecgraph.knowledge.given_names import given_names
from clecgraph.knowledge.lexicon import EN
from clecgraph.model import PERSON, PLACE

_OPENERS = EN.keys("place_name_openers")


def place_shaped(tokens: list[Token], candidate: Candidate) -> bool:
    """A person candidate of two or more words whose first word opens place names."""
    if candidate.kind != PERSON or candidate.end - candidate.start < 2:
        return False
    first, second = tokens[candidate.start], tokens[candidate.start + 1]
    if first.key not in _OPENERS or first.upper:
        return False
    return first.key not in family_names_first() or second.key in given_names()


def without_place_shaped(tokens: list[Token], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates but place-shaped persons. Whether such a name is a place is the place rules' to say; where
    they would take only a part of it ("San Francisco" of "San Francisco de Lempira"), the name stays as it was
    found, so as not to leave a shorter, wrong place in its stead."""
    return [
        c
        for c in candidates
        if not place_shaped(tokens, c) or any(p.kind == PLACE and p.start < c.end and c.start < p.end for p in candidates)
    ]
