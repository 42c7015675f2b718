"""Events: typed by the trigger words of ontology/event-types.ttl, with place and date.

For each trigger word (title and text) that reports something that happened
(not a call for action, a negation or a hypothetical: see hitreading.py), the
event takes:
  place  the most specific place written as a location in its sentence (see
         place_candidates.py); else the place of the sentence before it in the
         paragraph (not across a jump to another month or year, nor into a
         "nationwide" sentence; in a text naming towns, a country sets no
         scene: it names the story's setting, and places only its own
         sentence's events); else the dateline's place (with no dateline, a title's
         country label, in a text naming no town), not where the text places
         its events only elsewhere (an office away from its story: case_place.py);
         else a weaker
         place of its sentence (a landmark, a place qualifying people); else
         the first location in the next two sentences of the paragraph (a country only from the
         next sentence, in a text naming no town: it names the story's
         setting); else none (trigger_place.py).
  date   the date expression of its sentence nearest to it (one written just
         before it first; one inside a relative clause that names its own
         event only for that event); else the date of the sentence before it
         in the paragraph; else none. Ongoing events ("an ongoing strike")
         and earlier ones ("after her arrest", "had been detained") take no
         date from the sentence or the scene. The dateline's date is the
         statement's, not the event's (dating.py).
Trigger words of one type are one event, unless they carry different
calendar dates of their own ("arrested on 3 May ... arrested again on 10
June"): merging.py. The persons named in a trigger's sentence are its
participants.

The steps, per field: read the field once (fieldview.py), then walk its
sentences, keeping the scene the sentences before set; per sentence, read
it (fieldview.read_sentence); per trigger, read how its event is told
(hitreading.py), then date it and place it.
"""

from __future__ import annotations

import re

from clecgraph.errors import ClecgraphError
from clecgraph.extract.components import Work, component
from clecgraph.extract.entities.gazetteer_names import build_place_table
from clecgraph.extract.events import place_within
from clecgraph.extract.events.absorbing import absorb, absorbing_types
from clecgraph.extract.events.case_place import unplace_elsewhere
from clecgraph.extract.events.courts import Courts
from clecgraph.extract.events.cues import is_release_date, is_since_date, is_upcoming_date
from clecgraph.extract.events.date_phrases import ends_the_scene, is_tally_date, names_the_day
from clecgraph.extract.events.dating import NO_SCENE_DATE, date_of_hit
from clecgraph.extract.events.factuality import ASSERTED, doubted, how_told, is_list_joint, unasserted_reading
from clecgraph.extract.events.fieldview import FieldView, SentenceView, read_field, read_sentence
from clecgraph.extract.events.hitreading import CALLED_OFF_WHEN, read_hit
from clecgraph.extract.events.merging import OWN, Occurrence, merge
from clecgraph.extract.events.narrower import NarrowerTypes
from clecgraph.extract.events.place_candidates import COUNTRY_RANK, most_specific
from clecgraph.extract.events.trigger_place import Scene, listed_places, place_of_hit
from clecgraph.extract.events.triggers import TriggerHit, TriggerMatcher
from clecgraph.extract.text.datelines import find_dateline
from clecgraph.extract.text.temporal import find_dates
from clecgraph.knowledge.ontology import Knowledge
from clecgraph.model import PLACE, TEXT, TITLE, Span

_QUOTE_MARK_CHARS = '"“”'  # quotation marks, counted with str.count
_DEFINITE = re.compile(r"\b(?:the|their|his|her|its|this|that)\s+$", re.I)


@component("events.dateline_place", ["mentions"], ["dateline_place"])
def dateline_place(knowledge: Knowledge):
    """The place the text's dateline names, as the entity finder named it: every event's fallback."""

    def step(work: Work) -> None:
        work.set("dateline_place", _dateline_place(work.statement.text, work["mentions"]))

    return step


