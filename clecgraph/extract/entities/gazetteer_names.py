"""The place table: gazetteer names the place finder looks for, and which of them count only as a location.

The gazetteer (clecgraph.knowledge.gazetteer: GeoNames cities and countries, ISO 3166
provinces) is restricted so that common words never become places: every
country, provinces of Cambodia and its region, Cambodian towns, large
cities of the region and the world's biggest cities. Known places in
ontology/authorities/ (with their spelling variants) come on top.
The provinces and towns of the rest of the world ("Kisumu", "Guerrero")
count only where written as a location ("in Kisumu", "Iguala, Guerrero"):
alone, such a name is too often a word or a given name ("Mobile", "Tyler").
The table marks those in `located_only`; places.py checks how they are written.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

from clecgraph.extract.text import tokens
from clecgraph.extract.text.tokens import PhraseTable
from clecgraph.knowledge.disk_cache import cached, file_digest, package_versions
from clecgraph.knowledge.lexicon import EN, ORG_HEADS, ROLE_HEADS, STOPWORDS, TITLES
from clecgraph.knowledge.ontology import ontology_file

# Cambodia and the countries of its region (ASEAN and Timor-Leste).
REGION = frozenset({"KH", "TH", "VN", "LA", "MM", "MY", "ID", "PH", "SG", "BN", "TL"})
WORLD_CITY_POPULATION = 1_000_000
REGION_CITY_POPULATION = 100_000
LOCATED_CITY_POPULATION = 15_000  # towns elsewhere, named only as a location
# province names that are compass points or common words ("North-West", "Centre", "Delta", "Plateau")
_GENERIC_PROVINCE_WORDS = EN.words("generic_province_words")


@lru_cache(maxsize=4)  # the entity and event finders share one table (authorities are a hashable tuple)
def build_place_table(authorities) -> PhraseTable:
    """The table, from the disk cache when nothing it is made from has changed (see _stamp)."""
    return cached("place-table", _stamp(authorities), lambda: _state(_make_table(authorities)), read=_from_state)


def _stamp(authorities) -> str:
    # What the table is made of: the gazetteer's packages, the knowledge code and data (gazetteer, lexicon),
    # the tokeniser that cuts names into keys, this module, and the known places given.
    from clecgraph import names
    from clecgraph.knowledge import gazetteer

    code = file_digest(
        Path(gazetteer.__file__).parent,
        Path(str(ontology_file("lexicon"))),
        Path(tokens.__file__).parent,
        __file__,
        names.__file__,
    )
    known = hashlib.sha256(repr([(a.label, a.alt_labels, a.subtype) for a in authorities]).encode()).hexdigest()
    return f"{package_versions(*gazetteer.SOURCES)}; code {code}; places {known}"


def _state(table: PhraseTable) -> tuple:
    return table.values, table.prefixes, table.longest, table.located_only


def _from_state(state: tuple) -> PhraseTable:
    table = PhraseTable()
    table.values, table.prefixes, table.longest, table.located_only = state
    if not (isinstance(table.values, dict) and isinstance(table.prefixes, set) and isinstance(table.located_only, set)):
        raise ValueError("not a place table")
    return table


def _make_table(authorities) -> PhraseTable:
    from clecgraph.knowledge import gazetteer

    table = PhraseTable()
    variants = []
    for entry in gazetteer.all_places():
        if not _wanted(entry):
            continue
        names = (entry.name, *entry.alt_names) if entry.kind == "country" else (entry.name,)
        for name in names:
            if _usable(name):
                table.add(name, (entry.name, entry.kind))
        if entry.kind in ("city", "province") and entry.country_code in REGION:
            # spellings of the region's towns and provinces ("Poipet", "Kompong Thom"), kept as written
            variants += [(alt, entry.kind) for alt in entry.alt_names if _usable_variant(alt)]
    for alt, kind in variants:
        table.add(alt, (_without_kind(alt), kind))  # never replaces a main name
    for authority in authorities:
        for name in (authority.label, *authority.alt_labels):
            table.add(name, (authority.label, authority.subtype or "place"), replace=True)
    table.located_only = set()
    for entry in gazetteer.all_places():
        if not _wanted_where_located(entry):
            continue
        # the short form a long official name starts with: "Iguala" (de la Independencia), "Acapulco" (de Juárez)
        short = [alt for alt in entry.alt_names if entry.name.startswith(alt + " ") and _usable_variant(alt)]
        for name in (entry.name, *short):
            key = table.key_of(name)
            if key not in table.values:
                table.add(name, (name, entry.kind))
                table.located_only.add(key)
    return table


_KIND_WORDS = frozenset({"province", "district", "municipality", "commune", "village"})  # ("Kachin State" is a name)


def _without_kind(name: str) -> str:
    """ "Loei Province" is Loei, as "Sandan district" is Sandan: the kind word is no part of the name ("Ho Chi Minh City" keeps it)."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].casefold() in _KIND_WORDS else name


def _wanted_where_located(entry) -> bool:
    if entry.kind not in ("province", "city") or _wanted(entry) or not _usable(entry.name):
        return False
    if entry.kind == "city" and (
        entry.population < LOCATED_CITY_POPULATION or entry.name.casefold() in ROLE_HEADS or entry.name.casefold() in TITLES
    ):
        return False
    words = entry.name.replace("-", " ").casefold().split()
    return not all(w in _GENERIC_PROVINCE_WORDS or w in STOPWORDS for w in words)


def _wanted(entry) -> bool:
    if entry.kind == "country":
        return True
    if entry.kind == "province":
        return entry.country_code in REGION
    if entry.country_code == "KH":
        return not entry.name.startswith("Phum")
    limit = REGION_CITY_POPULATION if entry.country_code in REGION else WORLD_CITY_POPULATION
    return entry.population >= limit


def _usable(name: str) -> bool:
    words = name.split()
    if not words or "," in name or "(" in name or len(name) < 4:
        return False
    return not (len(words) == 1 and (name.casefold() in STOPWORDS or name.casefold() in ORG_HEADS))


_ADMIN_PREFIX = re.compile(
    r"(?i)(?:phum|phumi|khum|amphoe|changwat|khett|khet|krong|srok|ban|muang|mueang|tinh|thanh|huyen|kota|kabupaten|provinsi|tambon|city|province)\b"
)


def _usable_variant(name: str) -> bool:
    """An alternative spelling worth looking for: plain letters, capitalised words, no admin prefix."""
    words = name.split()
    return (
        name.isascii()
        and len(name) >= 5
        and len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
        and not _ADMIN_PREFIX.match(name)
        and _usable(name)
        and not any(w.casefold() in STOPWORDS for w in words)
    )
