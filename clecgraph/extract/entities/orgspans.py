"""Where an organisation's name starts and ends inside a run of capitalised words.

A name ends at its head noun ("... Legal Education Center") or runs on after
an opener ("Ministry of Labour and Vocational Training"); it keeps a tail that
still names it ("... Forces of Colombia", "... Against Torture", "Court No.
27", "... in Honduras (COFADEH)"), and starts after people, posts and "of"
written before it ("Officers of the X", "Program Coordinator of X"). A media
outlet may put its kind first ("Radio Progreso", "the Daily Beacon"). Generic
words alone ("Trade Union") name no body, unless capitalised after "the" and
ending in one body's kind ("the Free Trade Union").
"""

from __future__ import annotations

import re

from clecgraph.dates import MONTHS
from clecgraph.extract.entities.persons import family_names_first, name_token
from clecgraph.extract.text.chunks import Chunk, after_people
from clecgraph.extract.text.tokens import Token, joined
from clecgraph.knowledge.gazetteer import lookup
from clecgraph.knowledge.given_names import given_names
from clecgraph.knowledge.lexicon import (
    CONNECTORS,
    EN,
    FUNCTION_WORDS,
    GENERIC_MODIFIERS,
    LAW_WORDS,
    NAME_FIRST_HEADS,
    NOT_A_BODY_AFTER,
    ORG_HEADS,
    ORG_OPENERS,
    ROLE_HEADS,
    SITE_WORDS,
    STOPWORDS,
    WEAK_HEADS,
)

# Bodies that are one of a kind even with generic words ("Supreme Court").
_INSTITUTIONS = EN.words("institutions")
UNITS = EN.words("units_of_a_body")
OWNED = EN.words("owned_words")
_TIME_WORDS = EN.words("time_of_a_body")
_GOVERNING = EN.words("governing_units")


_TAIL_PREPOSITIONS = EN.words("tail_prepositions")
# Sites and venues written after a body's head: the whole names a facility ("... Police Station", "... Prison")
_FACILITIES = SITE_WORDS | EN.keys("venue_words")


def name_tail(tokens: list[Token], b: int, end: int, countries: frozenset[str]) -> int:
    """Words after a body's head that still name it: "... Forces of Colombia", "World Organisation Against Torture",
    "Heavy Penal Court No. 27"."""
    if b >= end:
        return b
    rest = tokens[b + 1 : end]
    if rest and rest[0].key == "the" and not rest[0].cap:
        rest = rest[1:]  # "... Forces of the Philippines"
    if tokens[b].key == "of" and not tokens[b].cap and len(rest) == 1 and rest[0].key in countries:
        return end
    if tokens[b].cap and tokens[b].key in _TAIL_PREPOSITIONS and rest and all(t.cap for t in rest):
        return end
    if tokens[b].key == "no" and tokens[b].cap and b + 1 < end and tokens[b + 1].text.isdigit():
        return b + 2
    return b


def outlet_span(tokens: list[Token], chunk: Chunk) -> tuple[int, int] | None:
    """ "Radio Progreso (and Canal 36)", "the Daily Beacon": a media outlet's kind, then its name (up to "and")."""
    a = chunk.start
    if tokens[a].key not in ("radio", "television", "daily"):
        return None
    b = a + 1
    while b < chunk.end and tokens[b].cap and tokens[b].key not in STOPWORDS and b - a < 4:
        b += 1
    if b - a < 2 or (b < chunk.end and tokens[b].key != "and"):
        return None
    return a, b


def country_before_acronym(text: str, tokens: list[Token], b: int, countries: frozenset[str]) -> int:
    """ "Committee of Relatives of the Disappeared in Honduras (COFADEH)": the country is part of the name."""
    if b + 1 < len(tokens) and tokens[b].key == "in" and not tokens[b].cap and tokens[b + 1].key in countries and tokens[b + 1].cap:
        if re.match(r"[^\S\n]*\([A-Z][A-Za-z-]{1,11}\)", text[tokens[b + 1].end :]):
            return b + 2
    return b


