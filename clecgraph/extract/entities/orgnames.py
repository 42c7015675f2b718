"""Organisation names that the capitalised-chunk grammar of organisations.py cannot read.

- "Tate & Lyle", "Marks & Spencer": capitalised words joined by an ampersand.
- "7NG Company": a name opening with a digit, then a company head.
- "Koh Kong Sugar Industry": a trade and "Industry" after a name (a place inside
  it is part of the company's name, not a place mention).
- "iLaw", "eLaw": a name opening in lowercase, read only beside words that say
  it is a body ("the group iLaw", "iLaw project manager X", "iLaw's staff").
- Names in quotation marks: after a kind of body ("the NGO “Future Forum”"), or
  completing a name that ends in a head ("the Human Rights Center “Viasna”").
- A source of news: "according to Univision", "told Jubi", "Proceso reported".
"""

from __future__ import annotations

import re

from clecgraph.extract.entities.persons import family_names_first
from clecgraph.extract.text.chunks import Candidate
from clecgraph.extract.text.tokens import Token, joined
from clecgraph.knowledge.demonyms import nationality_words
from clecgraph.knowledge.gazetteer import lookup
from clecgraph.knowledge.given_names import given_names
from clecgraph.knowledge.lexicon import CONNECTORS, DEMONYMS, EN, ORG_HEADS, ROLE_HEADS, STOPWORDS
from clecgraph.model import ORGANISATION

_DIGIT_LED = re.compile(r"^\d+[A-Z][A-Za-z]*$")
_LOWER_LED = re.compile(r"^[a-z]{1,2}[A-Z][a-z]+(?:[A-Z][a-z]+)*$")
_COMPANY_HEADS = EN.words("company_heads")
_INDUSTRY = EN.words("industry_words")
_TRADES = EN.words("company_trades")
_BODY_AFTER = EN.words("words_after_a_body")
# "refiner", "buyer": words for a company that ORG_KINDS does not hold
_COMPANY_WORDS = EN.words("company_words")


def _name_word(token: Token) -> bool:
    return token.cap and not token.possessive and token.key not in STOPWORDS and token.key not in DEMONYMS


def marked_names(text: str, tokens: list[Token], field: str) -> list[Candidate]:
    found = []
    n = len(tokens)
    for k, token in enumerate(tokens):
        if token.text == "&" and 0 < k < n - 1 and _name_word(tokens[k - 1]) and tokens[k + 1].cap and tokens[k + 1].key not in STOPWORDS:
            a, b = k - 1, k + 2
            if a > 0 and _name_word(tokens[a - 1]) and joined(text, tokens[a - 1], tokens[a]):
                a -= 1
            if b < n and tokens[b - 1].possessive is False and _name_word(tokens[b]) and joined(text, tokens[b - 1], tokens[b]):
                b += 1
            # priority below a place of the same length ("Trinidad & Tobago")
            found.append(Candidate(a, b, ORGANISATION, text[tokens[a].start : tokens[b - 1].end], "rules.org.ampersand", -1, None, field))
        elif token.text[:1].isdigit() and _DIGIT_LED.match(token.text):  # (the cheap test first, for every word)
            b = k + 1
            while (
                b < n
                and b - k <= 3
                and tokens[b].cap
                and joined(text, tokens[b - 1], tokens[b])
                and tokens[b].key.rstrip(".") not in _COMPANY_HEADS
            ):
                b += 1
            if b < n and tokens[b].cap and tokens[b].key.rstrip(".") in _COMPANY_HEADS and joined(text, tokens[b - 1], tokens[b]):
                found.append(Candidate(k, b + 1, ORGANISATION, text[token.start : tokens[b].end], "rules.org.digits", 1, "company", field))
        elif (
            token.key in _INDUSTRY
            and token.cap
            and k >= 2
            and tokens[k - 1].key in _TRADES
            and tokens[k - 1].cap
            and _name_word(tokens[k - 2])
            and joined(text, tokens[k - 2], tokens[k - 1])
            and joined(text, tokens[k - 1], token)
        ):
            a = k - 2
            while a > 0 and k - a < 5 and _name_word(tokens[a - 1]) and joined(text, tokens[a - 1], tokens[a]):
                a -= 1
            found.append(Candidate(a, k + 1, ORGANISATION, text[tokens[a].start : token.end], "rules.org.industry", 1, "company", field))
        elif not token.cap and not token.text.islower() and _LOWER_LED.match(token.text) and _said_to_be_body(tokens, k):
            found.append(Candidate(k, k + 1, ORGANISATION, token.text, "rules.org.lowercase", 0, None, field))
    return found


def _said_to_be_body(tokens: list[Token], k: int) -> bool:
    """ "the group iLaw", "iLaw project manager", "iLaw's director": words beside the name say it is a body."""
    if k > 0 and tokens[k - 1].key in _COMPANY_WORDS and not tokens[k - 1].cap:
        return True
    after = [t.key for t in tokens[k + 1 : k + 3]]
    return bool(after) and (
        after[0] in ROLE_HEADS or after[0] in _BODY_AFTER or (tokens[k].possessive and after[0] in ROLE_HEADS | _BODY_AFTER)
    )


# A name in quotation marks: "the NGO “Future Forum”", "the Human Rights Center “Viasna”".
_QUOTED = re.compile(r"[“\"]([A-Z][^“”\"\n]{0,60}?)[”\"]")
_KINDS = EN.keys("org_kinds")
_HEADS = EN.keys("org_heads")


