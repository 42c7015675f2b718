"""Places named with their kind: "Sandan district", "the village of X", "the provinces of A, B and C",
"Village 22", "Prey Sar Detention Centre", "Sambok Chab, a community ...".

The kind word says the name is a place, whether or not the gazetteer knows it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from clecgraph.extract.text.chunks import Candidate, Chunk, after_people
from clecgraph.extract.text.tokens import PhraseTable, Token, joined
from clecgraph.knowledge.demonyms import nationality_words
from clecgraph.knowledge.lexicon import (
    ADMIN_PLACE_WORDS,
    EN,
    FUNCTION_WORDS,
    NATURAL_PLACE_WORDS,
    ORG_HEADS,
    SITE_WORDS,
    STOPWORDS,
    TITLES,
)
from clecgraph.model import PLACE

TYPE_WORDS = ADMIN_PLACE_WORDS | NATURAL_PLACE_WORDS | SITE_WORDS | {"region"}


_SINGULAR = EN.map("place_kind_singulars")  # "provinces" -> "province"


# Kinds of place whose word is part of the name ("Bassac River", "Special Economic Zone").
_KEEP_WORD = EN.keys("kept_kind_words")


# "Asia director", "Cambodia researcher": a desk, not a place.
_PREFIX_KINDS = EN.words("khmer_place_prefixes")


_STATE_WORDS = EN.words("state_words")


def is_title_case(tokens: list[Token]) -> bool:
    """A headline in Title Case, where capitals say little about names."""
    long_words = [t for t in tokens if len(t.text) > 3]
    return len(long_words) >= 4 and sum(t.cap for t in long_words) >= 0.8 * len(long_words)


def name_word(token: Token) -> bool:
    """A word that may be part of a place's name the gazetteer does not know ("in Marathi": a language; no place)."""
    key = token.key
    return token.cap and key not in STOPWORDS and key not in TITLES and key not in TYPE_WORDS and key not in nationality_words()


# "the provinces of A, B and C", "several villages, including A, B and C", "towns such as A and B"
_KIND_LIST = re.compile(
    r"\b" + EN.alternation("plural_place_kinds") + r"(?:\s+of|,?\s+(?:including|such\s+as|like|namely))\s+(?:the\s+)?$", re.I
)


