"""Place names: kinds of place, sites, lists of places, regions, what is no place.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

from rule_checks import names, run

from clecgraph.model import ORGANISATION, PLACE


def test_dateline_place_not_in_any_gazetteer(extract):
    x = run(extract, "Tromsø, 4 May 2019 – The coalition condemns the arrests.")
    assert "Tromsø" in names(x, PLACE)


def test_bracketed_dateline(extract):
    x = run(extract, "(Lausanne) – The government should release the two activists, the group said today.")
    assert "Lausanne" in names(x, PLACE)


def test_a_location_inside_a_known_place(extract):
    x = run(extract, "Police dispersed the rally at Merdeka Square in Jakarta and detained 20 people in Tanah Abang, Jakarta.")
    assert {"Merdeka Square", "Tanah Abang"} <= names(x, PLACE)


def test_numbered_village(extract):
    x = run(extract, "Families in Village 7 were evicted on Monday.")
    assert "Village 7" in names(x, PLACE)


def test_spelling_variant_of_a_region_town(extract):
    x = run(extract, "Workers crossed the border at Poipet on Sunday.")
    assert "Poipet" in names(x, PLACE)


def test_state_and_region_kept_with_a_known_province(extract):
    x = run(extract, "Soldiers burned homes in Kachin State and Sagaing Region last month.")
    assert {"Kachin State", "Sagaing Region"} <= names(x, PLACE)


def test_places_listed_after_a_plural_kind(extract):
    x = run(extract, "Farmers marched in the provinces of Tarlac, Nueva Ecija and Pampanga.")
    assert {"Tarlac", "Nueva Ecija", "Pampanga"} <= names(x, PLACE)


def test_lowercase_region_and_city_names(extract):
    x = run(extract, "Raids took place across the Western Visayas region. Detainees were taken to Quezon City.")
    assert {"Western Visayas", "Quezon City"} <= names(x, PLACE)


def test_detention_centre_is_a_place(extract):
    x = run(extract, "The two were sent to Correctional Centre 2 after the hearing.")
    assert "Correctional Centre 2" in names(x, PLACE)
    assert "Correctional Centre 2" not in names(x, ORGANISATION)


def test_quay_is_a_site(extract):
    x = run(extract, "Police dispersed a vigil on Preah Ang Quay in Phnom Penh on 4 June 2021.")
    assert "Preah Ang Quay" in names(x, PLACE)


def test_no_scene_place_from_a_body_or_a_month(extract):
    x = run(extract, "The bill was debated in Parliament on Tuesday and in March last year.", date="2019-09-25")
    assert "Parliament" not in names(x, PLACE)


def test_valley_is_a_place(extract):
    x = run(extract, "Villagers from the Prek Chhlong Valley rallied on 3 May 2015.")
    assert "Prek Chhlong Valley" in names(x, PLACE)


def test_town_outside_the_region_is_no_place_outside_a_location(extract):
    # "Reading" and "Mobile" are towns too; written as words they are not places
    x = run(extract, "Reading the decree, Mobile phone users were told they would be fined.", date="2015-05-06")
    assert not names(x, PLACE)


def test_province_listed_after_a_town_counts(extract):
    x = run(extract, "Soldiers detained two farmers in Kakamega, Nandi and Bungoma last week.", date="2015-05-06")
    assert {"Kakamega", "Nandi", "Bungoma"} <= names(x, PLACE)


def test_compass_province_names_are_never_places(extract):
    x = run(extract, "Protesters marched in North-West and in Centre on 2 May.", date="2015-05-06")
    assert not {"North-West", "Centre"} & names(x, PLACE)


def test_kind_of_needs_a_lowercase_kind(extract):
    # "the Community of ..." (a body) is not "the community of ..."
    x = run(extract, "The Brotherhood of Saint Hilda opened a clinic.", date="2016-06-05")
    assert "Saint Hilda" not in names(x, PLACE)


def test_slum_settlement_neighbourhood_and_roundabout_name_places(extract):
    text = (
        "Police fired tear gas at residents of the Korogwa slum on 3 June. "
        "Gunmen attacked the Boa Vista settlement on 4 June. "
        "A march in the Tindouri neighbourhood was dispersed on 5 June. "
        "Troops cleared the Lotus Roundabout on 6 June."
    )
    x = run(extract, text, date="2016-06-08")
    assert {"Korogwa", "Boa Vista", "Tindouri", "Lotus Roundabout"} <= names(x, PLACE)


def test_metro_station_and_detention_centre_name_places(extract):
    text = "He was shot near the Kalinouskaja metro station on 10 August. She was beaten at the Zhodzina detention centre on 11 August."
    x = run(extract, text, date="2020-08-12")
    assert {"Kalinouskaja", "Zhodzina"} <= names(x, PLACE)


def test_radio_station_is_no_place(extract):
    x = run(extract, "Police raided the Voice of Hope radio station on 2 May.", date="2020-08-12")
    assert "Voice of Hope" not in names(x, PLACE)


def test_junction_intersection_and_beach_name_places(extract):
    text = (
        "Police arrested students at Kamayut junction on 2 May. "
        "Riot police dispersed a rally at Asok intersection on 3 May. "
        "Fishers marched at Parangtritis beach on 4 May."
    )
    x = run(extract, text, date="2016-05-06")
    assert {"Kamayut", "Asok", "Parangtritis"} <= names(x, PLACE)


def test_a_peoples_community_of_a_place_names_the_place_after_of(extract):
    x = run(extract, "Police arrested nine men of the Kenyah community of Long Nawang on 2 May.", date="2016-05-06")
    assert "Long Nawang" in names(x, PLACE)
    assert "Kenyah" not in names(x, PLACE)


def test_region_after_a_located_place_and_its_kind(extract):
    x = run(extract, "Police shot two fishers in Jepara regency, Central Java, on 2 May.", date="2016-05-06")
    assert {"Jepara", "Central Java"} <= names(x, PLACE)
    y = run(extract, "Guards beat pickers in Tawau, Sabah, on 2 May.", date="2016-05-06")
    assert "Sabah" in names(y, PLACE)


def test_name_after_a_place_and_a_comma_that_speaks_is_no_region(extract):
    x = run(extract, "In Iloilo, Ramon Dizon said the police lied.", date="2016-05-06")
    assert "Ramon Dizon" not in names(x, PLACE)


def test_country_before_a_noun_of_people_is_an_adjective(extract):
    x = run(extract, "The farm sued nine Cambodia migrant workers. Police in Laos arrested two students.", date="2016-05-06")
    assert "Cambodia" not in names(x, PLACE)
    assert "Laos" in names(x, PLACE)


def test_unknown_towns_listed_among_known_cities_are_places(extract):
    x = run(extract, "Monks marched in Mandalay, Yangon, Chaut, Wakema and Pathein on Wednesday.")
    assert {"Chaut", "Wakema", "Mandalay", "Pathein"} <= names(x, PLACE)


def test_a_list_of_names_not_written_as_a_location_adds_no_place(extract):
    x = run(extract, "Mandalay, Yangon, Chaut and Wakema signed the appeal.")
    assert not {"Chaut", "Wakema"} & names(x, PLACE)


def test_a_site_kind_written_before_its_name_is_part_of_the_place(extract):
    x = run(extract, "Supporters gathered at Stadium Merdeka. Bodies were found in Sitio Masalay, Barangay Salman.")
    assert {"Stadium Merdeka", "Sitio Masalay", "Barangay Salman"} <= names(x, PLACE)


def test_a_capitalised_city_keeps_its_kind_in_the_name(extract):
    x = run(extract, "A farmer was shot in Bayawan City on Monday.")
    assert "Bayawan City" in names(x, PLACE)


def test_named_sites_of_kinds_used_as_venues(extract):
    x = run(
        extract,
        "Workers rallied at the Hibiya Amphitheater. Two protests took place at Central Plaza shopping mall. "
        "Police fired on villagers at the Letpadaung mine. Students were detained in the Admiralty area.",
    )
    assert {"Hibiya Amphitheater", "Central Plaza", "Letpadaung", "Admiralty"} <= names(x, PLACE)


def test_an_unknown_name_opening_a_sentence_after_in_is_a_place(extract):
    x = run(extract, "Six people were injured. In Hpakant, a civilian was shot dead.")
    assert "Hpakant" in names(x, PLACE)


def test_a_month_or_a_language_opening_a_sentence_after_in_is_no_place(extract):
    x = run(extract, "In September, police arrested him. In English, the order reads otherwise.")
    assert not {"September", "English"} & names(x, PLACE)


def test_a_hyphenated_description_before_a_site_is_not_part_of_its_name(extract):
    x = run(extract, "Police raided camps at the Chinese-backed Letpadaung copper mine. Others marched to the Chinese-owned copper mine.")
    assert "Letpadaung" in names(x, PLACE)
    assert not any("Chinese" in name for name in names(x, PLACE))


def test_a_province_written_with_its_kind_is_named_without_it(extract):
    x = run(extract, "Soldiers detained students in Loei Province and in Sandan district on Monday.")
    assert {"Loei", "Sandan"} <= names(x, PLACE)
    assert "Loei Province" not in names(x, PLACE)


def test_a_count_before_a_place_is_no_part_of_its_name(extract):
    x = run(extract, "Thirteen Boeung Kak lake activists were jailed. Police beat 2018 Kilo village residents.")
    assert {"Boeung Kak", "Kilo"} <= names(x, PLACE)
    assert not any(name.split()[0] in ("Thirteen", "2018") for name in names(x, PLACE))


def test_a_people_before_a_kind_of_place_is_no_place(extract):
    x = run(extract, "The Laotian community mourned him. Protests spread to several Iraqi provinces.")
    assert not {"Laotian", "Iraqi"} & names(x, PLACE)


def test_a_people_before_community_is_no_place(extract):
    text = "Soldiers raided the Mapuche community of Lonko Alto on 2 May and detained Adivasi villagers in Ranchi."
    x = run(extract, text, date="2019-05-04")
    assert {"Lonko Alto", "Ranchi"} <= names(x, PLACE)
    assert not {n for n in names(x, PLACE) if "Mapuche" in n or "Adivasi" in n}


def test_a_language_is_no_place(extract):
    x = run(extract, "Police in Pune served the lawyer a warrant in Marathi on 28 August.", date="2018-08-30")
    assert "Pune" in names(x, PLACE)
    assert "Marathi" not in names(x, PLACE)


def test_a_preposition_opening_the_sentence_is_no_part_of_the_place(extract):
    x = run(extract, "Along National Road 6, police stopped the marchers on 2 May.", date="2019-05-04")
    assert "National Road 6" in names(x, PLACE)
    assert not {n for n in names(x, PLACE) if n.startswith("Along")}
