"""Factuality: every event says whether the statement asserts it; made-up sentences, one behaviour each."""

from __future__ import annotations

import pytest

from clecgraph.extract.rules import make_event_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import FACTUALITIES, Statement


@pytest.fixture(scope="module")
def find_events():
    return make_event_finder(default_knowledge())


def told(find_events, text, date="2021-03-04"):
    """(type, factuality) of every event found in a text."""
    return {(e.type, e.factuality) for e in find_events(Statement("t.jsonl", 1, text, date=date), (), date)}


def asserted(find_events, text, date="2021-03-04"):
    return {t for t, f in told(find_events, text, date) if f == "asserted"}


def test_an_event_that_happened_is_asserted(find_events):
    assert told(find_events, "Soldiers arrested four farmers on Monday.") == {("arrest", "asserted")}


def test_an_event_called_for_is_kept_as_called_for(find_events):
    found = told(find_events, "The union calls for the immediate release of its organisers.")
    assert ("release", "called-for") in found
    assert "release" not in asserted(find_events, "The union calls for the immediate release of its organisers.")


def test_an_event_that_did_not_happen_is_negated(find_events):
    assert told(find_events, "Nobody was arrested during the gathering.") >= {("arrest", "negated")}


def test_an_event_feared_is_hedged(find_events):
    assert ("arrest", "hedged") in told(find_events, "Residents said they fear arrest if they return.")


def test_an_alleged_act_is_hedged_not_asserted(find_events):
    text = "The guard was accused of assaulting a vendor."
    assert ("violence", "hedged") in told(find_events, text)
    assert "violence" not in asserted(find_events, text)


def test_a_threatened_act_is_planned(find_events):
    text = "Drivers are threatening to stage a strike across the province."
    assert ("protest", "planned") in told(find_events, text)
    assert "protest" not in asserted(find_events, text)


def test_a_habit_is_background(find_events):
    assert ("meeting", "background") in told(find_events, "The group regularly runs trainings for villagers.")


def test_an_absence_of_violence_is_not_asserted_violence(find_events):
    text = "Observers welcomed the relative lack of violence at the polls."
    assert "violence" not in asserted(find_events, text)


def test_an_offence_named_in_quotes_is_not_an_act_of_violence(find_events):
    text = 'He was charged with "intentional violence with aggravating circumstances" on 3 March.'
    assert asserted(find_events, text) == {"charge"}


def test_every_event_has_a_known_factuality(find_events):
    text = (
        "Police detained two reporters in Town A on 2 March. No charges were filed. "
        "We urge the authorities to release them and fear further arrests."
    )
    assert {f for _, f in told(find_events, text)} <= set(FACTUALITIES)
    assert "arrest" in asserted(find_events, text)


def test_an_asserted_and_a_called_for_event_of_one_type_stay_apart(find_events):
    text = "Police arrested a farmer on 2 March. We call for the arrest of the gunmen who shot him."
    found = [e for e in find_events(Statement("t.jsonl", 1, text, date="2021-03-04"), (), "2021-03-04") if e.type == "arrest"]
    assert sorted(e.factuality for e in found) == ["asserted", "called-for"]
    assert next(e for e in found if e.asserted).date == "2021-03-02"


def test_the_cue_of_a_lists_first_word_governs_the_list(find_events):
    text = "Organisers anticipate possible arrests, detention and torture during the rally."
    assert {"arrest", "violence"} & asserted(find_events, text) == set()
    assert ("violence", "hedged") in told(find_events, text)


def test_a_list_joint_that_opens_its_own_clause_does_not_carry_the_cue(find_events):
    text = "Nobody was charged, while others were beaten by guards on Monday."
    assert "violence" in asserted(find_events, text)


def test_the_offence_a_charge_names_is_alleged_not_reported(find_events):
    text = "The students were charged with participating in a public gathering with intent to promote public violence."
    found = asserted(find_events, text)
    assert "charge" in found and "protest" not in found and "violence" not in found


def test_the_act_punished_after_the_offence_is_reported(find_events):
    text = "She faces charges of unlawful assembly for participating in peaceful demonstrations in May."
    assert "protest" in asserted(find_events, text)


def test_an_event_the_offence_names_by_its_own_determiner_is_reported(find_events):
    text = "Two villagers were detained, accused of organising last Tuesday's demonstration."
    assert "protest" in asserted(find_events, text)


def test_what_a_source_alleges_is_hedged_to_the_end_of_its_sentence(find_events):
    text = "Their lawyers alleged that the three men faced beatings in custody."
    assert ("violence", "hedged") in told(find_events, text)
    assert "violence" not in asserted(find_events, text)


def test_an_event_said_after_its_word_not_to_have_come_about_is_negated(find_events):
    text = "Official charges have not yet been brought against the reporters."
    assert ("charge", "negated") in told(find_events, text)
    assert "charge" not in asserted(find_events, text)


def test_an_event_protested_for_is_called_for(find_events):
    text = "Students protesting for the release of their classmates were detained on Monday."
    assert ("release", "called-for") in told(find_events, text)
    assert "release" not in asserted(find_events, text)


def test_an_act_vowed_is_planned(find_events):
    assert ("restriction", "planned") in told(find_events, "The coalition vowed to shut down the state residences on Friday.")


def test_an_act_failed_or_attempted_did_not_happen(find_events):
    assert "arrest" not in asserted(find_events, "The authorities failed to arrest those responsible for the beating.")
    assert "arrest" not in asserted(find_events, "The gunmen attempted to abduct the editor outside his home.")


def test_a_cause_fought_for_or_against_is_background(find_events):
    text = "He spent his career fighting against enforced disappearance in the region."
    assert "arrest" not in asserted(find_events, text)


def test_what_always_happens_is_a_habit_not_an_event(find_events):
    assert "violence" not in asserted(find_events, "Those arrested are always brutally tortured after arrest.")


def test_a_pattern_of_abuse_is_background_not_an_event(find_events):
    text = "Villagers say they are victims of constant intimidation by company guards."
    assert ("restriction", "background") in told(find_events, text)
    assert "restriction" not in asserted(find_events, text)


def test_a_list_of_abuses_endured_is_background_throughout(find_events):
    text = "Residents have for years endured arrests, harassment and beatings by the militia."
    assert asserted(find_events, text) == set()


def test_one_act_named_after_a_pattern_word_is_still_an_event(find_events):
    # a determiner between the cue and the event word names one act
    text = "Two of the victims of the attack on the market were taken to hospital on Monday."
    assert "violence" in asserted(find_events, text)
