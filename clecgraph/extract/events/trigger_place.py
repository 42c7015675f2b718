"""Where an event happened: the place a trigger word takes, and how sure that place is.

In order: the most specific place written as a location in the trigger's
sentence (of those that are its own where several events share the sentence;
for a court's event, the court's seat; for a report, only where it was
released); else the place of the sentence before it in the paragraph (not
across a jump to another month or year, nor into a "nationwide" sentence,
nor for a report, a law or an election); else the dateline's place; else a
weaker place of its sentence (a landmark, a place qualifying people); else
the first location in the next two sentences of the paragraph (a country only from the next sentence); else none. An event named in
passing ("two years after her arrest") takes only a place of its own phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from clecgraph.extract.events.cues import own_phrase
from clecgraph.extract.events.date_phrases import month_apart
from clecgraph.extract.events.merging import DATELINE, INHERITED, LATER, OWN, WEAK_OWN
from clecgraph.extract.events.place_candidates import LOCATIVE, ORIGIN, PlaceSpot, listed_with, most_specific, spread
from clecgraph.extract.events.place_within import holds
from clecgraph.extract.events.triggers import TriggerHit
from clecgraph.extract.text.temporal import DateMention
from clecgraph.knowledge.lexicon import EN

_RELEASED_AT = re.compile(
    r"(?:\b" + EN.alternation("release_verbs") + r"\b"
    r"(?:\s+" + EN.alternation("release_fillers") + r"){0,4}"
    r"|\b" + EN.alternation("release_occasions") + r")\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_COURT_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:district|city|regional|provincial|municipal|military|criminal|appeals?)\s+){0,2}courts?\b")
_UNDISCLOSED = re.compile(
    r"\b(?:at|in|to)\s+(?:an?\s+)?"
    + EN.alternation("undisclosed_words")
    + r"\s+(?:location|place|site|detention\s+(?:site|facility|centre|center))\b",
    re.I,
)
# "after a march to Wat Phnom": the event's own words name a place (known or not)
_NAMED_AFTER = re.compile(r"\s+(?:to|at|in|near|outside|into)\s+(?:the\s+)?[A-Z]")
_AFTER_A = re.compile(r"\b(?:after|following)\s+an?\s+(?:[\w-]+\s+)?$", re.I)


# "after a strike in the oil town of X", "following a rally at nearby X": a kind of place between the preposition
# and the name is still the event's own phrase
_KIND_GAP = re.compile(
    r"\s+(?:at|in|near|outside)\s+(?:the\s+)?(?:nearby\s+)?(?:[a-z-]+\s+)?" + EN.alternation("place_kinds_of") + r"(?:\s+of)?\s+"
)


def _own_words(text: str, end: int, start: int) -> bool:
    return own_phrase(text, end, start) or (start - end <= 45 and bool(_KIND_GAP.fullmatch(text, end, start)))


@dataclass
class Scene:
    """What the sentences before, in the same paragraph, set: a place, a weaker place, a date."""

    place: str | None = None
    weak: list[PlaceSpot] | None = None
    date: str | None = None


def place_of_hit(
    text: str,
    view,
    position: int,
    hit: TriggerHit,
    reading,
    scene: Scene,
    own: DateMention | None,
    courts,
    dateline_place: str | None,
    later_place,
) -> tuple[str | None, int]:
    """The trigger's place (or None) and its level of evidence (merging.OWN ... LATER)."""
    kind = hit.kind  # how its type is placed: ontology/event-types.ttl
    strong, weak = _own_places(text, view, position, hit, reading)
    # "the Criminal Court granted bail": a release a court orders happens where the court sits
    by_court = kind.placed_at_ordering_court and courts.named_in(view.sentence)
    if kind.placed_by_institution or by_court:
        # "charges ... over a treaty with Vietnam": only a place written as a location ("in", "at") places them
        strong = [s for s in strong if s.role == LOCATIVE]
        weak = []
        if kind.placed_at_court_seat or by_court:
            # "acquitted by the Kampot Provincial Court": the court's seat, before where the offence was
            # ... also of a court written in lower case ("a Moscow district court")
            strong = courts.seats_for(view.sentence, hit.end) or [s for s in view.spots if _COURT_AFTER.match(text, s.end)] or strong
    if not strong and _undisclosed(text, view.sentence):
        return None, OWN  # "held at an undisclosed location": the text says the place is not known
    if kind.placed_where_released:
        # what a report is about is not where it was published: only "released in X" places it
        strong = [s for s in strong if _RELEASED_AT.search(text, max(view.sentence.start, s.start - 90), s.start)]
        weak = []
    # a sentence set at another time ("The five were charged in 2016") does not stay where the last one was
    new_time = bool(own and own.explicit and scene.date and month_apart(own.iso, scene.date))
    inherited = None if reading.background or view.nationwide or new_time or by_court or kind.placed_only_by_own_words else scene.place
    if reading.referred:  # "two years after her arrest": this sentence's place is the other event's
        place, level = next(((s.name, OWN) for s in strong if s.start > hit.end and _own_words(text, hit.end, s.start)), (None, LATER))
        if place is None and _placed_by_main_clause(text, view, hit, reading):
            # "detained in Jakarta after a rally": where the main clause was ("after they protested" may be elsewhere)
            before = [s for s in view.strong if s.end <= hit.start]
            place, level = most_specific(text, before, hit.start).name, WEAK_OWN
    else:
        scene_weak = [] if scene.weak is None or by_court or kind.placed_by_institution else scene.weak
        unplaced_by_dateline = view.nationwide or (view.unknown_place and not kind.placed_where_released)
        place, level = choose_place(text, hit, strong, weak or scene_weak, inherited, None if unplaced_by_dateline else dateline_place)
    if place is None and view.unknown_place and not kind.placed_where_released:
        level = OWN  # placed by its own words, where the gazetteer cannot say
    elif place is None and level == LATER and not reading.referred and not kind.placed_by_institution:
        place, level = later_place(view.index), LATER
    return place, level


