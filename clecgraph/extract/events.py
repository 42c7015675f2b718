"""Events: typed by the trigger words of ontology/event-types.ttl, with place and date.

For each trigger word (title and text) that reports something that happened
(not a call for action, a negation or a hypothetical: see cues.py), the
event takes:
  place  the most specific place written as a location in its sentence (see
         eventplace.py); else the place of the sentence before it in the
         paragraph (not across a jump to another month or year, nor into a
         "nationwide" sentence); else the dateline's place; else a weaker
         place of its sentence (a landmark, a place qualifying people); else
         the first location later in the paragraph; else none.
  date   the date expression of its sentence nearest to it (one written just
         before it first; one inside a relative clause that names its own
         event only for that event); else the date of the sentence before it
         in the paragraph; else none. Ongoing events ("an ongoing strike")
         and earlier ones ("after her arrest", "had been detained") take no
         date from the sentence or the scene. The dateline's date is the
         statement's, not the event's.
Trigger words of one type are one event, unless they carry different
calendar dates of their own ("arrested on 3 May ... arrested again on 10
June"). The persons named in a trigger's sentence are its participants.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..dates import shift_days
from ..model import ORGANISATION, PERSON, PLACE, TEXT, TITLE, Event, Mention, Span, Statement
from .cues import (
    clause_start,
    is_called_for,
    is_figurative,
    is_headline_call,
    is_land_taken,
    is_prevented,
    is_since_date,
    is_upcoming_date,
    is_upcoming_event,
    is_release_date,
    is_earlier_background,
    is_habitual,
    is_named_offence,
    is_nationwide,
    is_negated_or_hypothetical,
    is_ongoing,
    is_referred_back,
    is_reporting_date,
    relative_clause,
)
from .attachment import Attachment, needs_attachment
from .datelines import find_dateline
from .eventplace import LOCATIVE, NEUTRAL, ORIGIN, WEAK, PlaceSpot, most_specific, names_unknown_location, place_spots, specificity, spread
from .knowledge import Knowledge
from .merging import DATELINE, INHERITED, LATER, OWN, WEAK_OWN, Occurrence, merge
from .places import build_place_table
from .sentences import sentences
from .temporal import DateMention, find_dates
from .triggers import TriggerHit, TriggerMatcher


# Events that happen in an institution (a court, a parliament, a press room): the places of the
# sentences after them tell of other things, and a report's place is only where it was released.
PLACED_BY_INSTITUTION = frozenset({"trial", "charge", "legislation", "publication", "election"})
# ... and a report, an election or a law takes no place from the scene of the sentence before
_COURT_TYPES = frozenset({"trial", "charge"})
# events that last, dated by when they began ("detained since November"); others are not ("killed since 2010": a count)
_STATES = frozenset({"arrest", "protest", "restriction"})
_FROM_TYPES = frozenset({"release", "eviction"})  # "released from X", "evicted from X": X is where
PLACED_ONLY_BY_OWN_WORDS = frozenset({"legislation", "publication", "election"})
_RELEASED_AT = re.compile(
    r"(?:\b(?:released|launched|published|presented|unveiled|issued)\b"
    r"(?:\s+(?:the|a|an|its|their|this|new|joint|report|study|findings|today|yesterday|publicly|officially|jointly)){0,4}"
    r"|\b(?:conference|workshop|forum|meeting|event|ceremony|launch|seminar))\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)



def make_event_finder(knowledge: Knowledge):
    matcher = TriggerMatcher(knowledge.event_types)
    place_table = build_place_table(knowledge.authorities_of(PLACE))

    def find_events(statement: Statement, mentions: tuple[Mention, ...], statement_date: str | None) -> list[Event]:
        occurrences: list[Occurrence] = []
        text_dateline = _dateline_place(statement.text, mentions)
        for field_name, text in statement.fields():
            occurrences += _field_occurrences(matcher, field_name, text, mentions, statement_date, len(occurrences), text_dateline, place_table)
        return merge(occurrences)

    return find_events


_COURT_HEADS = frozenset({"court", "courts", "tribunal", "chambers"})
# words of a court's name that are not its seat ("Kampot Provincial Court", "Hanoi People's Court")
_COURT_WORDS = frozenset({"provincial", "municipal", "criminal", "civil", "district", "city", "people's", "peoples", "people", "appeal", "appeals",
                          "supreme", "military", "high", "first", "instance", "of", "the", "court", "courts", "tribunal", "chambers", "regional", "county"})


def court_seats(text: str, mentions, field_name: str, place_table) -> list[PlaceSpot]:
    """The places that open courts' names ("Kampot Provincial Court": Kampot), as locative spots where the courts are."""
    seats = []
    for m in mentions:
        words = m.name.split()
        if m.kind != ORGANISATION or m.span.field != field_name or not words or words[-1].lower() not in _COURT_HEADS:
            continue
        k = 0
        while k < len(words) and words[k].lower().replace("’", "'") not in _COURT_WORDS:
            k += 1
        seat = " ".join(words[:k])
        if 1 <= k <= 3 and place_table.get(seat):
            seats.append(PlaceSpot(seat, m.span.start, m.span.end, LOCATIVE, specificity(seat, None)))
    return seats


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


