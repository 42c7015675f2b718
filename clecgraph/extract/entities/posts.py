"""Persons named by the post or company written around them, in the styles of the whole region.

  - a capitalised post before the name: "Police Commissioner Arnel Bautista",
    "KWTU Chairperson Dewi Lestari", "Commissioner of Police Andy Tsang"
  - a post of a body, a comma, the name: "the Executive Director of JSMP, Luis de Oliveira Sampaio"
  - names opened by a plural role and a list mark: "the farmers, identified as A B, C D and E F",
    "five bloggers - A B, C D ..." (the rest of the list follows by lists.py)
  - a name followed by the body the person comes from: "Tomasz Kowal from the Daily Ledger"

Only runs of two to four name words count: one word alone says too little here.
"""

from __future__ import annotations

import re

from clecgraph.extract.entities.persons import _name_run, name_token
from clecgraph.extract.text.chunks import Candidate
from clecgraph.extract.text.tokens import Token, joined
from clecgraph.knowledge.demonyms import nationality_words
from clecgraph.knowledge.gazetteer import lookup
from clecgraph.knowledge.lexicon import EN, PERSON_ROLES, ROLE_HEADS, ROLE_WORDS
from clecgraph.model import PERSON

# "Commissioner of Police Andy Tsang": "of" and words that are no names between the post and the name.
_OF_BODY_MAX = 3
# "..., the Executive Director of JSMP, " / "the Chairperson of the X Union (XU), ": a post of a body, then a comma.
_POST_OF_BODY = re.compile(r"\b(?P<post>[A-Za-z-]+)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][^,.;:!?\n]{0,80},\s*$")
# "the students, identified later as", "five bloggers \u2013", "the victims:": a list mark after a plural role.
_LIST_OPENER = re.compile(
    r"\s*(?:[,:\u2013\u2014]|--?)?\s*(?:(?:who\s+(?:were|are)\s+|were\s+|are\s+)?(?:identified|named)(?:\s+(?:later|[a-z]+ly))?\s+as\s+|namely\s+)?"
)
# Plural nouns for people that open a list as a plural role does ("arrested four people - A B, C D and E F").
_PEOPLE = EN.words("people_nouns")
# "the Duterte administration", "Than Shwe's regime": a government named after its leader names a person.
_LEADER_RULE = re.compile(r"(?:['\u2019]s)?\s+(?:administration|regime|government|presidency|junta)\b")
_NATIONALITIES = nationality_words()
# "X Y from the Daily Ledger", "X Y of Nordic Radio": the body a person comes from, capitalised.
# ("of" only before "the" or an acronym: "Jerine Samuel of BBC", "Sam Rainsy of the CNRP")
_FROM_BODY = re.compile(r"\s+(?:from\s+(?:the\s+)?[A-Z]|of\s+(?:the\s+[A-Z]|[A-Z]{2,}\b))")


def _post_head(token: Token) -> bool:
    return token.cap and not token.upper and token.key in ROLE_HEADS


def _candidate(tokens: list[Token], a: int, b: int, field: str, extractor: str) -> Candidate:
    return Candidate(a, b, PERSON, " ".join(t.text for t in tokens[a:b]), extractor, 1, None, field)


