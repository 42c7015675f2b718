"""Words of an event type that report no event of it; made-up sentences, one behaviour each."""

from __future__ import annotations

import pytest

from clecgraph.extract.rules import make_event_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement


@pytest.fixture(scope="module")
def find_events():
    return make_event_finder(default_knowledge())


def told(find_events, text, date="2021-03-04"):
    return {(e.type, e.factuality) for e in find_events(Statement("t.jsonl", 1, text, date=date), (), date)}


def asserted(find_events, text, date="2021-03-04"):
    return {t for t, f in told(find_events, text, date) if f == "asserted"}


def test_a_release_asked_with_adverbs_joined_by_and_is_called_for(find_events):
    text = "The authorities must immediately and unconditionally release the two reporters."
    assert ("release", "called-for") in told(find_events, text)
    assert "release" not in asserted(find_events, text)
    assert "release" in asserted(find_events, "The authorities immediately and unconditionally released the two reporters.")


def test_continuous_threats_are_a_pattern_not_an_event(find_events):
    assert "restriction" not in asserted(find_events, "There have been continuous threats against reporters in the north.")
    assert "restriction" in asserted(find_events, "Soldiers threatened the reporters at the checkpoint on Monday.")


def test_a_statement_released_or_a_written_release_frees_nobody(find_events):
    assert "release" not in asserted(find_events, "The statement, released late Friday, said six men remained in jail.")
    assert "release" not in asserted(find_events, "The director said in a written release on Sunday that the police had gone too far.")
    assert "release" in asserted(find_events, "The six men were released late Friday.")


def test_an_abduction_by_gunmen_is_no_arrest(find_events):
    assert "arrest" not in asserted(find_events, "Witnesses said three armed men abducted the editor on Wednesday night.")
    assert "arrest" not in asserted(find_events, "The organiser was abducted from the market and found dead two days later.")
    assert "arrest" in asserted(find_events, "Police abducted the organiser from the market on Wednesday.")


def test_judicial_harassment_is_told_by_its_charges(find_events):
    text = "The farmers face judicial harassment for working their land."
    assert "restriction" not in asserted(find_events, text)
