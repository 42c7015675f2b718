"""Places the gazetteer does not know, found by where they are written: "at Sanam Luang in Bangkok",
"in Lumajang regency, East Java", "dispersed the crowd in Senayan on Tuesday".
"""

from __future__ import annotations

import re

from clecgraph.extract.entities.place_kinds import name_word, split_and
from clecgraph.extract.text.chunks import Candidate, Chunk
from clecgraph.extract.text.tokens import Token
from clecgraph.knowledge.lexicon import EN, ORG_HEADS, ROLE_HEADS
from clecgraph.model import PLACE

LOCATIVE = EN.words("locative_prepositions")


_TO_PLACE = EN.words("to_place_prepositions")


def located(text: str, tokens: list[Token], chunks: list[Chunk], places: list[Candidate], field: str) -> list[Candidate]:
    """ "at Sanam Luang in Bangkok", "in Ashulia, Bangladesh", "to Srah Po and Tuol Sambo in Oudong district":
    names written as a location inside a known place are places too."""
    out = []
    starts = covered = None
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if a == 0 or tokens[a - 1].key not in _TO_PLACE or tokens[a - 1].cap or b >= len(tokens):
            continue
        if starts is None:
            starts = {c.start for c in places}
            covered = {k for c in places for k in range(c.start, c.end)}
        if covered.intersection(range(a, b)):
            continue
        gap = text[tokens[b - 1].end : tokens[b].start]
        inside = (gap.strip() == "," and b in starts) or (gap.isspace() and tokens[b].key == "in" and not tokens[b].cap and b + 1 in starts)
        if not inside:
            continue
        parts, p = [], a
        for k in range(a, b + 1):
            if k == b or (tokens[k].key == "and" and not tokens[k].cap):
                parts.append((p, k))
                p = k + 1
        for x, y in parts:
            words = tokens[x:y]
            if not 1 <= len(words) <= 3 or not all(
                name_word(t) and t.key not in ORG_HEADS and t.key not in ROLE_HEADS and not t.upper for t in words
            ):
                break
        else:
            for x, y in parts:
                out.append(Candidate(x, y, PLACE, " ".join(t.text for t in tokens[x:y]), "rules.place.located", 0, None, field))
    return out


_REGION_GAP = re.compile(r"(?:[^\S\n]+" + EN.alternation("region_kinds") + r")?[^\S\n]*,[^\S\n]+$")


_REGION_END = re.compile(r"[^\S\n]*(?:,[^\S\n]+[a-z]|[.;)]|$)")


def region_after(text: str, tokens: list[Token], chunks: list[Chunk], places: list[Candidate], field: str) -> list[Candidate]:
    """ "in Lumajang regency, East Java, ...", "in Tangerang, Banten, are": the region written after a place
    that is written as a location, then a comma and lower case (not "in Bangkok, Somchai Wong said")."""
    out = []
    ends = {c.end: c for c in places if c.kind == PLACE}
    order = {e: n for n, e in enumerate(ends)}  # (the place ending at a token, asked in the dict's order)
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if (
            a < 2
            or not 1 <= b - a <= 3
            or not all(name_word(t) and t.key not in ORG_HEADS and t.key not in ROLE_HEADS and not t.upper for t in tokens[a:b])
        ):
            continue
        near = sorted((e for e in range(a - 2, a + 1) if e in ends), key=order.__getitem__)
        before = next((ends[e] for e in near if _REGION_GAP.fullmatch(text, tokens[e - 1].end, tokens[a].start)), None)
        if before is None or before.start == 0 or tokens[before.start - 1].key not in LOCATIVE or tokens[before.start - 1].cap:
            continue
        if _REGION_END.match(text, tokens[b - 1].end):
            out.append(Candidate(a, b, PLACE, " ".join(t.text for t in tokens[a:b]), "rules.place.region-after", 0, None, field))
    return out


_AT = EN.words("at_prepositions")


_MONTH_STARTS = "|".join(month[:3].capitalize() for month in EN.ordered("months"))  # "Jan", ... (any month word starts so)


