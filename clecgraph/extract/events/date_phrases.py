"""What the words around a date or a trigger word say of them: a "since" clause, a date naming a noun
("the 28 July elections"), a date reported by a verb of saying, a tally's "as of" date, an anniversary, a
clause told in the present or after the scene, a date's scope inside a relative clause, the nearest date
to a trigger. Read by dating.py (when an event happened), fieldview.py and finder.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from clecgraph.dates import iso_day, shift_days
from clecgraph.extract.events.cues import relative_clause
from clecgraph.extract.events.triggers import TriggerHit
from clecgraph.extract.text.temporal import DateMention
from clecgraph.knowledge.lexicon import EN

# "Those on bail face charges", "remain detained", "will stand trial": told now or of what is to come, not of the scene before
_TOLD_NOW = re.compile(r"\b" + EN.alternation("present_tense_words") + r"\b", re.I)
# (and the present progressive: "Lee is facing charges ...")
_ENDS_THE_SCENE = re.compile(r"\b" + EN.alternation("scene_ending_words") + r"\b|\b(?:is|are)\s+(?:\w+ly\s+)?[a-z]{2,}ing\b", re.I)
_TOLD_NOW_BEFORE = re.compile(
    _TOLD_NOW.pattern + r"\s+(?:(?!(?:the|an?|of|about|to|for|on|in|at|by|with|over|that|was|were|been)\b)[\w-]+\s+){0,2}$", re.I
)
_PAST_TOLD = re.compile(r"\b(?:was|were|had|did)\b", re.I)
_AFTER_THE_SCENE = re.compile(r"\s*" + EN.alternation("after_the_scene_openers") + r"\b", re.I)
_RELATIVE_NOW = re.compile(r"\b(?:which|who)\s*$", re.I)
_VERB_S = re.compile(r"\s*(?:\w+ly\s+)?(?!was\b|has\b)[a-z]{2,}[^s\W]s\b")
_AS_OF = re.compile(r"\b(?:as\s+of|as\s+at)\s+(?:the\s+)?$", re.I)
# "10 December is Human Rights Day", "6 June marks ...": a date that is the subject of its sentence names a day
_COPULA_AFTER = re.compile(r",?\s+(?:is|was|marks|marked|will\s+be)\b", re.I)
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n][\"”’)]?)\s*(?:the\s+)?$", re.I)
_ORDINAL_WORDS = {word: int(n) for word, n in EN.map("ordinal_words").items()}
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")\s+anniversary\s+of\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "since our movement was formed in 2005": the start of a period, told by a clause of its own
_SINCE_WORD = re.compile(r"\b(?:ever\s+)?since\b", re.I)
_FINITE_VERB = re.compile(r"\b(?:[a-z]{2,}ed|was|were|is|are|has|have|had|took|began|begun|came|became|went|won|made|got|left|fled)\b")
_CLAUSE_EDGE = re.compile(r"[,;:()–—\"“”]")
_THAT = re.compile(r"\bthat\b", re.I)
_SAID_THAT = re.compile(r"\b" + EN.alternation("report_that_verbs") + r"\s+(?P<that>that)\b", re.I)
# (verbs that take a clause, not a noun: "announced the killing of 15 people on Wednesday" tells of the killing's day)
_SAID_BARE = re.compile(r"\b" + EN.alternation("clause_report_verbs") + r"\b(?!\s+that\b)", re.I)
_CLAUSE_STOP = re.compile(r"[;:–—]|\b(?:but|while|when|after|before|which|who)\b", re.I)
_REPORT_VERB = re.compile(r"\b" + EN.alternation("report_that_verbs") + r"\b", re.I)
_ORDINAL_OF = re.compile(r"\d(?:st|nd|rd|th)\b|\bof\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|this|that|its|their|his|her|our)\s+$", re.I)
_THE = re.compile(r"the\s", re.I)
_NOUN_AFTER = re.compile(r"[ \t-]+(?!" + EN.alternation("not_nouns_after_a_date") + r"\b)([a-z][a-z-]{2,})\b")
_STANCE_AFTER = re.compile(r",?\s+(?:\w+ly\s+)?" + EN.alternation("stance_on_event_verbs") + r"\b", re.I)


def since_clause(text: str, sentence_start: int, date_start: int) -> int | None:
    """Where a "since" clause holding the date opens, when a verb of its own lies between ("since our movement
    was formed in 2005", "since they first moved onto the land in February 2019"); else None. (A date right after
    "since" is the start of what the trigger names: "detained since 2019", is_since_date.)"""
    lo = max(sentence_start, date_start - 100)
    edge = None
    for edge in _CLAUSE_EDGE.finditer(text, lo, date_start):
        pass
    lo = edge.end() if edge else lo
    found = None
    for found in _SINCE_WORD.finditer(text, lo, date_start):
        pass
    if found is None or not _FINITE_VERB.search(text, found.end(), date_start):
        return None
    return found.start()


def names_a_noun(text: str, date: DateMention) -> int:
    """Where the noun a date stands before opens ("the October 9 conspiracy", "the 28 July elections"), else 0."""
    written = text[date.start : date.end]
    if _ORDINAL_OF.search(written):
        return 0  # "the 21st of September": a day of the month, not a word before a noun
    if not (_DETERMINER_BEFORE.search(text, max(0, date.start - 12), date.start) or _THE.match(written)):
        return 0
    noun = _NOUN_AFTER.match(text, date.end)
    return noun.start(1) if noun else 0


def report_that(text: str, sentence_start: int, sentence_end: int, date: DateMention) -> int | None:
    """Where what a reporting clause holding the date reports opens: after its "that" ("The Commission on Wednesday
    confirmed that ...", "told VOA on April 10, 2018, that ..."), after a verb of saying with no "that" ("In June,
    the UN said the campaign had ..."), or after a verb of stance right after the date
    ("on Monday condemned the killing of ..."); else None."""
    stance = _STANCE_AFTER.match(text, date.end)
    if stance:
        return stance.end()  # "on Monday strongly condemned the killing of": the day of the saying
    that = _THAT.search(text, date.end, min(sentence_end, date.end + 60))
    if that is None:
        # "In June, the United Nations said Israel's demolition campaign had increased": a clause reported without its "that"
        said = _SAID_BARE.search(text, date.end, min(sentence_end, date.end + 80))
        if said and not _CLAUSE_STOP.search(text, date.end, said.start()):
            return said.end()
    if that is None:
        # "On 14 November, the Institute of Studies for Peace (INDEPAZ) reported that ...": a long subject between
        said = _SAID_THAT.search(text, date.end, min(sentence_end, date.end + 200))
        return said.start("that") if said and not _CLAUSE_STOP.search(text, date.end, said.start()) else None
    if _REPORT_VERB.search(text, max(sentence_start, date.start - 60), that.start()):
        return that.start()
    return None


def is_tally_date(text: str, date_start: int) -> bool:
    """ "As of 14 March, 2,156 people have been arrested": the day a count was made, not a day of its events."""
    return bool(_AS_OF.search(text, max(0, date_start - 12), date_start))


def names_the_day(text: str, date: DateMention) -> bool:
    """ "6 December is one of the darkest days ...": a date opening its sentence as the subject of "is" or "marks"
    names a day (a commemoration), not the day of the events its sentence tells of."""
    return bool(_COPULA_AFTER.match(text, date.end)) and bool(_SENTENCE_OPENS.search(text, max(0, date.start - 6), date.start))


def anniversary_years(text: str, trigger_start: int) -> int:
    """ "the fifth anniversary of the killing of": how many years ago the event was (0: not an anniversary)."""
    match = _ANNIVERSARY.search(text, max(0, trigger_start - 60), trigger_start)
    if not match:
        return 0
    number = match["n"].lower()
    return int(re.match(r"\d+", number)[0]) if number[0].isdigit() else _ORDINAL_WORDS.get(number, 0)


def years_before(day: str | None, years: int) -> str | None:
    if not day or len(day) != 10:
        return None
    return iso_day(int(day[:4]) - years, int(day[5:7]), int(day[8:])) or iso_day(int(day[:4]) - years, int(day[5:7]), 28)


def told_now(text: str, clause: int, trigger_start: int) -> bool:
    """The trigger's clause is told in the present or the future: "two remain detained", "which monitors the arrests"."""
    # (the verb right before the trigger: "is concerned about the arrest" speaks of the statement, not of the event)
    if _TOLD_NOW_BEFORE.search(text, max(clause, trigger_start - 40), trigger_start):
        return True
    return bool(_RELATIVE_NOW.search(text, max(0, clause - 8), clause) and _VERB_S.match(text, clause))


def told_after_the_scene(text: str, sentence_start: int, clause: int, trigger_start: int) -> bool:
    """A sentence opening "Since then": its events are not those of the sentences before, and take no date from them."""
    return bool(_AFTER_THE_SCENE.match(text, sentence_start))


def ends_the_scene(text: str, sentence_start: int, sentence_end: int) -> bool:
    """A sentence with no date of its own told in the present ("They must remember the judgement in ..."): the
    day the sentences before set is not that of the events told after it."""
    head = text[sentence_start : min(sentence_end, sentence_start + 80)]
    if head[:1] in "\"“‘'":
        return False  # a quote comments on the scene ("'Shutting down VOD is censorship,' said ...")
    now = _ENDS_THE_SCENE.search(head)
    return bool(now) and not _PAST_TOLD.search(head, 0, now.start()) and not re.search(r"\b\w{3,}ed\b", head[: now.start()])


def local_scope(text: str, sentence, date: DateMention, hits: list[TriggerHit], starts: list[int] | None = None) -> tuple[int, int] | None:
    """The relative clause a date sits in ("who face trial on Thursday"), if that clause names an event.
    (`starts`: the hits' starts, when the hits are in order of start: the clause's are found by bisection.)"""
    scope = relative_clause(text, sentence.start, sentence.end, date.start)
    if scope is None:
        return None
    if starts is not None:
        return scope if bisect_left(starts, scope[0]) < bisect_left(starts, scope[1]) else None
    if not any(scope[0] <= h.start < scope[1] for h in hits):
        return None
    return scope


def chain_dates(dates: list[DateMention]) -> list[DateMention]:
    """Resolve "two days earlier", "the next day" against the last day the text named."""
    if not any(d.offset is not None for d in dates):
        return dates
    # (across paragraphs too: news reports give a paragraph to each sentence, "They were charged two days later.")
    resolved, last_day = [], None
    for d in dates:
        if d.offset is not None and d.iso is None:
            d = replace(d, iso=shift_days(last_day, d.offset))
        if d.iso and len(d.iso) == 10 and not d.generic:
            last_day = d.iso
        resolved.append(d)
    return resolved


def nearest_date(text: str, dates: list[DateMention], hit: TriggerHit) -> DateMention | None:
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
        # English writes an event's date after it: one before the trigger counts as twice as far
        return (d.start - hit.end, 0) if d.start >= hit.end else (2 * (hit.start - d.end), 1)

    return min(dates, key=distance)


def month_apart(a: str, b: str) -> bool:
    """Two dates in different months (or years, when one gives only a year)."""
    size = min(len(a), len(b), 7)
    return a[:size] != b[:size]
