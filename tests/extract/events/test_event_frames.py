"""Event frames: places and dates from the trigger's own clause; lists give one event per place. Made-up texts."""

from __future__ import annotations

import re

import pytest

from clecgraph.extract.rules import make_event_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import PLACE, TEXT, Mention, Span, Statement


@pytest.fixture(scope="module")
def find_events():
    return make_event_finder(default_knowledge())


def run(find_events, text, *names, date="2021-03-04", subtypes=None):
    mentions = tuple(
        Mention(PLACE, name, Span(TEXT, m.start(), m.end()), "test", name, (subtypes or {}).get(name))
        for name in names
        for m in re.finditer(re.escape(name), text)
    )
    return [e for e in find_events(Statement("t.jsonl", 1, text, date=date), mentions, date) if e.asserted]


def places_of(events, kind):
    return {e.place for e in events if e.type == kind}


def test_arrests_in_a_list_of_cities_are_one_arrest_per_city(find_events):
    text = "Police arrested 300 students during demonstrations in the cities of Arvale, Bromton, Cressing and Dunmore."
    events = run(
        find_events,
        text,
        "Arvale",
        "Bromton",
        "Cressing",
        "Dunmore",
        subtypes=dict.fromkeys(["Arvale", "Bromton", "Cressing", "Dunmore"], "city"),
    )
    assert places_of(events, "arrest") == {"Arvale", "Bromton", "Cressing", "Dunmore"}
    assert places_of(events, "protest") == {"Arvale", "Bromton", "Cressing", "Dunmore"}


def test_protests_in_two_towns_joined_by_and_are_two_protests(find_events):
    text = "On 2 March, workers held protests in Arvale and Bromton."
    events = run(find_events, text, "Arvale", "Bromton")
    assert places_of(events, "protest") == {"Arvale", "Bromton"}
    assert {e.date for e in events if e.type == "protest"} == {"2021-03-02"}


def test_a_single_place_after_a_country_gives_one_event(find_events):
    text = "Soldiers arrested a monk in Bromton, Westland, on 2 March."
    events = run(find_events, text, "Bromton", "Westland", subtypes={"Westland": "country", "Bromton": "city"})
    assert [(e.type, e.place) for e in events] == [("arrest", "Bromton")]


def test_a_list_closed_by_comma_and_stays_with_its_trigger_before_a_later_one(find_events):
    # ", and Dunmore" ends the list of where the protests were; it opens no clause of the later "injured"
    text = "Thousands joined the protests in Arvale, Bromton, Cressing, and Dunmore, in solidarity with those injured in the police raid."
    names = ["Arvale", "Bromton", "Cressing", "Dunmore"]
    events = run(find_events, text, *names, subtypes=dict.fromkeys(names, "city"))
    assert places_of(events, "protest") == set(names)
    assert places_of(events, "violence") == {None}
