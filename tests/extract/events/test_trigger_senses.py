"""Trigger words in another sense name no event of their type; made-up sentences, one behaviour each."""

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


def test_a_prosecutor_is_a_person_not_a_prosecution(find_events):
    assert "charge" not in asserted(find_events, "The prosecutor will look into why the guard was not protected.")
    assert "charge" in asserted(find_events, "The public prosecutor alleged that the guard stole the funds.")


def test_appealing_to_authorities_is_a_plea_and_appealing_to_a_court_an_appeal(find_events):
    assert "trial" not in asserted(find_events, "The union appealed to the provincial authorities for help.")
    assert "trial" in asserted(find_events, "The farmers appealed to the Supreme Court last week.")


def test_hearing_the_news_is_no_hearing(find_events):
    assert "trial" not in asserted(find_events, "Hearing the news, villagers gathered at the office.")


def test_a_statement_said_in_a_release_is_no_release(find_events):
    assert "release" not in asserted(find_events, "The fishers' group said in a release that ten more people were detained.")


def test_people_displaced_by_conflict_are_no_eviction(find_events):
    assert "eviction" not in asserted(find_events, "Fighting in the hills has displaced thousands of people since May.")
    assert "eviction" not in asserted(find_events, "He became internally displaced after receiving threats.")


def test_removed_from_a_plane_is_no_eviction_but_removed_from_homes_is(find_events):
    assert "eviction" not in asserted(find_events, "Agents forcibly removed three activists from a domestic plane.")
    assert "eviction" in asserted(find_events, "Guards forcibly removed the families from their homes on Monday.")


def test_the_execution_of_a_strike_is_no_killing(find_events):
    assert "violence" not in asserted(find_events, "The union vowed to answer with the organisation and execution of a general strike.")


def test_protest_meetings_are_protests_not_meetings(find_events):
    assert asserted(find_events, "Peaceful protest meetings held by drivers took place in the square.") == {"protest"}


def test_publishing_needs_a_report_beside_it(find_events):
    assert "publication" not in asserted(find_events, "The weekly published stories about corruption in the port.")
    assert "publication" not in asserted(find_events, "They were detained after an article published by the state media.")
    assert "publication" in asserted(find_events, "The two groups published a report on forced labour on Monday.")
    assert "publication" in asserted(find_events, 'The groups today published "Bitter Fields", an assessment of the sugar trade.')


def test_something_called_a_threat_is_no_threat_made(find_events):
    assert "restriction" not in asserted(find_events, "The association deems the lawsuit a threat to freedom of expression.")
    assert "restriction" not in asserted(find_events, "Officers may fire only against an imminent threat of death.")
    assert "restriction" in asserted(find_events, "Soldiers threatened the reporters outside the market on Friday.")


def test_bail_conditions_imposed_by_a_court_are_no_restriction(find_events):
    assert "restriction" not in asserted(find_events, "The magistrate imposed strict bail conditions on the three students.")


def test_what_a_law_prohibits_or_a_group_that_is_banned_is_no_restriction_event(find_events):
    assert "restriction" not in asserted(find_events, "Such slogans are prohibited by the State Security Law.")
    assert "restriction" not in asserted(find_events, "The party, which is banned by the government, runs a radio station abroad.")
    assert "restriction" in asserted(find_events, "Police banned the march on Saturday.")


def test_roads_blocked_by_police_are_a_restriction_and_by_workers_a_protest(find_events):
    assert asserted(find_events, "Riot police had blocked the roads to the square on Sunday.") == {"restriction"}
    assert asserted(find_events, "Garment workers blocked the roads on Sunday.") == {"protest"}


def test_a_constitution_as_amended_is_no_new_law(find_events):
    assert "legislation" not in asserted(find_events, "Section 39 of the Constitution (as amended) protects free speech.")


def test_a_call_for_fair_elections_is_no_election(find_events):
    assert "election" not in asserted(find_events, 'Thousands joined the "Free and Fair Elections" rally in the capital.')


def test_governors_dismissed_are_no_labour_dispute(find_events):
    assert "labour" not in asserted(find_events, "The general declared a state of emergency and dismissed the governors.")


def test_a_courts_order_or_decision_is_a_trial_event(find_events):
    assert "trial" in asserted(find_events, "The demolitions went ahead in spite of a Constitutional Court order on 6 June.")
    assert "trial" in asserted(find_events, "The strikes were declared illegal by the regional court in May.")
    assert "trial" in asserted(find_events, "The student appeared before Magistrate Tashaya on Monday.")
    assert "trial" in asserted(find_events, "Reporters were covering the MP's bail ruling at the law courts.")


def test_a_curfew_is_a_restriction(find_events):
    assert "restriction" in asserted(find_events, "The army imposed a curfew on the town on 28 November.")


