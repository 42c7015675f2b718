"""Persons: names after titles or role nouns, Khmer names, speakers.

Names are kept in the order written (Khmer names put the family name
first: "Mam Sonando"), titles stripped. Patterns:
  - a title then a name: "Mr. Yeng Virak", "H.E. Sar Kheng", "Lok Chumteav X"
  - a role noun then a name: "human rights worker Chan Soveth"
  - a common Khmer family name then one or two given names
  - a speaker: "said Chea Vichea", "Chea Vichea said", "Chea Vichea, a lawyer"
  - a lone given name that speaks or is described: ", Sokleang is ..."
"""

from __future__ import annotations

import re
from functools import lru_cache

from clecgraph.extract.text.chunks import Candidate
from clecgraph.extract.text.tokens import Token, joined
from clecgraph.knowledge.demonyms import name_tails, nationality_words
from clecgraph.knowledge.lexicon import (
    ADMIN_PLACE_WORDS,
    CONNECTORS,
    EN,
    FUNCTION_WORDS,
    NATURAL_PLACE_WORDS,
    ORG_HEADS,
    PERSON_ROLES,
    PERSON_VERBS,
    ROLE_HEADS,
    ROLE_PREFIXES,
    ROLE_WORDS,
    SITE_WORDS,
    STOPWORDS,
    STRONG_TITLES,
    TITLES,
)
from clecgraph.knowledge.ontology import ontology_file
from clecgraph.model import PERSON
from clecgraph.names import fold

# Calendar words never start a titled name ("Mr. X on Monday" is fine, "Judge Monday" is not).
FUNCTION_MONTHS = EN.words("calendar_words") - {"may"}  # ("may" is a verb too)


@lru_cache(maxsize=1)
def khmer_family_names() -> frozenset[str]:
    """Common Khmer family names, from ontology/authorities/khmer-family-names.tsv."""
    return _name_list("khmer-family-names.tsv")


def _name_list(name: str) -> frozenset[str]:
    text = ontology_file("authorities", name).read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def family_names_first() -> frozenset[str]:
    """Family names written before the given names: Khmer, Vietnamese, Chinese, Korean (ontology/authorities)."""
    return khmer_family_names() | _name_list("east-asian-family-names.tsv")


# (role nouns too: "Deputy Regional Director for Campaigns" is a post, not a name)
# (capitalised "Ng" is a Cantonese family name, not the Filipino connector)
# (nor the end of a nationality word of two words: "a Sri Lankan national")
_NOT_NAME = (
    STOPWORDS
    | ORG_HEADS
    | ADMIN_PLACE_WORDS
    | NATURAL_PLACE_WORDS
    | SITE_WORDS
    | TITLES
    | (CONNECTORS - {"ng"})
    | ROLE_HEADS
    | name_tails()
)
_NATIONALITIES = nationality_words()
_SPEECH_BEFORE = EN.words("speech_before_name")
_NOT_TITLED = ORG_HEADS | ADMIN_PLACE_WORDS | NATURAL_PLACE_WORDS | SITE_WORDS | TITLES | FUNCTION_MONTHS
_SET_OFF_VERBS = EN.words("set_off_verbs")
_SPEECH_AFTER = EN.words("speech_after_name")
_HONORIFIC_PARTS = EN.words("honorific_parts")


# name_token's answers by word: a token's key and facts follow from its text (tokens.tokenize), and the finders
# ask about the same words hundreds of thousands of times
_NAME_WORDS: dict[str, bool] = {}


def name_token(token: Token) -> bool:
    known = _NAME_WORDS.get(token.text)
    if known is None:
        known = (
            token.cap
            and not token.upper
            and token.key not in _NOT_NAME
            and not token.text[:1].isdigit()
            and token.text.replace("-", "").isalpha()
        )
        if len(_NAME_WORDS) >= 1 << 17:  # (a bound for texts of endless new words)
            _NAME_WORDS.clear()
        _NAME_WORDS[token.text] = known
    return known


