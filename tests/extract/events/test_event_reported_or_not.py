"""Whether a trigger reports an event that happened: calls, negations, plans, figures of speech, events named in passing.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

import pytest
from rule_checks import events, run, types


def test_held_for_questioning_is_an_arrest_but_a_meeting_held_is_not(extract):
    assert "arrest" in types(run(extract, "Two reporters were held for questioning in Kratie on 4 May.", date="2017-05-06"))
    assert "arrest" not in types(run(extract, "A meeting was held for six hours at the town hall on 4 May.", date="2017-05-06"))


@pytest.mark.parametrize(
    "text",
    [
        "The activists were arrested after planning a march to the ministry.",
        "The minister promised to review the draft law next year.",
        "Rumours of a crackdown spread among workers.",
        "The forum adopted a declaration calling for an end to forced evictions.",
    ],
)
def test_plans_promises_rumours_and_calls_are_no_events(extract, text):
    x = run(extract, text, date="2020-01-01")
    assert not [e for e in x.events if e.type in ("protest", "legislation", "violence", "eviction")]


def test_headline_imperative_is_a_call(extract):
    x = run(extract, "The two students remain in custody.", title="Laos: Release Detained Students Now")
    assert "release" not in types(x)


def test_headline_noun_is_not_a_call(extract):
    x = run(extract, "Two students were freed on Monday.", title="Release of Two Students Welcomed", date="2020-05-06")
    assert "release" in types(x)


def test_second_verb_after_a_call(extract):
    x = run(extract, "We urge the court to drop the charges and release them immediately.")
    assert "release" not in types(x)


def test_figurative_attack_is_no_violence(extract):
    x = run(extract, '"This ruling is an attack on press freedom," said the editor.')
    assert "violence" not in types(x)


def test_upcoming_and_threatened_events(extract):
    x = run(extract, "Officials threatened to arrest the organisers ahead of the June elections.", date="2018-03-02")
    assert not {"arrest", "election"} & types(x)


def test_kept_from_happening(extract):
    x = run(extract, "Police barred the workers of three garment factories from marching to the provincial hall.")
    assert "protest" not in types(x)


def test_taking_things_is_no_eviction(extract):
    x = run(extract, "Officers confiscated leaflets and banners from party members on Friday.", date="2019-04-08")
    assert "eviction" not in types(x)
    y = run(extract, "Soldiers confiscated 300 hectares of farmland from the villagers on Friday.", date="2019-04-08")
    assert "eviction" in types(y)


def test_event_named_in_passing_keeps_its_own_phrase(extract):
    text = "Police fired on marchers last night after a rally at Democracy Square on Sunday."
    x = run(extract, text, date="2014-05-12")
    assert ("protest", "Democracy Square", "2014-05-11") in events(x)


def test_strike_named_in_passing_keeps_its_across_phrase(extract):
    text = "Employers suspended 50 union representatives after the nationwide strike across Cambodia from 13 to 16 September."
    x = run(extract, text, date="2010-09-28")
    assert ("protest", "Cambodia", "2010-09-13") in events(x)


def test_event_ahead_of_a_named_election_is_not_reported(extract):
    x = run(extract, "Police detained three activists on 2 May, ahead of the 2018 national elections.", date="2018-05-04")
    assert "election" not in types(x)


def test_no_one_charged_is_no_charge(extract):
    x = run(extract, "Three officers were arrested on 2 May but no one has been charged.", date="2016-06-08")
    assert "charge" not in types(x)
    assert "arrest" in types(x)


def test_dismissing_a_government_is_no_labour_event(extract):
    x = run(extract, "Arrests followed after the king dismissed the government on 1 February.", date="2019-02-09")
    assert "labour" not in types(x)
    x = run(extract, "The factory dismissed 40 workers on 1 February.", date="2019-02-09")
    assert "labour" in types(x)


def test_demonstrating_that_is_no_protest(extract):
    x = run(extract, "The audit is demonstrating that the fund was misused.", date="2014-08-02")
    assert "protest" not in types(x)


def test_secure_her_release_is_a_call(extract):
    x = run(extract, "Brands should use their leverage to secure her release.", date="2014-07-08")
    assert "release" not in types(x)


def test_an_event_the_text_says_will_be_held_is_no_event(extract):
    x = run(extract, "The union will hold a vigil in Iloilo on Friday. The court will hold the first hearing on 2 May.", date="2014-04-28")
    assert not types(x) & {"protest", "trial"}


def test_capitalised_trigger_inside_a_name_before_its_acronym_is_no_event(extract):
    x = run(extract, "The Mekong Forum for Water Justice (MFWJ) condemns the shooting of two fishers on 2 May.", date="2016-05-06")
    assert "meeting" not in types(x)
    assert "violence" in types(x)
