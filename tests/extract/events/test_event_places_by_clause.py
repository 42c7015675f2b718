"""Where an event happened, by how its clause is written. Made-up texts."""

from __future__ import annotations

from rule_checks import places_of, run


def test_an_event_named_in_passing_takes_the_place_after_its_kind_of_place(extract):
    x = run(extract, "Police shot 16 people following a strike in the oil town of Orlavka.", date="2021-03-04")
    assert places_of(x, "protest") == {"Orlavka"}


def test_the_place_of_a_count_over_years_does_not_set_the_next_sentence_s_scene(extract):
    text = (
        "Soldiers shot three farmers in Arvale on 2 March. "
        "At least 40 farmers have been killed in Davao City since 2016. "
        "Twelve others were arrested during the raids."
    )
    x = run(extract, text, date="2021-03-04")
    assert places_of(x, "arrest") == {"Arvale"}


def test_an_unknown_site_after_at_places_the_event(extract):
    x = run(extract, "Police attacked the protesters camped at Marrowfield, witnesses said.", date="2021-03-04")
    assert places_of(x, "violence") == {"Marrowfield"}


def test_where_a_person_is_based_does_not_place_the_arrest(extract):
    x = run(extract, "Arun, a writer based in Mumbai, has been taken into custody.", date="2021-03-04")
    assert places_of(x, "arrest") == {None}


def test_a_named_facility_is_the_place_of_what_happened_there(extract):
    x = run(extract, "Demonstrators gathered at Kallen Community Ground in Bromton on Monday.", date="2021-03-04")
    assert places_of(x, "protest") == {"Kallen Community Ground"}


def test_a_place_a_distance_is_measured_from_does_not_place_the_event(extract):
    text = "In Karbala, some 110 km south of Baghdad, two protesters were killed on Sunday."
    x = run(extract, text, date="2021-03-04")
    assert places_of(x, "violence") == {"Karbala"}