def _particle_name(token: Token) -> bool:
    """ "al-Masri": a particle and a name word in one token (never the first word of a name)."""
    return not token.cap and bool(_PARTICLE_GLUED.fullmatch(token.text)) and token.text.split("-")[-1][:1].isupper()


@lru_cache(maxsize=1 << 16)  # (asked of every word of every text)
def person_role(key: str) -> bool:
    words = key.split()
    return key in PERSON_ROLES or (len(words) == 2 and words[0] in ROLE_PREFIXES and words[1] in PERSON_ROLES)


def titled_token(token: Token) -> bool:
    """After a title any capitalised word is a name ("Venerable But Buntenh")."""
    return token.cap and not token.upper and token.text.isalpha() and token.key not in _NOT_TITLED


# Lower-case particles inside a name ("Erwin van der Borght", "Anwar bin Ibrahim").
NAME_PARTICLES = EN.words("name_particles")
# ... or glued to the next name word by a hyphen ("Karim al-Masri", "Abd el-Fattah", "Nasir ud-Din")
_PARTICLE_GLUED = re.compile(r"(?:al|el|ad|ar|as|at|az|an|ash|ud|ul|ed|abu|bin|ibn)[-‐][^\W\d_][^\W\d_'’-]*", re.U)


# Khmer place kinds written before a name ("Khan Sen Sok") end a person's name elsewhere ("Adilur Rahman Khan").
_UNITS = EN.words("units_of_measure")
_ROLE_ACRONYMS = EN.words("role_acronyms")  # "Rappler CEO Maria Ressa"
_NAME_END_KINDS = EN.words("khmer_place_prefixes")


_NAME_SUFFIXES = EN.words("name_suffixes")


def _name_run(text: str, tokens: list[Token], i: int, most: int = 4, test=name_token) -> int:
    """Index after the run of up to `most` name words starting at i (particles not counted)."""
    j = _name_words(text, tokens, i, most, test)
    return with_suffix(text, tokens, j) if j - i >= 2 else j


def with_suffix(text: str, tokens: list[Token], j: int) -> int:
    """ "Ziyagul Bolot kyzy": the end of a name with the lower-case word that may close it."""
    if j < len(tokens) and tokens[j].key in _NAME_SUFFIXES and not tokens[j].cap and joined(text, tokens[j - 1], tokens[j]):
        return j + 1
    return j


def _name_words(text: str, tokens: list[Token], i: int, most: int, test) -> int:
    j, n, particles = i, len(tokens), 0
    while j < n and j - i - particles < most and (j == i or joined(text, tokens[j - 1], tokens[j])):
        if test(tokens[j]) or (
            j > i and ((tokens[j].key in _NAME_END_KINDS and tokens[j].cap and not tokens[j].upper) or _particle_name(tokens[j]))
        ):
            j += 1
            if tokens[j - 1].possessive:
                break
            continue
        # "van der" between name words: part of the name
        k = j
        while (
            j > i
            and k < n
            and k - j < 2
            and tokens[k].key in NAME_PARTICLES
            and not tokens[k].cap
            and joined(text, tokens[k - 1], tokens[k])
        ):
            k += 1
        if k > j and k < n and joined(text, tokens[k - 1], tokens[k]) and test(tokens[k]):
            particles += k - j
            j = k
            continue
        break
    return j


def _candidate(tokens, a, b, field, extractor, priority=1) -> Candidate:
    # "Villager Hoy Mai said", "Twenty-eight-year-old Sok Channa": a role or an age opening the run
    while b - a > 2 and (tokens[a].key in PERSON_ROLES or tokens[a].key.endswith(" year old")):
        a += 1
    return Candidate(a, b, PERSON, " ".join(t.text for t in tokens[a:b]), extractor, priority, None, field)