_UNDATED_BEFORE = re.compile(r"\b(?:later|subsequently|afterwards|eventually|since\s+been|ha(?:s|ve)\s+(?:already\s+)?been|ha(?:s|ve)\s+since)\s+(?:\w+ly\s+)?$", re.I)
_SAME_SCENE = re.compile(r"[\s,;]*(?:when|as(?!\s+well)|while|during\s+which)\b", re.I)
_SAME_SCENE_BEFORE = re.compile(r"\b(?:when|while|during\s+which)\s*$", re.I)
_DEFINITE = re.compile(r"\b(?:the|their|his|her|its|this|that)\s+$", re.I)
_BEGAN = re.compile(r"\b(?:began|begun|started|starting|beginning|commenced)\s+(?:on\s+|in\s+)?$", re.I)
# "supporters gathered outside the court": the court named before, so the place where it sits
_AT_THE_COURT = re.compile(r"\b(?:outside|at|in\s+front\s+of|inside|near|before)\s+the\s+(?:[\w-]+\s+)?court(?:house)?\b", re.I)
# "after a march to Wat Phnom": the event's own words name a place (known or not)
_NAMED_AFTER = re.compile(r"\s+(?:to|at|in|near|outside|into)\s+(?:the\s+)?[A-Z]")
_AFTER_A = re.compile(r"\b(?:after|following)\s+an?\s+(?:[\w-]+\s+)?$", re.I)
_AFTER_ONE = re.compile(r"\b(?:after|before|following)\s+(?:a|an|they|he|she|we|villagers|workers|residents)\s+(?:[\w-]+\s+)?$", re.I)


