"""A dateline abroad places nothing: the statement speaks from an office far from its story.

A dateline ("Brussels, 10 January -", "MANILA, Philippines -") or a title's
country label names where a statement speaks from. It places the events the
text places nowhere else (the gold guidelines), unless the text places them
elsewhere: when every place the text gives its events lies in another
country than the dateline, the statement speaks from an office abroad (a
federation's seat reporting arrests in another country), and the events
the text does not place have no place of its own. Only a text naming a
country or a province abroad shows that surely: a town's name the gazetteer
puts abroad is often a neighbourhood of the dateline's city of the same name
("Gulshan, Dhaka"); a name it does not know may lie in the dateline's country.
"""

from __future__ import annotations

from dataclasses import replace

from clecgraph.extract.events.merging import DATELINE, INHERITED, OWN, Occurrence
from clecgraph.knowledge import gazetteer
from clecgraph.knowledge.placenames import COUNTRY, PROVINCE
from clecgraph.model import ASSERTED, TEXT


def _countries(name: str) -> set[str]:
    return {e.country_code for e in gazetteer.lookup(name) if e.country_code}


def _major(name: str) -> bool:
    """A country or a province: a name the gazetteer places surely (a town's name is often another town's abroad)."""
    return any(e.kind in (COUNTRY, PROVINCE) for e in gazetteer.lookup(name))


def unplace_abroad(occurrences: list[Occurrence], fallback: str | None, own_words_only: frozenset[str] = frozenset()) -> list[Occurrence]:
    """The occurrences, those the dateline placed left without a place when the text places its events only in
    other countries than the dateline's. Events of the types in `own_words_only` (a report, a law: clec:placedOnlyByOwnWords)
    are where the statement speaks from, and keep the dateline."""
    if fallback is None or not any(o.place_level == DATELINE for o in occurrences):
        return occurrences
    home = _countries(fallback)
    if not home:
        return occurrences
    placed = {
        o.place for o in occurrences if o.factuality == ASSERTED and o.span.field == TEXT and o.place and o.place_level in (OWN, INHERITED)
    }
    abroad = [_countries(p) for p in placed]
    if not abroad or any(not c or c & home for c in abroad) or not any(_major(p) for p in placed):
        return occurrences  # (a place the gazetteer does not know may lie in the dateline's country)
    return [
        replace(o, place=None, place_level=OWN) if o.place_level == DATELINE and o.place == fallback and o.type not in own_words_only else o
        for o in occurrences
    ]
