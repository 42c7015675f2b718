"""In a text that names towns, a country names the story's setting, not a scene: it places the events of
its own sentence only, not those of the sentences after it (in a text naming no town it is the story's
locality, and does); a country told later in the paragraph places an earlier sentence's event only from the
very next sentence, in a text naming no town (a town told later does from further on); a place written as the possessive of a body's name ("Kyrgyzstan's State
Committee for National Security") is part of the name and places no event."""

from __future__ import annotations

from rule_checks import places_of, run


def test_a_sentence_naming_only_a_country_does_not_place_the_next_sentences_events(extract):
    text = (
        "Trade unions in Cambodia face growing pressure. On 3 May, police arrested two union leaders.\n\n"
        "On 5 May, garment workers marched in Battambang."
    )
    x = run(extract, text, date="2019-05-05")
    assert places_of(x, "arrest") == {None}


def test_in_a_text_naming_no_town_a_country_places_the_next_sentences_events(extract):
    text = "Two thousand workers protested in Thailand against the seizure of their passports. Shots were fired."
    x = run(extract, text, date="2012-04-13")
    assert places_of(x, "violence") == {"Thailand"}


def test_a_sentence_naming_a_town_still_places_the_next_sentences_events(extract):
    text = "Trade unions in Battambang face growing pressure. On 3 May, police arrested two union leaders."  # (a town)
    x = run(extract, text, date="2019-05-05")
    assert places_of(x, "arrest") == {"Battambang"}


def test_a_country_still_places_the_events_of_its_own_sentence(extract):
    x = run(extract, "On 3 May, police in Cambodia arrested two union leaders.", date="2019-05-05")
    assert places_of(x, "arrest") == {"Cambodia"}


def test_a_place_in_the_possessive_of_a_bodys_name_places_no_event(extract):
    text = "Agents of Kyrgyzstan's State Committee for National Security (GKNB) have detained a cameraman for the outlet."
    x = run(extract, text, date="2024-05-30")
    assert places_of(x, "arrest") == {None}


def test_a_country_told_later_does_not_place_an_earlier_event_in_a_text_naming_towns(extract):
    text = (
        "Police detained nine activists on Sunday. The rights situation in Cambodia has worsened.\n\n"
        "On 5 May, garment workers marched in Battambang."
    )
    x = run(extract, text, date="2019-05-07")
    assert places_of(x, "arrest") == {None}


def test_a_country_told_later_places_an_earlier_event_in_a_text_naming_no_town(extract):
    text = "Police detained nine activists on Sunday. The rights situation in Cambodia has worsened."
    x = run(extract, text, date="2019-05-07")
    assert places_of(x, "arrest") == {"Cambodia"}


def test_a_country_told_sentences_later_does_not_place_an_earlier_event(extract):
    text = (
        "Police detained nine activists on Sunday. Their families were not told where they are. "
        "The rights situation in Cambodia has worsened."
    )
    x = run(extract, text, date="2019-05-07")
    assert places_of(x, "arrest") == {None}


def test_a_town_told_sentences_later_still_places_an_earlier_event(extract):
    text = (
        "Police detained nine activists on Sunday. Their families were not told where they are. The crackdown in Battambang has worsened."
    )
    x = run(extract, text, date="2019-05-07")
    assert places_of(x, "arrest") == {"Battambang"}