def post_persons(text: str, tokens: list[Token], starts: set[int], field: str) -> list[Candidate]:
    found = []
    n = len(tokens)
    for i, token in enumerate(tokens):
        # a capitalised post, maybe with "of <Body word>", then the name
        if _post_head(token) and i + 1 < n and joined(text, token, tokens[i + 1]):
            k = i + 1
            while k < n and tokens[k].cap and tokens[k].key in ROLE_WORDS and joined(text, tokens[k - 1], tokens[k]):
                k += 1  # "Secretary General", "Chief Executive"
            if k < n and tokens[k].key == "of" and not tokens[k].cap:
                m = k + 1
                while m < n and m - k <= _OF_BODY_MAX and tokens[m].cap and not name_token(tokens[m]):
                    m += 1
                if m > k + 1:
                    k = m
            if k < n and joined(text, tokens[k - 1], tokens[k]):
                j = _name_run(text, tokens, k)
                if 2 <= j - k <= 4:
                    found.append(_candidate(tokens, k, j, field, "rules.person.post"))
        # "the former treasurer, Jose Ramos": a post in lower case, a comma, the name
        if token.key in ROLE_HEADS and not token.cap and i + 1 < n and text[token.end : tokens[i + 1].start].strip() == ",":
            j = _name_run(text, tokens, i + 1)
            if 2 <= j - i - 1 <= 4:
                found.append(_candidate(tokens, i + 1, j, field, "rules.person.post"))
        if not name_token(token):
            continue
        previous = tokens[i - 1] if i else None
        # a name, a comma, then a capitalised post ("Lina Marquez, KWTU Regional Coordinator says")
        if not (previous and previous.cap and joined(text, previous, token)):
            j = _name_run(text, tokens, i)
            if 2 <= j - i <= 4 and j < n and text[tokens[j - 1].end : tokens[j].start].strip() == "," and _post_follows(text, tokens, j):
                found.append(_candidate(tokens, i, j, field, "rules.person.post-after"))
                continue
        if previous is None:
            continue
        # a leader who names a government ("the Duterte administration")
        if previous.key == "the":
            j = _name_run(text, tokens, i, most=3)
            # (not a place's nor a nation's: "the Maharashtra government", "the Egyptian government")
            if j > i and _LEADER_RULE.match(text, tokens[j - 1].end) and (j - i >= 2 or _lone_leader(tokens[i])):
                found.append(_candidate(tokens, i, j, field, "rules.person.leader"))
                continue
        # a post of a body, a comma, then the name
        if text[previous.end : token.start].strip() == ",":
            match = _POST_OF_BODY.search(text, max(0, token.start - 120), token.start)
            if match and match["post"].lower() in ROLE_HEADS:
                j = _name_run(text, tokens, i)
                if 2 <= j - i <= 5:
                    found.append(_candidate(tokens, i, j, field, "rules.person.post-of"))
                    continue
        # a plural role and a list mark, then the first name of the list
        r = _list_role_before(text, tokens, i)
        if r is not None:
            j = _name_run(text, tokens, i)
            if 2 <= j - i <= 4:
                found.append(_candidate(tokens, i, j, field, "rules.person.listed"))
                continue
        # a name, then the body the person comes from
        if not (previous.cap and joined(text, previous, token)) and i not in starts:
            j = _name_run(text, tokens, i)
            if 2 <= j - i <= 3 and j < n and _FROM_BODY.match(text, tokens[j - 1].end):
                found.append(_candidate(tokens, i, j, field, "rules.person.from"))
    return found


def _lone_word(token: Token) -> bool:
    return len(token.text) >= 3 and token.text[1:].islower()


def _lone_leader(token: Token) -> bool:
    return _lone_word(token) and token.key not in _NATIONALITIES and not lookup(token.text)


def _post_follows(text: str, tokens: list[Token], j: int) -> bool:
    """Up to three capitalised words ending in a post, then no more capitals: "KWTU Regional Coordinator says"."""
    for k in range(j, min(len(tokens), j + 4)):
        if not tokens[k].cap or (k > j and not joined(text, tokens[k - 1], tokens[k])):
            return False
        if _post_head(tokens[k]):
            return k + 1 >= len(tokens) or not (tokens[k + 1].cap and joined(text, tokens[k], tokens[k + 1]))
    return False


def _list_role_before(text: str, tokens: list[Token], i: int) -> int | None:
    """Index of a plural role noun that opens a list of names at token i ("the farmers, identified as")."""
    for r in range(i - 1, max(-1, i - 6), -1):
        role = tokens[r]
        if role.cap and r != i - 1:
            return None
        plural = role.key.endswith("s") and (role.key in PERSON_ROLES or role.key[:-1] in PERSON_ROLES)
        if (plural or role.key in _PEOPLE) and not role.cap:
            gap = text[role.end : tokens[i].start]
            if gap.strip() and _LIST_OPENER.fullmatch(gap):
                return r
            return None
    return None
