"""Acronyms: "Long Name (ACR)", "ACR (Long Name)", and bare capitals.

An acronym defined in a statement takes the kind and name of its long form
(an organisation, a place, or nothing: an event's or a law's acronym names
no body). A long form no other rule names, whose capitalised words spell the
acronym exactly, is the name of a body ("Community Network in Action (CNA)")
unless its words make it a law, a place or an event. A bare all-capitals word names an organisation unless it is a
common non-organisation acronym (NGO, ELC, SEZ...) or part of a shouted
headline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from clecgraph.extract.text.chunks import Chunk
from clecgraph.extract.text.tokens import Token, fold, joined
from clecgraph.knowledge.demonyms import nationality_words
from clecgraph.knowledge.lexicon import CONNECTORS, EN, NON_ORG_ACRONYMS, STOPWORDS, TITLES

_HYPHENS = re.compile(r"[-‐]")


def initials(tokens: list[Token], a: int, b: int) -> str:
    """The capitals of tokens [a, b), lower-case connectors ("of", "and") skipped."""
    return initials_of(t for t in tokens[a:b] if not (t.key in CONNECTORS and not t.cap))


def initials_of(words: Iterable[Token]) -> str:
    """The first letter of each word, and of each part of a hyphenated one, in capitals."""
    letters = []
    for token in words:
        text = token.text
        if "-" not in text and "‐" not in text:
            letters.append(text[0])  # (one part, never empty: the split below would give the word itself)
            continue
        for part in _HYPHENS.split(text):
            if part:
                letters.append(part[0])
    return "".join(letters).upper()


_NOT_LETTERS = re.compile(r"[^A-Za-z]")


def fits(acronym: str, long_initials: str) -> bool:
    """Whether an acronym's letters are the long form's initials, in order.

    Allows a little slack (an omitted word, a letter from inside a word).
    """
    acr = _NOT_LETTERS.sub("", acronym).upper()
    if len(acr) < 2:
        return False
    if acr == long_initials:
        return True
    it = iter(long_initials)
    in_order = all(ch in it for ch in acr)
    return in_order and acr[0] == long_initials[:1] and len(acr) >= len(long_initials) - 1


def definitions(text: str, tokens: list[Token], chunks: list[Chunk]) -> dict[str, tuple[int, int]]:
    """Acronym -> token span of its long form, from "Long Name (ACR)" and "ACR (Long Name)".

    A dotted acronym ("(C.CAWDU)", "(B.W.T.U.C)") is one acronym, keyed by its surface.
    """
    found: dict[str, tuple[int, int]] = {}
    if "(" not in text:
        return found  # (both ways of writing a definition open a bracket)
    by_start = {c.start: c for c in chunks}
    for b in after_brackets(text, tokens):
        _, e = dotted(text, tokens, b)
        acronym = text[tokens[b].start : tokens[e - 1].end] if e - b > 1 else tokens[b].text
        if (tokens[b].upper or e - b > 1) and _CLOSE.match(text, tokens[e - 1].end):
            span = _long_form(text, tokens, b, acronym)
            if span:
                found.setdefault(acronym, span)
    for b in after_brackets(text, tokens):
        n, token = b - 1, tokens[b - 1]
        if token.upper and b in by_start:
            chunk = by_start[n + 1]
            if re.match(r"\s*\)", text[tokens[chunk.end - 1].end :]) and fits(token.text, initials(tokens, chunk.start, chunk.end)):
                found.setdefault(token.text, (chunk.start, chunk.end))
    return found


def _capital_letters(token: Token) -> bool:
    letters = token.text.replace(".", "")
    return bool(letters) and letters.isalpha() and letters.isupper()


def dotted(text: str, tokens: list[Token], n: int) -> tuple[int, int]:
    """The token range of a dotted acronym around token n: "C" "CAWDU" in "C.CAWDU"; else (n, n + 1)."""

    def joined_by_dot(i: int) -> bool:
        left, right = tokens[i], tokens[i + 1]
        gap = text[left.end : right.start]
        return (gap == "." or (gap == "" and left.text.endswith("."))) and _capital_letters(left) and _capital_letters(right)

    m, k = n, n + 1
    if not _capital_letters(tokens[n]):
        return m, k
    while m > 0 and joined_by_dot(m - 1):
        m -= 1
    while k < len(tokens) and joined_by_dot(k - 1):
        k += 1
    return m, k


_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


def after_brackets(text: str, tokens: list[Token], last: bool = True) -> list[int]:
    """The indexes b >= 1 of the words right after an opening bracket (only white space around it between
    word b-1 and word b), in order; the last word too if `last`. (Found from the brackets of the text, not by
    testing the gap before every word: most texts hold a few brackets and hundreds of words.)"""
    found: list[int] = []
    at = text.find("(")
    if at < 0:
        return found
    starts = [t.start for t in tokens]
    end = len(tokens) if last else len(tokens) - 1
    while at >= 0:
        b = bisect_right(starts, at)  # the first word after the bracket
        if 0 < b < end and (not found or found[-1] != b) and _OPEN.fullmatch(text, tokens[b - 1].end, tokens[b].start):
            found.append(b)
        at = text.find("(", at + 1)
    return found


def _long_form(text: str, tokens: list[Token], b: int, acronym: str | None = None) -> tuple[int, int] | None:
    """The words before "(ACR)" whose initials spell it: nearest exact fit, else a close one."""
    acronym = acronym or tokens[b].text
    close = None
    for a in range(b - 1, max(-1, b - 13), -1):
        if a < b - 1 and not joined(text, tokens[a], tokens[a + 1]):
            break
        if not tokens[a].cap:
            continue
        letters = initials(tokens, a, b)
        if letters == _NOT_LETTERS.sub("", acronym).upper():
            return a, b
        if close is None and fits(acronym, letters):
            close = (a, b)
    return close


# Last words that make a defined long form a law, a place or an event rather than a body
_LAW_WORDS = EN.keys("law_words")
_NOT_A_BODY = (
    EN.keys("law_words")
    | EN.keys("site_words")
    | EN.keys("admin_place_words")
    | EN.keys("natural_place_words")
    | EN.keys("place_kind_words")
    | EN.keys("not_body_long_form_heads")
) - EN.keys("body_long_form_site_words")


def names_a_body(text: str, tokens: list[Token], a: int, b: int, acronym: str) -> bool:
    """Do tokens [a, b), before "(ACRONYM)", name a body no other rule typed?

    Every word capitalised (or a connector between them), at least two, their
    initials the acronym's letters exactly, and its last word none of a law, a
    place or an event ("Land Law (LL)", "Special Economic Zone (SEZ)", "World
    Day (WD)"), nor its first a law's ("Law on Associations (LANGO)").
    """
    words = tokens[a:b]
    content = [t for t in words if t.cap]
    if len(content) < 2 or all(t.upper for t in content) or any(not t.cap and t.key not in _LINKS for t in words):
        return False
    if fold(acronym).replace(".", "") in NON_ORG_ACRONYMS or initials_of(content) != _NOT_LETTERS.sub("", acronym).upper():
        return False
    # (names end in their kind: "Community Network in Action" is a network, "Koh Kong Community Zone" a place)
    if content[0].key in TITLES or content[0].key in _LAW_WORDS or content[-1].key in _NOT_A_BODY:
        return False
    return all(joined(text, left, right) for left, right in zip(words, words[1:]))


def bare_acronym(text: str, tokens: list[Token], n: int) -> bool:
    """An all-capitals word that may name an organisation on its own."""
    token = tokens[n]
    # ("COVID-19", "HIV-1": a listed word with a number on it is still no body)
    if (
        not token.upper
        or token.key in NON_ORG_ACRONYMS
        or token.key.replace("-", " ").split()[0] in NON_ORG_ACRONYMS
        or token.key in TITLES
        or len(token.text) < 3
        or len(token.key) < 3  # ("U.N.": two letters, as "UN" is)
        or len(token.text) > 12
    ):
        return False
    # ("AK-47", "RM21": a weapon, a sum; "STATEMENT", "MARCH": a heading or a dateline's month shouted;
    # "ZIMBABWEAN authorities": a nationality shouted)
    if any(c.isdigit() for c in token.text) or token.key in STOPWORDS or token.key in nationality_words():
        return False
    # Shouted headlines ("URGENT APPEAL FOR ...") are not acronyms.
    for m in (n - 1, n + 1):
        if 0 <= m < len(tokens) and tokens[m].upper and tokens[m].key not in NON_ORG_ACRONYMS:
            left, right = (tokens[m], token) if m < n else (token, tokens[m])
            if joined(text, left, right):
                return False
    return True


_LINKS = CONNECTORS | {"in", "at", "to", "&"}


def publisher_definitions(text: str, tokens: list[Token], publishers: set[str]) -> dict[str, tuple[int, int]]:
    """ "The Committee for Free and Fair Elections in Cambodia (COMFREL)" where COMFREL publishes the statement.

    The publisher's acronym need not be the long form's initials: its letters
    only have to appear in order in the capitalised words before it, the first
    letter first.
    """
    found: dict[str, tuple[int, int]] = {}
    for b in after_brackets(text, tokens):
        _, e = dotted(text, tokens, b)
        acronym = text[tokens[b].start : tokens[e - 1].end]
        if fold(acronym) not in publishers or not _CLOSE.match(text, tokens[e - 1].end):
            continue
        a = b
        while (
            a > 0
            and b - a < 12
            and (a == b or joined(text, tokens[a - 1], tokens[a]))
            and (tokens[a - 1].cap or tokens[a - 1].key in _LINKS)
        ):
            a -= 1
        while a < b and (tokens[a].key in _LINKS):
            a += 1
        letters = re.sub(r"[^a-z]", "", acronym.lower())
        words = "".join(t.text.lower() for t in tokens[a:b])
        it = iter(words)
        if a < b and letters[:1] == words[:1] and all(ch in it for ch in letters):
            found[acronym] = (a, b)
    return found


def bracketed_after(text: str, tokens: list[Token]) -> dict[str, int]:
    """Capitals in brackets right after a name, "... Commission (KPK)": acronym -> index where the name ends.

    Their letters need not be the name's initials (an acronym of the name in
    another language); the caller keeps them only after a name of a body.
    """
    found: dict[str, int] = {}
    for b in after_brackets(text, tokens, last=False):
        token = tokens[b]
        if token.upper and 2 <= len(token.text) <= 8 and token.key not in NON_ORG_ACRONYMS:
            if _CLOSE.match(text, token.end) and tokens[b - 1].cap:
                found.setdefault(token.text, b)
    return found


def bracketed_short_names(text: str, tokens: list[Token]) -> dict[str, int]:
    """A single capitalised word in brackets right after a name, "National Confederation of Trade Unions (Zenroren)":
    the body's short name in its own language -> index where the name ends (the caller keeps it only after a body)."""
    found: dict[str, int] = {}
    for b in after_brackets(text, tokens, last=False):
        token = tokens[b]
        if (
            token.cap
            and not token.upper
            and token.text.isalpha()
            and 4 <= len(token.text) <= 12
            and _CLOSE.match(text, token.end)
            and tokens[b - 1].cap
        ):
            found.setdefault(token.text, b)
    return found