def _field_occurrences(matcher, field_name: str, text: str, mentions, anchor: str | None, order: int, dateline_place: str | None, place_table=None) -> list[Occurrence]:
    """Occurrences of event triggers in one field (title or text), each with its place and date."""
    dateline = find_dateline(text) if field_name == TEXT else None
    body_start = dateline.end if dateline else 0
    sentence_list = sentences(text)
    dates = _chain_dates([d for d in find_dates(text, anchor) if d.start >= body_start and not is_reporting_date(text, d.start, d.end)], sentence_list)
    org_spans = [(m.span.start, m.span.end) for m in mentions if m.kind == ORGANISATION and m.span.field == field_name]
    places = []
    for mention in mentions:
        span = mention.span
        if mention.kind != PLACE or span.field != field_name or not (0 <= span.start < span.end <= len(text)):
            continue
        if any(o_start <= span.start and span.end <= o_end and (o_start, o_end) != (span.start, span.end) for o_start, o_end in org_spans):
            continue  # "Phnom Penh" inside "Phnom Penh Municipal Court"
        if dateline and dateline.place_start is not None and dateline.place_start <= span.start and span.end <= dateline.place_end:
            continue  # the dateline's place: a fallback for every event, not a place in a sentence
        places.append((span.start, span.end, mention.name, mention.subtype))
    persons = sorted((m.span.start, m.span.end, m.name) for m in mentions if m.kind == PERSON and m.span.field == field_name)
    known = [(m.span.start, m.span.end) for m in mentions if m.span.field == field_name]
    court_starts = sorted(m.span.start for m in mentions if m.kind == ORGANISATION and m.span.field == field_name and m.name.split()[-1].lower() in _COURT_HEADS)
    seats = None  # the courts' seats, read when a court event first needs them
    hits = [
        h
        for h in matcher.find(text)
        if h.start >= body_start
        and not any(d.start < h.end and h.start < d.end for d in dates)
        and not any(o_start <= h.start and h.end <= o_end for o_start, o_end in org_spans)  # "National Election Committee"
    ]
    spots = place_spots(text, places, [h.end for h in hits], [h.end for h in hits if h.type in _FROM_TYPES])
    if field_name == TITLE:
        # "Myanmar: Executions of activists ...": a headline's label names its subject, not where things happened
        spots = [replace(s, role=WEAK) if not text[: s.start].strip() and text[s.end :].lstrip().startswith(":") else s for s in spots]

    found: list[Occurrence] = []
    scene_place: str | None = None
    scene_weak: str | None = None
    scene_date: str | None = None
    paragraph = -1
    later_cache: dict[int, str | None] = {}
    spot_starts, date_starts, hit_starts = [x.start for x in spots], [x.start for x in dates], [x.start for x in hits]
    for index, sentence in enumerate(sentence_list):
        if sentence.paragraph != paragraph:
            paragraph, scene_place, scene_weak, scene_date = sentence.paragraph, None, None, None
        own_spots = _within(spots, spot_starts, sentence)
        own_dates = [d for d in _within(dates, date_starts, sentence) if d.iso and not d.generic]
        # a date inside a relative clause ("who face trial on Thursday") dates only that clause's events
        # (only if an event is named in it: "..., which took place yesterday" dates the demolition before it)
        scoped_dates = [(d, _local_scope(text, sentence, d, hits)) for d in own_dates]
        strong = [s for s in own_spots if s.role in (LOCATIVE, NEUTRAL)]
        weak = [s for s in own_spots if s.role not in (LOCATIVE, NEUTRAL, ORIGIN)]
        previous_end = sentence.start
        own_scope = is_nationwide(text, sentence.start, sentence.end)
        # a sentence naming a place the gazetteer does not know is not where the dateline speaks from
        # ... nor, where the dateline gives no date ("(Bangkok) –": an office), a sentence naming any place
        unknown_place = names_unknown_location(text, sentence.start, sentence.end, known) or bool(strong and dateline and dateline.date_text is None)
        sentence_hits = _within(hits, hit_starts, sentence)
        if sentence_hits and not strong and place_table is not None and _AT_THE_COURT.search(text, sentence.start, sentence.end):
            if seats is None:
                seats = court_seats(text, mentions, field_name, place_table)
            earlier = [seat for seat in seats if seat.start < sentence.start]
            scene_place = max(earlier, key=lambda seat: seat.start).name if earlier else scene_place
        attached = Attachment(text, sentence_hits) if (own_dates or own_spots) and needs_attachment(text, sentence.start, sentence.end, sentence_hits) else None
        for position, hit in enumerate(sentence_hits):
            clause = clause_start(text, sentence.start, hit.start)
            called = (is_called_for(text, sentence.start, clause, hit.start, previous_end) or (field_name == TITLE and is_headline_call(text, hit.start, hit.end))
                      or (hit.type == "violence" and is_figurative(text, hit.end)) or is_prevented(text, sentence.start, hit.start)
                      or (hit.type == "eviction" and not is_land_taken(text, hit.start, hit.end)))
            previous_end = hit.end
            if called or is_negated_or_hypothetical(text, clause, hit.start) or is_habitual(text, clause, hit.start, bool(own_dates)) or is_upcoming_event(text, clause, hit.start):
                continue
            ongoing = is_ongoing(text, clause, hit.start)
            # "arrested ... after a march to X", "after they protested": an earlier event named in passing
            after_one = bool(_AFTER_ONE.search(text[max(clause, hit.start - 40) : hit.start]))
            background = after_one or is_earlier_background(text, clause, hit.start)
            usable = [d for d, scope in scoped_dates if (scope is None or scope[0] <= hit.start < scope[1]) and (hit.type == "publication" or not is_release_date(text, d.start)) and not is_upcoming_date(text, d.start)
                      and (hit.type in _STATES or not is_since_date(text, d.start))]
            # the dates and places written for another event of the sentence are not this one's
            # ", when troops moved in to evict ...": a when-clause shares the time and place of the clause it follows
            same_scene = attached is not None and bool(_SAME_SCENE.match(text, clause) or _SAME_SCENE_BEFORE.search(text, max(0, clause - 12), clause))
            mine = attached.available(position, usable) if attached and not (same_scene and not background) else usable
            if usable and not mine:
                mine = attached.fallback(position, usable)
            if usable and not mine:
                # "welcome the release today of ... but condemn police violence": a day said relative to now sets the whole scene
                mine = [d for d in usable if not d.explicit]
            referred = after_one or is_referred_back(text, clause, hit.start) or is_named_offence(text, clause, hit.start)
            if ongoing or referred:
                # "continued a strike that began in December 2021": an ongoing event dated by its start
                # ... or, named in passing, by words of its own phrase ("after a rally at Freedom Park on Sunday")
                began = [d for d in mine if d.start > hit.end and (_BEGAN.search(text, max(hit.end, d.start - 30), d.start) or (referred and _own_phrase(text, hit.end, d.start)))]
                own = _nearest_date(text, began, hit) if began else None
            else:
                own = _nearest_date(text, mine, hit)
            own_date = own.iso if own else None
            # a sentence whose dates all belong to other events does not take the scene's date either
            # "was later charged", "have been charged": at a time the scene does not give
            undated = not own_date and bool(_UNDATED_BEFORE.search(text, max(clause, hit.start - 30), hit.start))
            date = own_date or (None if ongoing or background or undated or (usable and not mine) else scene_date)
            # ("arrested in Nha Trang and convicted on 29 June": a court's event does not borrow the arrest's place)
            borrowed = [] if hit.type in _COURT_TYPES else attached.fallback(position, strong) if attached else []
            hit_strong = (attached.available(position, strong) or borrowed) if attached and not same_scene else strong
            hit_weak = (attached.available(position, weak) or attached.fallback(position, weak)) if attached else weak
            inside = [s for s in own_spots if hit.start <= s.start and s.end <= hit.end and s.role != ORIGIN]
            if inside:
                hit_strong = inside  # "sent to Prey Sar prison": a place inside the trigger's own words is where
            if len(hit_strong) > 1:
                # "staff at the Poipet centre interviewed workers who said brokers in Thailand had confiscated ...":
                # a place in the trigger's own clause before one in an earlier clause
                in_clause = [s for s in hit_strong if s.start >= clause]
                hit_strong = in_clause or hit_strong
            # "the Criminal Court granted bail": a release a court orders happens where the court sits
            by_court = hit.type == "release" and bisect_left(court_starts, sentence.start) < bisect_left(court_starts, sentence.end)
            if hit.type in PLACED_BY_INSTITUTION or by_court:
                # "charges ... over a treaty with Vietnam": only a place written as a location ("in", "at") places them
                hit_strong = [s for s in hit_strong if s.role == LOCATIVE]
                hit_weak = []
                if (hit.type in _COURT_TYPES or by_court) and place_table is not None:
                    # "acquitted by the Kampot Provincial Court": the court's seat, before where the offence was
                    if seats is None:
                        seats = court_seats(text, mentions, field_name, place_table)
                    in_sentence = [s for s in seats if sentence.start <= s.start < sentence.end]
                    courts = court_starts[bisect_left(court_starts, sentence.start) : bisect_left(court_starts, sentence.end)]
                    if len(courts) > 1:
                        # "convicted by the Phnom Penh court ..., freed on bail by the Supreme Court": the nearest court's seat
                        nearest = min(courts, key=lambda start: abs(start - hit.end))
                        in_sentence = [s for s in in_sentence if s.start == nearest]
                    hit_strong = in_sentence or hit_strong
            if hit.type == "publication":
                # what a report is about is not where it was published: only "released in X" places it
                hit_strong = [s for s in hit_strong if _RELEASED_AT.search(text, max(sentence.start, s.start - 90), s.start)]
                hit_weak = []
            # a sentence set at another time ("The five were charged in 2016") does not stay where the last one was
            new_time = bool(own and own.explicit and scene_date and _month_apart(own.iso, scene_date))
            inherited = None if background or own_scope or new_time or by_court or hit.type in PLACED_ONLY_BY_OWN_WORDS else scene_place
            if referred:  # "two years after her arrest": this sentence's place is the other event's
                place, level = next(((s.name, OWN) for s in hit_strong if s.start > hit.end and _own_phrase(text, hit.end, s.start)), (None, LATER))
                before = [s for s in strong if s.end <= hit.start] if after_one and place is None and _AFTER_A.search(text, max(clause, hit.start - 40), hit.start) and not _NAMED_AFTER.match(text, hit.end) else []
                if before:  # "detained in Jakarta after a rally": where the main clause was ("after they protested" may be elsewhere)
                    place, level = most_specific(text, before, hit.start).name, WEAK_OWN
            else:
                place, level = _choose_place(text, hit, hit_strong, hit_weak or ([] if scene_weak is None or by_court or hit.type in PLACED_BY_INSTITUTION else scene_weak), inherited, None if own_scope or (unknown_place and hit.type != "publication") else dateline_place)
            if place is None and unknown_place and hit.type != "publication":
                level = OWN  # placed by its own words, where the gazetteer cannot say
            elif place is None and level == LATER and not referred and hit.type not in PLACED_BY_INSTITUTION:
                if index not in later_cache:
                    later_cache[index] = _later_place(text, spots, sentence_list, index)
                place, level = later_cache[index], LATER
            involved = tuple(dict.fromkeys(name for start, end, name in persons if sentence.start <= start and end <= sentence.end))
            found.append(
                Occurrence(hit.type, Span(field_name, hit.start, hit.end), order + len(found), own_date, date, place, level, bool(own and own.explicit), involved,
                            bool(_DEFINITE.search(text, max(0, hit.start - 8), hit.start)), index, bool(own and own.relative and own.offset is None and not own.explicit))
            )
        if strong:
            scene_place = most_specific(text, strong, strong[0].start).name
        if weak:
            scene_weak = [most_specific(text, weak, weak[0].start)]
        scene_dates = [d for d in own_dates if not is_release_date(text, d.start) and not is_upcoming_date(text, d.start)]  # nor a day to come
        if scene_dates:
            scene_date = scene_dates[-1].iso
    return found