def find_persons(text: str, tokens: list[Token], starts: set[int], field: str) -> list[Candidate]:
    found = []
    n = len(tokens)
    family_names = family_names_first()
    for i, token in enumerate(tokens):
        key = token.key
        named = name_token(token)  # (asked three times below)
        # a title then a name ("Mr. Sonando", "H.E. Sar Kheng", "Prime Minister Hun Sen")
        if (key in TITLES or (key == "h" and i + 1 < n and tokens[i + 1].key == "e")) and token.cap and (i + 1 < n):
            k = i + 1
            while k < n and (tokens[k].key in TITLES or tokens[k].key in _HONORIFIC_PARTS or tokens[k].key in ROLE_HEADS) and tokens[k].cap:
                k += 1
            if k < n and _near(text, tokens[k - 1], tokens[k]):
                strong = any(
                    tokens[m].key in STRONG_TITLES or tokens[m].key in ("h", "excellency", "chumteav") or tokens[m].text == "H.E."
                    for m in range(i, k)
                )
                j = _name_run(text, tokens, k, test=titled_token if strong else name_token)
                # ("Deputy Phnom Penh Police Commissioner X": the words after the title name the body's place)
                body_next = j < n and tokens[j].key in ORG_HEADS and tokens[j].cap and joined(text, tokens[j - 1], tokens[j])
                if j - k >= (1 if strong else 2) and not body_next:
                    found.append(_candidate(tokens, k, j, field, "rules.person.title", 2))
        # a role noun then a name ("activist Chan Soveth", "Their lawyer, Ham Sok Pheng")
        if person_role(key) and (not token.cap or key in _ROLE_ACRONYMS) and i + 1 < n:
            # "secretary general Cristina Palabay", "executive director Chak Sopheap": role words, then the name
            r = i + 1
            while (
                r < n
                and r - i <= 2
                and not tokens[r].cap
                and tokens[r].key in ROLE_WORDS
                and tokens[r].key not in FUNCTION_WORDS
                and text[tokens[r - 1].end : tokens[r].start].isspace()
            ):
                r += 1
            gap = text[tokens[r - 1].end : tokens[r].start] if r < n else ""
            if r < n and (gap.isspace() or gap.strip() == ","):
                j = _name_run(text, tokens, r)
                if j - r >= 2 or (j - r == 1 and gap.isspace() and _lone_after_role(text, tokens, r, starts)):
                    found.append(_candidate(tokens, r, j, field, "rules.person.role"))
        # a Khmer family name then given names ("Yeng Virak", "Mam Sonando")
        if key in family_names and named and (i == 0 or not _glued_name(text, tokens, i)):
            j = _name_run(text, tokens, i)
            if j - i >= 2:
                found.append(_candidate(tokens, i, j, field, "rules.person.khmer", 0))
        # a speaker: "said X Y" / "X Y said" / "X Y, a lawyer"
        if key in _SPEECH_BEFORE and not token.cap and i + 1 < n:
            k = i + 2 if key == "according" and i + 2 < n and tokens[i + 1].key == "to" else i + 1
            j = _name_run(text, tokens, k)
            if j - k >= 2:
                found.append(_candidate(tokens, k, j, field, "rules.person.speaker"))
        if named and i > 0 and text[tokens[i - 1].end : token.start].strip() == ",":
            j = _name_run(text, tokens, i)
            if (
                2 <= j - i <= 3
                and j + 1 < n
                and text[tokens[j - 1].end : tokens[j].start].strip() == ","
                and tokens[j].key in _SET_OFF_VERBS
            ):
                found.append(_candidate(tokens, i, j, field, "rules.person.set-off", 0))
        # (not after "Minister of": "Labour Ith Sam Heng said" is a portfolio, then the name)
        # (nor after "secretary of": "X, secretary of Odhikar, who ..." names a body)
        if (
            named
            and (i == 0 or not _glued_name(text, tokens, i))
            and not (i >= 2 and tokens[i - 1].key == "of" and (tokens[i - 2].cap or tokens[i - 2].key in ROLE_HEADS))
        ):
            j = _name_run(text, tokens, i)
            if j < n and j - i >= 1 and _described(text, tokens, j, lone=j - i == 1):
                if j - i >= 2 or (i not in starts and _lone_name(tokens, i)):
                    found.append(_candidate(tokens, i, j, field, "rules.person.described", 0))
    return found


