"""Places: gazetteer names, known places, and "X village / X district" patterns.

Which gazetteer names are looked for, and which count only where written as
a location ("in Kisumu"), is gazetteer_names.py's; this module finds the places of
a text: table names, names with their kind ("Sandan district", "the village
of X"), and unknown names written where a scene happens.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from clecgraph.extract.text.chunks import Candidate, Chunk, after_people
from clecgraph.extract.text.tokens import PhraseTable, Token, joined
from clecgraph.knowledge.lexicon import (
    ADMIN_PLACE_WORDS,
    EN,
    FUNCTION_WORDS,
    NATURAL_PLACE_WORDS,
    ORG_HEADS,
    ROLE_HEADS,
    SITE_WORDS,
    STOPWORDS,
    TITLES,
)
from clecgraph.model import PLACE, TITLE

TYPE_WORDS = ADMIN_PLACE_WORDS | NATURAL_PLACE_WORDS | SITE_WORDS | {"region"}
_SINGULAR = EN.map("place_kind_singulars")  # "provinces" -> "province"
# Kinds of place whose word is part of the name ("Bassac River", "Special Economic Zone").
_KEEP_WORD = NATURAL_PLACE_WORDS | {
    "zone",
    "sez",
    "market",
    "camp",
    "estate",
    "plantation",
    "reserve",
    "airport",
    "port",
    "bridge",
    "park",
    "boulevard",
    "road",
    "street",
    "stadium",
    "square",
    "quay",
    "avenue",
    "highway",
    "roundabout",
    "hospital",
    "clinic",
    "monument",
    "memorial",
}
# "Asia director", "Cambodia researcher": a desk, not a place.
_PREFIX_KINDS = EN.words("khmer_place_prefixes")
_STATE_WORDS = EN.words("state_words")
_DESK = EN.words("desk_words")


def _in_role_title(tokens: list[Token], i: int) -> bool:
    """ "Regional Director for East and Southeast Asia": part of a job title."""
    k = i - 1
    while k >= 0 and (tokens[k].key == "and" or (tokens[k].cap and tokens[k].key in _COMPASS)):
        k -= 1
    return k >= 1 and tokens[k].key == "for" and tokens[k - 1].key in ROLE_HEADS


_COMPASS = EN.words("compass_words")


def is_title_case(tokens: list[Token]) -> bool:
    """A headline in Title Case, where capitals say little about names."""
    long_words = [t for t in tokens if len(t.text) > 3]
    return len(long_words) >= 4 and sum(t.cap for t in long_words) >= 0.8 * len(long_words)


def _name_word(token: Token) -> bool:
    key = token.key
    return token.cap and key not in STOPWORDS and key not in TITLES and key not in TYPE_WORDS


# "14 Myanmar migrant workers", "three Lao nationals": a country's name used as an adjective of people
_PEOPLE = EN.words("people_from_a_place")


def _country_as_adjective(tokens: list[Token], i: int, j: int) -> bool:
    return (
        j < len(tokens) and not tokens[j].cap and tokens[j].key in _PEOPLE and (i == 0 or tokens[i - 1].key not in _LOCATIVE | {"of", "to"})
    )


def inside_longer_name(text: str, tokens: list[Token], i: int, j: int, title_case: bool) -> bool:
    """Whether words i..j are part of a longer capitalised name ("Asia Floor Wage")."""
    if i > 0 and joined(text, tokens[i - 1], tokens[i]) and _name_word(tokens[i - 1]):
        return True
    if j < len(tokens) and joined(text, tokens[j - 1], tokens[j]) and _name_word(tokens[j]):
        if not title_case:
            return True
        k = j
        while k < len(tokens) and tokens[k].cap and joined(text, tokens[k - 1], tokens[k]):
            if tokens[k].key in ORG_HEADS:
                return True
            k += 1
    return False


def find_places(text: str, tokens: list[Token], chunks: list[Chunk], table: PhraseTable, field: str) -> list[Candidate]:
    title_case = field == TITLE and is_title_case(tokens)
    found = []
    located_only = getattr(table, "located_only", ())
    last_end = -1  # where the last place found ends: "Iguala, Guerrero", "Kisumu and Mathare" list places
    for i, j, (name, kind) in table.scan(text, tokens):
        desk = (j < len(tokens) and tokens[j].key in _DESK and not tokens[j].cap) or _in_role_title(tokens, i)
        if text.startswith("$", tokens[j - 1].end):
            continue  # "US$160", "HK$5": a currency, not the country
        if desk or inside_longer_name(text, tokens, i, j, title_case) or (kind == "country" and _country_as_adjective(tokens, i, j)):
            continue
        if " ".join(t.key for t in tokens[i:j]) in located_only and not _written_as_location(text, tokens, i, j, last_end):
            continue
        found.append(Candidate(i, j, PLACE, name, "rules.place.gazetteer", 2, kind, field))
        last_end = j
    for chunk in chunks:
        found.extend(_typed_chunk(text, tokens, chunk, table, field))
        kind = _apposition(text, tokens, chunk.end)
        if kind:
            found.append(
                Candidate(
                    chunk.start,
                    chunk.end,
                    PLACE,
                    " ".join(t.text for t in tokens[chunk.start : chunk.end]),
                    "rules.place.apposition",
                    0,
                    kind,
                    field,
                )
            )
    found.extend(_numbered(text, tokens, field))
    found.extend(_kind_lists(text, tokens, chunks, field))
    found.extend(_kind_of(text, tokens, chunks, field))
    found.extend(_detention_sites(text, tokens, chunks, field))
    found.extend(_located(text, tokens, chunks, found, field))
    found.extend(_region_after(text, tokens, chunks, found, field))
    found.extend(_located_then_time(text, tokens, chunks, field))
    return found


_LOCATIVE = EN.words("locative_prepositions")
_OF_KINDS = EN.words("place_kinds_of")
# ("Lumajang regency, East Java", "Canlaon City, Negros Oriental": the kind of the place before may come between)
_LISTED_AFTER = re.compile(
    r"(?:\s+(?i:regency|province|district|city|municipality|township|county|division|department))?\s*(?:,|,?\s+and)\s+$"
)


def _written_as_location(text: str, tokens: list[Token], i: int, j: int, last_end: int) -> bool:
    """ "in Kisumu", "the town of Iguala", "Iguala, Guerrero" (after a place): not a possessive, not a body's name."""
    if tokens[j - 1].possessive or (j < len(tokens) and joined(text, tokens[j - 1], tokens[j]) and tokens[j].key in ORG_HEADS):
        return False
    if i == 0:
        return False
    before = tokens[i - 1]
    if before.key in _LOCATIVE or (before.key == "of" and not before.cap and i >= 2 and tokens[i - 2].key in _OF_KINDS):
        return True
    if i >= 2 and text[tokens[i - 1].end : tokens[i].start].strip() == "," and tokens[i - 1].cap:
        # "in Anapu, Pará": after a name written as a location, and a comma
        k = i - 1
        while k > 0 and tokens[k - 1].cap and joined(text, tokens[k - 1], tokens[k]) and i - k < 3:
            k -= 1
        if k > 0 and tokens[k - 1].key in _LOCATIVE and not tokens[k - 1].cap:
            return True
    return last_end > 0 and bool(_LISTED_AFTER.fullmatch(text, tokens[last_end - 1].end, tokens[i].start))


