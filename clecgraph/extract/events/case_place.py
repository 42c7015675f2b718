"""A dateline places only what the text places nowhere else: not an event its story places elsewhere.

A dateline ("Brussels, 10 January -", "MANILA, Philippines -") or a title's
country label names where a statement speaks from. It places the events the
text places nowhere else (the gold guidelines), unless the text places them
elsewhere:
  - when every place the text gives its events lies in another country than
    the dateline, the statement speaks from an office abroad (a federation's
    seat reporting arrests in another country), and the events the text
    does not place have no place of its own. Only a text naming a country or
    a province abroad shows that surely;
  - when the text places the events of a type only in other places than the
    dateline's (not the same place, nor one holding it or inside it), a
    mention of that type it leaves unplaced ("Groups decry the arrests" over
    arrests in two provinces) is not at the dateline either.
A town's name the gazetteer puts only abroad is often a neighbourhood of the
dateline's city ("Gulshan, Dhaka"), and a site it does not know ("Freedom
Park") lies in some town, maybe the dateline's: either may be here.
"""

from __future__ import annotations

from dataclasses import replace

from clecgraph.extract.events.merging import DATELINE, INHERITED, OWN, Occurrence
from clecgraph.extract.events.place_within import holds
from clecgraph.knowledge import gazetteer
from clecgraph.knowledge.lexicon import SITE_WORDS
from clecgraph.knowledge.placenames import COUNTRY, PROVINCE
from clecgraph.model import ASSERTED, TEXT


def _countries(name: str) -> set[str]:
    return {e.country_code for e in gazetteer.lookup(name) if e.country_code}


def _major(name: str) -> bool:
    """A country or a province: a name the gazetteer places surely (a town's name is often another town's abroad)."""
    return any(e.kind in (COUNTRY, PROVINCE) for e in gazetteer.lookup(name))


def unplace_elsewhere(
    occurrences: list[Occurrence], fallback: str | None, own_words_only: frozenset[str] = frozenset()
) -> list[Occurrence]:
    """The occurrences, those the dateline placed left without a place where the text places their events
    elsewhere: every event in other countries than the dateline's (an office abroad), or the events of their
    type in other places than the dateline's (not the same place, nor one holding it or inside it). Events of
    the types in `own_words_only` (a report, a law: clec:placedOnlyByOwnWords) are where the statement speaks
    from, and keep the dateline."""
    if fallback is None or not any(o.place_level == DATELINE for o in occurrences):
        return occurrences
    by_type: dict[str, set[str]] = {}
    for o in occurrences:
        if o.factuality == ASSERTED and o.span.field == TEXT and o.place and o.place_level in (OWN, INHERITED):
            by_type.setdefault(o.type, set()).add(o.place)
    if not by_type:
        return occurrences
    home = _countries(fallback)
    everywhere = _abroad(set().union(*by_type.values()), home)
    elsewhere = {t for t, places in by_type.items() if not any(_maybe_here(p, fallback, home) for p in places)}
    return [
        replace(o, place=None, place_level=OWN)
        if o.place_level == DATELINE and o.place == fallback and o.type not in own_words_only and (everywhere or o.type in elsewhere)
        else o
        for o in occurrences
    ]


def _abroad(placed: set[str], home: set[str]) -> bool:
    """Every place lies in another country than the dateline's, and one is a country or a province (a place the
    gazetteer does not know may lie in the dateline's country)."""
    abroad = [_countries(p) for p in placed]
    return bool(home) and all(c and not c & home for c in abroad) and any(_major(p) for p in placed)


def _maybe_here(place: str, dateline: str, home: set[str]) -> bool:
    """The place may be where the dateline is: the same, one holding it or inside it, or a town the gazetteer puts
    only abroad (often a part of the dateline's city with a foreign town's name: "Gulshan, Dhaka"). A town of the
    dateline's own country, or a name the gazetteer does not know, is another place than the dateline's city."""
    if place == dateline or holds(place, dateline) or holds(dateline, place):
        return True
    if place.split()[-1].lower() in SITE_WORDS and not gazetteer.lookup(place):
        return True  # "a rally at Freedom Park": a site the gazetteer does not know lies in a town, maybe the dateline's
    countries = _countries(place)
    return bool(home and countries and not countries & home and not _major(place))
