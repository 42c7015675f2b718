"""One test per extraction rule for gaps the round-3 and round-4 held-out work noticed but left alone.

Every text here is new (not a held-out statement) and uses invented names: the rules are about how
statements are written, so each test shows the pattern with other words.
"""
from __future__ import annotations

from clecgraph.model import ORGANISATION, PLACE
from rule_checks import events, names, pairs, run, types


def places_of(extraction, kind):
    return {p for t, p, d in events(extraction) if t == kind}


def dates_of(extraction, kind):
    return {d for t, p, d in events(extraction) if t == kind}


# --- datelines: the office's city is where the statement speaks from


def test_office_dateline_does_not_place_a_sentence_naming_an_unknown_place(extract):
    text = "(Geneva) – On 3 March 2019, soldiers shot dead a fisherman in Kandorvila after chasing his boat."
    x = run(extract, text, date="2019-03-05")
    assert places_of(x, "violence") == {None}


def test_office_dateline_still_places_a_sentence_naming_no_place(extract):
    x = run(extract, "(Geneva) – On 3 March 2019, soldiers shot dead a fisherman.", date="2019-03-05")
    assert places_of(x, "violence") == {"Geneva"}


def test_office_dateline_yields_to_an_unknown_place_told_later_of_the_same_event(extract):
    text = ("(Geneva) – Security forces carried out unlawful killings, the Rights Forum said in a report released today. "
            "On 3 March 2019, soldiers shot dead a fisherman in Kandorvila after chasing his boat.")
    x = run(extract, text, date="2019-03-05")
    assert places_of(x, "violence") == {None}
    assert places_of(x, "publication") == {"Geneva"}