def quoted_names(text: str, tokens: list[Token], field: str) -> list[Candidate]:
    """A quoted capitalised name right after a body's kind ("the group “X”") or a capitalised head ("Center “X”")."""
    found = []
    if "“" not in text and '"' not in text:
        return found
    starts = {t.start: k for k, t in enumerate(tokens)}
    for match in _QUOTED.finditer(text):
        a = starts.get(match.start(1))
        if a is None or a == 0:
            continue
        b = a
        while b < len(tokens) and tokens[b].end <= match.end(1):
            b += 1
        words = tokens[a:b]
        if not 1 <= len(words) <= 6 or not all(t.cap or t.key in ("of", "for", "and", "the") for t in words) or not words[-1].cap:
            continue
        before = tokens[a - 1]
        quoted = " ".join(match.group(1).split()).rstrip(",.;:")
        if text[before.end : match.start()].strip():
            continue  # only white space between the word before and the quote
        if before.key in _KINDS and (not before.cap or before.upper):
            found.append(Candidate(a, b, ORGANISATION, quoted, "rules.org.quoted", 1, None, field))
        elif before.key in _HEADS and before.cap:
            h = a - 1  # the capitalised run that ends at the head opens the name
            while h > 0 and (tokens[h - 1].cap or tokens[h - 1].key in ("of", "for", "and")) and joined(text, tokens[h - 1], tokens[h]):
                h -= 1
            while tokens[h].key in ("of", "for", "and", "the", "a", "an"):
                h += 1
            name = " ".join(text[tokens[h].start : before.end].split()) + " " + quoted
            found.append(Candidate(h, b, ORGANISATION, name, "rules.org.quoted", 1, None, field))
    return found


# "according to X", "told X", "X reported": words that make X a source of news, a body (ontology/lexicon/en.toml)
_CUES_BEFORE = {tuple(w.split("_")) for w in EN.words("source_cues_before")}
_CUES_AFTER = EN.words("source_cues_after")
_CUES_BY_LENGTH = tuple((n, frozenset(c for c in _CUES_BEFORE if len(c) == n)) for n in sorted({len(c) for c in _CUES_BEFORE}))
_NOT_SOURCE = STOPWORDS | ROLE_HEADS | ORG_HEADS | EN.keys("role_words") | EN.keys("titles") | EN.words("calendar_words")


def reported_sources(text: str, tokens: list[Token], field: str) -> list[Candidate]:
    """ "according to Univision", "told Jubi", "Proceso reported": one or two capitalised words beside words that
    make them a source of news. Not a person's ("according to Sokha" after "Kem Sokha"), nor a place's."""
    found = []
    n = len(tokens)
    for a, token in enumerate(tokens):
        if not _source_word(token) or (a and tokens[a - 1].cap and joined(text, tokens[a - 1], token)):
            continue
        b = a + 1
        if b < n and _source_word(tokens[b]) and joined(text, token, tokens[b]):
            b += 1
        if b < n and joined(text, tokens[b - 1], tokens[b]) and (tokens[b].cap or _LONGER.match(tokens[b].text)):
            continue  # a longer name ("Pagkakaisa ng Manggagawa", "Abahlali baseMjondolo"): the name grammars read it
        after = b < n and tokens[b].key in _CUES_AFTER and not tokens[b].cap and text[tokens[b - 1].end : tokens[b].start].isspace()
        if not (_cue_before(tokens, a) or after):
            continue
        if _person_or_place(text, tokens, a, b):
            continue
        found.append(Candidate(a, b, ORGANISATION, " ".join(t.text for t in tokens[a:b]), "rules.org.source", -1, None, field))
    return found


# (a word of letters, an apostrophe inside at most: "B'Tselem"; no acronym, which the acronym rules read)
_WORD = re.compile(r"[A-Z][a-z]+|[A-Z][a-z]*['’][A-Z]?[a-z]{2,}")
# what continues a longer name: a connector, or a word opening in lower case with a capital inside
_LONGER = re.compile(r"(?:" + "|".join(sorted(CONNECTORS)) + r")$|[a-z]+[A-Z]")


def _source_word(token: Token) -> bool:
    return (
        token.cap
        and not token.possessive
        and bool(_WORD.fullmatch(token.text))
        and token.key not in _NOT_SOURCE
        and token.key not in DEMONYMS
    )


def _cue_before(tokens: list[Token], a: int) -> bool:
    k = a - 1 if a and tokens[a - 1].key == "the" and not tokens[a - 1].cap else a
    # (the words before, one look-up for each length of cue, not a comparison with every cue)
    return any(k >= length and tuple(t.key for t in tokens[k - length : k]) in cues for length, cues in _CUES_BY_LENGTH)


def _person_or_place(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """A known given name or family name, a nationality or a place; or a word the text writes elsewhere beside
    another capitalised word ("Jeremiah Bamu" ... "according to Bamu")."""
    words = tokens[a:b]
    if any(t.key in given_names() or t.key in family_names_first() or t.key in nationality_words() for t in words):
        return True
    if lookup(" ".join(t.text for t in words)):
        return True
    keys = {t.key for t in words}
    for k, t in enumerate(tokens):
        if t.key in keys and not a <= k < b:
            left = k > 0 and tokens[k - 1].cap and joined(text, tokens[k - 1], t) and tokens[k - 1].key not in keys
            right = k + 1 < len(tokens) and tokens[k + 1].cap and joined(text, t, tokens[k + 1]) and tokens[k + 1].key not in keys
            if left or right:
                return True
    return False
