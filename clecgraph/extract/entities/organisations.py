"""Organisations: known bodies, the grammar of organisation names, acronyms.

- Known organisations (ontology/authorities/) by any of their names.
- Capitalised names ending in a head noun ("... Legal Education Center",
  "... Co. Ltd") or opening with one ("Ministry of Interior"); where such a
  name starts and ends is orgspans.py's.
- Acronyms: defined in the text ("Long Name (ACR)", "ACR (Long Name)"),
  known, or bare capitals that are not common non-organisation acronyms.
- "X staff", camel-case names ending in a head ("SawitWatch").
"""

from __future__ import annotations

import re

from clecgraph.dates import MONTHS
from clecgraph.extract.entities.orgspans import OWNED, UNITS, country_before_acronym, grammar_span, name_tail, outlet_span
from clecgraph.extract.text.chunks import Candidate, Chunk
from clecgraph.extract.text.tokens import PhraseTable, Token, fold, joined
from clecgraph.knowledge import gazetteer
from clecgraph.knowledge.demonyms import nationality_words
from clecgraph.knowledge.given_names import given_names
from clecgraph.knowledge.lexicon import (
    CONNECTORS,
    DEMONYMS,
    EN,
    FUNCTION_WORDS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    ORG_KINDS,
    PERSON_ROLES,
    ROLE_HEADS,
    ROLE_WORDS,
    SITE_WORDS,
    STOPWORDS,
    TITLES,
)
from clecgraph.model import ORGANISATION

_CAMEL = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")
_STAFF = EN.words("staff_words")


def build_org_table(authorities) -> PhraseTable:
    table = PhraseTable()
    written: dict[str, list[str]] = {}
    for authority in authorities:
        for name in (authority.label, *authority.alt_labels):
            table.add(name, (authority.label, authority.subtype))
            written.setdefault(fold(name), []).append(name)
    # one-word names known only in capitals ("CENTRAL"): "Central to ..." opening a sentence is a word
    table.capitals_only = {key for key, names in written.items() if " " not in key and all(n.isupper() for n in names)}
    return table


def name_of(tokens: list[Token], a: int, b: int, text: str | None = None) -> str:
    """A name as written (spaces squashed), or from its words when no text is given."""
    if text is not None:
        return " ".join(text[tokens[a].start : tokens[b - 1].end].split())
    return " ".join(t.text for t in tokens[a:b])


def find_organisations(
    text: str, tokens: list[Token], chunks: list[Chunk], table: PhraseTable, field: str, countries: frozenset[str] = frozenset()
) -> list[Candidate]:
    found = []
    known_ends = set()
    for i, j, (label, subtype) in table.scan(text, tokens):
        if tokens[i].key in getattr(table, "capitals_only", ()) and not tokens[i].upper and _word_not_acronym(text, tokens, i):
            continue
        if _platform_as_medium(tokens, i, j):
            continue
        if j < len(tokens) and tokens[j].key in countries and tokens[j].cap and joined(text, tokens[j - 1], tokens[j]):
            # a country branch of a known body: "Oxfam Cambodia", "Save the Children Laos"
            found.append(Candidate(i, j + 1, ORGANISATION, name_of(tokens, i, j + 1, text), "rules.org.branch", 3, subtype, field))
            known_ends.add(j + 1)
            continue
        found.append(Candidate(i, j, ORGANISATION, label, "rules.org.known", 3, subtype, field))
        known_ends.add(j)
    for chunk in _split_after_known(tokens, chunks, known_ends):
        start = _country_in_brackets(text, tokens, chunk.start)
        span = grammar_span(text, tokens, Chunk(start, chunk.end)) if start < chunk.start else None
        span = span or grammar_span(text, tokens, chunk)
        if span is None:
            span = outlet_span(tokens, chunk)  # "Radio Shabelle", "the Daily Beacon": the head first
        if span:
            a, b = span
            b = name_tail(tokens, b, chunk.end, countries)
            b = country_before_acronym(text, tokens, b, countries)
            a = _country_in_brackets(text, tokens, a)
            if _police_of_a_place_in_a_title(text, tokens, a, b):
                continue
            subtype = _subtype(tokens[b - 1].key)
            found.append(Candidate(a, b, ORGANISATION, name_of(tokens, a, b, text), "rules.org.grammar", 1, subtype, field))
    for chunk in chunks:
        if _named_as_body(text, tokens, chunk):
            found.append(
                Candidate(
                    chunk.start, chunk.end, ORGANISATION, name_of(tokens, chunk.start, chunk.end, text), "rules.org.context", 0, None, field
                )
            )
        if _apposition_kind(text, tokens, chunk.end) and not _is_date(tokens, chunk):
            found.append(
                Candidate(
                    chunk.start,
                    chunk.end,
                    ORGANISATION,
                    name_of(tokens, chunk.start, chunk.end, text),
                    "rules.org.apposition",
                    0,
                    None,
                    field,
                )
            )
    for n, token in enumerate(tokens):
        if (
            token.key == "government"
            and not token.cap
            and n + 2 < len(tokens)
            and tokens[n + 1].key == "of"
            and tokens[n + 2].key in countries
            and tokens[n + 2].cap
        ):
            if n + 3 >= len(tokens) or not (tokens[n + 3].cap and joined(text, tokens[n + 2], tokens[n + 3])):
                # "the government of Laos": a government written as a body
                found.append(
                    Candidate(n, n + 3, ORGANISATION, "Government of " + tokens[n + 2].text, "rules.org.government", 1, "government", field)
                )
        if (
            token.key == "government"
            and not token.cap
            and n > 0
            and tokens[n - 1].cap
            and tokens[n - 1].key in DEMONYMS
            and joined(text, tokens[n - 1], token)
        ):
            if n + 1 >= len(tokens) or not tokens[n + 1].cap:
                # "the Malaysian government": a government written as a body, named as "the government of Laos" is
                found.append(
                    Candidate(
                        n - 1,
                        n + 1,
                        ORGANISATION,
                        "Government of " + DEMONYMS[tokens[n - 1].key],
                        "rules.org.government",
                        1,
                        "government",
                        field,
                    )
                )
        if token.cap and _CAMEL.match(token.text) and _camel_head(token.text):  # (a camel-case word opens with a capital)
            found.append(Candidate(n, n + 1, ORGANISATION, token.text, "rules.org.camel", 0, None, field))
        elif token.cap and not token.upper and n + 1 < len(tokens) and tokens[n + 1].key in _STAFF and not tokens[n + 1].cap:
            if token.key not in STOPWORDS and joined(text, token, tokens[n + 1]):
                found.append(Candidate(n, n + 1, ORGANISATION, token.text, "rules.org.staff", 0, None, field))
    return found