def grammar_span(text: str, tokens: list[Token], chunk: Chunk) -> tuple[int, int] | None:
    """The part of a chunk that is an organisation's name, if any."""
    a, b = chunk.start, chunk.end
    heads = [k for k in range(a, b) if tokens[k].key in ORG_HEADS and tokens[k].cap]
    if not heads:
        return _people_for_cause(tokens, a, b)
    if any(t.key in LAW_WORDS for t in tokens[a : heads[0]]):
        return None
    openers = [
        k
        for k in heads
        if k + 1 < b
        and (
            (tokens[k].key in ORG_OPENERS and tokens[k + 1].key in ("of", "for", "on"))
            or (tokens[k].key in NAME_FIRST_HEADS and (k == a or tokens[k - 1].key in CONNECTORS))
        )
    ]
    if openers:
        end = b  # "Ministry of Labour and Vocational Training", "Collective Union of Movement of Workers"
    else:
        end = heads[-1] + 1
        while end < b and tokens[end].key in ("ltd", "limited", "inc", "plc", "pcl"):
            end += 1
        if end < b and tokens[end].text.isdigit() and tokens[end - 1].key not in WEAK_HEADS:
            end += 1  # "Brigade 70"
    if end < b and tokens[end].key in _FACILITIES and tokens[end].cap:
        return None  # "Harare Central Police Station": a facility, a place
    while a < end - 1 and tokens[a].key in MONTHS and tokens[a + 1].text.isdigit():
        a += 2  # "a June 6 Constitutional Court order", "Dec 21 Police in ...": a date before the name
    while a < end - 1 and a > 0 and tokens[a].text.isdigit() and tokens[a - 1].key in MONTHS:
        a += 1
    start = after_people(tokens, a, end)
    start = _after_person_of(tokens, start, end)
    start = _after_role_of(tokens, start, end)
    start = _after_other_and(tokens, start, end)
    if start != a and tokens[end - 1].key in UNITS:
        return None  # "Head of Land Program": a unit of a body, named by a role
    while start < end and (tokens[start].key.rsplit(" ", 1)[-1] in OWNED or tokens[start].key in _TIME_WORDS):
        start += 1  # "Chinese-owned X Co. Ltd" names X; "Former X president": X
    if not _is_name(tokens, start, end) and not _definite_generic_name(text, tokens, start, end):
        return None
    if end < len(tokens) and tokens[end].key in NOT_A_BODY_AFTER and not tokens[end].cap and end == b:
        return None
    return start, end


# "Lawyers for Human Rights", "Reporters Without Borders": people, then what they stand for, make a body's name.
_MEMBER_PLURALS = EN.keys("member_plurals")
_CAUSE_PREPOSITIONS = EN.keys("cause_prepositions")
_CAUSES = EN.keys("cause_words")


