"""Event places: the most specific place the text gives for an event. Made-up texts, real place names
(what lies inside what comes from the packaged gazetteer)."""

from __future__ import annotations

from rule_checks import places_of, run


def test_protests_in_a_list_of_cities_of_several_kinds_are_one_protest_each(extract):
    x = run(extract, "Thousands joined the protests in Mandalay, Yangon, Monywa, Chaut and Pathein on Wednesday.")
    assert places_of(x, "protest") >= {"Mandalay", "Chaut", "Pathein", "Monywa"}


def test_a_village_its_commune_and_its_district_are_one_place_not_a_list(extract):
    x = run(extract, "Soldiers shot a farmer in Pro Ma village, Kampong Damrei commune, Chhlong district, on 16 May.")
    assert places_of(x, "violence") == {"Pro Ma"}


def test_a_city_and_its_country_are_one_place_not_a_list(extract):
    x = run(extract, "Forty workers were arrested in Tokyo, Japan, on Monday.")
    assert places_of(x, "arrest") == {"Tokyo"}


def test_a_region_in_a_direction_of_its_country_is_one_place_not_a_list(extract):
    text = "Oil workers have been striking in the Mangistau region in western Kazakhstan. The strikes were declared illegal."
    assert places_of(run(extract, text), "protest") == {"Mangistau"}


def test_the_same_event_told_in_a_country_and_in_a_city_of_it_takes_the_city(extract):
    text = "Police arrested 30 students in Indonesia on Tuesday. The arrests took place in Jakarta, the group said."
    assert places_of(run(extract, text), "arrest") == {"Jakarta"}


def test_a_city_abroad_does_not_stand_for_the_country(extract):
    text = "Police arrested 30 students in Indonesia on Tuesday. The group condemned the arrests in Berlin."
    assert places_of(run(extract, text), "arrest") == {"Indonesia"}


def test_a_country_holding_the_dateline_city_gives_way_to_it(extract):
    text = "Phnom Penh, 21 December 2015 – Police in Cambodia made dozens of arrests on Monday."
    assert places_of(run(extract, text), "arrest") == {"Phnom Penh"}


def test_mentions_of_a_listed_event_with_no_place_of_their_own_add_no_event(extract):
    text = (
        "Monks led protests across Myanmar on Wednesday. "
        "Thousands joined the protests in Mandalay, Monywa and Pathein. The protests were peaceful."
    )
    assert places_of(run(extract, text), "protest") == {"Mandalay", "Monywa", "Pathein"}


def test_a_named_site_beats_the_city_it_lies_in(extract):
    text = "Two protests took place at Central Plaza shopping mall in Khon Kaen on Monday."
    assert places_of(run(extract, text), "protest") == {"Central Plaza"}


def test_a_sentence_opening_with_in_and_an_unknown_town_places_its_event(extract):
    text = "Six people were injured in Mandalay. In Hpakant, a civilian was shot dead on 14 March 2021."
    assert "Hpakant" in places_of(run(extract, text), "violence")


def test_events_of_one_type_in_two_unrelated_places_stay_apart(extract):
    text = "Police arrested five students in Mandalay on Monday. Soldiers also arrested a miner in Sittwe, the group said."
    assert places_of(run(extract, text), "arrest") == {"Mandalay", "Sittwe"}


def test_a_quoted_comment_naming_another_place_adds_no_event(extract):
    text = (
        "Soldiers shot a farmer in Pro Ma village on 16 May 2012. "
        '"Shooting at villagers is never acceptable in Kratie or anywhere," said the coordinator.'
    )
    assert places_of(run(extract, text), "violence") == {"Pro Ma"}


def test_where_a_victim_holds_a_post_is_not_where_the_event_happened(extract):
    text = (
        "Soldiers killed nine activists in Southern Tagalog on 7 March 2021. "
        "Among those killed was Emmanuel Asuncion, an organiser of the Bagong Alyansang Makabayan (BAYAN) in Cavite."
    )
    assert places_of(run(extract, text), "violence") == {"Southern Tagalog"}


def test_where_the_injured_were_treated_is_not_where_they_were_beaten(extract):
    text = "Thugs beat a farmer in Selok Awar-Awar village on 26 September 2015. His friend was also beaten and is being treated in a hospital in Malang."
    assert places_of(run(extract, text), "violence") == {"Selok Awar-Awar"}


def test_the_area_around_a_city_does_not_outrank_the_site_of_an_eviction(extract):
    text = "Authorities evicted residents from Sambok Chab, Tonle Bassac district, and settled them in a Phnom Penh suburban area."
    assert places_of(run(extract, text), "eviction") == {"Sambok Chab"}
