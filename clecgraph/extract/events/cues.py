"""Grammar cues around a trigger word: calls for action, negation, hypotheticals.

These are function words of English, not knowledge of the field: the words
that say a trigger does not report something that happened ("call for his
release", "was not arrested", "if evicted", "the right to protest"), or
that it reports something with no single date ("an ongoing strike").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from clecgraph.knowledge.lexicon import EN

_CALL = re.compile(r"\b" + EN.alternation("call_cues") + r"\b", re.I)
_NEGATION = re.compile(r"\b" + EN.alternation("negation_words") + r"\b|n[’']t\b", re.I)
_NOBODY = re.compile(r"\b" + EN.alternation("nobody_words") + r"\b|\bnone\s+of\s+\w+\b", re.I)
_NOT_ONLY = re.compile(r"\b" + EN.alternation("not_a_negation") + r"\b", re.I)
_HYPOTHETICAL = re.compile(r"\b" + EN.alternation("hypothetical_cues") + r"\b", re.I)
_MAY = re.compile(r"\bmay\b")  # lower case: "May" is a month
_GENERIC = re.compile(r"\b(?:right|rights|freedom)\s+to(?:\s+\w+ly)?$", re.I)
# "fighting against enforced disappearance": an evil named as a cause
_CAUSE = re.compile(r"\b" + EN.alternation("cause_cues") + r"\s+(?:\w+\s+){0,2}$", re.I)
# "numerous cases of intimidation", "endured wanton arrests": a pattern of abuse, not one act (no determiner
# between: "victims of the attack" tells of one)
_PATTERN = re.compile(
    r"\b"
    + EN.alternation("generic_cues")
    + r"(?:\s+(?!"
    + EN.alternation("possessive_determiners")
    + r"\b|an?\b|th(?:is|at|ese|ose)\b)[\w'’-]+){0,3}\s+$",
    re.I,
)
_ONGOING = re.compile(r"\b" + EN.alternation("ongoing_words") + r"\b", re.I)
_STILL = re.compile(r"\bstill\b", re.I)
# "after months of protests", "two years of strikes": an event that lasted, with no single day
_SPAN_OF = re.compile(r"\b(?:months|years|decades)\s+of\s+(?:(?:mass|peaceful|violent|nationwide|sporadic)\s+)?$", re.I)
_CLAUSE_EDGE = re.compile(r"[,;:()\[\]–—]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b|\bwhich\b|\bwho\b", re.I)
_MODAL = re.compile(r"should|must|ought\s+to|needs?\s+to", re.I)
_AUXILIARY = EN.words("auxiliary_words")
_OTHER_VERB = re.compile(r"\bto\s+(?:\w+ly\s+)?(?!be\b|the\b|a\b|an\b)[a-z]+\s+(?:\w+\s+){0,3}$", re.I)
_END_TO = re.compile(r"\s*(?:an?\s+|the\s+)?(?:immediate\s+|swift\s+)?end\s+to\b", re.I)  # "call for an end to forced evictions"
_TO_BEFORE = re.compile(r"\bto\s+(?:\w+ly\s+)?(?:be\s+)?$", re.I)
_PAST_PERFECT = re.compile(r"\bhad\b|\bhad\s+been\b", re.I)
_AFTER_THE = re.compile(
    r"\b" + EN.alternation("after_words") + r"\s+" + EN.alternation("possessive_determiners") + r"\s+(?:\w+\s+)?$", re.I
)
_NATIONWIDE = re.compile(r"\bnation-?wide\b|\bcountry-?wide\b|\b(?:across|throughout)\s+the\s+(?:country|nation|kingdom)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")


_WORD_EDGE = re.compile(r"\b" + EN.alternation("clause_edge_words") + r"\b", re.I)


class _EdgeScan:
    """The clause edges of one text from one sentence start, found once and kept in order.

    `finditer(text, sentence_start, position)` for every trigger rescanned the
    sentence from its start each time (quadratic in a long sentence); this
    scans it once, lazily, as far as the furthest position asked about.
    """

    def __init__(self, text: str, start: int):
        self.text, self.start = text, start
        self.found: list[re.Match] = []
        self.ends: list[int] = []
        self._iter = _CLAUSE_EDGE.finditer(text, start)
        self._beyond: re.Match | None = None  # first match ending past the furthest position asked about

    def last_before(self, position: int) -> re.Match | None:
        """The last match of `_CLAUSE_EDGE.finditer(text, start, position)`."""
        if self._beyond is None or self._beyond.end() <= position:
            if self._beyond is not None:
                self.found.append(self._beyond)
                self.ends.append(self._beyond.end())
                self._beyond = None
            for match in self._iter:
                if match.end() > position:
                    self._beyond = match
                    break
                self.found.append(match)
                self.ends.append(match.end())
        k = bisect_right(self.ends, position)
        last = self.found[k - 1] if k else None
        # A scan stopped at `position` also finds a word edge cut off there ("...but|arrested").
        for length in (3, 5, 7):
            begin = position - length
            if begin >= self.start and (last is None or last.end() <= begin):
                cut = _WORD_EDGE.fullmatch(self.text, begin, position)
                if cut is not None:
                    return _slow_last_edge(self.text, self.start, position)
        return last


def _slow_last_edge(text: str, start: int, position: int) -> re.Match | None:
    edge = None
    for edge in _CLAUSE_EDGE.finditer(text, start, position):
        pass
    return edge


_last_scan: _EdgeScan | None = None


def _last_edge(text: str, sentence_start: int, position: int) -> re.Match | None:
    global _last_scan
    scan = _last_scan
    if scan is None or scan.text is not text or scan.start != sentence_start:
        scan = _last_scan = _EdgeScan(text, sentence_start)
    return scan.last_before(position)


def clause_start(text: str, sentence_start: int, position: int) -> int:
    """Where the clause holding `position` begins (a comma, dash, "but"...), within its sentence."""
    edge = _last_edge(text, sentence_start, position)
    return edge.end() if edge is not None else sentence_start


_RELATIVE = re.compile(r"who|which|whom|whose", re.I)


def relative_clause(text: str, sentence_start: int, sentence_end: int, position: int) -> tuple[int, int] | None:
    """The span of the relative clause ("who face trial on Thursday") holding `position`, if any."""
    edge = _last_edge(text, sentence_start, position)
    if edge is None or not _RELATIVE.fullmatch(edge[0]):
        return None
    following = _CLAUSE_EDGE.search(text, position, sentence_end)
    return edge.start(), following.start() if following else sentence_end


# the words before the last trigger asked about: each cue asks for a few of them (3, 4, 5), read once
_words_before: tuple[str, int, int, list[str]] = ("", -1, -1, [])


def _last_words(text: str, start: int, end: int, count: int) -> str:
    global _words_before
    known_text, known_start, known_end, words = _words_before
    if known_text is not text or known_start != start or known_end != end:
        words = _WORD.findall(text[max(start, end - 120) : end])
        _words_before = (text, start, end, words)
    return " ".join(words[-count:]) if count else ""


def is_called_for(text: str, sentence_begin: int, clause_begin: int, trigger_start: int, previous_trigger_end: int) -> bool:
    """The trigger names what the statement calls for, not what happened.

    The thing called for is the first trigger after a call word in the same
    clause ("call for his release", "urges the police to arrest the
    shooter": the shooting happened), unless another verb is what is asked
    ("call on the authorities to lift the ban": the ban happened); and any
    trigger written as "to <trigger>" after a call word earlier in the
    sentence ("... and to release the students").
    """
    # (a cue may end after the trigger before it, whose word it holds: "protesting for the release")
    begin = max(clause_begin, previous_trigger_end - 16)
    window = text[begin:trigger_start]
    match = None
    for found in _CALL.finditer(window):
        if begin + found.end() > previous_trigger_end:
            match = found
    if match is not None:
        between = window[match.end() :]
        words = _WORD.findall(between)
        if _MODAL.fullmatch(match[0]):
            # "should be released", "must immediately and unconditionally release" ask for a release; "should drop
            # the charges" asks to drop real charges
            if all(w.lower() in _AUXILIARY or w.lower() in ("and", "or") or w.lower().endswith("ly") for w in words):
                return True
        elif _INQUIRY.search(between):
            pass  # "demands an investigation into the beating": the beating happened
        elif _WHEN_ADJUNCT.search(between):
            pass  # "requested asylum during the forum": what is asked comes before the words of when
        elif len(words) <= 10 and (_END_TO.match(between) or not _OTHER_VERB.search(between)):
            return True
    if _TO_BEFORE.search(text[max(sentence_begin, trigger_start - 40) : trigger_start]):
        return bool(_CALL.search(text[max(sentence_begin, trigger_start - 400) : trigger_start]))
    if _AND_BEFORE.search(text[max(sentence_begin, trigger_start - 20) : trigger_start]):
        # "call on the authorities to drop the charges and release them": the second verb is asked for too
        return bool(_CALL_TO.search(text[max(sentence_begin, trigger_start - 200) : trigger_start]))
    return False


# "during", "amid", "after": the words after it say when something asked for was asked, not what is asked
_WHEN_ADJUNCT = re.compile(r"\b(?:during|amid|amidst|throughout|after|following)\b", re.I)
_AND_BEFORE = re.compile(r"\b(?:and|or)\s+(?:\w+ly\s+)?$", re.I)
# what is asked for is an inquiry into, or redress for, the event: the event itself happened
_INQUIRY = re.compile(
    r"(?:\b(?:investigations?|inquiry|inquiries|enquiry|probe|accountability|justice|redress|compensation|remedy|explanation)\s+"
    r"(?:into|for|of|over)|\bto\s+(?:\w+ly\s+)?(?:investigate|probe|look\s+into))\s+(?:the\s+|this\s+|these\s+|their\s+|his\s+|her\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
_CALL_TO = re.compile(r"(?:" + _CALL.pattern + r")[^.;:]{0,80}?\bto\s+[a-z]+\b[^.;:]*$", re.I)
# "Thailand: Release peaceful protesters now": a headline that opens with a verb asks for something
_HEADLINE_START = re.compile(r"(?:^|[:–—]|\s-)\s*[\"'“‘]?(?:(?:do\s+not|don't|immediately|urgently)\s+)?$", re.I)


def is_headline_call(text: str, trigger_start: int, trigger_end: int) -> bool:
    """A headline's first verb in its plain form ("Release ...", "Do Not Extradite ..."), not "Release of ..."."""
    word = text[trigger_start:trigger_end].split()[0] if text[trigger_start:trigger_end].split() else ""
    if not _HEADLINE_START.search(text[:trigger_start]) or word.lower().endswith(("ed", "s", "ing")):
        return False
    return not re.match(r"\s+of\b", text[trigger_end:])


# "a chilling attack on freedom of expression": violence words said of rights and freedoms
_FIGURATIVE = re.compile(
    r"\s+(?:on|against|upon)\s+(?:the\s+)?(?:\w+\s+)?(?:freedoms?|rights?|democracy|press|media|civil\s+society|expression|association"
    r"|speech|rule\s+of\s+law|justice|independence|dissent|journalism)\b",
    re.I,
)


def is_figurative(text: str, trigger_end: int) -> bool:
    return bool(_FIGURATIVE.match(text, trigger_end))


# "said in a report released today": the date of the publication, not of what the report tells
_RELEASED_DATE = re.compile(
    r"\b" + EN.alternation("report_words") + r"\s+(?:\w+\s+)?" + EN.alternation("published_verbs") + r"\s+(?:on\s+)?$", re.I
)


def is_release_date(text: str, date_start: int) -> bool:
    return bool(_RELEASED_DATE.search(text[max(0, date_start - 50) : date_start]))


def is_negated_or_hypothetical(text: str, clause_begin: int, trigger_start: int) -> bool:
    """A negation within three words, or a hypothetical within four, before the trigger in its clause."""
    near = _last_words(text, clause_begin, trigger_start, 3)
    if _NEGATION.search(near) and not _NOT_ONLY.search(_last_words(text, clause_begin, trigger_start, 5)):
        return True
    if _NOBODY.search(_last_words(text, clause_begin, trigger_start, 5)):
        return True  # "no one has been charged", "none of them has yet been tried"
    wider = _last_words(text, clause_begin, trigger_start, 4)
    if _HYPOTHETICAL.search(wider) or _MAY.search(wider):
        return True
    return is_generic_right(text, clause_begin, trigger_start)


def is_ongoing(text: str, clause_begin: int, trigger_start: int) -> bool:
    """An ongoing or repeated event ("an ongoing strike") has no single date."""
    # "are still held in pre-trial detention": a state that goes on, a few words back
    return bool(
        _ONGOING.search(_last_words(text, clause_begin, trigger_start, 2))
        or _STILL.search(_last_words(text, clause_begin, trigger_start, 5))
        or _SPAN_OF.search(text, max(clause_begin, trigger_start - 40), trigger_start)
    )


def is_earlier_background(text: str, clause_begin: int, trigger_start: int) -> bool:
    """Past perfect ("had spent months in detention") tells of a time before the scene."""
    return bool(_PAST_PERFECT.search(text[clause_begin:trigger_start])) or is_referred_back(text, clause_begin, trigger_start)


def is_referred_back(text: str, clause_begin: int, trigger_start: int) -> bool:
    """ "Two years after her arrest": an earlier event named to date another; the sentence's date is not its own."""
    return bool(_AFTER_THE.search(text[max(clause_begin, trigger_start - 30) : trigger_start]))


def is_nationwide(text: str, start: int, end: int) -> bool:
    """A sentence that gives its own scope ("nationwide") takes no place from the one before."""
    return bool(_NATIONWIDE.search(text, start, end))


_REPORTING = re.compile(r"\b" + EN.alternation("reporting_verbs") + r"\s+(?:on\s+)?$", re.I)


# "Amnesty International today called on ...": the day the statement speaks, before its verb of speech
_SPEECH_AFTER = re.compile(
    r"[^\S\n]+" + EN.alternation("stance_verbs") + r"\b",
    re.I,
)


def is_reporting_date(text: str, date_start: int, date_end: int | None = None) -> bool:
    """ "..., the group said today", "the group today called on": the date of the saying, not of an event."""
    if date_end is not None and _SPEECH_AFTER.match(text, date_end):
        return True
    return bool(_REPORTING.search(text[max(0, date_start - 30) : date_start]))


_HABITUAL = re.compile(r"\b" + EN.alternation("habit_words") + r"\b", re.I)
_SERVICE = re.compile(r"\b" + EN.alternation("service_verbs") + r"\s+(?:\w+\s+)?$", re.I)


def is_habitual(text: str, clause_begin: int, trigger_start: int, dated: bool) -> bool:
    """ "The group regularly runs trainings": what an organisation does, not an event.

    Without a date in the sentence, "runs trainings", "provides workshops" are habits too.
    """
    near = _last_words(text, clause_begin, trigger_start, 3)
    if _HABITUAL.search(near):
        return True
    return not dated and bool(_SERVICE.search(text[max(clause_begin, trigger_start - 40) : trigger_start]))


# "to stop supporters from marching", "barred them from protesting": what was kept from happening
_PREVENTED = re.compile(
    r"\b" + EN.alternation("preventing_verbs") + r"\b[^.;:]{0,80}\bfrom\s+$",
    re.I,
)


def is_prevented(text: str, sentence_start: int, trigger_start: int) -> bool:
    start = max(sentence_start, trigger_start - 100)
    # (the pattern ends with "from" and white space: a trigger written after anything else is looked at no further)
    before = text[start:trigger_start]
    stripped = before.rstrip()
    if len(stripped) == len(before) or stripped[-4:].lower() != "from":
        return False
    return bool(_PREVENTED.search(text, start, trigger_start))


# "ahead of the July elections": a date still to come
_UPCOMING = re.compile(r"\b(?:ahead\s+of|run-up\s+to|in\s+the\s+lead-up\s+to)\s+(?:the\s+|this\s+|next\s+)?$", re.I)


def is_upcoming_date(text: str, date_start: int) -> bool:
    return bool(_UPCOMING.search(text, max(0, date_start - 30), date_start))


# "confiscated leaflets", "seized their phones": taking things is no eviction; taking land or homes is
_TAKING = re.compile(r"(?:confiscat|seiz|grab|took|taken|tak)", re.I)
_LAND = re.compile(
    r"\b(?:land|lands|farmland|farms?|fields?|plots?|homes?|houses?|property|properties|hectares?|rice|plantation|territory|villages?|residents?|families|communit(?:y|ies))\b",
    re.I,
)


def is_land_taken(text: str, trigger_start: int, trigger_end: int) -> bool:
    """An eviction word that means taking (confiscation, seizure): only when land or homes are near it."""
    if not _TAKING.match(text, trigger_start):
        return True
    start = max(0, trigger_start - 60, text.rfind(". ", 0, trigger_start) + 1)  # in its own sentence
    return bool(_LAND.search(text, start, min(len(text), trigger_end + 60)))


# "published a report", "a study, published by X", 'published "Title"': a word of publishing tells of a
# publication only with the report it publishes ("published stories", "an article published by" do not)
_PUBLISHING = re.compile(r"publish", re.I)
_REPORT_NAMED = re.compile(r"\b" + EN.alternation("publication_words") + r"\b", re.I)
_TITLE_AFTER = re.compile(r"\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:new\s+)?[\"“‘'][A-Z0-9]")


def is_report_named(text: str, trigger_start: int, trigger_end: int) -> bool:
    """A word of publishing with a report, study or titled work beside it, in its own sentence."""
    if not _PUBLISHING.match(text, trigger_start):
        return True
    if _TITLE_AFTER.match(text, trigger_end):
        return True
    start = max(0, trigger_start - 60, text.rfind(". ", 0, trigger_start) + 1)
    stop = text.find(". ", trigger_end)
    end = min(len(text), trigger_end + 60, stop if stop >= 0 else len(text))
    return bool(_REPORT_NAMED.search(text, start, end))


_SINCE = re.compile(r"\b(?:since|ever\s+since)\s+(?:early\s+|late\s+|mid-?)?$", re.I)


_SINCE_AT = re.compile(r"(?:ever\s+)?since\b", re.I)


def is_since_date(text: str, date_start: int) -> bool:
    """ "killed since 2010", "evicted since 1990": the start of a period, not the day of an event."""
    # (a date mention may hold its own "since": "since 2010")
    return bool(_SINCE.search(text, max(0, date_start - 20), date_start) or _SINCE_AT.match(text, date_start))


# "ahead of the 2017 commune elections": an event still to come, named to date another; not reported
_UPCOMING_EVENT = re.compile(r"\b(?:ahead\s+of|run-up\s+to|lead-up\s+to)\s+(?:the\s+|this\s+|next\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.I)


def is_upcoming_event(text: str, clause_begin: int, trigger_start: int) -> bool:
    return bool(_UPCOMING_EVENT.search(text, max(clause_begin, trigger_start - 60), trigger_start))


# "the two men convicted of the murder", "accused of trafficking": the offence a court or charge names;
# it happened at another time and place than the verdict of the sentence
_OFFENCE = re.compile(
    r"\b" + EN.alternation("offence_verbs") + r"\s+(?:\w+\s+){0,2}?(?:of|for|with|over)\s+"
    r"(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?$",
    re.I,
)


# "sentenced ... to 15 days for holding a picket on X": the act punished, told by its own phrase
_PUNISHED_FOR = re.compile(
    r"\bfor\s+(?:holding|organi[sz]ing|joining|leading|staging|attending|taking\s+part\s+in|participating\s+in)\s+"
    r"(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def is_named_offence(text: str, clause_begin: int, trigger_start: int) -> bool:
    start = max(clause_begin, trigger_start - 60)
    return bool(_OFFENCE.search(text, start, trigger_start) or _PUNISHED_FOR.search(text, start, trigger_start))


_PHRASE_GAP = re.compile(r"(?:\s+(?:at|in|on|near|outside|across|throughout|the|[A-Z][\w'-]*))*\s+(?:(?:at|in|on|outside)\s+(?:the\s+)?)?")


def own_phrase(text: str, end: int, start: int) -> bool:
    """Only prepositions and names between a trigger and a place or date: "rally at Freedom Park on Sunday"."""
    return start - end <= 40 and bool(_PHRASE_GAP.fullmatch(text, end, start))


# The kinds of is_negated_or_hypothetical, for an event's factuality (factuality.py).
_PLANNED = re.compile(r"\b" + EN.alternation("planned_cues") + r"\b", re.I)


def is_negated(text: str, clause_begin: int, trigger_start: int) -> bool:
    """ "was not arrested", "no one has been charged": the negation half of is_negated_or_hypothetical."""
    near = _last_words(text, clause_begin, trigger_start, 3)
    if _NEGATION.search(near) and not _NOT_ONLY.search(_last_words(text, clause_begin, trigger_start, 5)):
        return True
    return bool(_NOBODY.search(_last_words(text, clause_begin, trigger_start, 5)))


def is_generic_right(text: str, clause_begin: int, trigger_start: int) -> bool:
    """ "the right to protest", "fighting against enforced disappearance", "numerous cases of intimidation":
    a right, a cause or a pattern of abuse named, not an event."""
    return bool(
        _GENERIC.search(_last_words(text, clause_begin, trigger_start, 3))
        or _CAUSE.search(text, max(clause_begin, trigger_start - 60), trigger_start)
        or _PATTERN.search(text, max(clause_begin, trigger_start - 80), trigger_start)
    )


def is_planned(text: str, clause_begin: int, trigger_start: int) -> bool:
    """ "plans to hold a rally", "threatening to block highways": still to come."""
    return bool(_PLANNED.search(_last_words(text, clause_begin, trigger_start, 4)))
