"""A call names what it asks for; words of when after it ("during the forum") tell of something that happened. Made-up texts."""

from __future__ import annotations

import pytest

from clecgraph.extract.rules import make_event_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement


@pytest.fixture(scope="module")
def find_events():
    return make_event_finder(default_knowledge())


def asserted(find_events, text, date="2021-03-04"):
    return {e.type for e in find_events(Statement("t.jsonl", 1, text, date=date), (), date) if e.asserted}


def test_an_event_after_during_in_a_request_happened(find_events):
    text = "A photographer who requested asylum during the 10th Riverside Forum on Journalism spoke of threats."
    assert "meeting" in asserted(find_events, text)


def test_an_event_after_amid_in_a_demand_happened(find_events):
    assert "protest" in asserted(find_events, "The union demanded wage talks amid a strike at the port.")


def test_what_a_call_asks_for_is_still_called_for(find_events):
    assert "release" not in asserted(find_events, "The unions called for the immediate release of the workers.")
    assert "meeting" not in asserted(find_events, "The unions requested a meeting with the minister.")


def test_an_event_a_call_asks_to_investigate_happened_and_keeps_its_date(find_events):
    text = "The union calls on the authorities to investigate the 28 February police dispersal of the march."
    events = [e for e in find_events(Statement("t.jsonl", 1, text, date="2024-03-01"), (), "2024-03-01") if e.asserted]
    assert {(e.type, e.date) for e in events if e.type == "violence"} == {("violence", "2024-02-28")}


def test_a_call_to_investigate_before_another_verb_still_asks_for_that_verb(find_events):
    assert "release" not in asserted(find_events, "The unions urged the police to investigate and release the workers.")
