"""Persons named by a known given name: "Ammar Rashid", "Tatsiana Bulanava", "Óscar Chinchilla".

A capitalised run of two to four name words whose first word is a given name
of the multi-country table (knowledge/given_names.py) names a person, with no
title, role or speech verb around it. Guarded against the words such a table
shares with the language:
  - the first word is no word of the lexicon's closed classes (titles, kinds of
    place or body, months, nationality words...: name_token's exclusions);
  - nor a word the same text also writes in lower case ("Grace", "Hope",
    "Will" are words before they are names);
  - nor part of a longer capitalised name ("Radio Free Asia"), and the run is
    not followed by a capitalised kind word ("Mohamed Ali Street", "Nelson
    Mandela Foundation" name a place or a body after a person).
Candidates rank below every other finder's (priority 0): a known place or body
of the same span wins.
"""

from __future__ import annotations

from clecgraph.extract.entities.persons import _glued_name, _name_run, name_token
from clecgraph.extract.text.chunks import Candidate
from clecgraph.extract.text.tokens import Token, joined
from clecgraph.knowledge.demonyms import nationality_words
from clecgraph.knowledge.given_names import given_names
from clecgraph.knowledge.lexicon import ADMIN_PLACE_WORDS, EN, NATURAL_PLACE_WORDS, ORG_HEADS, ROLE_HEADS, SITE_WORDS
from clecgraph.model import PERSON

# A capitalised kind word right after the run: the run names a place or a body ("X Y Street").
_KIND_AFTER = ORG_HEADS | ADMIN_PLACE_WORDS | NATURAL_PLACE_WORDS | SITE_WORDS | EN.words("unit_words") | EN.words("state_words")
# A place kind or a people-of-a-place word after the run, in any case: the run names a place, there
# and everywhere in the text ("Dong Tam commune", "Dong Tam villagers").
_PLACE_AFTER = ADMIN_PLACE_WORDS | NATURAL_PLACE_WORDS | SITE_WORDS | EN.words("people_from_a_place")
# ... or a body's: a role or a kind of body after it in lower case ("a Dao Din member", "the X Y group")
_BODY_AFTER = frozenset(w + e for w in ROLE_HEADS | EN.words("org_kinds") for e in ("", "s"))
_POSTS = ROLE_HEADS | EN.words("role_words") | EN.words("titles")
_KIND_WORDS = _KIND_AFTER | EN.words("org_kinds") | EN.words("business_trades") | EN.words("portfolio_words")
# (a particle opens a place or a body's name, not a person's: "Al Jazeera", "El Salvador", "Los Zetas")
_NOT_FIRST = EN.words("calendar_words") | frozenset(EN.map("demonyms")) | EN.words("name_particles") | nationality_words()


def given_name_persons(text: str, tokens: list[Token], field: str) -> list[Candidate]:
    names = given_names()
    n = len(tokens)
    lower: set[str] | None = None  # the words the text writes in lower case, computed on first need
    found, places = [], set()  # (places: runs written as a place's or a body's name somewhere in the text)
    i = 0
    while i < n:
        token = tokens[i]
        if token.key not in names or not name_token(token) or token.key in _NOT_FIRST or (i and _after_a_name(text, tokens, i)):
            i += 1
            continue
        j = _name_run(text, tokens, i)
        if (
            j < n
            and (tokens[j].key in _PLACE_AFTER or (not tokens[j].cap and tokens[j].key in _BODY_AFTER))
            and text[tokens[j - 1].end : tokens[j].start].isspace()
        ):
            places.add(tuple(t.key for t in tokens[i:j]))
        kind = next((k for k in range(i + 1, j) if tokens[k].key in _KIND_WORDS), None)
        if kind is None and j < n and tokens[j].cap and text[tokens[j - 1].end : tokens[j].start].isspace():
            kind = j if tokens[j].key in _KIND_WORDS else None
        if j - i < 2 or kind is not None:
            i = max(j, i + 1)
            continue
        if lower is None:
            lower = {t.key for t in tokens if not t.cap}
        if not any(t.key in lower for t in tokens[i:j]):
            found.append(Candidate(i, j, PERSON, " ".join(t.text for t in tokens[i:j]), "rules.person.given", 0, None, field))
        i = j
    return [c for c in found if tuple(t.key for t in tokens[c.start : c.end]) not in places] if places else found


def _after_a_name(text: str, tokens: list[Token], i: int) -> bool:
    """The word continues a longer name: after a capitalised word ("Radio Free Asia") or a
    camel-case one ("dxRP Radyo Pilipinas"); an acronym before it is a rank ("SSP Laxman Neupane"), and a
    body's head word, or a post ("Branch Executive Mehmet Tuncel"), ends the words before."""
    previous = tokens[i - 1]
    if previous.upper or previous.key in ORG_HEADS or previous.key in _POSTS:
        return False  # (a body's name ends at its head: "the X Bar Association Tahir Demir")
    if not previous.cap and any(c.isupper() for c in previous.text[1:]):
        return joined(text, previous, tokens[i])
    return _glued_name(text, tokens, i)
