"""Helpers for the one-rule-one-test extraction files (test_extract_*_rules.py).

Each of those files shows a rule on a short text of its own; these helpers
run the default extractor on such a text and pick out what the rule is about.
"""

from __future__ import annotations

from clecgraph.model import Statement


def run(extract, text, **fields):
    return extract(Statement("t.jsonl", 1, text, **fields))


def names(extraction, kind):
    return {m.name for m in extraction.mentions if m.kind == kind}


def pairs(extraction):
    return {(a.person, a.organisation) for a in extraction.affiliations}


def events(extraction):
    return {(e.type, e.place, e.date) for e in extraction.events}


def types(extraction):
    return {e.type for e in extraction.events}


def places_of(extraction, kind):
    return {p for t, p, d in events(extraction) if t == kind}


def dates_of(extraction, kind):
    return {d for t, p, d in events(extraction) if t == kind}