_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def kind_lists(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """ "the provinces of Cavite, Batangas, Laguna and Rizal": each name listed after a plural kind."""
    out = []
    if "s of " not in text and "includ" not in text and "such as" not in text and "like " not in text and "namely" not in text:
        return out
    listing = False
    for n, chunk in enumerate(chunks):
        a = tokens[chunk.start].start
        if listing and n and _LIST_SEP.fullmatch(text, tokens[chunks[n - 1].end - 1].end, a):
            pass
        else:
            listing = bool(_KIND_LIST.search(text, max(0, a - 40), a))
        parts = split_and(tokens, chunk.start, chunk.end)
        if listing and all(len(tokens[x:y]) <= 3 and all(name_word(t) and t.key not in ORG_HEADS for t in tokens[x:y]) for x, y in parts):
            out += [Candidate(x, y, PLACE, " ".join(t.text for t in tokens[x:y]), "rules.place.listed", 1, None, field) for x, y in parts]
        else:
            listing = False
    return out


_KIND_OF = re.compile(
    r"\b(?:village|hamlet|town|city|municipality|settlement|commune|community|neighbou?rhood|suburb|township|island)\s+of\s+$"
    # "the capital Bishkek", "the oil town Zhanaozen", "the nearby village Kan Kone": the kind, then the name
    r"|\b[Tt]he\s+(?:[a-z-]+\s+){0,2}(?:village|hamlet|town|city|capital|municipality|township|island|district|province)\s+$"
)


def kind_of(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """ "the village of Las Nubes", "the town of Iguala": a name written after its kind (lower case) and "of"."""
    out = []
    for chunk in chunks:
        a = tokens[chunk.start].start
        b = min(split_and(tokens, chunk.start, chunk.end)[0][1], chunk.start + 3)  # "the capital Bishkek and Osh": the first
        words = tokens[chunk.start : b]
        if _KIND_OF.search(text, max(0, a - 20), a) and all(name_word(t) and t.key not in ORG_HEADS and not t.upper for t in words):
            kind = re.search(r"(\w+)\s+(?:of\s+)?$", text[max(0, a - 20) : a]).group(1).lower()
            out.append(Candidate(chunk.start, b, PLACE, " ".join(t.text for t in words), "rules.place.kind-of", 1, kind, field))
    return out


# "Correctional Centre 1", "Prey Sar Detention Center": a prison is a place, not a body
_DETENTION = re.compile(r"\b(?:Correctional|Detention|Rehabilitation|Immigration\s+Detention)\s+(?:Centre|Center)(?:\s+\d{1,3})?\b")


def detention_sites(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
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
        while a < k and not all(name_word(t) for t in tokens[a:k]):
            a += 1
        end = bisect_left(starts, match.end())
        out.append(Candidate(a, end, PLACE, text[tokens[a].start : tokens[end - 1].end], "rules.place.detention", 3, "prison", field))
    return out


_NUMBERED = re.compile(r"\b(?:Village|Group|Phum|Street|Road|Block|Zone|VILLAGE|GROUP|STREET|ROAD)[ \t]+\d{1,4}\b")


def numbered(text: str, tokens: list[Token], field: str) -> list[Candidate]:
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


def apposition(text: str, tokens: list[Token], end: int) -> str | None:
    """ "Sambok Chab, a community on the banks ...": a place of that kind."""
    if end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start].strip() != "," or tokens[end].key not in ("a", "an"):
        return None
    for k in range(end + 1, min(end + 4, len(tokens))):
        if tokens[k].cap or not joined(text, tokens[k - 1], tokens[k]):
            return None
        if tokens[k].key in TYPE_WORDS:
            return _SINGULAR.get(tokens[k].key, tokens[k].key)
    return None


def typed_chunk(text: str, tokens: list[Token], chunk: Chunk, table: PhraseTable, field: str) -> list[Candidate]:
    """ "Sandan district", "Kampong Thom Province", "Group 78 Community", "Bassac River"."""
    out = []
    start = after_people(tokens, chunk.start, chunk.end)
    while start < chunk.end and _DESCRIBED.fullmatch(tokens[start].text):
        start += 1  # "the Chinese-backed Letpadaung mine": a description, not part of the name
    while start < chunk.end and _counts(tokens[start]):
        start += 1  # "Thirteen Boeung Kak lake activists", "2018 ...": a count
    if all(_people_word(tokens, k, chunk.end, table) for k in range(start, chunk.end)):
        return []  # "the Laotian community", "Iraqi provinces": a people, not a place's name
    if start == chunk.end:
        return []
    chunk = Chunk(start, chunk.end)
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
        if (
            word in _SETTLEMENTS_OF
            and _KIND_THEN_OF.match(text, tokens[after].end)
            and _THE_BEFORE.search(text, max(0, tokens[chunk.start].start - 40), tokens[chunk.start].start)
            and not table.get(" ".join(t.text for t in tokens[chunk.start : chunk.end]))
        ):
            return out  # "the holy Shiite city of Karbala": a word describing the place named after "of", not a name
        parts = split_and(tokens, chunk.start, chunk.end) if word in _SINGULAR else [(chunk.start, chunk.end)]
        if False and word in _SINGULAR and len(parts) == 1:
            return out  # "the Q'eqchi communities", "Kurdish provinces": one name before a plural describes them
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


_DESCRIBED = re.compile(r"[A-Z][\w'’]*-(?:[a-z]+)")
_NUMBER_WORDS = EN.words("number_words")


def _counts(word: Token) -> bool:
    return word.text.isdigit() or word.key in _NUMBER_WORDS


def _people_word(tokens: list[Token], k: int, end: int, table: PhraseTable) -> bool:
    """A nationality word or a people's ("the Mapuche community", "a Buddhist temple"), not the start of a
    known name ("Lao Cai", "Thai Binh")."""
    return tokens[k].key in nationality_words() and not table.get(" ".join(t.text for t in tokens[k:end]))


_KIND_THEN_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_SETTLEMENTS_OF = EN.keys("settlements_named_after_of")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}$")


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
        name_word(t) or t.text.isdigit() or (t.cap and t.key not in FUNCTION_WORDS and (t.key not in TITLES or k > chunk.start))
        for k, t in enumerate(tokens[chunk.start : p], chunk.start)
    )


