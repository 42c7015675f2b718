"""Trigger words: compiled from ontology/event-types.ttl, matched in a text.

The trigger syntax is documented in event-types.ttl: "arrest*" (prefix),
a lone "*" (up to three words), "-" (hyphen, space or nothing), and a
leading "!" for a context in which the type's triggers announce nothing.
This module holds no trigger words itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import MONTHS
from .knowledge import EventType

_GAP = r"(?:\s+[^\s.;:!?]+){0,3}?"
_WORD_TAIL = r"[\w'’-]*"
_MONTH_WORDS = {name.capitalize() for name in MONTHS if len(name) > 3}


@dataclass(frozen=True)
class TriggerHit:
    type: str
    start: int
    end: int


def _word(token: str) -> str:
    prefix = token.endswith("*")
    core = token[:-1] if prefix else token
    parts = [re.escape(part) for part in core.split("-")]
    body = r"(?:-|‐|‑|\s)?".join(parts)
    return body + (_WORD_TAIL if prefix else "")


def compile_trigger(trigger: str) -> str:
    """A regular expression (without flags) for one trigger of the TTL syntax.

    >>> bool(re.fullmatch(compile_trigger("destruction of * homes"), "destruction of these homes", re.I))
    True
    >>> bool(re.fullmatch(compile_trigger("pre-trial"), "pretrial", re.I)), bool(re.fullmatch(compile_trigger("arrest*"), "arrested", re.I))
    (True, True)
    """
    tokens = trigger.split()
    pattern = ""
    for index, token in enumerate(tokens):
        if token == "*":
            pattern += _GAP
            continue
        if index and tokens[index - 1] != "*":
            pattern += r"\s+"
        elif index:
            pattern += r"\s+"
        pattern += _word(token)
    first_word = tokens[0] if tokens[0] != "*" else ""
    lead = r"(?<![\w-])" if first_word[:1].isalnum() else ""
    tail = r"(?![\w-])" if not tokens[-1].endswith("*") and tokens[-1][-1:].isalnum() else ""
    return lead + pattern + tail


def _alternation(triggers: list[str]) -> re.Pattern | None:
    if not triggers:
        return None
    parts = sorted({compile_trigger(t) for t in triggers}, key=len, reverse=True)
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


class TriggerMatcher:
    """Finds the trigger words of every event type in a text."""

    def __init__(self, event_types: tuple[EventType, ...]):
        self.rules = []
        for event_type in event_types:
            positive = [t.strip() for t in event_type.triggers if t.strip() and not t.startswith("!")]
            negative = [t[1:].strip() for t in event_type.triggers if t.startswith("!") and t[1:].strip()]
            regex = _alternation(positive)
            if regex is not None:
                self.rules.append((event_type.notation, regex, _alternation(negative)))

    def find(self, text: str) -> list[TriggerHit]:
        """Trigger hits in text order; of two overlapping hits the longer one stays."""
        hits = []
        for notation, regex, negative in self.rules:
            blocked = [(m.start(), m.end()) for m in negative.finditer(text)] if negative else []
            for match in regex.finditer(text):
                start, end = match.start(), match.end()
                if end <= start or any(b_start <= start and end <= b_end for b_start, b_end in blocked):
                    continue
                if match[0] in _MONTH_WORDS:  # "March 2012", "By March": a month, not a march
                    continue
                hits.append(TriggerHit(notation, start, end))
        return _longest(hits)


def _longest(hits: list[TriggerHit]) -> list[TriggerHit]:
    kept: list[TriggerHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start, h.type)):
        if any(hit.start < k.end and k.start < hit.end for k in kept):
            continue
        kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.type))
