"""Capitalised name chunks, typed candidates, and choosing among them.

A chunk is a run of capitalised words (with "of", "for", "and"... between
them) that may be a name: "Phnom Penh Municipal Court", "Ministry of
Labour and Vocational Training", "Group 78". The finders for organisations,
places and persons read chunks and propose candidates; `select` keeps the
best non-overlapping ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from clecgraph.extract.text.tokens import Token, joined
from clecgraph.knowledge.lexicon import (
    ADMIN_PLACE_WORDS,
    CONNECTORS,
    EN,
    FUNCTION_WORDS,
    NATURAL_PLACE_WORDS,
    ORG_HEADS,
    ORG_OPENERS,
    PERSON_ROLES,
    ROLE_WORDS,
    SITE_WORDS,
    STOPWORDS,
    TITLES,
)

TYPE_WORDS = ADMIN_PLACE_WORDS | NATURAL_PLACE_WORDS | SITE_WORDS


@dataclass(frozen=True)
class Chunk:
    start: int  # token index
    end: int  # token index after the last word


@dataclass(frozen=True)
class Candidate:
    start: int  # token index
    end: int
    kind: str
    name: str
    extractor: str
    priority: int = 0  # higher wins among equally long overlapping candidates
    subtype: str | None = None
    field: str = ""


def capitalised(token: Token) -> bool:
    return token.cap or (token.text[:1].isdigit() and len(token.text) <= 4)


def chunks(text: str, tokens: list[Token]) -> list[Chunk]:
    """Maximal runs of capitalised words, leading function words trimmed."""
    found = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].cap:
            i += 1
            continue
        j = i + 1
        while j < n:
            if (
                capitalised(tokens[j])
                and (joined(text, tokens[j - 1], tokens[j]) or _possessive_name(text, tokens, j))
                and not _breaks(tokens, j)
            ):
                j += 1
                continue
            # connectors: "of", "of the", "and" between capitalised words
            k = j
            while k < n and tokens[k].key in CONNECTORS and not tokens[k].cap and joined(text, tokens[k - 1], tokens[k]):
                k += 1
            if k > j and k < n and tokens[k].cap and joined(text, tokens[k - 1], tokens[k]) and _connects(tokens, j, k):
                j = k + 1
                continue
            break
        found.extend(_trim(tokens, i, j))
        i = j
    return found


def _possessive_name(text: str, tokens: list[Token], j: int) -> bool:
    """ "Hanoi People's Court", "Women's Network": a possessive inside a body's name."""
    left = tokens[j - 1]
    return (
        left.possessive
        and not left.upper
        and tokens[j].key in ORG_HEADS
        and tokens[j].cap
        and joined(text, left, tokens[j], possessive=True)
    )


def _breaks(tokens: list[Token], j: int) -> bool:
    # A number only continues a name ("Group 78"); a word after a number starts anew
    # unless it is a head or a place word ("Group 78 Community").
    previous = tokens[j - 1]
    return previous.text[:1].isdigit() and not tokens[j].cap


_CALENDAR = EN.words("calendar_words")


def _connects(tokens: list[Token], j: int, k: int) -> bool:
    words = [t.key for t in tokens[j:k]]
    if words[0] == "the" or words == ["and", "the"] or tokens[j - 1].key in TYPE_WORDS:
        return False  # "X and the Y", "Freedom Park for the ..." join two names
    if tokens[k].key in _CALENDAR:
        return False  # "the Phnom Penh Municipal Court on Monday": a name, then a day
    if "and" in words:
        # "Clean Clothes Campaign and Community Legal Education Center": two names
        left = tokens[j - 1]
        return not (left.key in ORG_HEADS or left.upper or tokens[k].upper)
    # (Filipino "ng" and "sa", Malay "dan" inside a name: "Kilusang Magbubukid ng Pilipinas")
    return words in (
        ["of"],
        ["for"],
        ["on"],
        ["of", "the"],
        ["for", "the"],
        ["on", "the"],
        ["de"],
        ["du"],
        ["des"],
        ["ng"],
        ["sa"],
        ["dan"],
    )


def _trim(tokens: list[Token], i: int, j: int) -> list[Chunk]:
    """Drop leading function words ("The", "Yesterday", "In")."""
    while i < j and (_weak_lead(tokens[i]) or tokens[i].key in CONNECTORS or _gerund_lead(tokens, i, j)):
        i += 1
    while j > i and tokens[j - 1].key in CONNECTORS and not tokens[j - 1].cap:
        j -= 1
    return [Chunk(i, j)] if i < j else []


def _gerund_lead(tokens: list[Token], i: int, j: int) -> bool:
    """ "Speaking for the Cambodian Youth Network": a verb opening the sentence, not a name."""
    t = tokens[i]
    return (
        t.key.endswith("ing")
        and i + 1 < j
        and len(t.text) > 5
        and not t.upper
        and tokens[i + 1].key in ("for", "on", "to", "at")
        and not tokens[i + 1].cap
    )


def _weak_lead(token: Token) -> bool:
    key = token.key
    if key in ORG_OPENERS or key in ORG_HEADS or token.upper:
        return False  # "U.S." is no "us"
    return key in FUNCTION_WORDS


# "Executive Director of X", "Workers of X", "Residents of X": X is the name.
_LEADING_PEOPLE = (ROLE_WORDS | TITLES | PERSON_ROLES | STOPWORDS) - ORG_HEADS - ORG_OPENERS - CONNECTORS


def after_people(tokens: list[Token], a: int, b: int) -> int:
    """Where a name starts once a leading "Role of" / "People of" is skipped."""
    k = a
    while k < b and tokens[k].key in _LEADING_PEOPLE:
        k += 1
    if a < k < b and tokens[a].key in TITLES:
        # "Judge Ros Piseth of the ... Court": a titled person, then the body
        m = k
        while m < b and m - k < 4 and tokens[m].cap and tokens[m].key not in ORG_HEADS:
            m += 1
        if m < b and tokens[m].key in ("of", "from", "at"):
            k = m
    if a < k < b and tokens[k].key in ("of", "for", "at", "from", "in"):
        k += 1
        while k < b and tokens[k].key == "the":
            k += 1
        return k
    return a


def overlaps(a: Candidate, b: Candidate) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest, then highest-priority candidates that do not overlap."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), -c.priority, c.field, c.start, c.kind, c.name))
    kept: list[Candidate] = []
    taken: set[tuple[str, int]] = set()  # (field, token index) already claimed
    for candidate in ranked:
        field, cells = candidate.field, range(candidate.start, candidate.end)
        if not any((field, k) in taken for k in cells):  # (the cells listed only for a candidate kept)
            kept.append(candidate)
            taken.update((field, k) for k in cells)
    return sorted(kept, key=lambda c: (c.field != "title", c.field, c.start))
