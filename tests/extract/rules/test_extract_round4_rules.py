"""One test per extraction rule added for the round-4 held-out work (tests/quality/heldout_round4/).

Every text here is new (not a held-out statement) and uses invented names: the rules are about
how statements are written, so each test shows the pattern with other words.
"""

from __future__ import annotations

from rule_checks import dates_of, events, names, places_of, run, types

from clecgraph.model import ORGANISATION, PLACE

# --- events: which clause a date belongs to, and when two mentions are two events


def test_date_after_and_opens_the_next_clause(extract):
    text = "Police arrested twelve fishermen in Pursat province, and on 9 March a court in Battambang convicted two of them."
    x = run(extract, text, date="2011-03-20")
    assert dates_of(x, "trial") == {"2011-03-09"}
    assert "2011-03-09" not in dates_of(x, "arrest")


def test_two_days_said_from_the_statement_are_two_events(extract):
    text = "Soldiers shot two fishermen in Kampot province this morning. Yesterday, guards beat a monk in Takeo province."
    x = run(extract, text, date="2016-05-04")
    assert dates_of(x, "violence") == {"2016-05-04", "2016-05-03"}


def test_years_ago_today(extract):
    x = run(extract, "Ten years ago today, workers of a private firm demolished 80 homes in Kbal Damrei village.", date="2019-06-12")
    assert dates_of(x, "eviction") == {"2009-06-12"}


def test_month_opening_a_name_is_no_date(extract):
    x = run(extract, "The July Apparel factory dismissed 40 union members on 3 October.", date="2019-10-10")
    assert dates_of(x, "labour") == {"2019-10-03"}


def test_statement_today_before_a_verb_of_speech_dates_no_event(extract):
    text = "The Flood Aid Network today called on the authorities to free the farmers detained yesterday, whose detention breaks the law."
    x = run(extract, text, date="2017-02-08")
    assert dates_of(x, "arrest") == {"2017-02-07"}


def test_have_already_been_takes_no_scene_date(extract):
    text = "On 4 May 2015, guards beat two villagers in Kbal Damrei village. More than 200 families have already been forced out of the village."
    x = run(extract, text, date="2015-05-06")
    assert "eviction" in types(x)
    assert dates_of(x, "eviction") == {None}


def test_strike_named_in_passing_keeps_its_across_phrase(extract):
    text = "Employers suspended 50 union representatives after the nationwide strike across Cambodia from 13 to 16 September."
    x = run(extract, text, date="2010-09-28")
    assert ("protest", "Cambodia", "2010-09-13") in events(x)


# --- events: what is not reported


def test_event_ahead_of_a_named_election_is_not_reported(extract):
    x = run(extract, "Police detained three activists on 2 May, ahead of the 2018 national elections.", date="2018-05-04")
    assert "election" not in types(x)


def test_offence_a_court_names_takes_not_the_verdict_date(extract):
    text = "A villager was shot dead in Preah Vihear province on 3 March 2015. In June 2016 the provincial court convicted a soldier of the shooting."
    x = run(extract, text, date="2016-07-01")
    assert dates_of(x, "violence") == {"2015-03-03"}


def test_investigation_into_an_event_reports_the_event(extract):
    x = run(
        extract, "The union demands an investigation into the beating of a shop steward in Kandal province on Friday.", date="2015-06-08"
    )
    assert "violence" in types(x)


# --- events: where


def test_outside_the_court_is_where_the_court_sits(extract):
    text = (
        "The Takeo Provincial Court charged two monks on Monday after they spoke about land in Kampot province. "
        "On Tuesday, police beat supporters gathered outside the court."
    )
    x = run(extract, text, date="2019-03-08")
    assert places_of(x, "violence") == {"Takeo"}


def test_took_them_to_is_a_destination(extract):
    x = run(extract, "Kampot, 2 May 2017 – Police rounded up 30 vendors on Monday and took them to a centre in Sihanoukville.")
    assert places_of(x, "arrest") == {"Kampot"}


# --- trigger words


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


# --- entities


def test_reports_that_speaks_for_the_body(extract):
    x = run(extract, "The River Workers Alliance (RWA) reports that 300 workers walked out on Monday.", date="2016-08-03")
    assert "River Workers Alliance" in x.issuers


def test_valley_is_a_place(extract):
    x = run(extract, "Villagers from the Prek Chhlong Valley rallied on 3 May 2015.")
    assert "Prek Chhlong Valley" in names(x, PLACE)


def test_day_of_a_month_before_an_apposition_is_no_body(extract):
    x = run(extract, "On 1 June, a group of men threatened two observers in Kandal province.", date="2017-06-05")
    assert not {n for n in names(x, ORGANISATION) if "June" in n}


def test_place_inside_the_trigger_words(extract):
    text = "The court charged four land activists on 2 May 2016 and they were sent to Kampong Chhnang prison. Their detention was later extended."
    x = run(extract, text, date="2016-05-04")
    assert places_of(x, "arrest") == {"Kampong Chhnang"}


def test_release_by_a_court_without_a_seat_takes_no_other_courts_seat(extract):
    text = "Two men convicted by the Kandal Provincial Court in 2006 were freed on bail by the Supreme Court on 3 June 2009."
    x = run(extract, text, date="2009-06-05")
    assert places_of(x, "trial") == {"Kandal"}
    assert places_of(x, "release") == {None}


def test_court_event_takes_no_landmark_of_the_sentence_before(extract):
    text = "A monk was beaten near Wat Chas in Kampot province on 9 May 2014. Three guards were later freed on bail by the Supreme Court on 2 June 2014."
    x = run(extract, text, date="2014-06-04")
    assert places_of(x, "release") == {None}


def test_business_named_before_its_trade(extract):
    x = run(extract, "On 2 March 2018, 500 workers of the Lucky Star garment factory walked out.")
    assert "Lucky Star" in names(x, ORGANISATION)


def test_listed_word_with_a_number_is_no_body(extract):
    x = run(extract, "Police used COVID-19 rules to break up the strike on 4 January 2022.")
    assert not {n for n in names(x, ORGANISATION) if n.upper().startswith("COVID")}


def test_event_after_a_rally_shares_the_main_clause_place(extract):
    x = run(
        extract, "Police arrested two farmers in Ta Ong commune on 6 May 2019 after a march against a land concession.", date="2019-05-08"
    )
    assert places_of(x, "protest") == {"Ta Ong"}
    y = run(
        extract,
        "Police arrested two farmers in Ta Ong commune on 6 May 2019 after they marched against a land concession.",
        date="2019-05-08",
    )
    assert places_of(y, "protest") == {None}
    z = run(extract, "Police arrested two farmers in Ta Ong commune on 6 May 2019 after a march to Wat Chas Kraom.", date="2019-05-08")
    assert "Ta Ong" not in places_of(z, "protest")


def test_barred_a_long_named_party_from(extract):
    x = run(extract, "The election body barred the small opposition Grassroots Democracy Party from the ballot on 15 May 2023.")
    assert "restriction" in types(x)