_TITLE_PREFIXES = EN.keys("role_prefixes") | {"first", "second"}
_GENERIC_PLACE_ADJECTIVES = EN.keys("generic_place_adjectives")


def _police_of_a_place_in_a_title(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """ "Deputy Phnom Penh Police Commissioner X", "Kandal Police Chief Y", "Municipal Police Chief Z": a place's
    police capitalised as part of a person's title, which the guidelines read as "the Phnom Penh police" (no
    body; the place counts). A police with a name of its own ("Military Police", "National Police"), or capitalised
    before a role in lower case ("Riverside Police chief"), stays."""
    if tokens[b - 1].key != "police" or b >= len(tokens) or not joined(text, tokens[b - 1], tokens[b]):
        return False
    # (the role capitalised too: the whole title is in capitals; "Riverside Police chief X" writes a name)
    if not tokens[b].cap or (tokens[b].key not in PERSON_ROLES and tokens[b].key not in ROLE_HEADS):
        return False
    words = [t for t in tokens[a : b - 1] if t.key not in _TITLE_PREFIXES and t.key not in _GENERIC_PLACE_ADJECTIVES]
    if not words:
        return any(t.key in _GENERIC_PLACE_ADJECTIVES for t in tokens[a : b - 1])  # ("Municipal Police Chief")
    # the words left name a place, as the gazetteer writes it ("Kandal", "Lagos State"; not "National")
    written = gazetteer.key(" ".join(t.text for t in words))
    return any(gazetteer.key(p.name) in (written, gazetteer.bare(written)) for p in gazetteer.lookup(written))


_PLATFORMS = EN.keys("platforms")
_PLATFORM_OBJECTS = EN.keys("platform_objects")


def _platform_as_medium(tokens: list[Token], i: int, j: int) -> bool:
    """ "posted on Facebook", "a Facebook post", "via Twitter": a platform where words were put, not a body."""
    if j - i != 1 or tokens[i].key not in _PLATFORMS:
        return False
    before = tokens[i - 1].key if i else ""
    after = tokens[j].key if j < len(tokens) and not tokens[j].cap else ""
    return before in ("on", "via", "through") or after in _PLATFORM_OBJECTS


_NOT_BODY_AFTER = EN.words("parts_of_a_body")
_BRACKETED = re.compile(r"\s*\(\s*[A-Z][\w ]{1,30}\)\s*$")


def _country_in_brackets(text: str, tokens: list[Token], a: int) -> int:
    """ "Lan Feng (Cambodia) Investment Co. Ltd": the name starts before the brackets."""
    lead = text[max(0, tokens[a].start - 40) : tokens[a].start]
    match = _BRACKETED.search(lead) if ")" in lead else None  # (the pattern closes a bracket: most names have none before)
    if not match:
        return a
    opening = tokens[a].start - len(lead) + match.start()
    k = a - 1
    while k >= 0 and tokens[k].start >= opening:
        k -= 1  # the words inside the brackets
    if k < 0 or not tokens[k].cap or tokens[k].key in STOPWORDS:
        return a
    start = k
    while start > 0 and tokens[start - 1].cap and joined(text, tokens[start - 1], tokens[start]) and tokens[start - 1].key not in STOPWORDS:
        if tokens[start - 1].key.rsplit(" ", 1)[-1] in OWNED:
            break
        start -= 1
    return start


_GROUP_KINDS = EN.words("group_kinds")
_AGENT_VERBS = EN.words("agent_verbs")


def _word_not_acronym(text: str, tokens: list[Token], i: int) -> bool:
    """A one-word name known only in capitals, written in lower case: a word where it opens a sentence ("Central to
    ...") or opens a longer name of a body or a site ("Central Police Station", "Central Committee")."""
    if _opens_sentence(text, tokens[i]):
        return True
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return bool(after and after.cap and joined(text, tokens[i], after) and (after.key in ORG_HEADS or after.key in _FACILITY_WORDS))


_FACILITY_WORDS = SITE_WORDS | EN.keys("venue_words")


def _opens_sentence(text: str, token: Token) -> bool:
    before = text[max(0, token.start - 4) : token.start]
    return token.start == 0 or bool(re.search(r"[.!?:\n\"“]\s*$", before))


def _named_as_body(text: str, tokens: list[Token], chunk: Chunk) -> bool:
    """ "workers hired by Phanimex", "the Chinese company Union Development Group"."""
    a = chunk.start
    first = tokens[a]
    if a == 0 or first.key in TITLES or first.key in ROLE_WORDS or (first.key in STOPWORDS and chunk.end - a == 1):
        return False
    before = tokens[a - 1]
    if not joined(text, before, first) or before.cap:
        return False
    if before.key == "by" and a >= 2 and tokens[a - 2].key in _AGENT_VERBS:
        return True
    if before.key == "group" and a >= 2 and tokens[a - 2].key in _GROUP_KINDS:
        return True  # "the youth group Khmer Thavrak"
    return before.key in ORG_KINDS and before.key not in ("group", "union", "party", "station")


# Roles a body's own name comes straight before: "Reuters journalists X", "Rappler CEO X".
_BODY_ROLES = EN.words("body_roles")


# verbs that open a headline's demand ("Free activist X", "Release lawyer Y")
_HEADLINE_VERBS = EN.words("headline_call_verbs")


def body_before_role(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """A short unknown name, a role noun, then a person's name: the name is the person's body."""
    found = []
    for b in range(1, len(tokens) - 1):
        if tokens[b].key not in _BODY_ROLES or (tokens[b].cap and not tokens[b].upper):
            continue
        a = b - 1  # one or two capitalised words before the role ("CEO" may sit inside a capitalised run)
        if (
            a > 0
            and tokens[a - 1].cap
            and not tokens[a - 1].upper
            and joined(text, tokens[a - 1], tokens[a])
            and tokens[a - 1].key not in STOPWORDS
        ):
            a -= 1
        words = tokens[a:b]
        if not all(t.cap for t in words) or (a > 0 and tokens[a - 1].cap and joined(text, tokens[a - 1], tokens[a])):
            continue
        if any(t.key in STOPWORDS or t.key in TITLES or t.key in ROLE_WORDS or t.key in ORG_HEADS or t.possessive for t in words):
            continue
        if any(t.key.split()[-1] in nationality_words() or t.key.split()[0] in ("pro", "anti") for t in words):
            continue  # "Mexican journalist X", "Pro-Kurdish lawyer Y": a nationality or a cause, not a body
        if (
            len(words) == 1
            and words[0].key in _HEADLINE_VERBS
            and (a == 0 or text[tokens[a - 1].end : words[0].start].strip() in (":", "–", "—", "-"))
        ):
            continue  # "Egypt: Free journalist X": a demand, not a body
        after = tokens[b + 1]
        if (
            joined(text, words[-1], tokens[b])
            and joined(text, tokens[b], after)
            and after.cap
            and not after.upper
            and after.key not in STOPWORDS
        ):
            found.append(Candidate(a, b, ORGANISATION, name_of(tokens, a, b, text), "rules.org.before-role", -1, None, field))
    return found


def _is_date(tokens: list[Token], chunk) -> bool:
    """ "On 1 June, a group of men ...": a day of a month, not a body in apposition."""
    words = tokens[chunk.start : chunk.end]
    return any(t.key in MONTHS for t in words) and all(t.key in MONTHS or t.text[:1].isdigit() for t in words)


def _apposition_kind(text: str, tokens: list[Token], end: int) -> bool:
    """ "X, a rubber company" / "X, an independent union": X is an organisation."""
    if end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start].strip() != "," or tokens[end].key not in ("a", "an", "the"):
        return False
    for k in range(end + 1, min(end + 5, len(tokens))):
        if (tokens[k].cap and tokens[k].key not in STOPWORDS) or not joined(text, tokens[k - 1], tokens[k]):
            return False  # nationality words may come between: "a Vietnamese rubber company"
        if tokens[k].key in ORG_KINDS:
            # the kind must head the phrase: not "the party's former information chief"
            if tokens[k].possessive:
                return False
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            return nxt is None or not joined(text, tokens[k], nxt) or nxt.key in FUNCTION_WORDS or nxt.key in OWNED or nxt.cap
    return False


def _split_after_known(tokens: list[Token], chunks: list[Chunk], known_ends: set[int]) -> list[Chunk]:
    """ "Equitable Cambodia and Inclusive Development International": two names."""
    out = []
    for chunk in chunks:
        a = chunk.start
        for k in range(chunk.start + 1, chunk.end):
            if k in known_ends and tokens[k].key == "and" and not tokens[k].cap:
                out.append(Chunk(a, k))
                a = k + 1
        out.append(Chunk(a, chunk.end))
    return [c for c in out if c.start < c.end]


def person_after_head(tokens: list[Token], a: int, b: int) -> int:
    """The end of a body's name whose run goes on into a person's: "the head of the X Bar Association Tahir
    Demir" ends at "Association" (a head word, then two or more words opened by a known given name)."""
    names = given_names()
    for h in range(b - 3, a - 1, -1):
        if tokens[h].key in ORG_HEADS and tokens[h + 1].key in names and tokens[h + 1].cap and not tokens[h + 1].upper:
            return h + 1
    return b


def role_of_bodies(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """ "the founder of the Brotherhood for Democracy", "editor of The Sunday Leader": a role's body."""
    found = []
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if a < 2 or not (tokens[a - 1].key in ("of", "the") or tokens[a - 1].key in FUNCTION_WORDS):
            continue
        if b < len(tokens) and not tokens[b].cap and (tokens[b].key in UNITS or tokens[b].key in _NOT_BODY_AFTER):
            continue  # "director of the Asia division": a unit named by a place
        while a > 0 and tokens[a - 1].cap and joined(text, tokens[a - 1], tokens[a]) and tokens[a - 1].key in FUNCTION_WORDS:
            a -= 1  # "of The Sunday Leader": words the chunk left off its front
        k = a - 1
        if k >= 1 and tokens[k].key == "the" and not tokens[k].cap:
            k -= 1
        if k < 1 or tokens[k].key != "of" or tokens[k].cap:
            continue
        role = tokens[k - 1]
        if role.key not in ROLE_HEADS or role.cap or not joined(text, role, tokens[k]):
            continue
        b = person_after_head(tokens, a, b)
        words = tokens[a:b]
        if b - a == 1 and words[0].key in nationality_words():
            continue  # "of the Kyrgyz investigative media outlet": a nationality, not a body
        if b - a == 1 and (words[0].key in NON_ORG_ACRONYMS or words[0].key in ORG_KINDS):
            continue  # "founder of the NGO “Future Forum”": a kind of body, its name follows
        if b - a == 1 and _platform_as_medium(tokens, a, b):
            continue  # "administrator of the Facebook page": a page on a platform, not a body
        if all(t.key in STOPWORDS or t.key in CONNECTORS for t in words) or any(t.text[:1].isdigit() for t in words):
            continue
        found.append(
            Candidate(a, b, ORGANISATION, " ".join(text[tokens[a].start : tokens[b - 1].end].split()), "rules.org.role-of", -1, None, field)
        )
    return found


def _subtype(head: str) -> str | None:
    if head in ("court", "courts", "tribunal", "chambers"):
        return "court"
    if head in ("ministry", "department", "authority", "administration", "government"):
        return "government"
    if head in (
        "co",
        "ltd",
        "limited",
        "inc",
        "corp",
        "corporation",
        "company",
        "industrial",
        "industries",
        "seafood",
        "garment",
        "garments",
        "enterprise",
        "holdings",
    ):
        return "company"
    if head in ("union", "unions", "federation", "confederation"):
        return "union"
    if head == "party":
        return "party"
    if head in ("radio", "television", "tv", "times", "post", "daily", "news"):
        return "media"
    return None


def _camel_head(word: str) -> bool:
    parts = re.findall(r"[A-Z][a-z]+", word)
    return len(parts) >= 2 and parts[-1].lower() in ORG_HEADS
