"""When an event happened: the date a trigger word takes from its sentence or the scene.

A trigger takes the date expression of its sentence nearest to it (one written
just before it first, "the 28 July election"), among the dates that are its
own: a date inside a relative clause that names an event of its own dates only
that clause's events; a release date, a day to come or a "since" date (for
events that do not last) dates nothing; where several events share a sentence,
attachment.py says whose each date is. With none, the trigger takes the date of
the sentence before it in the paragraph (the scene), unless it is an ongoing or
earlier event, told of as happening later ("was later charged") or in the present
perfect ("has imposed a curfew"), said inside a quotation, or of a type dated
only by its own words (charges and trials, clec:datedOnlyByOwnWords).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from clecgraph.extract.events.cues import is_release_date, is_since_date, is_upcoming_date, own_phrase
from clecgraph.extract.events.date_phrases import (
    anniversary_years,
    ends_the_scene,
    is_tally_date,
    names_a_noun,
    names_the_day,
    nearest_date,
    report_that,
    since_clause,
    told_after_the_scene,
    told_now,
    years_before,
)
from clecgraph.extract.events.factuality import is_list_joint
from clecgraph.extract.events.triggers import TriggerHit
from clecgraph.extract.text.temporal import DateMention
from clecgraph.knowledge.lexicon import EN

_UNDATED_BEFORE = re.compile(
    r"\b(?:later|subsequently|afterwards|eventually|since\s+been|ha(?:s|ve)\s+(?:already\s+)?been|ha(?:s|ve)\s+since)\s+(?:\w+ly\s+)?$",
    re.I,
)
# "The administration has imposed a curfew", "groups have launched a petition", "police have arrested": the present
# perfect tells of now, not of the scene the sentences before set (as "have been arrested" above)
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:(?:[a-z]{2,}(?:ed|en)|made|held|set|put|led|brought|begun|sent|seized)\s+"
    r"(?:(?:an?|the|their|his|her|its|new|several|many|\d[\d,]*)\s+)?(?:[\w-]+\s+)?)?$",
    re.I,
)
_CLAUSE_CUT = re.compile(r"[,;:()–—]")
_OTHER_EVENT = re.compile(r"\b" + EN.alternation("other_event_prepositions") + r"\b", re.I)
_PROTESTED_AGAINST = re.compile(
    r"\b(?:" + EN.alternation("protest_against_words") + r"\s+(?:against|over)\s+(?:the|their|his|her|its|this|these)?"
    r"|" + EN.alternation("protest_object_verbs") + r"\s+(?:the|their|his|her|its|this|these))\s*(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "until midnight 16 April": the end of a period, not the day of an event
_UNTIL = re.compile(
    r"\b" + EN.alternation("period_end_words") + r"\s+(?:midnight\s+(?:on\s+|of\s+)?|the\s+end\s+of\s+|at\s+least\s+)?$", re.I
)
# "protesters", "demonstrators", "strikers", "detainees": the people an event names, not the event
_PARTICIPANTS = re.compile(EN.alternation("participant_nouns"), re.I)
_COMPLEMENT = re.compile(r"\s+(?:for|of|over|into)\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?", re.I)
_ACTING = re.compile(r"\s+(?:\w+ly\s+)?" + EN.alternation("participants_acting_words") + r"\b", re.I)
# "vowed to shut down", "for using illegal ways to arrest protesters": an act aimed at, dated by nothing before it
_TO_BEFORE = re.compile(r"\b" + EN.alternation("aiming_words") + r"\s+(?:(?:[\w'’-]+\s+){0,3}?)to\s+(?:\w+ly\s+)?$", re.I)
# "53 cases of violence", "593 victims of illegal arrest": a count of events, not one of them
_COUNTED = re.compile(r"\b" + EN.alternation("counting_nouns") + r"\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_COUNTED_AFTER = re.compile(r"\s+" + EN.alternation("counted_event_nouns") + r"\b", re.I)
# "apologised last Friday" for injuries", "arrested on Monday over the protest": the date of the act before the preposition
_COMPLEMENT_AFTER_DATE = re.compile(
    r"\s*(?:for|over|about|against|into)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,2}", re.I
)
_BEGAN = re.compile(r"\b(?:began|begun|started|starting|beginning|commenced)\s+(?:on\s+|in\s+)?$", re.I)


# The scene date of a sentence no sentence before it in the paragraph dated: returned as the event's date where
# the event would take the scene's, so the caller can tell "no scene date" from "takes none"
NO_SCENE_DATE = ""


def date_of_hit(text: str, view, position: int, hit: TriggerHit, reading, scene_date: str | None) -> tuple[DateMention | None, str | None]:
    """The trigger's own date mention (or None), and the date its event takes (its own, else the scene's, else None;
    `scene_date` as given, NO_SCENE_DATE included, when it takes the scene's)."""
    # which of the sentence's dates the trigger may use: see SentenceDates.usable (read once per sentence, so a
    # long sentence's triggers do not each test every date)
    dates = sentence_dates(text, view)
    keep = dates.usable(hit)
    # the dates written for another event of the sentence are not this one's
    attached = view.attached
    if attached and not (reading.same_scene and not reading.background):
        mine = attached.available(position, dates.dates, keep)
        if not mine and dates.any(keep):
            mine = attached.fallback(position, dates.dates, keep)
            if not mine:
                # "a brutal intervention against the strikers on 2 January": the date of those it was done to is the act's
                mine = attached.of_objects(position, dates.dates, keep, dates.acted_on)
            if not mine:
                # "welcome the release today of ... but condemn police violence": a day said relative to now sets the whole scene
                mine = [dates.dates[p] for p in dates.relative if keep(p)]
    else:
        mine = [d for p, d in enumerate(dates.dates) if keep(p)]
    if mine:
        # "made an apology last Friday for the injuries": the date of the act before, not of the event after it (which
        # takes no scene date either: the sentence's date is another's)
        mine = [d for d in mine if not dates.of_an_act_before(d, hit)]
    if text.find("to ", max(0, hit.start - 20), hit.start) >= 0 and _TO_BEFORE.search(text, max(0, hit.start - 50), hit.start):
        # "on Friday vowed to shut down": only a date written after the act aimed at is its own
        mine = [d for d in mine if d.start >= hit.end]
        if not mine:
            return None, None
    now = told_now(text, reading.clause, hit.start)
    if now:
        # "While 11 were released on 6 July, two remain detained": a clause told in the present keeps to its own dates
        mine = [d for d in mine if reading.clause <= d.start and not _CLAUSE_CUT.search(text, hit.end, max(hit.end, d.start))]
    if counted(text, view.hits, position):
        return None, None  # "53 cases of violence were recorded in 2019": a count, not an event of that year
    if position and nested_in(text, view.hits[position - 1], hit):
        return None, None  # "the trial for the murder of X was held on 10 September": the day of the trial
    if dates.acted_on(hit):
        return None, None  # "police fired on protesters on Sunday": the day of what was done to them, not of a protest
    if _PROTESTED_AGAINST.search(text, max(0, hit.start - 60), hit.start):
        return None, None  # "villagers protesting against their eviction": an earlier grievance, not dated here
    years = anniversary_years(text, hit.start)
    if years:
        # "on the fifth anniversary of the enforced disappearance of X": that many years before the day said
        day = next((d.iso for p, d in enumerate(dates.dates) if keep(p) and d.iso and len(d.iso) == 10), None) or view.anchor
        return None, years_before(day, years)
    if reading.ongoing or reading.referred:
        # "continued a strike that began in December 2021": an ongoing event dated by its start
        # ... or, named in passing, by words of its own phrase ("after a rally at Freedom Park on Sunday")
        began = [
            d
            for d in mine
            if d.start > hit.end
            and (_BEGAN.search(text, max(hit.end, d.start - 30), d.start) or (reading.referred and own_phrase(text, hit.end, d.start)))
        ]
        own = nearest_date(text, began, hit) if began else None
    else:
        own = nearest_date(text, mine, hit)
    if own and own.iso:
        return own, own.iso
    # a sentence whose dates all belong to other events does not take the scene's date either
    # "was later charged", "have been charged": at a time the scene does not give
    undated = bool(
        _UNDATED_BEFORE.search(text, max(reading.clause, hit.start - 30), hit.start)
        or _PERFECT_BEFORE.search(text, max(reading.clause, hit.start - 40), hit.start)
    )
    undated = (
        undated
        or now
        or dates.framed
        or told_after_the_scene(text, view.sentence.start, reading.clause, hit.start)
        or (not view.dates and ends_the_scene(text, view.sentence.start, view.sentence.end))
    )
    # (charges and trials follow a case on their own schedule: the day an arrest was told of is not theirs)
    undated = undated or hit.kind.dated_only_by_own_words
    return own, (None if reading.ongoing or reading.background or undated or (not mine and dates.any(keep)) else scene_date)