def _own_phrase(text: str, end: int, start: int) -> bool:
    """Only prepositions and names between a trigger and a place or date: "rally at Freedom Park on Sunday"."""
    return start - end <= 40 and bool(_PHRASE_GAP.fullmatch(text, end, start))


_PHRASE_GAP = re.compile(r"(?:\s+(?:at|in|on|near|outside|across|throughout|the|[A-Z][\w'-]*))*\s+(?:(?:at|in|on|outside)\s+(?:the\s+)?)?")


def _within(items: list, starts: list[int], sentence) -> list:
    """The items (sorted by start) lying inside a sentence."""
    lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
    return [item for item in items[lo:hi] if item.end <= sentence.end]


def _local_scope(text: str, sentence, date: DateMention, hits: list[TriggerHit]) -> tuple[int, int] | None:
    scope = relative_clause(text, sentence.start, sentence.end, date.start)
    if scope is None or not any(scope[0] <= h.start < scope[1] for h in hits):
        return None
    return scope


def _chain_dates(dates: list[DateMention], sentence_list) -> list[DateMention]:
    """Resolve "two days earlier", "the next day" against the last day the paragraph named."""
    if not any(d.offset is not None for d in dates):
        return dates
    paragraph_of = {}
    for sentence in sentence_list:
        for d in dates:
            if sentence.start <= d.start < sentence.end:
                paragraph_of[d.start] = sentence.paragraph
    resolved, last_day, last_paragraph = [], None, None
    for d in dates:
        paragraph = paragraph_of.get(d.start)
        if paragraph != last_paragraph:
            last_day, last_paragraph = None, paragraph
        if d.offset is not None and d.iso is None:
            d = replace(d, iso=shift_days(last_day, d.offset))
        if d.iso and len(d.iso) == 10 and not d.generic:
            last_day = d.iso
        resolved.append(d)
    return resolved


