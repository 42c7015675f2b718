"""Name normalisation and slugs, shared by extraction, resolution and IRIs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_SLUG_MAX = 80


@lru_cache(maxsize=1 << 16)  # the graph writer folds the same few thousand names again and again
def fold(name: str) -> str:
    """Case-folded, accent-free, punctuation-free form used to compare names.

    >>> fold("The Cambodian Centre for Human Rights’s")
    'cambodian centre for human rights'
    >>> fold("Boeung  Kák") == fold("boeung kak")
    True
    """
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c) or not _ascii_base(text, c))
    text = text.casefold().replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _ascii_base(text: str, mark: str) -> bool:
    # Accents on Latin letters are dropped; vowel signs of other scripts
    # (Khmer, Thai, Devanagari...) are part of the letter and are kept.
    return unicodedata.category(mark) == "Mn" and unicodedata.name(mark, "").startswith("COMBINING")


def slugify(name: str) -> str:
    """A readable, IRI-safe slug: lowercase words joined by '-'.

    Letters of any script are kept; a name with no letters or digits, or one
    too long, gets a short hash so that distinct names never share a slug.

    >>> slugify("Phnom Penh"), slugify("Komnas HAM"), slugify("Boeung Kák")
    ('phnom-penh', 'komnas-ham', 'boeung-kak')
    """
    folded = fold(name)
    pieces = []
    for char in folded:
        if (char.isalnum() or unicodedata.category(char).startswith("M")) and _iri_char(char):
            pieces.append(char)
        else:
            pieces.append("-")
    slug = re.sub(r"-+", "-", "".join(pieces)).strip("-")
    if not slug or len(slug) > _SLUG_MAX:
        digest = hashlib.sha1(str(name).encode("utf-8")).hexdigest()[:8]
        slug = f"{slug[:_SLUG_MAX].strip('-')}-{digest}" if slug else f"x-{digest}"
    return slug


# RFC 3987 ucschar: the non-ASCII code points an IRI may hold. Others (e.g. the
# variation selectors U+E0100-E01EF, private use) make an IRI invalid for
# strict parsers such as Oxigraph, though Turtle's grammar lets them through.
_UCSCHAR = (
    ((0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF))
    + tuple((plane, plane + 0xFFFD) for plane in range(0x10000, 0xE0000, 0x10000))
    + ((0xE1000, 0xEFFFD),)
)


def _iri_char(char: str) -> bool:
    code = ord(char)
    return code < 0x80 or any(low <= code <= high for low, high in _UCSCHAR)


def squash_spaces(text: str) -> str:
    """Collapse runs of any white space (no-break spaces too) to one space."""
    return re.sub(r"\s+", " ", text).strip()


# The documented separator of co-publishers in a statement's publisher field (any reader): "A; B".
# Commas and "and" do not separate: they are part of names ("Centre for Law, Justice and Development").
PUBLISHER_SEPARATOR = ";"
PUBLISHER_SPLIT = re.compile("[;\uff1b]")  # and the full-width semicolon CJK keyboards type


def co_publishers(field: str | None) -> list[str]:
    """The co-publishers a publisher field names, in order, once each, spaces squashed.

    Parts with no letters or digits name nothing and are left out (the
    readers warn about them).

    >>> co_publishers("CCHR;  LICADHO ; CCHR")
    ['CCHR', 'LICADHO']
    """
    parts: list[str] = []
    for part in PUBLISHER_SPLIT.split(field or ""):
        name = squash_spaces(part)
        if fold(name) and name not in parts:
            parts.append(name)
    return parts
