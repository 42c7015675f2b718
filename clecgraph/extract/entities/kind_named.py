"""Bodies named by the kind of body written straight after their name.

    "the Kaoway Sports factory", "the Hung Wah garment factory"   a business (trade, then kind)
    "the national Bernama news agency", "the Bukedde paper"       a media outlet
    "the Dao Din student group", "the Zetas cartel"               a group

The name alone would pass for a word, a person or a place; the kind after it
says it is a body. The kinds are lexicon lists (business_heads, business_trades,
kinds_after_name); a name the gazetteer or the person rules take is left to them
(those candidates rank above these in `select`).
"""

from __future__ import annotations

import re

from clecgraph.extract.text.chunks import Candidate, Chunk
from clecgraph.extract.text.tokens import Token, joined
from clecgraph.knowledge.demonyms import nationality_words
from clecgraph.knowledge.lexicon import EN, STOPWORDS, TITLES
from clecgraph.model import ORGANISATION

_BUSINESS = EN.words("business_heads")
_TRADES = EN.words("business_trades")
# kinds of one word ("newspaper") and of two ("news agency", "student group"), as folded keys
_KINDS = EN.keys("kinds_after_name")
_MEDIA = EN.keys("media_kinds_after_name")
_LONGEST = max((len(k.split()) for k in _KINDS), default=1)
# the first word of every kind of the lists above
_FOLLOWERS = _BUSINESS | _TRADES | frozenset(k.split()[0] for k in _KINDS)
_ADJECTIVE = re.compile(r"-[a-z]+$")
_PLATFORMS = EN.keys("platforms")  # "a Facebook group", "a WhatsApp group": a page of a platform, not a body


def _kind_after(text: str, tokens: list[Token], b: int) -> int:
    """The number of lower-case words from `b` that name a kind of body, joined to the name before; 0 if none."""
    for size in range(min(_LONGEST, len(tokens) - b), 0, -1):
        words = tokens[b : b + size]
        if any(t.cap for t in words) or not all(joined(text, x, y) for x, y in zip(tokens[b - 1 : b + size - 1], words)):
            continue
        if " ".join(t.key for t in words) in _KINDS:
            after = b + size
            if after < len(tokens) and tokens[after].cap and joined(text, tokens[after - 1], tokens[after]):
                return 0  # "the Veracruz news outlet XEU Noticias": the name follows the kind, the word before describes it
            return size
    return 0


def _plain_words(tokens: list[Token], a: int, b: int) -> bool:
    """Only function words, titles or nationality words, or ending in a compound adjective ("State-linked",
    "Chinese-owned"): no name to take."""
    if _ADJECTIVE.search(tokens[b - 1].text):
        return True
    return all(t.key in STOPWORDS or t.key in TITLES or t.key in nationality_words() for t in tokens[a:b])


def kind_named_bodies(text: str, tokens: list[Token], chunks: list[Chunk], field: str) -> list[Candidate]:
    found = []
    for chunk in chunks:
        a, b = chunk.start, chunk.end
        if b >= len(tokens) or tokens[b].cap or tokens[b].key not in _FOLLOWERS:
            continue  # (most runs are followed by no such word: the cheap test first)
        if _plain_words(tokens, a, b):
            continue
        if tokens[b].key in _BUSINESS and joined(text, tokens[b - 1], tokens[b]):
            name = " ".join(text[tokens[a].start : tokens[b - 1].end].split())
            found.append(Candidate(a, b, ORGANISATION, name, "rules.org.business", 0, "company", field))
        elif (
            b + 1 < len(tokens)
            and tokens[b].key in _TRADES
            and tokens[b + 1].key in _BUSINESS
            and not tokens[b + 1].cap
            and joined(text, tokens[b - 1], tokens[b])
            and joined(text, tokens[b], tokens[b + 1])
        ):
            # "the Hung Wah garment factory", "the Angkor sugar company": the trade between the name and the business
            name = " ".join(text[tokens[a].start : tokens[b - 1].end].split())
            found.append(Candidate(a, b, ORGANISATION, name, "rules.org.business", 0, "company", field))
        elif size := _kind_after(text, tokens, b):
            kind = " ".join(t.key for t in tokens[b : b + size])
            found += _named_by_kind(text, tokens, a, b, kind, field)
    return found


def _named_by_kind(text: str, tokens: list[Token], a: int, b: int, kind: str, field: str) -> list[Candidate]:
    """ "the Zetas and Sinaloa cartels": each name before a plural kind; "X and the Y group": the last name only."""
    parts, start = [], a
    for k in range(a, b):
        if tokens[k].key == "and" and not tokens[k].cap:
            parts.append((start, k))
            start = k + 1
    parts.append((start, b))
    found = []
    subtype = "media" if kind in _MEDIA else None  # (an outlet's reported words are news, not a statement it issues)
    for i, j in parts if kind.endswith("s") else parts[-1:]:
        if i >= j or _plain_words(tokens, i, j) or (j - i == 1 and tokens[i].key in _PLATFORMS):
            continue
        name = " ".join(text[tokens[i].start : tokens[j - 1].end].split())
        found.append(Candidate(i, j, ORGANISATION, name, "rules.org.kind-after", 0, subtype, field))
    return found