def listed_places(text: str, view, position: int, hit: TriggerHit, reading) -> list[str]:
    """The places of a list the trigger's clause gives as where ("arrests in A, B and C"): one event each."""
    if (hit.kind is not None and hit.kind.placed_by_institution) or reading.referred:
        return []
    strong, _ = _own_places(text, view, position, hit, reading)
    spot = most_specific(text, strong, hit.start) if strong else None
    return [s.name for s in listed_with(text, strong, spot)] if spot else []


def _own_places(text: str, view, position: int, hit: TriggerHit, reading) -> tuple[list[PlaceSpot], list[PlaceSpot]]:
    """The sentence's strong and weak places that are this trigger's, not another event's of the sentence."""
    attached, strong, weak = view.attached, view.strong, view.weak
    # ("arrested in Nha Trang and convicted on 29 June": a court's event does not borrow the arrest's place)
    borrowed = [] if hit.kind.placed_at_court_seat else attached.fallback(position, strong) if attached else []
    hit_strong = (attached.available(position, strong) or borrowed) if attached and not reading.same_scene else strong
    hit_weak = (attached.available(position, weak) or attached.fallback(position, weak)) if attached else weak
    inside = [s for s in _spots_from(view.spots, hit.start, hit.end) if s.end <= hit.end and s.role != ORIGIN]
    if inside:
        hit_strong = inside  # "sent to Prey Sar prison": a place inside the trigger's own words is where
    if len(hit_strong) > 1:
        # "staff at the Poipet centre interviewed workers who said brokers in Thailand had confiscated ...":
        # a place in the trigger's own clause before one in an earlier clause
        in_clause = [s for s in hit_strong if s.start >= reading.clause]
        hit_strong = in_clause or hit_strong
    return hit_strong, hit_weak


_last_sentence: list = [None, None, False]  # sentence, its text, whether it says "an undisclosed location"


def _undisclosed(text: str, sentence) -> bool:
    """ "held at an undisclosed location" in the sentence (looked for once a sentence, not once a trigger)."""
    if _last_sentence[0] is not sentence or _last_sentence[1] is not text:
        _last_sentence[:3] = [sentence, text, bool(_UNDISCLOSED.search(text, sentence.start, sentence.end))]
    return _last_sentence[2]


_last_spots: list = [None, None]  # a sentence's spots (sorted by start) and their starts


def _spots_from(spots: list[PlaceSpot], start: int, end: int) -> list[PlaceSpot]:
    """The spots starting in [start, end], in order (the starts of the last list asked about are kept)."""
    if _last_spots[0] is not spots:
        starts = [s.start for s in spots]
        _last_spots[:] = [spots, starts if all(a <= b for a, b in zip(starts, starts[1:])) else None]
    starts = _last_spots[1]
    if starts is None:  # (not in order: every spot is looked at)
        return [s for s in spots if start <= s.start <= end]
    return spots[bisect_left(starts, start) : bisect_right(starts, end)]


def _placed_by_main_clause(text: str, view, hit: TriggerHit, reading) -> bool:
    """ "after a rally" naming no place of its own, in a sentence whose main clause named one before it."""
    return (
        reading.after_one
        and any(s.end <= hit.start for s in view.strong)
        and bool(_AFTER_A.search(text, max(reading.clause, hit.start - 40), hit.start))
        and not _NAMED_AFTER.match(text, hit.end)
    )


def choose_place(text: str, hit: TriggerHit, strong: list[PlaceSpot], weak: list[PlaceSpot], scene: str | None, dateline: str | None):
    if strong:
        spot = most_specific(text, strong, hit.start)
        if holds(spot.name, dateline):
            return dateline, OWN  # "PHNOM PENH - Police in Cambodia made arrests": the dateline's city is in it
        return (None if spread(text, strong, spot) else spot.name), OWN
    if scene:
        return scene, INHERITED
    if dateline:
        return dateline, DATELINE
    if weak:
        return most_specific(text, weak, hit.start).name, WEAK_OWN
    return None, LATER