def split_and(tokens: list[Token], start: int, end: int) -> list[tuple[int, int]]:
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
    # (a town the table holds only where written as a location is too small and far to rename a place named
    # with its kind: "Bati district" is not Batī, Ethiopia)
    if known and (not keep or known[0] != name) and table.key_of(name) not in getattr(table, "located_only", ()):
        name = known[0]  # (kept with its kind, a known name is still the table's: "Loei Province" is Loei)
    return Candidate(a, end, PLACE, name, "rules.place.pattern", 3, subtype, field)


_KIND_FIRST = EN.keys("kind_first_site_words")


def kind_first(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    """ "Stadium Merdeka", "Sitio Masalay": a site's kind, capitalised, then its name."""
    out = []
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if 2 <= b - a <= 4 and tokens[a].key in _KIND_FIRST and all(name_word(t) and t.key not in ORG_HEADS for t in tokens[a + 1 : b]):
            out.append(Candidate(a, b, PLACE, " ".join(t.text for t in tokens[a:b]), "rules.place.kind-first", 1, tokens[a].key, field))
    return out


_VENUE = EN.keys("venue_words")
# facility words that name a site written in lower case after its name ("Milimani law courts", "the Kyunghyang
# Newspaper building", "the Lekki tollgate"): only where the words are written as where people are
_VENUE_AFTER = EN.keys("venue_words_after_a_name")
# "at the", "outside", "from the", "in front of the": written as where people are, gather or are held
# ("at Istanbul's Çağlayan Courthouse": a place's possessive may come between)
_VENUE_BEFORE = re.compile(
    r"\b(?:at|outside|inside|from|near|into|opposite|in\s+front\s+of)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+)?$"
)


def venues(text: str, tokens: list[Token], chunks: list[Chunk], field: str, places: list[Candidate] = ()) -> list[Candidate]:
    """ "arrested at the National Press Club", "gathered at Lilongwe Community Ground", "outside the Central Police
    Station", "at Milimani law courts": a named facility written as where people are is a place (the same words
    elsewhere may name a body)."""
    out = []
    known = None
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        end = _venue_end(text, tokens, a, b)
        if end is None or tokens[end - 1].possessive:
            continue
        if end > b:
            if known is None:
                known = {(c.start, c.end) for c in places if c.kind == PLACE}
            if (a, b) in known or any(t.key in ORG_HEADS and t.key not in _VENUE for t in tokens[a:b]):
                continue  # "in Tokyo courts": a town's courts, not a named site; "the Labor Ministry office building": a body's
        if any(t.key == "of" or t.upper for t in tokens[a:b]) or not _venue_name(tokens[a : min(b, end - 1)]):
            continue  # "the Club of Rome", "the UN Building": a body's name; "the City Hall": the city's body
        if _VENUE_BEFORE.search(text, max(0, tokens[a].start - 40), tokens[a].start):
            name = " ".join(t.text for t in tokens[a:end])
            out.append(Candidate(a, end, PLACE, name, "rules.place.venue", 4, tokens[end - 1].key, field))
    return out


def _venue_end(text: str, tokens: list[Token], a: int, b: int) -> int | None:
    """Where a facility's name of the chunk [a, b) ends: with its capitalised kind ("... Press Club"), or with a
    kind in lower case right after it, one plain word maybe between ("Milimani law courts"); else None."""
    if 2 <= b - a <= 5 and tokens[b - 1].key in _VENUE:
        return b
    if not 1 <= b - a <= 4:
        return None
    for end in (b + 1, b + 2):
        if end > len(tokens) or not all(
            not t.cap and t.text.isalpha() and joined(text, tokens[k - 1], t) for k, t in enumerate(tokens[b:end], b)
        ):
            return None
        if tokens[end - 1].key in _VENUE_AFTER:
            return end
    return None


def _venue_name(words: list[Token]) -> bool:
    """A facility's own name: a word that may name a place, or two or more capitalised words none of which is a kind of
    place ("National Press Club"; not "the City Hall")."""
    return any(name_word(t) for t in words) or (len(words) >= 2 and all(t.cap and t.key not in TYPE_WORDS for t in words))
