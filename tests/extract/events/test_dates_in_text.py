"""Dates anchored in the text: relative periods with their precision, day/month in brackets, the text's own dateline."""

from __future__ import annotations

import pytest

from clecgraph.extract.rules import make_event_finder
from clecgraph.extract.text.temporal import find_dates
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement


def dates(text, anchor="2015-09-28"):
    return [(text[m.start : m.end], m.iso) for m in find_dates(text, anchor)]


@pytest.mark.parametrize(
    "text, words, iso",
    [
        ("Twenty workers were detained over the past week in sweeps.", "over the past week", "2015-09"),
        ("Police arrested 40 people in the past week.", "in the past week", "2015-09"),
        ("Three reporters were beaten within the past 48 hours.", "within the past 48 hours", "2015-09"),
        ("Arrests have multiplied in recent weeks.", "in recent weeks", "2015-09"),
        ("Soldiers raided the village over the weekend.", "over the weekend", "2015-09"),
        ("Soldiers raided the village last weekend.", "last weekend", "2015-09"),
        ("Some shacks were demolished two weeks ago.", "two weeks ago", "2015-09"),
        ("A union leader was abducted five weeks ago.", "five weeks ago", "2015-08"),
    ],
)
def test_a_relative_period_is_dated_to_its_month(text, words, iso):
    assert (words, iso) in dates(text)


def test_a_weekend_at_the_turn_of_the_month_is_the_month_of_its_saturday():
    assert ("over the weekend", "2015-08") in dates("Soldiers raided the village over the weekend.", "2015-09-01")


def test_days_ago_keep_their_day():
    assert ("three days ago", "2015-09-25") in dates("Police detained him three days ago.")


def test_a_period_with_no_statement_date_stays_undated():
    assert dates("Twenty workers were detained over the past week.", None) == [("over the past week", None)]


def test_a_day_and_month_in_brackets_is_a_day():
    assert ("(26/9)", "2015-09-26") in dates("Darmin was killed by a mob (26/9) in his village.")


def test_a_bracketed_day_after_the_statement_is_of_the_year_before():
    assert dates("Soldiers killed him (26/9).", "2015-01-05") == [("(26/9)", "2014-09-26")]


def test_numbers_in_brackets_that_are_no_day_are_not_dates():
    assert dates("Turnout was low (45/60 polling stations).") == []


@pytest.fixture(scope="module")
def find_events():
    return make_event_finder(default_knowledge())


def test_today_is_the_texts_own_dateline_not_the_listings_header(find_events):
    text = "Town A, 3 May 2014 – Police arrested five monks today outside the pagoda."
    events = find_events(Statement("t.jsonl", 1, text, date="2014-05-10"), (), "2014-05-10")
    assert {(e.type, e.date) for e in events if e.asserted} == {("arrest", "2014-05-03")}
