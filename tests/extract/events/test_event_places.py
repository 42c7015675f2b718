"""Where an event happened: its own place, a court's seat, the scene, the dateline, a report's release.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

from rule_checks import dates_of, events, names, places_of, run, types

from clecgraph.model import PLACE


def test_office_dateline_does_not_place_a_sentence_naming_an_unknown_place(extract):
    text = "(Geneva) – On 3 March 2019, soldiers shot dead a fisherman in Kandorvila after chasing his boat."
    x = run(extract, text, date="2019-03-05")
    assert places_of(x, "violence") == {"Kandorvila"}  # the name after "in", though no gazetteer knows it


def test_office_dateline_still_places_a_sentence_naming_no_place(extract):
    x = run(extract, "(Geneva) – On 3 March 2019, soldiers shot dead a fisherman.", date="2019-03-05")
    assert places_of(x, "violence") == {"Geneva"}


def test_office_dateline_yields_to_an_unknown_place_told_later_of_the_same_event(extract):
    text = (
        "(Geneva) – Security forces carried out unlawful killings, the Rights Forum said in a report released today. "
        "On 3 March 2019, soldiers shot dead a fisherman in Kandorvila after chasing his boat."
    )
    x = run(extract, text, date="2019-03-05")
    assert places_of(x, "violence") == {"Kandorvila"}
    assert places_of(x, "publication") == {"Geneva"}


def test_office_dateline_does_not_place_an_event_of_a_sentence_set_elsewhere(extract):
    text = "(Jakarta) – Police detained four students at a rally in Pekanbaru on 2 June."
    x = run(extract, text, date="2019-06-04")
    assert "Jakarta" not in places_of(x, "arrest")
    assert places_of(x, "protest") == {"Pekanbaru"} or places_of(x, "protest") == {None}


def test_dated_dateline_still_places_an_event_beside_a_named_site(extract):
    text = "Phnom Penh, 3 June 2019 – Riot police blocked roads to stop marchers after a rally at Freedom Park on Sunday."
    x = run(extract, text, date="2019-06-03")
    assert places_of(x, "restriction") == {"Phnom Penh"}


def test_each_event_keeps_its_own_date_and_place(extract):
    x = run(
        extract,
        "The four were detained on 9 February after the prosecutor indicted them over speeches made at a rally in Chiang Mai on 19 September 2020.",
        date="2021-03-09",
    )
    found = events(x)
    assert ("arrest", None, "2021-02-09") in found
    assert ("protest", "Chiang Mai", "2020-09-19") in found


def test_a_report_is_placed_where_released_not_where_its_subject_is(extract):
    x = run(
        extract,
        "The group today published a report on land confiscation in Koh Kong province. The report was launched at a press conference in Bangkok.",
        date="2013-07-09",
    )
    publication = [e for e in x.events if e.type == "publication"]
    assert publication and publication[0].place == "Bangkok"


def test_a_report_about_a_place_has_no_place(extract):
    x = run(extract, "The group today released a report documenting forced labour on fishing boats in Indonesia.", date="2015-03-02")
    assert [e.place for e in x.events if e.type == "publication"] == [None]


def test_a_court_event_takes_no_place_from_a_later_sentence(extract):
    x = run(extract, "The verdict was read on 1 August. The murder took place in Phnom Penh in 2004.", date="2005-08-02")
    assert [e.place for e in x.events if e.type == "trial"] == [None]


def test_an_election_takes_no_place_from_the_sentence_before(extract):
    x = run(
        extract,
        "Observers recorded threats against opposition activists in Siem Reap province. The election took place on 23 July.",
        date="2023-07-24",
    )
    assert [e.place for e in x.events if e.type == "election"] == [None]


def test_an_event_over_a_list_of_places_is_one_event_in_each(extract):
    # (issue 14: "arrests in A, B and C" are three arrests, as the real-data gold annotates them)
    x = run(extract, "Land was confiscated from 2,000 families in Koh Kong, Oddar Meanchey and Kampong Speu provinces.", date="2013-07-09")
    assert sorted(e.place for e in x.events if e.type == "eviction") == ["Kampong Speu", "Koh Kong", "Oddar Meanchey"]


def test_released_from_a_prison(extract):
    x = run(
        extract,
        "The union welcomes the release on bail of its president, Rong Dara, from Prey Sar prison on 17 January.",
        date="2006-01-18",
    )
    assert [e.place for e in x.events if e.type == "release"] == ["Prey Sar"]


def test_shot_during_a_protest_shares_its_place(extract):
    x = run(
        extract, "A worker was shot dead on 9 June during a protest at a factory in the Manhattan Special Economic Zone.", date="2012-06-12"
    )
    found = {(e.type, e.place) for e in x.events}
    assert ("violence", "Manhattan Special Economic Zone") in found


def test_headline_country_label_places_nothing(extract):
    x = run(extract, "Four activists were executed at Insein Prison.", title="Myanmar: Executions of activists", date="2022-07-25")
    assert [e.place for e in x.events if e.type == "violence"] != ["Myanmar"]


def test_a_report_launched_at_a_press_conference_takes_its_place(extract):
    x = run(
        extract,
        "The group today released a report on forced labour in Indonesia. The report was launched at a press conference in Bangkok.",
        date="2017-09-12",
    )
    assert [e.place for e in x.events if e.type == "publication"] == ["Bangkok"]


def test_a_court_event_at_the_courts_seat(extract):
    x = run(extract, "The journalist was acquitted by the Takeo Provincial Court on 19 February 2018.", date="2018-02-20")
    assert [e.place for e in x.events if e.type == "trial"] == ["Takeo"]


def test_the_speakers_place_is_not_the_events(extract):
    x = run(extract, "Phnom Penh, 2 May 2015 – Unions across Europe condemned the verdict.")
    assert [e.place for e in x.events if e.type == "trial"] == ["Phnom Penh"]


def test_an_event_in_a_clause_after_the_main_one_shares_its_scene(extract):
    x = run(
        extract,
        "Workers at a garment factory in Kampong Speu province walked out on 10 November after management dismissed 30 union members.",
        date="2014-11-12",
    )
    assert ("labour", "Kampong Speu", "2014-11-10") in events(x)


def test_when_clause_shares_the_place(extract):
    text = (
        "Kratie, 3 June 2015 - ADHOC condemns the shooting of a farmer in Kbal Damrei village on 1 June, "
        "when soldiers moved in to evict 300 families."
    )
    x = run(extract, text, date="2015-06-03")
    assert ("eviction", "Kbal Damrei", "2015-06-01") in events(x)


def test_court_seat_before_the_offence_place(extract):
    text = "The Kampot Provincial Court yesterday sentenced two fishermen for a protest in Kep district in March 2018."
    x = run(extract, text, date="2019-02-05")
    assert ("trial", "Kampot", "2019-02-04") in events(x)


def test_bail_from_a_court_is_where_the_court_sits(extract):
    text = (
        "Bangkok, 9 May 2021 - Police detained eight students at a rally in Lat Phrao on Friday and took them "
        "to a police base in Nonthaburi. On Saturday the Criminal Court granted bail to six of them."
    )
    x = run(extract, text, date="2021-05-09")
    assert ("release", "Bangkok", "2021-05-08") in events(x)


def test_destination_is_not_the_scene(extract):
    text = "Soldiers arrested 12 villagers in Thaton on 2 March and took them to a camp in Hpa-an."
    x = run(extract, text, date="2022-03-05")
    assert ("arrest", "Thaton", "2022-03-02") in events(x)


def test_unknown_name_where_and_when(extract):
    x = run(extract, "Police dispersed the crowd outside the ministry in Tuol Kork on Tuesday.", date="2019-09-25")
    assert "Tuol Kork" in names(x, PLACE)
    assert "Tuol Kork" in {e.place for e in x.events}


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


def test_town_outside_the_region_counts_where_written_as_a_location(extract):
    x = run(extract, "Police beat dozens of traders in Kakamega on 4 May.", date="2015-05-06")
    assert "Kakamega" in names(x, PLACE)
    assert places_of(x, "violence") == {"Kakamega"}


def test_place_at_sentence_start_after_capital_in(extract):
    x = run(extract, "In Kakamega, police arrested 12 hawkers on Monday.", date="2015-05-06")
    assert places_of(x, "arrest") == {"Kakamega"}


def test_unknown_name_after_the_village_of(extract):
    x = run(extract, "Soldiers shot dead three farmers in the village of Tamborana on 2 June.", date="2016-06-05")
    assert "Tamborana" in names(x, PLACE)
    assert places_of(x, "violence") == {"Tamborana"}


def test_unknown_place_after_a_date_ending_the_clause(extract):
    x = run(extract, "Police demolished 40 homes on 5 May in Malabonga.", date="2019-06-10")
    assert places_of(x, "eviction") == {"Malabonga"}


def test_unknown_place_then_a_comma_then_a_date(extract):
    x = run(extract, "Police arrested 12 residents in Malabonga, on 5 May, after a rally.", date="2019-06-10")
    assert places_of(x, "arrest") == {"Malabonga"}


def test_where_a_person_was_does_not_place_a_charge_nor_the_next_sentence(extract):
    text = "The editor was charged with libel on 3 June while she was in Bangkok. Her brother was arrested the next day."
    x = run(extract, text, date="2019-06-10")
    assert places_of(x, "charge") == {None}
    assert places_of(x, "arrest") == {None}


def test_short_form_of_a_long_town_name(extract):
    # GeoNames writes "Iguala de la Independencia"; statements write "Iguala"
    x = run(extract, "Police opened fire on students in Iguala on 26 September.", date="2014-10-01")
    assert places_of(x, "violence") == {"Iguala"}


def test_before_a_court_says_where_not_when(extract):
    text = (
        "Officers arrested the reporter at his home in Lagos on 2 March. "
        "On 4 March, prosecutors charged him with libel before a magistrate's court in Abuja."
    )
    x = run(extract, text, date="2019-03-05")
    assert places_of(x, "charge") == {"Abuja"}


def test_court_written_in_lower_case_sits_in_the_place_before_it(extract):
    text = "Police detained him in the Brateevo district. On 26 February, a Kazan district court sentenced him to 15 days."
    x = run(extract, text, date="2022-02-27")
    assert places_of(x, "trial") == {"Kazan"}


def test_undisclosed_location_places_nothing(extract):
    text = "Police arrested him in Cairo on 7 May. That night, officers beat him at an undisclosed location."
    x = run(extract, text, date="2019-05-09")
    assert places_of(x, "violence") == {None}
    assert places_of(x, "arrest") == {"Cairo"}


def test_verb_then_a_counted_object_share_place_and_date(extract):
    x = run(extract, "Police beat several detainees in the Kordon district of Kazan on 3 May.", date="2019-05-09")
    assert dates_of(x, "violence") == {"2019-05-03"}
    assert places_of(x, "violence") == places_of(x, "arrest") != {None}


def test_town_then_comma_then_province_both_places(extract):
    x = run(extract, "He met officials in Tamborana, Pará on 11 February.", date="2005-02-14")
    assert {"Tamborana", "Pará"} <= names(x, PLACE)
    assert places_of(x, "meeting") == {"Tamborana"}


def test_event_after_a_gerund_takes_no_scene_from_the_sentence_before(extract):
    text = "Police shot two farmers in Iloilo on 2 May. Their lawyer has since left the country after receiving threats."
    x = run(extract, text, date="2016-05-06")
    assert "restriction" in types(x)
    assert places_of(x, "restriction") == {None} and dates_of(x, "restriction") == {None}


def test_act_punished_is_placed_by_its_own_phrase_not_the_court(extract):
    text = "On 3 May, a Minsk court sentenced activist Olga Naumenka to 15 days of arrest for holding a picket on Victory Square."
    x = run(extract, text, date="2019-05-06")
    assert places_of(x, "trial") == {"Minsk"}
    assert places_of(x, "protest") == {"Victory Square"}
    assert dates_of(x, "protest") == {None}  # the day of the sentence is not the day of the picket
