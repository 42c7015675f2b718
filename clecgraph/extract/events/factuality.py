"""How a trigger's event is told: asserted, negated, hedged, planned, called for, or background.

hitreading.read_hit says whether a trigger reports something that happened;
this module says, for every trigger, how the statement tells of its event
(the concepts of ontology/factuality.ttl). Events not asserted are kept (as
clec:EventMention in the graph) but take a place and a date only from their
own phrase ("the release of the monks from Prison X"), never from the scene.
Trigger words of another sense (a figure of speech, a seizure of leaflets,
a government dismissed) are no event at all and give None.
"""

from __future__ import annotations

import re

from clecgraph.extract.events.cues import (
    clause_start,
    is_called_for,
    is_generic_right,
    is_habitual,
    is_headline_call,
    is_negated,
    is_planned,
    is_prevented,
    is_upcoming_event,
)
from clecgraph.extract.events.hitreading import CALLED_OFF_WHEN, HitReading
from clecgraph.extract.events.triggers import TriggerHit
from clecgraph.knowledge.lexicon import EN
from clecgraph.model import ASSERTED, TITLE

# "accused of assaulting", "allegedly beaten": told on someone else's word (not "reportedly": news reports say it of facts)
_ALLEGED = re.compile(r"\b" + EN.alternation("alleged_cues") + r"\s+(?:\w+\s+){0,2}$", re.I)
# "the relative lack of violence", "the absence of arrests": named to say there were none
_ABSENCE = re.compile(r"\b" + EN.alternation("absence_cues") + r"\s+$", re.I)
# "to face charges", "could face trial": still to come ("is facing charges": charged already)
_TO_FACE = re.compile(r"\b" + EN.alternation("still_to_face_cues") + r"\s+(?:\w+\s+){0,2}$", re.I)
# '"intentional violence with aggravating circumstances"': an offence's legal name in quotes
# (after "charged with", "convicted of", "accused under": not a quote of what someone said)
_QUOTE_OPEN = re.compile(r"\b(?:with|of|for|under)\s+[\"“][^\"“”]{0,60}$", re.I)
_QUOTE_CLOSE = re.compile(r"[^\"“”.]{0,60}[\"”]")


def _other_sense(text: str, hit: TriggerHit) -> bool:
    """The trigger's words in another sense (its type's clec:calledOffWhen): no event of its type is named at all."""
    return hit.kind is not None and any(CALLED_OFF_WHEN[reading](text, hit) for reading in hit.kind.called_off_when)


# "charged with participating in a public gathering with intent to promote public violence": the offence a charge
# names, to its clause's end; what it names is alleged, not reported ("for holding a picket" is the act punished)
_OFFENCE_CUE = re.compile(r"\b" + EN.alternation("offence_cues") + r"\s+", re.I)
_OFFENCE_STOP = re.compile(
    r"[,;:()\[\]–—\"“”]|\s-\s|\b"
    + EN.alternation("offence_phrase_ends")
    + r"\b|\b(?:and|or)\s+(?:"
    + EN.alternation("modal_words")
    + r"|was|were|is|are|has|have|had)\b",
    re.I,
)
_TOLD_OF = re.compile(
    r"\bfor\s+[a-z]+ing\b|\b(?:the|this|that|these|those|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$|[’']s\s+(?:[\w-]+\s+)?$", re.I
)
# "They alleged that the men faced torture": what a source alleges, to the sentence's end
_ALLEGED_THAT = re.compile(r"\b" + EN.alternation("alleging_that_cues") + r"\b", re.I)
# "official charges have not yet been brought": an event said, after its word, not to have come about
_NOT_BROUGHT = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:has|have|had|was|were|is|are)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    + EN.alternation("coming_about_verbs")
    + r"\b",
    re.I,
)
# between two event words of one list: commas, "and", "or", and at most two words that qualify the next one
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+|\s*/\s*)(?:[a-z][\w-]*\s+){0,2}")


_NOT_QUALIFIERS = EN.words("function_words") | EN.words("auxiliary_words") | EN.words("modal_words")


def is_list_joint(text: str, previous_end: int, start: int) -> bool:
    """Only a list's joint between two event words ("arrests, detention", "beaten and illegally detained");
    the words before the second qualify it ("illegal arrests"), none opens a clause of its own ("while others
    blocked", "and will stand trial")."""
    joint = _LIST_JOINT.fullmatch(text, previous_end, start) if start - previous_end <= 40 else None
    if joint is None:
        return False
    words = text[previous_end:start].replace(",", " ").replace("/", " ").split()
    return not any(word.lower() in _NOT_QUALIFIERS for word in words if word.lower() not in ("and", "or"))


def is_offence_named(text: str, sentence: int, trigger_start: int) -> bool:
    """The trigger is inside the offence a charge or an accusation names, before its clause ends."""
    window = max(sentence, trigger_start - 160)
    cue = None
    for cue in _OFFENCE_CUE.finditer(text, window, trigger_start):
        pass
    if cue is None or len(text[cue.end() : trigger_start].split()) > 14:
        return False
    # ("for participating in demonstrations": the act punished; "masterminding last Tuesday's demonstration": an event
    # told of, named by its own determiner)
    return _OFFENCE_STOP.search(text, cue.end(), trigger_start) is None and not _TOLD_OF.search(text, cue.end(), trigger_start)


def doubted(text: str, sentence: int, clause: int, hit: TriggerHit) -> str | None:
    """An event read_hit would keep, told in a way that does not assert it (None: asserted)."""
    window = text[max(clause, hit.start - 50) : hit.start]
    if _ABSENCE.search(window) or _NOT_BROUGHT.match(text, hit.end):
        return "negated"
    if _ALLEGED.search(window) or _ALLEGED_THAT.search(text, sentence, hit.start) or is_offence_named(text, sentence, hit.start):
        return "hedged"
    if _TO_FACE.search(window):
        return "planned"
    if _QUOTE_OPEN.search(text, max(clause, hit.start - 60), hit.start) and _QUOTE_CLOSE.match(text, hit.end):
        return "background"
    return None


def how_told(text: str, field_name: str, view, hit: TriggerHit, previous_end: int) -> str | None:
    """The factuality of a trigger that read_hit does not keep; None for words of another sense."""
    sentence = view.sentence.start
    clause = clause_start(text, sentence, hit.start)
    if _other_sense(text, hit):
        return None
    if is_called_for(text, sentence, clause, hit.start, previous_end) or (
        field_name == TITLE and is_headline_call(text, hit.start, hit.end)
    ):
        return "called-for"
    if is_prevented(text, sentence, hit.start) or is_negated(text, clause, hit.start):
        return "negated"
    if is_generic_right(text, clause, hit.start) or is_habitual(text, clause, hit.start, bool(view.dates)):
        return "background"
    if is_planned(text, clause, hit.start) or is_upcoming_event(text, clause, hit.start):
        return "planned"
    return "hedged"


def unasserted_reading(text: str, view, hit: TriggerHit) -> HitReading:
    """An event not asserted takes a place and a date from its own phrase only, as one named in passing."""
    clause = clause_start(text, view.sentence.start, hit.start)
    return HitReading(clause=clause, ongoing=False, after_one=False, background=True, referred=True, same_scene=False)


__all__ = ["ASSERTED", "doubted", "how_told", "is_list_joint", "is_offence_named", "unasserted_reading"]
