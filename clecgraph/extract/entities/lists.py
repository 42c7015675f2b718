"""Names written in one list share a kind: "Oxfam America and ActionAid Cambodia".

A capitalised name that no finder typed, written in a list next to an
organisation (or a person), is taken to be one too. Only names that look
like names of that kind qualify: two or more words, an acronym or a
camel-case word for bodies; two or three name words for persons.
"""

from __future__ import annotations

import re

from clecgraph.extract.entities.organisations import name_of
from clecgraph.extract.entities.persons import name_token, with_suffix
from clecgraph.extract.text.chunks import Candidate, Chunk
from clecgraph.extract.text.tokens import Token
from clecgraph.model import ORGANISATION, PERSON

_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+|or\s+)?|and\s+|&\s+|or\s+)(?:the\s+)?", re.I)
_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&", re.I)
_CONTINUES = re.compile(r"\s*(?:,|and\b|or\b)")
_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")


def list_members(text: str, tokens: list[Token], chunks: list[Chunk], chosen: list[Candidate], field: str) -> list[Candidate]:
    taken = set()
    for c in chosen:
        taken.update(range(c.start, c.end))
    by_end = {c.end: c for c in chosen}
    by_start = {c.start: c for c in chosen}
    found = []
    for chunk in _split_and(tokens, chunks):
        if taken.intersection(range(chunk.start, chunk.end)):
            continue
        before = by_end.get(chunk.start) or by_end.get(chunk.start - 1)
        after = by_start.get(chunk.end) or by_start.get(chunk.end + 1)
        left = text[tokens[before.end - 1].end : tokens[chunk.start].start] if before else None
        right = text[tokens[chunk.end - 1].end : tokens[after.start].start] if after else None
        left_ok = left is not None and _SEPARATOR.fullmatch(left)
        right_ok = right is not None and _SEPARATOR.fullmatch(right)
        tail = text[tokens[chunk.end - 1].end : tokens[chunk.end - 1].end + 6]
        # a list needs a conjunction next to the name, or list punctuation on both sides, or (its first
        # name) two more names of one kind after it: "volunteers A B, C D and E F"
        in_list = (
            (left_ok and (_CONJUNCTION.search(left) or _CONTINUES.match(tail)))
            or (right_ok and (_CONJUNCTION.search(right) or left_ok))
            or (right_ok and _list_goes_on(text, tokens, after, by_start))
        )
        if not in_list:
            continue
        neighbours = [c for c, ok in ((before, left_ok), (after, right_ok)) if ok]
        kinds = {c.kind for c in neighbours}
        if ORGANISATION in kinds and not (
            (left_ok and _CONJUNCTION.search(left)) or (right_ok and _CONJUNCTION.search(right)) or (left_ok and right_ok)
        ):
            kinds.discard(ORGANISATION)  # "ORG, Long Kunthea, ...": members named after their body, not a list of bodies
        if ORGANISATION in kinds and _body_like(tokens, chunk):
            found.append(
                Candidate(
                    chunk.start, chunk.end, ORGANISATION, name_of(tokens, chunk.start, chunk.end, text), "rules.org.list", 0, None, field
                )
            )
        elif PERSON in kinds:
            # "... and Dewi Kartika on Friday": the name ends before a lower-case connector
            end = next((k for k in range(chunk.start, chunk.end) if not tokens[k].cap), chunk.end)
            if 2 <= end - chunk.start <= 3 and all(name_token(t) for t in tokens[chunk.start : end]):
                end = with_suffix(text, tokens, end)
                found.append(
                    Candidate(
                        chunk.start, end, PERSON, " ".join(t.text for t in tokens[chunk.start : end]), "rules.person.list", 0, None, field
                    )
                )
    return found


def _list_goes_on(text: str, tokens: list[Token], after: Candidate, by_start: dict) -> bool:
    """The name after is followed, across list punctuation, by another name of its kind."""
    nxt = by_start.get(after.end) or by_start.get(after.end + 1)
    if nxt is None or nxt.kind != after.kind or after.end >= len(tokens):
        return False
    return bool(_SEPARATOR.fullmatch(text[tokens[after.end - 1].end : tokens[nxt.start].start]))


def _split_and(tokens: list[Token], chunks: list[Chunk]) -> list[Chunk]:
    out = []
    for chunk in chunks:
        a = chunk.start
        for k in range(chunk.start, chunk.end):
            if tokens[k].key in ("and", "or") and not tokens[k].cap:
                out.append(Chunk(a, k))
                a = k + 1
        out.append(Chunk(a, chunk.end))
    return [c for c in out if c.start < c.end]


def _body_like(tokens: list[Token], chunk: Chunk) -> bool:
    words = tokens[chunk.start : chunk.end]
    if len(words) == 1:
        return words[0].upper or bool(_CAMEL.match(words[0].text))
    return all(t.cap or t.key in ("of", "for", "and", "the") for t in words) and not all(t.text.isdigit() for t in words[1:])
