"""Trigger occurrences merged into events: one event per type, split by dates of their own.

Every trigger word the event finder keeps is an occurrence with its own date
(written in its sentence), its scene date, a place and how sure that place
is. Occurrences of one type make one event, unless they carry different
calendar dates ("arrested on 3 May ... arrested again on 10 June"). A day
said relative to the statement ("yesterday's verdict") stays that event's
day; "the referendum" named again later with another date is the same one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from clecgraph.extract.events.place_within import holds
from clecgraph.model import ASSERTED, TEXT, Event, Span

EXTRACTOR = "rules.event"

# Levels of evidence for an event's place, best first.
OWN, INHERITED, DATELINE, WEAK_OWN, LATER = range(5)


@dataclass
class Occurrence:
    type: str
    span: Span
    order: int
    own_date: str | None
    date: str | None
    place: str | None
    place_level: int
    explicit: bool = False  # own_date is a calendar date as written
    participants: tuple[str, ...] = ()  # persons named in the trigger's sentence
    definite: bool = False  # "the referendum", "their arrest": may name an event told of before
    sentence: int = -1  # index of the trigger's sentence in its field
    said_from_now: bool = False  # own_date is a day said relative to the statement ("yesterday", "on Monday")
    factuality: str = ASSERTED  # how the statement tells of it (ontology/factuality.ttl)
    listed: bool = False  # one of a list of places ("in A, B and C"): an event of its own in each
    narrower: str | None = None  # a narrower type its words name ("killed": killing, under violence)
    quoted: bool = False  # said inside a quotation: comment on the story, not an event of another place
    open_date: bool = False  # no date only because its scene set none (a later mention's scene date may be the event's)


@dataclass
class Group:
    occurrences: list[Occurrence] = field(default_factory=list)
    own_date: str | None = None
    explicit: bool = False


def compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def merge(occurrences: list[Occurrence]) -> list[Event]:
    """One event per type, split where trigger words carry different dates of their own."""
    # (an arrest called for is never the arrest that happened: events told otherwise are grouped apart)
    by_type: dict[tuple, list[Group]] = {}
    for occurrence in occurrences:
        if occurrence.listed:
            # events of one type in places of a list stay apart, one per place (and per date of their own)
            groups = by_type.setdefault((occurrence.type, occurrence.factuality, occurrence.place), [])
        else:
            groups = by_type.setdefault((occurrence.type, occurrence.factuality), [])
        target = None
        if occurrence.own_date and occurrence.explicit:
            target = next((g for g in groups if g.own_date and compatible(g.own_date, occurrence.own_date)), None)
            # a group dated relative to the statement ("yesterday's verdict") keeps its day: a calendar date
            # that differs is another event of the type, unless written for "the referendum" told of before
            kept = next((g for g in groups if not g.explicit and g.own_date and not compatible(g.own_date, occurrence.own_date)), None)
            if kept and occurrence.definite and target is None:
                kept.occurrences.append(replace(occurrence, place=None))  # nor its place: the sentence is about another event
                continue
            target = target or next(
                (g for g in groups if not g.explicit and (not g.own_date or compatible(g.own_date, occurrence.own_date))), None
            )
        elif groups:
            target = groups[0] if occurrence.place_level != OWN else next((g for g in groups if _same_place(g, occurrence)), None)
            if occurrence.said_from_now and len(occurrence.own_date) == 10:
                # "killed this morning. ... Yesterday, soldiers beat ...": a day said from the statement's date, in another
                # sentence, that differs from every dated event of the type is another event ("the next day" goes on the story)
                same = next((g for g in groups if not g.own_date or compatible(g.own_date, occurrence.own_date)), None)
                apart = same is None and all(
                    len(g.own_date or "") == 10
                    and all(o.sentence != occurrence.sentence or o.span.field != occurrence.span.field for o in g.occurrences)
                    for g in groups
                )
                target = None if apart else same or target
        if target is None:
            target = Group()
            groups.append(target)
        target.occurrences.append(occurrence)
        if occurrence.own_date and (
            not target.own_date or len(occurrence.own_date) > len(target.own_date) or occurrence.explicit and not target.explicit
        ):
            target.own_date = occurrence.own_date
            target.explicit = target.explicit or occurrence.explicit
    _absorb_into_lists(by_type)
    events = []
    for (notation, factuality, *_), groups in by_type.items():
        for group in groups:
            first = group.occurrences[0]
            # no date of its own: the one its first mention in the text took from the scene (a title has no scene),
            # passing over mentions undated only because no sentence before them set a day
            in_text = next((o for o in group.occurrences if o.span.field == TEXT and (o.date or not o.open_date)), first)
            date = group.own_date or in_text.date
            # the surest place; of equally sure ones the mention that gave the event its date (the one told in
            # detail, not "145 communities evicted"), then the text's before the headline's (headlines say less)
            placed = min(
                group.occurrences,
                key=lambda o: (
                    o.place is None,
                    o.place_level,
                    bool(group.own_date) and o.own_date != group.own_date,
                    o.span.field != TEXT,
                    o.order,
                ),
            )
            placed = _narrowed(placed, group.occurrences)
            if placed.place_level == DATELINE and any(o.place is None and o.place_level == OWN for o in group.occurrences):
                placed = replace(placed, place=None)  # where the statement speaks from, not where its own words put the event
            involved = tuple(dict.fromkeys(name for o in group.occurrences for name in o.participants))
            # named by a narrower type when its words say so ("killed"), found, placed and dated as its broader one
            finer = next((o.narrower for o in group.occurrences if o.narrower), None)
            events.append(
                Event(
                    notation,
                    first.span,
                    EXTRACTOR,
                    place=placed.place,
                    date=date,
                    participants=involved,
                    factuality=factuality,
                    narrower=finer,
                )
            )
    # asserted events first: what the statement is about, numbered as before
    return sorted(events, key=lambda e: (not e.asserted, e.trigger.field != "title", e.trigger.start, e.type))


def _narrowed(placed: Occurrence, occurrences: list[Occurrence]) -> Occurrence:
    """ "protests in Indonesia ... the protest in Jakarta": the same event's place written inside the one
    chosen (a country or a province holding it) is where it happened; told by its own sentence or scene."""
    for other in occurrences:
        if other.place_level in (OWN, INHERITED) and holds(placed.place, other.place):
            placed = other
    return placed


def _absorb_into_lists(by_type: dict[tuple, list[Group]]) -> None:
    """ "protests in nine cities ... the protests in A, B and C": mentions of a type that has events in a list
    of places, with no place of their own or one holding the listed places, and no other date, tell of those."""
    for key, listed_groups in list(by_type.items()):
        if len(key) < 3 or not listed_groups:
            continue
        unlisted = by_type.get(key[:2])
        if not unlisted:
            continue
        places = {k[2] for k in by_type if k[:2] == key[:2] and len(k) == 3}
        dates = [g.own_date for k, gs in by_type.items() if k[:2] == key[:2] and len(k) == 3 for g in gs if g.own_date]
        target = listed_groups[0]
        for group in list(unlisted):
            where = {o.place for o in group.occurrences if o.place is not None}
            told = all(p in places or any(holds(p, q) for q in places) for p in where)
            if told and (not group.own_date or any(compatible(group.own_date, d) for d in dates)):
                target.occurrences += [replace(o, place=None) for o in group.occurrences]
                unlisted.remove(group)
        if not unlisted:
            del by_type[key[:2]]


def _same_place(group: Group, occurrence: Occurrence) -> bool:
    """The occurrence's own place agrees with the group's own places: none, the same, or one inside the other
    ("arrested in Mandalay ... In Hpakant, a man was arrested": two arrests)."""
    if occurrence.place is None or occurrence.quoted or occurrence.definite:
        return True  # ("the arrests in Berlin": the arrests told of before)
    own = {o.place for o in group.occurrences if o.place_level == OWN and o.place is not None and o.span.field == TEXT}
    return not own or any(p == occurrence.place or holds(p, occurrence.place) or holds(occurrence.place, p) for p in own)