class SentenceDates:
    """The calendar dates of one sentence, read once for all its triggers.

    A trigger may use a date (`usable`) unless the date lies in a relative clause of another event, is a
    release date (for most events), a day to come, a "since" date (for events that do not last) or the day
    a count was made, or comes after a phrase naming another event ("charged in relation to the coup on
    1 February"). Those tests were made for every trigger and every date of the sentence, and the last
    scanned the text between them: cubic in a long sentence. The tests of a date alone are made once here,
    and the phrase naming another event is looked for once from each trigger.
    """

    def __init__(self, text: str, view):
        self.text, self.view, self.end = text, view, view.sentence.end
        self.dates = [d for d, _ in view.scoped_dates]
        self.scopes = [scope for _, scope in view.scoped_dates]
        self.release = [is_release_date(text, d.start) for d in self.dates]
        self.since = [is_since_date(text, d.start) for d in self.dates]
        self.excluded = [
            is_upcoming_date(text, d.start)
            or is_tally_date(text, d.start)
            or names_the_day(text, d)
            or bool(_UNTIL.search(text, max(0, d.start - 30), d.start))
            for d in self.dates
        ]
        start = view.sentence.start
        # spans of the sentence a date belongs to alone: the "since" clause it closes, the reporting clause before "that"
        self.since_clause = [since_clause(text, start, d.start) for d in self.dates]
        self.reported = [report_that(text, start, self.end, d) for d in self.dates]
        self.noun_date = [names_a_noun(text, d) for d in self.dates]
        # (a sentence whose dates are all another clause's sets no day for its triggers, nor takes the scene's)
        self.framed = any(a is not None for a in self.since_clause) or any(r is not None for r in self.reported) or any(self.noun_date)
        self.relative = [p for p, d in enumerate(self.dates) if not d.explicit]
        # the types of the sentence's events named by what was done, not by the people it was done to
        self.acts = {h.type for h in view.hits if not _PARTICIPANTS.fullmatch(text, h.start, h.end)}
        self._from: int | None = None  # the last trigger end looked from (None: not looked yet)
        self._other: re.Match | None = None  # the first phrase found after it
        self._other_starts: list[int] | None = None
        self._other_ends: list[int] = []

    def usable(self, hit: TriggerHit):
        """A test of a date's position: may the trigger use it."""
        by_release, lasting = hit.kind.dated_by_release, hit.kind.lasting
        dates, scopes, release, since, excluded = self.dates, self.scopes, self.release, self.since, self.excluded
        since_clause, reported, noun_date = self.since_clause, self.reported, self.noun_date

        def keep(p: int) -> bool:
            scope = scopes[p]
            clause = since_clause[p]
            that = reported[p]
            return (
                (scope is None or scope[0] <= hit.start < scope[1])
                # "evictions since our movement was formed in 2005": the date is the clause's ("since they were arrested on 5 May")
                and (clause is None or clause <= hit.start < dates[p].start)
                # "confirmed on 10 April that her sister was killed": the report's day, not the killing's
                and (that is None or hit.start < that)
                # "against the October 9 conspiracy": the date of the noun it stands before, unless that noun is the trigger
                and (not noun_date[p] or hit.start == noun_date[p])
                and (by_release or not release[p])
                and not excluded[p]
                # events that last are dated by when they began ("detained since November"); others not ("killed since 2010": a count)
                and (lasting or not since[p])
                # "charged in relation to the coup on 1 February": a date after a phrase naming another event is that event's
                and (dates[p].start < hit.end or not self._other_between(hit.end, dates[p].start))
            )

        return keep

    def of_an_act_before(self, date: DateMention, hit: TriggerHit) -> bool:
        """The date is of an act told before the trigger, which names another event: "made an apology last Friday for
        the injuries" (a preposition right after the date), "summoned on 14 January to answer questions relating to
        the strike" (a phrase naming another event between them, as `_OTHER_EVENT` finds)."""
        if date.end > hit.start:
            return False
        if _COMPLEMENT_AFTER_DATE.fullmatch(self.text, date.end, hit.start):
            return True
        if self._other_starts is None:  # (the sentence's phrases naming another event, found once, in one pass)
            self._other_starts, self._other_ends, pos = [], [], self.view.sentence.start
            while found := _OTHER_EVENT.search(self.text, pos, self.end):
                self._other_starts.append(found.start())
                self._other_ends.append(found.end())
                pos = max(found.end(), pos + 1)
        # (the phrases do not overlap: the first starting after the date is the one that ends first)
        k = bisect_left(self._other_starts, date.end)
        return k < len(self._other_starts) and self._other_ends[k] <= hit.start

    def acted_on(self, hit: TriggerHit) -> bool:
        """ "Police fired tear gas at protesters on Sunday": a trigger naming the people of an event ("protesters",
        "detainees") beside an event of another type names those it was done to; the date is that event's."""
        return (
            bool(self.acts - {hit.type})
            and bool(_PARTICIPANTS.fullmatch(self.text, hit.start, hit.end))
            and not _ACTING.match(self.text, hit.end)  # "protesters camped at the square yesterday": what they did
        )

    def any(self, keep) -> bool:
        return any(keep(p) for p in range(len(self.dates)))

    def _other_between(self, start: int, end: int) -> bool:
        """`_OTHER_EVENT.search(text, start, end)`, answered from the first such phrase after `start` in the sentence.

        A match inside text[start:end] is a match of the sentence ending before `end`, so it exists when the
        sentence's first match from `start` ends before `end`, and not when that one starts at `end` or later.
        Only a match that could end exactly at `end` (where the cut itself makes the closing word boundary)
        or one that straddles `end` is looked for in text[start:end] as it was.
        """
        text = self.text
        if end > start and (text[end - 1].isalnum() or text[end - 1] == "_"):
            return bool(_OTHER_EVENT.search(text, start, end))
        found = self._first_other(start)
        if found is None or found.start() >= end:
            return False
        if found.end() < end:
            return True
        return bool(_OTHER_EVENT.search(text, start, end))

    def _first_other(self, start: int) -> re.Match | None:
        # triggers come in text order: the phrase found from an earlier one is the first from this one too
        # when it starts at or after this one (no match starts between them)
        if self._from is None or start < self._from or (self._other is not None and self._other.start() < start):
            self._other = _OTHER_EVENT.search(self.text, start, self.end)
        self._from = start
        return self._other