def _nearest_date(text: str, dates: list[DateMention], hit: TriggerHit) -> DateMention | None:
    """The date nearest the trigger in its sentence; one written just before it ("the 28 July election") first."""
    if not dates:
        return None

    # text[glued:hit.start] is the run of spaces and dashes just before the trigger
    glued = hit.start
    while glued and text[glued - 1] in " -–":
        glued -= 1

    def distance(d: DateMention) -> tuple[int, int]:
        if glued <= d.end <= hit.start:  # only spaces and dashes between: "the 28 July election"
            return (-1, 0)
        return (d.start - hit.end, 0) if d.start >= hit.end else (hit.start - d.end, 1)

    return min(dates, key=distance)


def _choose_place(text: str, hit: TriggerHit, strong: list[PlaceSpot], weak: list[PlaceSpot], scene: str | None, dateline: str | None):
    if strong:
        spot = most_specific(text, strong, hit.start)
        return (None if spread(text, strong, spot) else spot.name), OWN
    if scene:
        return scene, INHERITED
    if dateline:
        return dateline, DATELINE
    if weak:
        return most_specific(text, weak, hit.start).name, WEAK_OWN
    return None, LATER


def _later_place(text: str, spots: list[PlaceSpot], sentence_list, index: int) -> str | None:
    paragraph = sentence_list[index].paragraph
    for sentence in sentence_list[index + 1 :]:
        if sentence.paragraph != paragraph:
            break
        strong = [s for s in spots if sentence.start <= s.start and s.end <= sentence.end and s.role in (LOCATIVE, NEUTRAL)]
        if strong:
            return most_specific(text, strong, sentence.start).name
    return None


def _month_apart(a: str, b: str) -> bool:
    """Two dates in different months (or years, when one gives only a year)."""
    size = min(len(a), len(b), 7)
    return a[:size] != b[:size]
