"""Places the gazetteer does not hold, found by how they are written: straight after "in"/"at", after their
kind ("the mining town X"), listed after a plural kind ("villages including X, Y"). Made-up texts."""

from __future__ import annotations

from rule_checks import names, run

from clecgraph.model import PLACE


def test_an_unknown_name_right_after_at_then_a_comma_is_a_place(extract):
    x = run(extract, "Police beat hundreds of protesters at Marrowfield, witnesses said.")
    assert "Marrowfield" in names(x, PLACE)


def test_an_unknown_name_after_in_then_a_verb_is_a_place(extract):
    x = run(extract, "The killings of farmers in Dunvale were carried out by soldiers.")
    assert "Dunvale" in names(x, PLACE)


def test_an_unknown_name_after_in_then_of_is_a_place(extract):
    x = run(extract, "Violence broke out in Tarnowick of Westerlund during the demonstration.")
    assert {"Tarnowick", "Westerlund"} <= names(x, PLACE)


def test_a_name_after_in_then_a_noun_is_no_place(extract):
    x = run(extract, "Workers dismissed at Quellmart factory went on strike.")
    assert "Quellmart" not in names(x, PLACE)


def test_a_name_after_an_article_or_a_language_is_no_unknown_place(extract):
    x = run(extract, "The law was debated at the Assembly Hall and published in English, as Article 9 says.")
    assert not {"Assembly", "English", "Article"} & names(x, PLACE)


def test_a_town_of_the_gazetteer_under_100000_people_counts_where_written_as_a_location(extract):
    x = run(extract, "Farmers were shot in Manila and Kidapawan last year.")  # (Kidapawan: about 80,000 people)
    assert "Kidapawan" in names(x, PLACE)


def test_a_name_after_its_kind_and_an_article_is_a_place(extract):
    x = run(extract, "Security forces shot strikers in the mining town Orlavka and in the capital Bishkek.")
    assert {"Orlavka", "Bishkek"} <= names(x, PLACE)


def test_names_listed_after_a_plural_kind_and_including_are_places(extract):
    x = run(extract, "Several villages, including Arvale, Bromton and Cressing, have been razed by the army.")
    assert {"Arvale", "Bromton", "Cressing"} <= names(x, PLACE)


def test_a_named_facility_written_as_where_people_are_is_a_place(extract):
    x = run(extract, "Fifteen workers were arrested at the Harbour Press Club and held at the Eastgate Police Station.")
    assert {"Harbour Press Club", "Eastgate Police Station"} <= names(x, PLACE)


def test_a_named_facility_speaking_is_no_place(extract):
    x = run(extract, "The Harbour Press Club said it would write to the minister.")
    assert "Harbour Press Club" not in names(x, PLACE)


def test_a_named_facility_of_common_words_written_as_where_people_are_is_a_place(extract):
    x = run(extract, "Six reporters were detained outside the National Press Club in Dorvale on Friday.")
    assert "National Press Club" in names(x, PLACE)


def test_a_facility_kind_in_lower_case_after_its_name_is_part_of_the_place(extract):
    x = run(extract, "Lawyers rallied at Karrowby law courts, then near the Veldmark Gazette building and at the Osterley tollgate.")
    assert {"Karrowby law courts", "Veldmark Gazette building", "Osterley tollgate"} <= names(x, PLACE)


def test_a_town_with_a_facility_kind_in_lower_case_is_the_town_not_a_site(extract):
    x = run(extract, "Workers have filed cases in Tokyo courts since 2019.")
    assert "Tokyo courts" not in names(x, PLACE)


def test_a_body_with_a_facility_kind_in_lower_case_stays_a_body(extract):
    x = run(extract, "Teachers marched to the Education Ministry office building on Monday.")
    assert not any("building" in name for name in names(x, PLACE))


def test_an_event_at_a_named_facility_takes_the_facility(extract):
    x = run(extract, "Police arrested nine activists at Karrowby law courts in Nairobi on Tuesday.")
    assert ("arrest", "Karrowby law courts") in {(e.type, e.place) for e in x.events}


def test_a_facility_named_by_kind_words_alone_is_no_venue(extract):
    x = run(extract, "Villagers protested outside the City Hall on Monday.")
    assert "City Hall" not in names(x, PLACE)


# Provinces and towns far from the region count only where written as a location; these are the ways.
def test_a_distant_province_before_a_lowercase_police_or_court_is_a_place(extract):
    x = run(extract, "Yesterday the Sindh police charged four activists. The Oaxaca court freed them.")
    assert {"Sindh", "Oaxaca"} <= names(x, PLACE)


def test_a_distant_province_before_its_own_capitalised_police_is_no_place(extract):
    x = run(extract, "Officers of the Sindh Police charged four activists.")
    assert "Sindh" not in names(x, PLACE)


def test_a_distant_province_holding_a_district_is_a_place(extract):
    x = run(extract, "Police fired on villagers in Chhattisgarh's Sukma district last week.")
    assert "Sukma" in names(x, PLACE)
    assert any(name.startswith("Chhatt") for name in names(x, PLACE))  # the gazetteer's "Chhattīsgarh"


def test_distant_towns_listed_before_their_plural_kind_are_places(extract):
    x = run(extract, "Families came from Jaffna, Kilinochchi and Vavuniya districts.")
    assert {"Jaffna", "Kilinochchi", "Vavuniya"} <= names(x, PLACE)


def test_a_distant_province_after_its_governor_is_a_place(extract):
    x = run(extract, "The villagers wrote a letter to the governor of Chhattisgarh.")
    assert any(name.startswith("Chhatt") for name in names(x, PLACE))


def test_a_word_describing_a_town_named_after_of_is_no_place(extract):
    x = run(extract, "Two protesters were shot in the holy Varnite city of Karsabad on Sunday.")
    assert "Varnite" not in names(x, PLACE)
    assert "Karsabad" in names(x, PLACE)


def test_a_district_named_before_the_city_it_lies_in_is_a_place(extract):
    x = run(extract, "Soldiers burned houses in the Sandan district of Kampong Thom.")
    assert {"Sandan", "Kampong Thom"} <= names(x, PLACE)


def test_a_faith_or_people_before_a_kind_of_site_is_no_place(extract):
    x = run(extract, "Police arrested a suspect near a Buddhist temple in the Tonle Bassac precinct.")
    assert "Buddhist" not in names(x, PLACE)
    y = run(extract, "Police raided the Mapuche community in Temucuicui on Monday.")
    assert "Mapuche" not in names(y, PLACE)
    assert "Temucuicui" in names(y, PLACE)