def _lone_after_role(text: str, tokens: list[Token], r: int, starts: set[int]) -> bool:
    """ "union leader Rukmini for two days": one name word after a role noun, then lower case or a stop
    (many people of the region go by one name)."""
    token = tokens[r]
    if r in starts or token.key in FUNCTION_MONTHS or not _lone_name(tokens, r) or token.possessive:
        return False
    if r + 1 < len(tokens) and tokens[r + 1].cap and text[token.end : tokens[r + 1].start].isspace():
        return False  # a longer name
    if r + 1 < len(tokens) and (tokens[r + 1].key in ROLE_WORDS or tokens[r + 1].key in ROLE_HEADS):
        return False  # "deputy Asia director": a desk, then the role
    return bool(re.match(r"\s+[a-z]|[,.;:)]|$", text[token.end : token.end + 3]))


def _near(text: str, left: Token, right: Token) -> bool:
    between = text[left.end : right.start]
    return between.strip() in ("", ".") and len(between) <= 3


def _glued_name(text: str, tokens: list[Token], i: int) -> bool:
    # Part of a longer capitalised name: a name word just before it.
    previous = tokens[i - 1]
    return (
        previous.cap
        and previous.key not in STOPWORDS
        and previous.key not in TITLES
        and previous.key not in _HONORIFIC_PARTS
        and joined(text, previous, tokens[i])
    )


def _described(text: str, tokens: list[Token], j: int, lone: bool) -> bool:
    """The words after a name say a person speaks or is described."""
    nxt = tokens[j]
    between = text[tokens[j - 1].end : nxt.start]
    if between.isspace() and not nxt.cap:
        if not lone and nxt.key == "aged" and j + 1 < len(tokens) and tokens[j + 1].text.isdigit():
            return True  # "George Makoni aged 38 years"
        # "X Y is/has" says little about X Y; a lone unknown word before "is" is a given name
        return nxt.key in (PERSON_VERBS if lone else _SPEECH_AFTER)
    if between.strip() == "," and nxt.key in ROLE_HEADS | {
        "executive",
        "deputy",
        "acting",
        "senior",
        "vice",
        "chief",
        "general",
        "special",
    }:
        return True  # "Chak Sopheap, Executive Director of ..."
    if between.strip() == "," and not nxt.cap:
        if nxt.key in ("a", "an", "the", "who", "aged", "both") and j + 1 < len(tokens):
            if nxt.key in ("who", "aged"):
                return True
            # ", a prominent housing rights activist", ", a hairdresser who ..."
            # (a capitalised post too: ", the Chairperson of ...")
            return any(
                t.key in PERSON_ROLES or t.key in ROLE_HEADS or t.key == "who"
                for t in tokens[j + 1 : j + 5]
                if not t.cap or t.key in ROLE_HEADS
            )
        # "Sok Chea, 22, said": an age; "Damnak Trayoeng, 22 kilometres from the city": a distance
        return (nxt.text.isdigit() and not (j + 1 < len(tokens) and tokens[j + 1].key in _UNITS)) or nxt.key in PERSON_ROLES
    return False


def _lone_name(tokens: list[Token], i: int) -> bool:
    # A single word stands for a person only if it looks like a given name:
    # not a word that names a kind of thing (those are in the stop lists).
    # (nor a nationality word: "Egyptian, who ..." is no one's name)
    token = tokens[i]
    return len(token.text) >= 3 and token.text[1:].islower() and token.key not in _NATIONALITIES