@component("events.fields", ["mentions", "date"], ["event_fields"])
def read_event_fields(knowledge: Knowledge):
    """Each field read once for events: sentences, dates, trigger words, places, the courts it names."""
    for event_type in knowledge.event_types:
        unknown = set(event_type.called_off_when) - set(CALLED_OFF_WHEN)
        if unknown:
            raise ClecgraphError(
                f"event type {event_type.notation!r}: clec:calledOffWhen {sorted(unknown)} is none of {sorted(CALLED_OFF_WHEN)}"
            )
    matcher = TriggerMatcher(knowledge.event_types)
    place_table = build_place_table(knowledge.authorities_of(PLACE))

    def step(work: Work) -> None:
        mentions, date = work["mentions"], _today(work.statement.text, work["date"], work.statement.title)
        work.set(
            "event_fields",
            [
                (read_field(matcher, name, text, mentions, date, work.statement.title), Courts(text, mentions, name, place_table))
                for name, text in work.statement.fields()
            ],
        )

    return step


@component("events.occurrences", ["event_fields", "dateline_place", "mentions"], ["occurrences"])
def find_occurrences(knowledge: Knowledge):
    """Each trigger, with how it is told (factuality), its place and date, and its narrower type if its words name one;
    none told in the course of an event that absorbs it (violence during an eviction)."""
    narrower = NarrowerTypes(knowledge.event_types)
    absorbing = absorbing_types(knowledge.event_types)
    own_words_only = frozenset(t.notation for t in knowledge.event_types if t.placed_only_by_own_words)
    place_within.load()

    def step(work: Work) -> None:
        occurrences: list[Occurrence] = []
        fallback = work["dateline_place"]
        if fallback is None and not any(view.towns for view, _ in work["event_fields"] if view.name == TEXT):
            # a title's country label places, like a dateline, what the text places nowhere more specific
            # (in a text naming towns it names the story's setting, as a country in the text does)
            fallback = _title_label(work.statement.title, work["mentions"])
        for view, courts in work["event_fields"]:
            found = _field_occurrences(view, courts, len(occurrences), fallback)
            for occurrence in found:
                occurrence.narrower = narrower.of(view.text, TriggerHit(occurrence.type, occurrence.span.start, occurrence.span.end))
            occurrences += found
        occurrences = unplace_elsewhere(occurrences, fallback, own_words_only)
        work.set("occurrences", absorb(occurrences, absorbing, dict(work.statement.fields())))

    return step


@component("events.merge", ["occurrences"], ["events"])
def merge_occurrences(knowledge: Knowledge):
    """Triggers of one type are one event, unless they carry different dates of their own."""

    def step(work: Work) -> None:
        work.set("events", merge(work["occurrences"]))

    return step


EVENT_COMPONENTS = (dateline_place, read_event_fields, find_occurrences, merge_occurrences)


def _today(text: str, statement_date: str | None, title: str | None = None) -> str | None:
    """The day "today" and "yesterday" are said from: the text's own dateline, else the statement's date, else
    a day the headline writes in full ("Myanmar has bloodiest day of coup protests – 02/28/2021")."""
    dateline = find_dateline(text)
    if dateline is not None and dateline.date:
        return dateline.date
    if statement_date or not title:
        return statement_date
    headline = [d.iso for d in find_dates(title, None) if d.explicit and d.iso and len(d.iso) == 10]
    return max(headline) if headline else None


def _dateline_place(text: str, mentions) -> str | None:
    """The place named by the text's dateline, as the entity finder named it."""
    dateline = find_dateline(text)
    if dateline is None or dateline.place_start is None:
        return None
    for mention in mentions:
        span = mention.span
        if mention.kind == PLACE and span.field == TEXT and dateline.place_start <= span.start and span.end <= dateline.place_end:
            return mention.name
    return None


def _title_label(title: str | None, mentions) -> str | None:
    """The place a title's label names ("Hong Kong: union leaders arrested"): like a dateline, it places the
    events the text places nowhere more specific (the gold guidelines)."""
    if not title or ":" not in title:
        return None
    for mention in mentions:
        span = mention.span
        if mention.kind == PLACE and span.field == TITLE and not title[: span.start].strip() and title[span.end :].lstrip().startswith(":"):
            return mention.name
    return None


def _field_occurrences(view: FieldView, courts: Courts, order: int, dateline_place: str | None) -> list[Occurrence]:
    """Occurrences of event triggers in one field (title or text), each with its place and date."""
    found: list[Occurrence] = []
    scene = Scene()
    paragraph = -1
    for index, sentence in enumerate(view.sentences):
        if sentence.paragraph != paragraph:
            paragraph, scene = sentence.paragraph, Scene()
        here = read_sentence(view, index, sentence)
        if here.hits and not here.strong:
            scene.place = courts.seat_of_the_court(sentence) or scene.place
        found += _sentence_occurrences(view, here, scene, courts, order + len(found), dateline_place)
        _update_scene(view.text, here, scene, view.towns)
    return found


