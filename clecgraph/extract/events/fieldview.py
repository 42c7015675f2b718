"""One field (title or text) as the event finder reads it, and each of its sentences.

Read once per field: the dateline (cut off: its place is a fallback for every
event, its date the statement's), the dates (not those of someone speaking;
"the next day" chained to the day before it), the place mentions (not those
inside an organisation's name, "Phnom Penh Municipal Court", nor the
dateline's) with how each is written, the trigger words (not inside a date or
an organisation's name, "National Election Committee") and the persons.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from clecgraph.dates import to_date
from clecgraph.extract.events.attachment import Attachment, needs_attachment
from clecgraph.extract.events.cues import is_nationwide, is_reporting_date
from clecgraph.extract.events.date_phrases import chain_dates, local_scope
from clecgraph.extract.events.place_candidates import (
    COUNTRY_RANK,
    LOCATIVE,
    NEUTRAL,
    ORIGIN,
    WEAK,
    PlaceSpot,
    most_specific,
    names_unknown_location,
    place_spots,
)
from clecgraph.extract.events.triggers import TriggerHit
from clecgraph.extract.text.datelines import Dateline, find_dateline, opening_dateline
from clecgraph.extract.text.sentences import Sentence, sentences
from clecgraph.extract.text.temporal import DateMention, find_dates
from clecgraph.model import ORGANISATION, PERSON, PLACE, TEXT, TITLE


@dataclass
class FieldView:
    name: str
    text: str
    dateline: Dateline | None
    sentences: list[Sentence]
    dates: list[DateMention]
    hits: list[TriggerHit]
    spots: list[PlaceSpot]
    persons: list[tuple[int, int, str]]
    known: list[tuple[int, int]]  # spans of every mention: what the gazetteer or the name finder knows
    anchor: str | None = None  # the day the text is said from ("today"): its dateline's, else the statement's
    _later: dict[int, str | None] = field(default_factory=dict)

    def __post_init__(self):
        self._spot_starts = [x.start for x in self.spots]
        self._date_starts = [x.start for x in self.dates]
        self._hit_starts = [x.start for x in self.hits]
        self._person_starts = [start for start, _, _ in self.persons]  # (persons are sorted)
        self._persons_of: tuple[Sentence, tuple[str, ...]] | None = None
        # the text names places inside a country: it tells its story there, and a country sets no scene
        self.towns = any(s.rank < COUNTRY_RANK for s in self.spots if s.role in (LOCATIVE, NEUTRAL))

    def persons_in(self, sentence: Sentence) -> tuple[str, ...]:
        """The persons named in a sentence (kept for the sentence's next trigger)."""
        if self._persons_of is None or self._persons_of[0] is not sentence:
            lo, hi = bisect_left(self._person_starts, sentence.start), bisect_right(self._person_starts, sentence.end)
            names = tuple(dict.fromkeys(name for _, end, name in self.persons[lo:hi] if end <= sentence.end))
            self._persons_of = (sentence, names)
        return self._persons_of[1]

    def later_place(self, index: int) -> str | None:
        """The first place written as a location in one of the next sentences of the same paragraph (_LATER_REACH)."""
        if index not in self._later:
            self._later[index] = _later_place(self.text, self.spots, self.sentences, index, self.towns)
        return self._later[index]


@dataclass
class SentenceView:
    index: int
    sentence: Sentence
    hits: list[TriggerHit]
    spots: list[PlaceSpot]
    dates: list[DateMention]  # calendar dates, not generic ones
    scoped_dates: list[tuple[DateMention, tuple[int, int] | None]]  # each with the relative clause it alone dates
    strong: list[PlaceSpot]  # places written as where (LOCATIVE, NEUTRAL)
    weak: list[PlaceSpot]  # landmarks, places qualifying people
    nationwide: bool
    unknown_place: bool  # names a place the gazetteer does not know (or any place, under an office dateline)
    attached: Attachment | None  # whose each place and date is, where several events share the sentence
    # (a sentence without trigger words sets only the scene: its scoped_dates, nationwide, unknown_place and
    # attached are left empty, as nothing reads them)
    anchor: str | None = None  # the day the text is said from


# "Kyrgyzstan's State Committee", "Cambodia's the Ministry of Interior": a place's possessive before a body's name
_POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?")
# "the Indonesian Forum for Environment (WALHI)": a capitalised trigger inside a name that an acronym then closes
_NAMED_BEFORE_ACRONYM = re.compile(r"(?:\s+(?:for|of|on|and|the|[A-Z][\w'’-]*)){1,5}\s*\(\s*[A-Z][A-Za-z.-]{1,11}\s*\)")


def read_field(matcher, field_name: str, text: str, mentions, anchor: str | None, title: str | None = None) -> FieldView:
    dateline = find_dateline(text) if field_name == TEXT else None
    body_start = dateline.end if dateline else 0
    sentence_list = sentences(text)
    # (a dateline on a line of its own after the text's head, "Press Release / 19 November 2024": the statement's date)
    late = opening_dateline(text) if field_name == TEXT and dateline is None else None
    dates = chain_dates(
        [
            d
            for d in _dates_of(text, anchor, title if field_name == TEXT else None)
            if d.start >= body_start and not is_reporting_date(text, d.start, d.end) and not (late and late.start <= d.start < late.end)
        ]
    )
    org_spans = [(m.span.start, m.span.end) for m in mentions if m.kind == ORGANISATION and m.span.field == field_name]
    in_org = _Holders(org_spans)
    org_starts = {start for start, _ in org_spans}
    places = []
    for mention in mentions:
        span = mention.span
        if mention.kind != PLACE or span.field != field_name or not (0 <= span.start < span.end <= len(text)):
            continue
        if in_org.strictly(span.start, span.end):
            continue  # "Phnom Penh" inside "Phnom Penh Municipal Court"
        owner = _POSSESSIVE.match(text, span.end)
        if owner and owner.end() in org_starts:
            continue  # "Kyrgyzstan's State Committee for National Security": part of the body's name, not a place of its own
        if dateline and dateline.place_start is not None and dateline.place_start <= span.start and span.end <= dateline.place_end:
            continue  # the dateline's place: a fallback for every event, not a place in a sentence
        places.append((span.start, span.end, mention.name, mention.subtype))
    in_dates = _overlap_test(dates)
    hits = [
        h
        for h in matcher.find(text)
        if h.start >= body_start
        and not in_dates(h.start, h.end)
        and not in_org.holds(h.start, h.end)  # "National Election Committee"
        and not (text[h.start : h.start + 1].isupper() and _NAMED_BEFORE_ACRONYM.match(text, h.end))
    ]
    spots = place_spots(text, places, [h.end for h in hits], [h.end for h in hits if h.kind.placed_after_from])
    if field_name == TITLE:
        # "Myanmar: Executions of activists ...": a headline's label names its subject, not where things happened
        spots = [replace(s, role=WEAK) if not text[: s.start].strip() and text[s.end :].lstrip().startswith(":") else s for s in spots]
    return FieldView(
        name=field_name,
        text=text,
        dateline=dateline,
        sentences=sentence_list,
        dates=dates,
        hits=hits,
        spots=spots,
        persons=sorted((m.span.start, m.span.end, m.name) for m in mentions if m.kind == PERSON and m.span.field == field_name),
        known=[(m.span.start, m.span.end) for m in mentions if m.span.field == field_name],
        anchor=anchor,
    )


def read_sentence(view: FieldView, index: int, sentence: Sentence) -> SentenceView:
    text = view.text
    own_spots = _within(view.spots, view._spot_starts, sentence)
    own_dates = [d for d in _within(view.dates, view._date_starts, sentence) if d.iso and not d.generic]
    strong = [s for s in own_spots if s.role in (LOCATIVE, NEUTRAL)]
    hits = _within(view.hits, view._hit_starts, sentence)
    weak = [s for s in own_spots if s.role not in (LOCATIVE, NEUTRAL, ORIGIN)]
    # a sentence naming no event is read for the scene it sets alone (its places and dates): what would date,
    # place or attach its events is not looked for (the event finder reads nothing else of it)
    named = bool(hits)
    dateline = view.dateline
    return SentenceView(
        index=index,
        sentence=sentence,
        hits=hits,
        spots=own_spots,
        dates=own_dates,
        # a date inside a relative clause ("who face trial on Thursday") dates only that clause's events
        # (only if an event is named in it: "..., which took place yesterday" dates the demolition before it)
        scoped_dates=[(d, local_scope(text, sentence, d, view.hits, view._hit_starts)) for d in own_dates] if named else [],
        strong=strong,
        weak=weak,
        nationwide=named and is_nationwide(text, sentence.start, sentence.end),
        # a sentence naming a place the gazetteer does not know is not where the dateline speaks from
        # ... nor, where the dateline gives no date ("(Bangkok) –": an office), a sentence naming any place
        unknown_place=named
        and (
            names_unknown_location(text, sentence.start, sentence.end, view.known)
            or bool(strong and dateline and dateline.date_text is None)
        ),
        attached=Attachment(text, hits)
        if named and (own_dates or own_spots) and needs_attachment(text, sentence.start, sentence.end, hits)
        else None,
        anchor=view.anchor,
    )


def _dates_of(text: str, anchor: str | None, title: str | None = None) -> list[DateMention]:
    """The text's dates; with no statement date, a day written without its year ("on 1 October") takes the
    year of the latest day the text writes in full ("on 2 November 2019"): the story's year; with none, that of
    the latest month the title writes with its year ("Laguna Larga, April 2023"). "Yesterday" stays unknown."""
    found = find_dates(text, anchor)
    if anchor is None and any(d.iso is None and d.explicit for d in found):
        written = [d.iso for d in found if d.explicit and d.iso and len(d.iso) == 10]
        latest = max(written) if written else _title_month(title)
        if latest:
            by_span = {(d.start, d.end): d for d in find_dates(text, latest)}
            found = [_in_year(by_span.get((d.start, d.end), d), latest[:4]) if d.iso is None and d.explicit else d for d in found]
    return found


def _title_month(title: str | None) -> str | None:
    """The middle of the latest month a title writes with its year ("Laguna Larga, April 2023"), else None.
    (A title names the story's time; a month in the text may be background, as a year may: "evicted in 2017".)"""
    months = [d.iso[:7] for d in find_dates(title or "", None) if d.explicit and d.iso and len(d.iso) >= 7]
    return f"{max(months)}-15" if months else None


def _in_year(mention: DateMention, year: str) -> DateMention:
    """A day read without its year, put in the story's year (where that day exists)."""
    if not mention.iso or mention.iso[:4] == year:
        return mention
    moved = f"{year}{mention.iso[4:]}"
    return replace(mention, iso=moved) if len(moved) < 10 or to_date(moved) else mention


class _Holders:
    """Spans (an organisation's names) asked whether one of them holds a span, by bisection on their starts."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach, furthest = [], -1  # reach[k]: the furthest end among the first k+1 spans by start
        self.end_at: dict[int, int] = {}  # the furthest end of the spans starting at each start
        for a, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)
            self.end_at[a] = max(self.end_at.get(a, b), b)

    def holds(self, start: int, end: int) -> bool:
        """One span a <= start, end <= b."""
        k = bisect_right(self.starts, start)
        return bool(k) and self.reach[k - 1] >= end

    def strictly(self, start: int, end: int) -> bool:
        """One span holding [start, end) other than [start, end) itself."""
        k = bisect_left(self.starts, start)  # the spans starting before it: any of them reaching its end
        if k and self.reach[k - 1] >= end:
            return True
        return self.end_at.get(start, -1) > end  # a span starting with it and ending after it


def _overlap_test(dates: list[DateMention]):
    """A test of a span [start, end): does it overlap one of the dates (by bisection on their starts)."""
    ordered = sorted((d.start, d.end) for d in dates)
    starts = [start for start, _ in ordered]
    reach, furthest = [], -1  # reach[k]: the furthest end among the first k+1 dates by start
    for _, end in ordered:
        furthest = max(furthest, end)
        reach.append(furthest)

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # the dates starting before `end`
        return bool(k) and reach[k - 1] > start

    return overlaps


def _within(items: list, starts: list[int], sentence) -> list:
    """The items (sorted by start) lying inside a sentence."""
    lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
    return [item for item in items[lo:hi] if item.end <= sentence.end]


# How many sentences on a place told later may still be an earlier event's: the next two ("Police broke up
# the march. Six were hurt. It had set off from Kampot."); further on, the story has moved to other events
# (on the real development sets, places taken from three or more sentences on were all wrong: 5 pairs).
_LATER_REACH = 2


def _later_place(text: str, spots: list[PlaceSpot], sentence_list, index: int, towns: bool) -> str | None:
    paragraph = sentence_list[index].paragraph
    for later, sentence in enumerate(sentence_list[index + 1 : index + 1 + _LATER_REACH]):
        if sentence.paragraph != paragraph:
            break
        strong = [s for s in spots if sentence.start <= s.start and s.end <= sentence.end and s.role in (LOCATIVE, NEUTRAL)]
        if strong:
            spot = most_specific(text, strong, sentence.start)
            # (a country names the story's setting, not where an earlier sentence's event was, unless the very
            # next sentence tells it: "... a victim of trafficking. She was working as a maid in Malaysia.")
            return None if spot.rank >= COUNTRY_RANK and (later or towns) else spot.name
    return None
