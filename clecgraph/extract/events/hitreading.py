"""What the words around a trigger say of its event.

Whether the trigger reports something that happened at all (not a call for
action, a negation, a hypothetical, a habit or an event to come: see cues.py),
and if so how it is told: as ongoing, as an earlier event named in passing
("after a march to X", "after her arrest"), or in a when-clause that shares the
time and place of the clause before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clecgraph.extract.events.cues import (
    clause_start,
    is_called_for,
    is_earlier_background,
    is_figurative,
    is_habitual,
    is_headline_call,
    is_land_taken,
    is_named_offence,
    is_negated_or_hypothetical,
    is_ongoing,
    is_prevented,
    is_referred_back,
    is_report_named,
    is_upcoming_event,
)
from clecgraph.extract.events.triggers import TriggerHit
from clecgraph.knowledge.lexicon import EN
from clecgraph.model import TITLE

_SAME_SCENE = re.compile(r"[\s,;]*(?:when|as(?!\s+well)|while|during\s+which)\b", re.I)
_SAME_SCENE_BEFORE = re.compile(r"\b(?:when|while|during\s+which)\s*$", re.I)
# "the king dismissed the government": a government or a minister dismissed is no labour dispute
_DISMISSED_RULERS = re.compile(r"\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+)?" + EN.alternation("ruler_words") + r"\b", re.I)
_AFTER_ONE = re.compile(r"\b(?:after|before|following)\s+" + EN.alternation("after_one_subjects") + r"\s+(?:[\w-]+\s+)?$", re.I)
# "after leading a strike", "after finding signs of forced labour": an earlier event; it takes no date from the sentence
_AFTER_DOING = re.compile(r"\b(?:after|before)\s+(?!being\b)[a-z]{3,}ing\s+(?:[\w-]+\s+){0,3}$", re.I)


@dataclass(frozen=True)
class HitReading:
    clause: int  # where the trigger's clause starts
    ongoing: bool  # "an ongoing strike"
    after_one: bool  # "arrested ... after a march to X", "after they protested"
    background: bool  # an earlier event: takes no date or place from the scene
    referred: bool  # named in passing ("two years after her arrest"): only its own phrase dates and places it
    same_scene: bool  # ", when troops moved in to evict ...": shares the time and place of the clause it follows


# Readings an event type's concept may name (clec:calledOffWhen in ontology/event-types.ttl):
# the trigger's words say no event of that type happened.
CALLED_OFF_WHEN = {
    "figurative": lambda text, hit: is_figurative(text, hit.end),  # "an attack on freedom of expression"
    "no-land-taken": lambda text, hit: not is_land_taken(text, hit.start, hit.end),  # a seizure with no land or homes near
    "rulers-dismissed": lambda text, hit: bool(_DISMISSED_RULERS.match(text, hit.end)),
    "no-report-named": lambda text, hit: not is_report_named(text, hit.start, hit.end),  # "published stories"
}


def is_called_off(text: str, field_name: str, sentence_start: int, clause: int, hit: TriggerHit, previous_end: int) -> bool:
    """A call for the event, a headline's demand, an event prevented, or a reading its type names (a figure of speech...)."""
    return (
        is_called_for(text, sentence_start, clause, hit.start, previous_end)
        or (field_name == TITLE and is_headline_call(text, hit.start, hit.end))
        or is_prevented(text, sentence_start, hit.start)
        or any(CALLED_OFF_WHEN[reading](text, hit) for reading in hit.kind.called_off_when)
    )


def read_hit(text: str, field_name: str, view, hit: TriggerHit, previous_end: int) -> HitReading | None:
    """How the trigger's event is told; None when the words do not report it as having happened."""
    clause = clause_start(text, view.sentence.start, hit.start)
    if (
        is_called_off(text, field_name, view.sentence.start, clause, hit, previous_end)
        or is_negated_or_hypothetical(text, clause, hit.start)
        or is_habitual(text, clause, hit.start, bool(view.dates))
        or is_upcoming_event(text, clause, hit.start)
    ):
        return None
    after_one = bool(_AFTER_ONE.search(text[max(clause, hit.start - 40) : hit.start]))
    return HitReading(
        clause=clause,
        ongoing=is_ongoing(text, clause, hit.start),
        after_one=after_one,
        background=after_one
        or is_earlier_background(text, clause, hit.start)
        or bool(_AFTER_DOING.search(text, max(clause, hit.start - 40), hit.start)),
        referred=after_one or is_referred_back(text, clause, hit.start) or is_named_offence(text, clause, hit.start),
        same_scene=view.attached is not None
        and bool(_SAME_SCENE.match(text, clause) or _SAME_SCENE_BEFORE.search(text, max(0, clause - 12), clause)),
    )
