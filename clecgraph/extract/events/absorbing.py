"""Events told in the course of another: violence during an eviction is the eviction.

The guidelines count a violent eviction as an eviction only: the beatings,
injuries and tear gas a statement tells of an eviction are how it was done,
not a violence event of their own. An event type's concept says which types
it takes in (clec:absorbs in ontology/event-types.ttl). A statement that
tells of a narrower event of the absorbed type (a killing or a shooting,
under violence) reports that type of its own, and nothing of it is absorbed.

An occurrence is told in the course of an event when that event is asserted
in the title as its only kind of event (the statement is the story of it),
or in the occurrence's own sentence or the one next to it; an event named as
what another is against ("villagers protesting against their eviction") is
not the scene of what is told beside it.
"""

from __future__ import annotations

import re

from clecgraph.extract.events.merging import Occurrence
from clecgraph.knowledge.ontology import EventType
from clecgraph.model import ASSERTED, TITLE

_NEAR = 1  # sentences either side of an occurrence in which the absorbing event is told
_AGAINST = re.compile(r"\s+(?:against|over)\s+(?:[\w'’-]+\s+){0,2}", re.I)


def absorbing_types(event_types: tuple[EventType, ...]) -> dict[str, tuple[str, ...]]:
    """absorbed type -> the types that absorb it."""
    table: dict[str, list[str]] = {}
    for event_type in event_types:
        for absorbed in event_type.absorbs:
            table.setdefault(absorbed, []).append(event_type.notation)
    return {absorbed: tuple(types) for absorbed, types in table.items()}


def absorb(occurrences: list[Occurrence], table: dict[str, tuple[str, ...]], texts: dict[str, str]) -> list[Occurrence]:
    """The occurrences without those told in the course of an asserted event of a type that absorbs theirs.

    `texts` maps each field's name to its text."""
    if not table:
        return occurrences
    absorbers = {t for types in table.values() for t in types}
    scenes = [o for o in occurrences if o.factuality == ASSERTED and o.type in absorbers and not _named_as_object(o, occurrences, texts)]
    if not scenes:
        return occurrences
    # a statement that reports a killing or a shooting reports violence of its own
    own = {o.type for o in occurrences if o.factuality == ASSERTED and o.narrower is not None}
    title_types = {o.type for o in occurrences if o.factuality == ASSERTED and o.span.field == TITLE}
    return [o for o in occurrences if o.type in own or not _in_course_of(o, scenes, table, title_types)]


def _named_as_object(occurrence: Occurrence, occurrences: list[Occurrence], texts: dict[str, str]) -> bool:
    """ "protesting against their eviction": the event word is what the word before it is against."""
    before = [
        o
        for o in occurrences
        if o.span.field == occurrence.span.field and o.sentence == occurrence.sentence and o.span.end <= occurrence.span.start
    ]
    if not before:
        return False
    last = max(before, key=lambda o: o.span.end)
    text = texts.get(occurrence.span.field, "")
    return last.type != occurrence.type and _AGAINST.fullmatch(text, last.span.end, occurrence.span.start) is not None


def _in_course_of(occurrence: Occurrence, scenes: list[Occurrence], table: dict[str, tuple[str, ...]], title_types: set[str]) -> bool:
    absorbers = table.get(occurrence.type)
    if not absorbers:
        return False
    for scene in scenes:
        if scene.type not in absorbers:
            continue
        if scene.span.field == TITLE and title_types == {scene.type}:
            return True
        if scene.span.field == occurrence.span.field and abs(scene.sentence - occurrence.sentence) <= _NEAR:
            return True
    return False