# what may follow a place in a sentence that says where and when: "in Senayan on Tuesday", "at Tuol Kork yesterday"
_TIME_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]+(?:on[^\S\n]+(?:\d|(?:the[^\S\n]+)?(?:morning|afternoon|evening|night)\b|[A-Z][a-z]+day\b|(?:"
    + _MONTH_STARTS
    + r")[a-z]*\b)"
    r"|yesterday\b|last[^\S\n]+(?:night|week|month)\b|this[^\S\n]+(?:morning|afternoon|evening)\b|early[^\S\n]+on\b|in[^\S\n]+the[^\S\n]+early[^\S\n]+hours\b)"
)


# ... or when, then where, the name ending the clause: "arrested on 5 May in Tondo.", "On Sunday at Lakeside, police ..."
_TIME_BEFORE = re.compile(
    r"(?:\b[Oo]n[^\S\n]+(?:\d{1,2}[^\S\n]+[A-Z][a-z]+|[A-Z][a-z]+[^\S\n]+\d{1,2}|[A-Z][a-z]+day)(?:,?[^\S\n]+\d{4})?|\b(?:[Yy]esterday|[Tt]oday|last[^\S\n]+night|this[^\S\n]+morning))"
    r",?[^\S\n]+$"
)


_CLAUSE_END = re.compile(r"[^\S\n]*(?:[,.;:)]|$)")


def located_then_time(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """An unknown name written where a scene happens, then when: "dispersed the crowd in Senayan on Tuesday"."""
    out = []
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if a == 0 or b - a > 3 or tokens[a - 1].key not in _AT or tokens[a - 1].cap:
            continue
        timed_before = _TIME_BEFORE.search(text, max(0, tokens[a - 1].start - 30), tokens[a - 1].start) and _CLAUSE_END.match(
            text, tokens[b - 1].end
        )
        if not (timed_before or _TIME_AFTER.match(text, tokens[b - 1].end)):
            continue
        words = tokens[a:b]
        if all(name_word(t) and t.key not in ORG_HEADS and t.key not in ROLE_HEADS and not t.upper for t in words):
            out.append(Candidate(a, b, PLACE, " ".join(t.text for t in words), "rules.place.scene", 0, None, field))
    return out


_MEMBER_GAP = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)")


def listed_with_places(text: str, tokens: list[Token], chunks: list[Chunk], places: list[Candidate], field: str) -> list[Candidate]:
    """ "in Mandalay, Rangoon, Chaut, Wakema and Pathein": an unknown name listed among places the gazetteer
    knows, in a list written as a location, is a place too."""
    if len(places) < 2 or (", " not in text and " and " not in text):
        return []  # no list of two known places to complete
    spans: dict[int, tuple[int, bool]] = {}
    for c in places:
        if c.kind == PLACE and c.end - c.start > spans.get(c.start, (c.start, True))[0] - c.start:
            spans[c.start] = (c.end, True)
    covered = {k for start, (end, _) in spans.items() for k in range(start, end)}
    for a, b in (part for chunk in chunks for part in split_and(tokens, chunk.start, chunk.end)):
        if covered.intersection(range(a, b)) or not 1 <= b - a <= 3:
            continue
        if all(name_word(t) and t.key not in ORG_HEADS and t.key not in ROLE_HEADS and not t.upper for t in tokens[a:b]):
            spans[a] = (b, False)
    items = sorted((a, b, known) for a, (b, known) in spans.items())
    out: list[Candidate] = []
    run: list[tuple[int, int, bool]] = []
    for item in [*items, None]:
        if item is not None and run and _MEMBER_GAP.fullmatch(text, tokens[run[-1][1] - 1].end, tokens[item[0]].start):
            run.append(item)
            continue
        first = run[0][0] if run else 0
        if sum(known for _, _, known in run) >= 2 and first and tokens[first - 1].key in LOCATIVE and not tokens[first - 1].cap:
            out += [
                Candidate(a, b, PLACE, " ".join(t.text for t in tokens[a:b]), "rules.place.listed-with", 0, None, field)
                for a, b, known in run
                if not known
            ]
        run = [item] if item is not None else []
    return out


_NOT_LOCATIONS = EN.keys("not_locations")


def opening_in(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """ "In Hpakant, a civilian was shot dead": an unknown name opening a sentence after "In", then a comma,
    sets where the sentence happens."""
    out = []
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if (
            a == 0
            or b - a > 3
            or b >= len(tokens)
            or tokens[a - 1].text != "In"
            or text[tokens[b - 1].end : tokens[b].start].strip() != ","
        ):
            continue
        if a >= 2 and not re.search(r"[.!?:\n]\W*$", text[tokens[a - 2].end : tokens[a - 1].start]):
            continue  # not the opening of a sentence
        words = tokens[a:b]
        if (
            all(
                name_word(t) and t.key not in ORG_HEADS and t.key not in ROLE_HEADS and t.key not in _NOT_LOCATIONS and not t.upper
                for t in words
            )
            and not words[-1].possessive
        ):
            out.append(Candidate(a, b, PLACE, " ".join(t.text for t in words), "rules.place.opening-in", 0, None, field))
    return out


# what may follow a name written as where something happened: the end of the phrase, a preposition, a
# conjunction, a verb ("in Morang is", "in Kidapawan were perpetrated"); not a noun ("at Honda factory")
_WHERE_END = re.compile(
    r"[^\S\n]*(?:[,.;:)\"”]|$|[^\S\n]+(?:on|in|at|of|from|near|into|under|during|after|before|until|since|when|where|while|and|or"
    r"|to|for|by|with|last|this|yesterday|is|are|was|were|has|have|had|will|who|which|that|[a-z]+ed)\b)"
)


def named_location(text: str, tokens: list[Token], chunks: list[Chunk], places: list[Candidate], field: str) -> list[Candidate]:
    """ "protesters gathered at Galle Face", "was arrested while on vacation in Dahab, ...": a name the gazetteer
    does not know, written straight after "in", "at", "near", "outside" (no article: "at the Ministry" is a
    body), of one to three plain capitalised words that end the phrase, is where something is or happens.
    (A person's or a body's name of the same words wins: this candidate has the lowest priority.)"""
    out = []
    covered = None
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if a == 0 or b - a > 3 or tokens[a - 1].key not in _AT or tokens[a - 1].cap or not tokens[a - 1].text.islower():
            continue
        if tokens[b - 1].possessive or not _WHERE_END.match(text, tokens[b - 1].end):
            continue
        # "in Tikapur of Kailali": a place, then the one holding it
        of = [k for k in range(a + 1, b - 1) if tokens[k].key == "of" and not tokens[k].cap]
        parts = [(a, of[0]), (of[0] + 1, b)] if len(of) == 1 else [(a, b)]
        if not all(_plain_name(tokens[x:y]) for x, y in parts):
            continue
        if covered is None:
            covered = {k for c in places for k in range(c.start, c.end)}
        if covered.intersection(range(a, b)):
            continue
        for x, y in parts:
            out.append(Candidate(x, y, PLACE, " ".join(t.text for t in tokens[x:y]), "rules.place.named-location", -1, None, field))
    return out


def _plain_name(words: list[Token]) -> bool:
    return all(
        name_word(t)
        and t.key not in ORG_HEADS
        and t.key not in ROLE_HEADS
        and t.key not in _NOT_LOCATIONS
        and not t.upper
        and t.text.isalpha()
        for t in words
    )
