"""Events: typed by the trigger words of ontology/event-types.ttl, with place and date."""
from __future__ import annotations

import re

from ..model import PLACE, Event, Mention, Span, Statement
from .knowledge import Knowledge


def make_event_finder(knowledge: Knowledge):
    triggers = [(t.notation, _trigger_regex(t.triggers)) for t in knowledge.event_types if t.triggers]

    def find_events(statement: Statement, mentions: tuple[Mention, ...], statement_date: str | None) -> list[Event]:
        first_place = next((m.name for m in mentions if m.kind == PLACE), None)
        events = []
        for notation, regex in triggers:
            for field, text in statement.fields():
                if match := regex.search(text):
                    events.append(Event(notation, Span(field, match.start(), match.end()), "rules.trigger", place=first_place))
                    break
        return events

    return find_events


def _trigger_regex(words) -> re.Pattern:
    parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I)