_last_dates: SentenceDates | None = None


def sentence_dates(text: str, view) -> SentenceDates:
    """The dates of the sentence `view` (kept for its next trigger)."""
    global _last_dates
    if _last_dates is None or _last_dates.view is not view or _last_dates.text is not text:
        _last_dates = SentenceDates(text, view)
    return _last_dates


def counted(text: str, hits: list[TriggerHit], position: int) -> bool:
    """The trigger names events counted ("53 cases of violence", "twenty-five murder cases"), itself or as an item
    of a counted list ("593 victims of illegal arrest and detention")."""
    # (the list's items before it, nearest first, as far as the joints go: a few at most, each joint <= 40 characters)
    for k in range(position, max(-1, position - 4), -1):
        hit = hits[k]
        if _COUNTED_AFTER.match(text, hit.end):
            return True
        # (the cheap test first: most triggers have no "of" before them)
        if text.find(" of ", max(0, hit.start - 50), hit.start) >= 0 and _COUNTED.search(text, max(0, hit.start - 50), hit.start):
            return True
        if not k or not is_list_joint(text, hits[k - 1].end, hit.start):
            return False
    return False


def nested_in(text: str, head: TriggerHit, hit: TriggerHit) -> bool:
    """The trigger names what another event of the sentence is about ("the trial for the murder of", "an inquiry
    into the killing"): the dates of the head's clause are the head's."""
    return head.type != hit.type and 0 < hit.start - head.end <= 20 and bool(_COMPLEMENT.fullmatch(text, head.end, hit.start))
