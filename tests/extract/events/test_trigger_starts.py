"""The trigger matcher tries triggers only where a word may start one: it finds what trying each trigger at
every word start finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clecgraph.extract.events.triggers import TriggerMatcher, _longest, compile_trigger
from clecgraph.knowledge.ontology import EventType, default_knowledge

TRIGGERS = ("arrest*", "the polls", "court's ruling", "pre-trial", "raid", "rally*", "!not rally*", "by-election*", "ban")
KINDS = (EventType("a", "a", TRIGGERS[:5]), EventType("b", "b", TRIGGERS[5:]))
WORDS = [
    "arrested",
    "arrest",
    "the",
    "polls",
    "thepolls",
    "court's",
    "ruling",
    "pretrial",
    "pre-trial",
    "pre",
    "trial",
    "raid",
    "raids",
    "rallying",
    "not",
    "by-election",
    "byelection",
    "ban",
    "banned",
    "Ban",
    "ARREST",
    "re-arrest",
    "d'arrest",
    ",",
    ".",
]


def every_start(kinds, text):
    """The reference: each trigger's regex tried at every word start (no letter or hyphen before it)."""
    hits, blocked = [], []
    for kind in kinds:
        for raw in kind.triggers:
            trigger = raw.lstrip("!").strip()
            regex = re.compile(compile_trigger(trigger), re.I)
            for start in (m.start() for m in re.finditer(r"(?<![\w-])\w", text)):
                match = regex.match(text, start)
                if match and match.end() > start:
                    (blocked if raw.startswith("!") else hits).append((kind, start, match.end()))
    kept = [(k, s, e) for k, s, e in hits if not any(bk is k and bs <= s and e <= be for bk, bs, be in blocked)]
    from clecgraph.extract.events.triggers import TriggerHit

    return [(h.type, h.start, h.end) for h in _longest([TriggerHit(k.notation, s, e, k) for k, s, e in kept])]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12), st.lists(st.sampled_from([" ", "  ", "-", "\n", ""]), min_size=12, max_size=12))
def test_triggers_are_found_where_trying_every_word_start_finds_them(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    matcher = TriggerMatcher(KINDS)
    assert [(h.type, h.start, h.end) for h in matcher.find(text)] == every_start(KINDS, text)


def test_the_ontology_triggers_are_found_at_every_word_start_that_starts_one():
    kinds = default_knowledge().event_types
    text = (
        "Police arrested 12 protesters at the rally; the court's ruling was a pre-trial detention. Voters went to the polls "
        "after the by-election ban, and the Company's eviction of villagers continued. Nobody was re-arrested."
    )
    assert [(h.type, h.start, h.end) for h in TriggerMatcher(kinds).find(text)] == every_start(kinds, text)
