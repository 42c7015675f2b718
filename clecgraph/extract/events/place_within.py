"""Whether one place an event may take lies inside another, by the packaged gazetteer.

An event told of twice, once "in Indonesia" and once "in Jakarta", happened in
Jakarta: the most specific place the text gives for it. Only a country or a
province is taken to hold other places: a country holds the places the
gazetteer puts in it and the names it does not know at all (a statement's
unknown sites, "Admiralty", "Sitio Masalay", lie in the country it tells of
far more often than abroad); a province holds the cities it lists as its own.
"""

from __future__ import annotations

from functools import lru_cache

from clecgraph.knowledge import gazetteer
from clecgraph.knowledge.placenames import CONTINENT, COUNTRY, PROVINCE, REGION

_WIDE = (COUNTRY, REGION, CONTINENT)


def load() -> None:
    """Read the gazetteer's name index now (once per process; the place linker reads the same index), not
    in the middle of the first statement that needs it."""
    gazetteer.lookup("x")


@lru_cache(maxsize=4096)
def _entries(name: str) -> tuple:
    return gazetteer.lookup(name)


def holds(outer: str | None, inner: str | None) -> bool:
    """`outer` (a country or a province) holds `inner`, a place other than itself."""
    if not outer or not inner or outer == inner:
        return False
    outs, ins = _entries(outer), _entries(inner)
    countries = {e.country_code for e in outs if e.kind == COUNTRY and e.country_code}
    provinces = {e.iso_code for e in outs if e.kind == PROVINCE and e.iso_code}
    if not countries and not provinces:
        return False
    if not ins:
        return bool(countries)
    if any(e.kind in _WIDE for e in ins) or set(ins) & set(outs):
        return False  # "Hong Kong" inside "China": a country of its own to the gazetteer; "Phnom Penh" in "Phnom Penh"
    return any(e.country_code in countries or (e.parent_iso and e.parent_iso in provinces) for e in ins)
