"""Event types: which trigger words announce which type.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

from rule_checks import dates_of, places_of, run, types


def test_held_for_hours_at_the_police_station_is_an_arrest(extract):
    x = run(extract, "Police held three fishermen for nine hours at the police station in Kampot on 4 May.", date="2017-05-06")
    assert places_of(x, "arrest") == {"Kampot"}
    assert dates_of(x, "arrest") == {"2017-05-04"}


def test_executions_are_violence(extract):
    x = run(extract, "The military executed four activists at a prison in Yangon.", date="2022-07-25")
    assert "violence" in {e.type for e in x.events}


def test_forced_closure_is_a_restriction(extract):
    x = run(extract, "The group condemns the forced closure of the Daily Star newspaper.", date="2021-06-25")
    assert "restriction" in {e.type for e in x.events}


def test_investigation_into_an_event_reports_the_event(extract):
    x = run(
        extract, "The union demands an investigation into the beating of a shop steward in Kandal province on Friday.", date="2015-06-08"
    )
    assert "violence" in types(x)


def test_people_gathering_outside_a_place_protest(extract):
    x = run(extract, "About 60 families gathered outside the provincial hall in Pursat on 2 June.", date="2016-06-05")
    assert "protest" in types(x)
    y = run(extract, "Police broke up a peaceful gathering of monks in Kampong Cham on 2 June.", date="2016-06-05")
    assert "protest" in types(y)


def test_forced_out_and_lost_land_are_evictions(extract):
    assert "eviction" in types(run(extract, "Some 90 families were forced out of Trapeang Sala village in 2009."))
    assert "eviction" in types(run(extract, "The villagers lost their farmland to a rubber concession in 2011."))


def test_vote_buying_is_an_election_matter(extract):
    assert "election" in types(run(extract, "Observers recorded vote buying in six communes of Takeo province in May 2012."))


def test_sent_to_prison_is_detention(extract):
    assert "arrest" in types(run(extract, "The court charged the activist on 5 May 2016 and he was sent to Correctional Centre 1 prison."))


def test_meeting_officials_and_training_centres(extract):
    assert "meeting" in types(run(extract, "On 3 July 2014, the union met labour ministry officials in Phnom Penh."))
    assert "meeting" not in types(run(extract, "Police raided a recruitment agency's training centre in Kandal province in March 2014."))


def test_strike_site_is_a_place_not_a_strike(extract):
    x = run(extract, "Police detained the union's president on her way to the strike site in Phnom Penh on 4 March 2020.")
    assert "protest" not in types(x)
    assert places_of(x, "arrest") == {"Phnom Penh"}


def test_order_to_close_outlets_is_a_restriction(extract):
    assert "restriction" in types(run(extract, "The ministry ordered the closure of two newspapers on 1 August 2017."))


def test_people_blocking_trucks_protest(extract):
    x = run(extract, "Six villagers were arrested on 4 April 2016 while blocking logging trucks in Prey Long commune.")
    assert "protest" in types(x) and "restriction" not in types(x)


def test_suspending_union_representatives_is_a_labour_dispute(extract):
    assert "labour" in types(run(extract, "The factory announced the suspension of 12 union leaders on 3 June 2015."))


def test_barred_a_long_named_party_from(extract):
    x = run(extract, "The election body barred the small opposition Grassroots Democracy Party from the ballot on 15 May 2023.")
    assert "restriction" in types(x)


def test_baton_charge_is_violence(extract):
    x = run(extract, "Police baton-charged striking nurses in Multan on 3 March.", date="2009-03-04")
    assert "violence" in types(x)
    y = run(extract, "Officers lathi charged the crowd outside the assembly.", date="2009-03-04")
    assert "violence" in types(y)


def test_rubber_bullets_water_cannon_and_gunned_down_are_violence(extract):
    for text in (
        "Troops fired rubber bullets at villagers on 2 May.",
        "Riot police used water cannon against students on 2 May.",
        "A land activist was gunned down outside his home on 2 May.",
    ):
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


def test_dissolved_associations_are_restriction(extract):
    x = run(extract, "In March the governor dissolved four associations of fishers.", date="2014-07-08")
    assert dates_of(x, "restriction") == {"2014-03"}


def test_blocking_a_highway_is_a_protest_not_a_restriction(extract):
    x = run(extract, "Fishers had been blocking the coastal highway in Tacloban since 2 June.", date="2014-07-08")
    assert types(x) == {"protest"}


def test_work_without_overtime_pay_is_labour(extract):
    x = run(extract, "Packers were made to work 18 hours a day without overtime pay.", date="2014-07-08")
    assert "labour" in types(x)


def test_refused_to_grant_bail_is_a_trial_event(extract):
    x = run(extract, "The provincial court in Chiang Mai refused to grant them bail on 3 May.", date="2016-05-06")
    assert dates_of(x, "trial") == {"2016-05-03"}


def test_lower_case_forum_before_an_acronym_is_still_a_meeting(extract):
    x = run(extract, "A forum on land rights (FLR) was held in Hue on 2 May.", date="2016-05-06")
    assert "meeting" in types(x)


def test_breaking_up_a_gathering_is_a_restriction(extract):
    x = run(extract, "Police broke up a sit-in of garment workers in Kandal province on 3 May.", date="2015-05-06")
    assert "restriction" in {e.type for e in x.events}
    x = run(extract, "The police had merely broken up unauthorised demonstrations, the police chief said.", date="2015-05-06")
    assert "restriction" in {e.type for e in x.events}
