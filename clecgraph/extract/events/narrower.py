"""Narrower event types (skos:broader in ontology/event-types.ttl): a killing is a violence event.

The matcher finds a narrower type's words as its broader type's, so the event
is placed and dated as that type; an event is then named by the narrower type
when one of its trigger words is that type's ("killed", "enforced
disappearance").
"""

from __future__ import annotations

import re

from clecgraph.extract.events.triggers import TriggerHit, compile_trigger
from clecgraph.knowledge.ontology import EventType


class NarrowerTypes:
    def __init__(self, event_types: tuple[EventType, ...]):
        self.patterns: dict[str, list[tuple[str, re.Pattern]]] = {}
        for event_type in event_types:
            for notation, words in event_type.narrower:
                for word in words:
                    if not word.startswith("!") and word.split()[0] != "*":
                        self.patterns.setdefault(event_type.notation, []).append((notation, re.compile(compile_trigger(word), re.I)))

    def of(self, text: str, hit: TriggerHit) -> str | None:
        """The narrower type whose words are the trigger's, if any."""
        for notation, regex in self.patterns.get(hit.type, ()):
            if regex.fullmatch(text, hit.start, hit.end):
                return notation
        return None