def _sentence_occurrences(
    view: FieldView, here: SentenceView, scene: Scene, courts: Courts, order: int, dateline_place: str | None
) -> list[Occurrence]:
    text = view.text
    found = []
    previous_end = here.sentence.start
    counted, quotes = here.sentence.start, 0  # quote marks in the sentence before the trigger, counted on as the triggers go
    before: tuple[int, str] | None = None  # the end and factuality of the sentence's last event word
    for position, hit in enumerate(here.hits):
        quotes += sum(text.count(mark, counted, hit.start) for mark in _QUOTE_MARK_CHARS)
        counted = max(counted, hit.start)
        reading = read_hit(text, view.name, here, hit, previous_end)
        # every event says how it is told; those not asserted are kept, placed and dated by their own words only
        factuality = (
            how_told(text, view.name, here, hit, previous_end)
            if reading is None
            else doubted(text, here.sentence.start, reading.clause, hit) or ASSERTED
        )
        if factuality == ASSERTED and before is not None and before[1] != ASSERTED and is_list_joint(text, before[0], hit.start):
            factuality = before[1]  # "possible arrests, detention and torture": the cue of a list's first word governs the list
        previous_end = hit.end
        if factuality is None:
            continue  # the trigger's words in another sense ("an attack on press freedom")
        before = (hit.end, factuality)
        if factuality != ASSERTED:
            reading = unasserted_reading(text, here, hit)
        # (words in a quotation comment on the story, "you don't manage people by shooting them": a day of their
        # own counts, the day the sentences before set does not)
        own, date = date_of_hit(text, here, position, hit, reading, None if quotes % 2 else (scene.date or NO_SCENE_DATE))
        open_date = date == NO_SCENE_DATE  # (it would have taken the scene's date, but no sentence before set one)
        date = None if open_date else date
        place, level = place_of_hit(text, here, position, hit, reading, scene, own, courts, dateline_place, view.later_place)
        # "arrests in the cities of A, B and C": one event in each
        listed = listed_places(text, here, position, hit, reading) if place is None and factuality == ASSERTED else []
        for where in listed or [place]:
            found.append(
                Occurrence(
                    hit.type,
                    Span(view.name, hit.start, hit.end),
                    order + len(found),
                    own.iso if own else None,
                    date,
                    where,
                    OWN if listed else level,
                    bool(own and own.explicit),
                    view.persons_in(here.sentence),
                    bool(_DEFINITE.search(text, max(0, hit.start - 8), hit.start)),
                    here.index,
                    bool(own and own.relative and own.offset is None and not own.explicit),
                    factuality,
                    bool(listed),
                    quoted=quotes % 2 == 1,
                    open_date=open_date,
                )
            )
    return found


def _update_scene(text: str, here: SentenceView, scene: Scene, towns: bool) -> None:
    """The place and date a sentence sets for the sentences after it in its paragraph."""
    if here.strong:
        # in a text that names towns, a country names the story's setting, not a scene: it places only its
        # own sentence's events ("Unions in Cambodia face pressure. ... police arrested two leaders in Kampot")
        spot = most_specific(text, here.strong, here.strong[0].start)
        scene.place = spot.name if spot.rank < COUNTRY_RANK or not towns else None
    if here.weak:
        scene.weak = [most_specific(text, here.weak, here.weak[0].start)]
    # (nor a day to come, nor the start of a period: "killed since 2016" sets no day for the next sentence)
    scene_dates = [
        d
        for d in here.dates
        if not is_release_date(text, d.start)
        and not is_upcoming_date(text, d.start)
        and not is_since_date(text, d.start)
        and not is_tally_date(text, d.start)
        and not names_the_day(text, d)
    ]
    if scene_dates:
        # a year names a period, not a scene: "In 2014 a fire destroyed 200 shacks. The municipality refused ..."
        # tells nothing of when the next sentence's events happened (a day or a month still sets the scene)
        last = scene_dates[-1].iso
        scene.date = last if last is None or len(last) > 4 else None
    elif not here.dates and ends_the_scene(text, here.sentence.start, here.sentence.end):
        scene.date = None