def test_things_seized_from_people_are_a_restriction_not_an_eviction(find_events):
    found = asserted(find_events, "Soldiers confiscated their mobile phones and laptops at the airport.")
    assert "restriction" in found and "eviction" not in found
    assert "restriction" in asserted(find_events, "The reporters had their gadgets confiscated by security agents.")


def test_access_denied_or_barred_by_police_is_a_restriction(find_events):
    assert "restriction" in asserted(find_events, "Lawyers were denied access to the site on Friday.")
    assert "restriction" in asserted(find_events, "The lawyer tried to visit his client but was barred by the police.")


def test_a_crackdown_alone_names_neither_violence_nor_a_restriction(find_events):
    assert asserted(find_events, "This is the latest crackdown on dissent in the city.") == set()


def test_a_courts_decision_to_act_is_that_act_not_a_trial(find_events):
    assert asserted(find_events, "We regret the City Court's decision to pursue charges against the teacher.") == {"charge"}


def test_a_violent_eviction_is_an_eviction_only(find_events):
    assert asserted(find_events, "Five residents were arrested during the violent forced eviction on Monday.") == {"arrest", "eviction"}
    assert "violence" not in asserted(find_events, "Almost all these evictions have been violent.")


def test_protesters_evicted_from_their_camp_is_a_restriction(find_events):
    assert asserted(find_events, "Soldiers forcibly evicted the protesters from the square on Friday.") == {"restriction"}


def test_something_said_to_be_an_attack_is_no_attack(find_events):
    assert "violence" not in asserted(find_events, "The targeting of these activists is an attack on the poor.")
    assert "violence" not in asserted(find_events, "The raid constitutes a direct assault on the rule of the people.")


def test_a_statement_released_or_signed_is_no_release(find_events):
    assert "release" not in asserted(find_events, "The spokesperson said so in a statement released on 11 July.")
    assert "release" not in asserted(find_events, "Released by,\nThe Workers' Network")


def test_a_quoted_headline_demand_is_called_for(find_events):
    found = find_events(Statement("t.jsonl", 1, "x", title="Country X: 'Release the union leaders' - groups demand"), (), None)
    assert "release" not in {e.type for e in found if e.asserted}


def test_appealing_to_the_public_is_no_appeal(find_events):
    assert "trial" not in asserted(find_events, "The bar association also appealed the public not to attack anyone.")


def test_a_state_of_emergency_declared_or_a_law_revised_is_legislation(find_events):
    assert "legislation" in asserted(find_events, "The president declared a state of emergency on Friday.")
    assert "legislation" in asserted(find_events, "Unions opposed the labour law revision pushed by the ministry in May.")
    assert "legislation" in asserted(find_events, "Parliament recently passed the electoral bills.")


def test_a_press_briefing_and_peace_talks_are_meetings(find_events):
    assert "meeting" in asserted(find_events, "The activists joined a press briefing in the capital yesterday.")
    assert "meeting" in asserted(find_events, "The peace talks commenced in 2013.")


def test_an_accusation_is_no_charge_and_a_charge_laid_is(find_events):
    assert "charge" not in asserted(find_events, "The police said that the group is accused of contravening the Police Act.")
    assert "charge" in asserted(find_events, "Prosecutors charged the group's leader with incitement on 3 March.")


def test_legislation_in_force_is_no_event_and_legislation_passed_is(find_events):
    assert "legislation" not in asserted(find_events, "Their rights are set out in the country's labour legislation.")
    assert "legislation" in asserted(find_events, "Parliament passed new legislation on trade unions on 3 March.")


def test_air_strikes_are_violence_not_a_strike_of_workers(find_events):
    found = asserted(find_events, "Aerial strikes hit the hill villages on Monday.")
    assert "violence" in found and "protest" not in found
    assert "protest" in asserted(find_events, "Dock workers went on strike on Monday.")


def test_a_warrant_executed_is_no_killing(find_events):
    assert "violence" not in asserted(find_events, "Police executed an arrest warrant for the union chairman on Monday.")


def test_trafficking_in_timber_is_no_human_trafficking(find_events):
    assert "trafficking" not in asserted(find_events, "The reporters were confronted by timber traffickers on Saturday.")
    assert "trafficking" in asserted(find_events, "Twelve women were trafficked to a factory across the border.")


def test_a_statement_released_or_a_release_negotiated_is_no_release(find_events):
    assert "release" not in asserted(find_events, "The regional court, releasing a statement on Monday, urged calm.")
    assert "release" not in asserted(find_events, "The union wrote to the ministry to negotiate the teachers' release.")


def test_hearing_that_something_happened_is_no_hearing(find_events):
    assert "trial" not in asserted(find_events, "After hearing that the road was closed, the headmen went to see it.")
    assert "trial" in asserted(find_events, "The hearing of the case was held in the provincial court on Monday.")
