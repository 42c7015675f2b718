"""One test per extraction rule of round 6 (tests/heldout_round6/, see its README).

The first part shows the trigger words added to ontology/event-types.ttl for clear event reports
the earlier rounds missed; every text is new and invented, with names of its own.
"""
from __future__ import annotations

from rule_checks import run, types


# --- trigger words: clear reports that announced no event before


def test_baton_charge_is_violence(extract):
    x = run(extract, "Police baton-charged striking nurses in Multan on 3 March.", date="2009-03-04")
    assert "violence" in types(x)
    y = run(extract, "Officers lathi charged the crowd outside the assembly.", date="2009-03-04")
    assert "violence" in types(y)


def test_rubber_bullets_water_cannon_and_gunned_down_are_violence(extract):
    for text in ("Troops fired rubber bullets at villagers on 2 May.",
                 "Riot police used water cannon against students on 2 May.",
                 "A land activist was gunned down outside his home on 2 May."):
        assert "violence" in types(run(extract, text, date="2016-05-04")), text


def test_off_the_air_is_restriction(extract):
    x = run(extract, "Radio Kilele was taken off the air on 9 June after a call-in show.", date="2011-06-10")
    assert "restriction" in types(x)
    y = run(extract, "Two stations were forced off air by the regulator.", date="2011-06-10")
    assert "restriction" in types(y)


def test_internet_blackout_and_deregistration_are_restriction(extract):
    x = run(extract, "An internet blackout hit the northern provinces on 1 July.", date="2019-07-02")
    assert "restriction" in types(x)
    y = run(extract, "The ministry deregistered the association on 1 July.", date="2019-07-02")
    assert "restriction" in types(y)


def test_demonstrating_people_are_a_protest(extract):
    x = run(extract, "Farmers were demonstrating against the dam when police arrived.", date="2014-08-02")
    assert "protest" in types(x)
    y = run(extract, "Dock workers took to the streets of the port on 1 August.", date="2014-08-02")
    assert "protest" in types(y)


def test_demonstrating_that_is_no_protest(extract):
    x = run(extract, "The audit is demonstrating that the fund was misused.", date="2014-08-02")
    assert "protest" not in types(x)


def test_picket_is_a_protest(extract):
    x = run(extract, "Cleaners held a picket at the hospital gate on 5 April.", date="2014-04-06")
    assert "protest" in types(x)


def test_incommunicado_and_enforced_disappearance_are_arrest(extract):
    x = run(extract, "The poet has been held incommunicado since 4 April.", date="2014-04-06")
    assert "arrest" in types(x)
    y = run(extract, "The student was forcibly disappeared by soldiers on 4 April.", date="2014-04-06")
    assert "arrest" in types(y)


def test_razed_homes_are_eviction(extract):
    x = run(extract, "Bulls of the company razed 40 houses of the settlers on 7 July.", date="2014-07-08")
    assert "eviction" in types(x)


def test_wage_theft_and_retrenchment_are_labour(extract):
    x = run(extract, "The mill retrenched 300 weavers without notice on 7 July.", date="2014-07-08")
    assert "labour" in types(x)
    y = run(extract, "Pickers said their wages were withheld for three months.", date="2014-07-08")
    assert "labour" in types(y)