_KIND_LIST = re.compile(r"\b" + EN.alternation("plural_place_kinds") + r"\s+of\s+(?:the\s+)?$", re.I)
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _kind_lists(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """ "the provinces of Cavite, Batangas, Laguna and Rizal": each name listed after a plural kind."""
    out = []
    if "s of " not in text:
        return out
    listing = False
    for n, chunk in enumerate(chunks):
        a = tokens[chunk.start].start
        if listing and n and _LIST_SEP.fullmatch(text, tokens[chunks[n - 1].end - 1].end, a):
            pass
        else:
            listing = bool(_KIND_LIST.search(text, max(0, a - 40), a))
        parts = _split_and(tokens, chunk.start, chunk.end)
        if listing and all(len(tokens[x:y]) <= 3 and all(_name_word(t) and t.key not in ORG_HEADS for t in tokens[x:y]) for x, y in parts):
            out += [Candidate(x, y, PLACE, " ".join(t.text for t in tokens[x:y]), "rules.place.listed", 1, None, field) for x, y in parts]
        else:
            listing = False
    return out


_KIND_OF = re.compile(
    r"\b(?:village|hamlet|town|city|municipality|settlement|commune|community|neighbou?rhood|suburb|township|island)\s+of\s+$"
)


def _kind_of(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """ "the village of Las Nubes", "the town of Iguala": a name written after its kind (lower case) and "of"."""
    out = []
    if " of " not in text:
        return out
    for chunk in chunks:
        a = tokens[chunk.start].start
        b = min(chunk.end, chunk.start + 3)
        words = tokens[chunk.start : b]
        if _KIND_OF.search(text, max(0, a - 20), a) and all(_name_word(t) and t.key not in ORG_HEADS and not t.upper for t in words):
            kind = re.search(r"(\w+)\s+of\s+$", text[max(0, a - 20) : a]).group(1).lower()
            out.append(Candidate(chunk.start, b, PLACE, " ".join(t.text for t in words), "rules.place.kind-of", 1, kind, field))
    return out


# "Correctional Centre 1", "Prey Sar Detention Center": a prison is a place, not a body
_DETENTION = re.compile(r"\b(?:Correctional|Detention|Rehabilitation|Immigration\s+Detention)\s+(?:Centre|Center)(?:\s+\d{1,3})?\b")


def _detention_sites(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    out = []
    if "Cent" not in text:
        return out
    starts = [t.start for t in tokens]
    for match in _DETENTION.finditer(text):
        chunk = next((c for c in chunks if tokens[c.start].start <= match.start() < tokens[c.end - 1].end), None)
        if chunk is None:
            continue
        a = chunk.start  # the name before the kind ("Prey Sar Detention Centre"), if any
        k = bisect_left(starts, match.start())
        while a < k and not all(_name_word(t) for t in tokens[a:k]):
            a += 1
        end = bisect_left(starts, match.end())
        out.append(Candidate(a, end, PLACE, text[tokens[a].start : tokens[end - 1].end], "rules.place.detention", 3, "prison", field))
    return out


_NUMBERED = re.compile(r"\b(?:Village|Group|Phum|Street|Road|Block|Zone|VILLAGE|GROUP|STREET|ROAD)[ \t]+\d{1,4}\b")


def _numbered(text: str, tokens: list[Token], field: str) -> list[Candidate]:
    """ "Village 22", "Street 51": a place kind and its number."""
    out = []
    if not _NUMBERED.search(text):
        return out
    starts = [t.start for t in tokens]
    for match in _NUMBERED.finditer(text):
        n = bisect_left(starts, match.start())
        if n + 1 >= len(tokens) or tokens[n].start != match.start():
            continue
        t, number = tokens[n], tokens[n + 1]
        if n == 0 or not (tokens[n - 1].cap and joined(text, tokens[n - 1], t)):
            out.append(Candidate(n, n + 2, PLACE, f"{t.text} {number.text}", "rules.place.numbered", 0, t.key, field))
    return out


_TO_PLACE = EN.words("to_place_prepositions")


def _located(text: str, tokens: list[Token], chunks: list[Chunk], places: list[Candidate], field: str) -> list[Candidate]:
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
                _name_word(t) and t.key not in ORG_HEADS and t.key not in ROLE_HEADS and not t.upper for t in words
            ):
                break
        else:
            for x, y in parts:
                out.append(Candidate(x, y, PLACE, " ".join(t.text for t in tokens[x:y]), "rules.place.located", 0, None, field))
    return out


_REGION_GAP = re.compile(r"(?:[^\S\n]+" + EN.alternation("region_kinds") + r")?[^\S\n]*,[^\S\n]+$")
_REGION_END = re.compile(r"[^\S\n]*(?:,[^\S\n]+[a-z]|[.;)]|$)")


def _region_after(text: str, tokens: list[Token], chunks: list[Chunk], places: list[Candidate], field: str) -> list[Candidate]:
    """ "in Lumajang regency, East Java, ...", "in Tangerang, Banten, are": the region written after a place
    that is written as a location, then a comma and lower case (not "in Bangkok, Somchai Wong said")."""
    out = []
    ends = {c.end: c for c in places if c.kind == PLACE}
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if (
            a < 2
            or not 1 <= b - a <= 3
            or not all(_name_word(t) and t.key not in ORG_HEADS and t.key not in ROLE_HEADS and not t.upper for t in tokens[a:b])
        ):
            continue
        before = next(
            (c for e, c in ends.items() if a - 2 <= e <= a and _REGION_GAP.fullmatch(text, tokens[e - 1].end, tokens[a].start)), None
        )
        if before is None or before.start == 0 or tokens[before.start - 1].key not in _LOCATIVE or tokens[before.start - 1].cap:
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


def _located_then_time(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
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
        if all(_name_word(t) and t.key not in ORG_HEADS and t.key not in ROLE_HEADS and not t.upper for t in words):
            out.append(Candidate(a, b, PLACE, " ".join(t.text for t in words), "rules.place.scene", 0, None, field))
    return out


def _apposition(text: str, tokens: list[Token], end: int) -> str | None:
    """ "Sambok Chab, a community on the banks ...": a place of that kind."""
    if end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start].strip() != "," or tokens[end].key not in ("a", "an"):
        return None
    for k in range(end + 1, min(end + 4, len(tokens))):
        if tokens[k].cap or not joined(text, tokens[k - 1], tokens[k]):
            return None
        if tokens[k].key in TYPE_WORDS:
            return _SINGULAR.get(tokens[k].key, tokens[k].key)
    return None


def _typed_chunk(text: str, tokens: list[Token], chunk: Chunk, table: PhraseTable, field: str) -> list[Candidate]:
    """ "Sandan district", "Kampong Thom Province", "Group 78 Community", "Bassac River"."""
    out = []
    chunk = Chunk(after_people(tokens, chunk.start, chunk.end), chunk.end)
    if all(t.upper for t in tokens[chunk.start : chunk.end]):
        return out  # "a CNRP commune councillor": an acronym names a body, not a commune
    if all(t.key in STOPWORDS for t in tokens[chunk.start : chunk.end]):
        return out  # "Three communes were ...": no name
    after = chunk.end
    # one plain word may come between a site's name and its kind ("Lower Sesan 2 hydropower dam")
    if after + 1 < len(tokens) and _site_kind(tokens, after + 1) and tokens[after].text.isalpha() and tokens[after].text.islower():
        if (
            tokens[after].key not in TYPE_WORDS
            and tokens[after].key not in _BROADCAST
            and joined(text, tokens[after - 1], tokens[after])
            and joined(text, tokens[after], tokens[after + 1])
        ):
            after += 1
    if (
        after < len(tokens)
        and not tokens[after].cap
        and (tokens[after].key in TYPE_WORDS or _site_kind(tokens, after))
        and joined(text, tokens[after - 1], tokens[after])
    ):
        word = tokens[after].key
        if word in ("community", "communities") and _KIND_THEN_OF.match(text, tokens[after].end):
            return out  # "the Penan community of Long Benalih": the name before is a people; the place comes after "of"
        parts = _split_and(tokens, chunk.start, chunk.end) if word in _SINGULAR else [(chunk.start, chunk.end)]
        for a, b in parts:
            end = after + 1 if (a, b) == parts[-1] else b
            out.append(_place(text, tokens, a, b, end, _SINGULAR.get(word, word), table, field, keep=False))
        return out
    for p in range(chunk.start + 1, chunk.end):
        word = tokens[p].key
        if word in _STATE_WORDS and tokens[p].cap and table.get(" ".join(t.text for t in tokens[chunk.start : p])):
            # "Rakhine State", "Sagaing Region": a known province named with its kind, as written
            out.append(
                Candidate(
                    chunk.start, p + 1, PLACE, " ".join(t.text for t in tokens[chunk.start : p + 1]), "rules.place.pattern", 3, word, field
                )
            )
            break
        # Khmer kinds come before the name ("Khan Sen Sok"): "Adilur Rahman Khan" is a person
        if word in TYPE_WORDS and word not in _PREFIX_KINDS and tokens[p].cap and _plain_prefix(tokens, chunk, p):
            # "Ho Chi Minh City", "Quezon City": a known name that holds its kind keeps it
            keep = word in _KEEP_WORD or bool(table.get(" ".join(t.text for t in tokens[chunk.start : p + 1])))
            end = p + 1
            while keep and end < chunk.end and tokens[end].text.isdigit():
                end += 1  # "National Road 7"
            out.append(_place(text, tokens, chunk.start, end if keep else p, end, _SINGULAR.get(word, word), table, field, keep))
            break
    return out


_KIND_THEN_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# "Puškinskaja metro station", "Akrescina detention centre": kinds of site that need the word before them
_STATION_KINDS = {"station": None, "centre": {"detention"}, "center": {"detention"}}
_BROADCAST = EN.words("broadcast_words")  # "the X radio station" is a body


def _site_kind(tokens: list[Token], k: int) -> bool:
    key = tokens[k].key
    if key in SITE_WORDS:
        return True
    if key not in _STATION_KINDS or tokens[k].cap or k == 0:
        return False
    before = _STATION_KINDS[key]
    return before is None or tokens[k - 1].key in before


def _plain_prefix(tokens: list[Token], chunk: Chunk, p: int) -> bool:
    # "Community Legal Education Center", "Director of Community ...": not places
    if any(t.key in ORG_HEADS for t in tokens[p + 1 : chunk.end]):
        return False
    # (a title word inside the name is no title: "Riverside General Hospital")
    return all(
        _name_word(t) or t.text.isdigit() or (t.cap and t.key not in FUNCTION_WORDS and (t.key not in TITLES or k > chunk.start))
        for k, t in enumerate(tokens[chunk.start : p], chunk.start)
    )


def _split_and(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    parts, a = [], start
    for k in range(start, end):
        if tokens[k].key == "and" and not tokens[k].cap:
            parts.append((a, k))
            a = k + 1
    parts.append((a, end))
    return [(x, y) for x, y in parts if x < y]


def _place(text, tokens, a, b, end, subtype, table, field, keep) -> Candidate:
    name = " ".join(t.text for t in tokens[a:b])
    known = table.get(name)
    if known and not keep:
        name = known[0]
    return Candidate(a, end, PLACE, name, "rules.place.pattern", 3, subtype, field)