def _people_for_cause(tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """ "(Zimbabwe) Lawyers for Human Rights", "Thai Lawyers for Human Rights": a capitalised plural of people, then
    "for"/"without"/"against" and capitalised words naming a cause, the whole chunk (no head noun in it); not
    "Lawyers for Kem Sokha" (a client)."""
    for k in range(a, b - 2):
        if (
            tokens[k].cap
            and tokens[k].key in _MEMBER_PLURALS
            and tokens[k + 1].key in _CAUSE_PREPOSITIONS
            and not tokens[k + 1].cap  # (in a Title Case Headline the name's end is unknown)
            and tokens[k + 2].cap
            and any(t.key in _CAUSES for t in tokens[k + 2 : b])
        ):
            if k < a + 2:
                start = a
                while start < k and (tokens[start].key in FUNCTION_WORDS or tokens[start].key in MONTHS):
                    start += 1
                return start, b
            # later in a longer run: "Jeremiah Bamu of the Zimbabwe Lawyers for Human Rights": the name opens after
            # "of"/"the", with up to two capitalised words before the plural
            start = k
            while start > k - 2 and tokens[start - 1].cap and tokens[start - 1].key not in FUNCTION_WORDS:
                start -= 1
            if tokens[start - 1].key in FUNCTION_WORDS:
                return start, b
    return None


def _after_role_of(tokens: list[Token], a: int, b: int) -> int:
    """ "Land Rights Program Coordinator of Committee for Free ...": a post, then "of", then the body."""
    for k in range(b - 2, a, -1):
        governing = tokens[k - 1].key in _GOVERNING and tokens[k + 1].key == "the"  # "the Board of the X Center"
        if tokens[k].key == "of" and not tokens[k].cap and tokens[k - 1].cap and (tokens[k - 1].key in ROLE_HEADS or governing):
            if any(tokens[m].cap and tokens[m].key in ORG_HEADS for m in range(k + 1, b)):
                k += 1
                while k < b and tokens[k].key == "the":
                    k += 1
                return k
    return a


def _after_other_and(tokens: list[Token], a: int, b: int) -> int:
    """Where the name starts when the run opens with another thing and "and": a post ("Assistant Secretary and
    State Department") or a person's name ("officer Khim Pheakdey and Cambodia Royal Air Force"); the words after "and" name the body
    alone. Not "Human Rights and Peace Society", "All-Japan Metal and Information Machinery Workers' Union": no post
    nor person before "and"."""
    for m in range(a + 1, b - 1):
        if tokens[m].key != "and" or tokens[m].cap:
            continue
        if any(tokens[k].cap and tokens[k].key in ORG_HEADS for k in range(a, m)):
            return a
        after = m + 1
        # (the words after "and": a word, then a head, or an opener: "State Department", "Ministry of X")
        if not tokens[after].cap or not any(tokens[k].cap and tokens[k].key in ORG_HEADS for k in range(after, b)):
            return a
        post = tokens[m - 1].cap and tokens[m - 1].key in ROLE_HEADS
        # a person's name: name words opened by a known given name or a family name written first
        named = (
            2 <= m - a <= 4
            and (tokens[a].key in given_names() or tokens[a].key in family_names_first())
            and all(name_token(t) and t.key not in ORG_OPENERS for t in tokens[a:m])
            and not lookup(" ".join(t.text for t in tokens[a:m]))  # "Kampong Speu and Kandal Farmers Association"
        )
        return after if post or named else a
    return a


def _after_person_of(tokens: list[Token], a: int, b: int) -> int:
    """ "Michael Hilman of the Indonesia Legal Aid Foundation": a person's name, then "of", then the body."""
    for m in range(a + 2, min(a + 4, b)):
        if tokens[m].key in ("of", "from") and not tokens[m].cap:
            words = tokens[a:m]
            if all(name_token(t) and t.key not in ORG_OPENERS for t in words):
                k = m + 1
                while k < b and tokens[k].key == "the":
                    k += 1
                return k if k < b else a
            break
    return a


_SINGULAR_KINDS = EN.words("singular_kinds")


def _definite_generic_name(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """ "the Free Trade Union", "the Independent Workers Association": generic words, but three or more of them
    capitalised after "the" and ending in one body of a kind name one body (not "free trade unions")."""
    return (
        b - a >= 3
        and a >= 1
        and tokens[a - 1].key == "the"
        and joined(text, tokens[a - 1], tokens[a])
        and tokens[b - 1].key in _SINGULAR_KINDS
        and all(t.cap for t in tokens[a:b])
    )


def _is_name(tokens: list[Token], a: int, b: int) -> bool:
    words = [t for t in tokens[a:b] if t.key not in CONNECTORS or t.cap]
    heads = [t for t in words if t.key in ORG_HEADS]
    others = [t for t in words if t.key not in ORG_HEADS]
    if not others:
        return False
    distinctive = [t for t in others if t.upper or (t.key not in GENERIC_MODIFIERS and t.key not in STOPWORDS)]
    if distinctive:
        return True
    # Only generic words: a name for one-of-a-kind bodies ("Supreme Court",
    # "Ministry of Interior") but not "Trade Union" or "Textile Group".
    last = heads[-1].key if heads else ""
    if any(t.key in WEAK_HEADS for t in heads):
        return False
    return last in _INSTITUTIONS or tokens[a].key in ORG_OPENERS or len(words) >= 4
