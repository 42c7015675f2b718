"""Gazetteer entries and the keys their names are compared by (shared by the gazetteer and its loaders)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clecgraph.names import fold

CONTINENT, REGION, COUNTRY, PROVINCE, DISTRICT, CITY = "continent", "region", "country", "province", "district", "city"
KINDS = (CONTINENT, REGION, COUNTRY, PROVINCE, DISTRICT, CITY)
GEONAMES = "https://sws.geonames.org/{}/"
# Words that say what kind of place a name is, not which one ("Kampong Thom province").
TYPE_WORDS = frozenset(
    "province provincial district city municipality municipal khett khet srok khan krong village commune region state prefecture capital".split()
)


@dataclass(frozen=True)
class GazetteerPlace:
    name: str
    kind: str  # one of KINDS
    country_code: str | None  # ISO 3166-1 alpha-2
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    iso_code: str | None = None  # ISO 3166-1 alpha-2 or ISO 3166-2
    population: int = 0
    alt_names: tuple[str, ...] = ()
    admin_code: str | None = None  # GeoNames admin code, "KH.05" or "KH.05.0606"
    parent_iso: str | None = None  # ISO 3166-2 code of the province holding it
    subtype: str | None = None  # as the source words it: "Province", "Autonomous municipality"
    m49: str | None = None  # UN M49 code of a macro-region
    source: str = ""  # which packages the entry comes from

    @property
    def geonames_iri(self) -> str | None:
        return GEONAMES.format(self.geonames_id) if self.geonames_id else None

    @property
    def ident(self) -> str:
        """A stable id: GeoNames id, else ISO or M49 code."""
        return str(self.geonames_id or self.iso_code or self.m49 or f"{self.kind}:{self.name}")


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"'s\b")


def key(name: str) -> str:
    """The comparison form of a name: `names.fold`, fast for ASCII names."""
    if not name.isascii():
        return fold(name)
    text = _NOT_ALNUM.sub(" ", _POSSESSIVE.sub("", name.lower().replace("&", " and "))).strip()
    return text[4:] if text.startswith("the ") else text


def bare(folded: str) -> str:
    """A folded name without words of kind: "kampong thom province" -> "kampong thom"."""
    if " " not in folded:
        return folded
    words = [w for w in folded.split() if w not in TYPE_WORDS]
    return " ".join(words) if words else folded


def skeleton(folded: str) -> str:
    """A spelling-variant key: consonants only, repeats collapsed.

    Romanisations of one name differ mostly in vowels and word breaks:
    >>> skeleton("kampong thum") == skeleton("kompong thom")
    True
    >>> skeleton("banteay mean choay") == skeleton("banteay meanchey")
    True
    """
    text = bare(folded).replace(" ", "")
    if not text:
        return ""
    body = re.sub(r"[aeiouyw]", "", text[1:])
    return re.sub(r"(.)\1+", r"\1", text[0] + body)


def similar(a: str, b: str) -> bool:
    """Whether two names are spellings of one name (their skeletons mostly agree), not translations."""
    from difflib import SequenceMatcher

    x, y = skeleton(key(a)), skeleton(key(b))
    return bool(x and y) and x[0] == y[0] and SequenceMatcher(None, x, y).ratio() >= 0.6
