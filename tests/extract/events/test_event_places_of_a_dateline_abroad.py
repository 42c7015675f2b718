"""A dateline places the events a text does not place, unless the text places its events elsewhere: a
statement from an office abroad (every place its events take lies in another country) places nothing else,
and an event of a type the text places only in another town is not placed at the dateline."""

from __future__ import annotations

from rule_checks import places_of, run


def test_a_dateline_abroad_does_not_place_what_the_text_leaves_unplaced(extract):
    text = (
        "Brussels, 10 January 2015 – Police arrested three union leaders in Kuala Lumpur on 8 January.\n\n"
        "Other members of the union were later summoned by the police."
    )
    x = run(extract, text, date="2015-01-10")
    assert places_of(x, "arrest") == {"Kuala Lumpur"}
    assert places_of(x, "charge") == {None}


def test_a_dateline_in_the_stories_country_still_places_what_the_text_leaves_unplaced(extract):
    text = (
        "Colombo, 2 January 2007 – One year ago today, soldiers shot dead five students in Trincomalee.\n\n"
        "Thirteen officers were arrested on 4 July 2006."
    )
    x = run(extract, text, date="2007-01-02")
    assert places_of(x, "arrest") == {"Colombo"}


def test_a_town_the_gazetteer_puts_abroad_does_not_unplace_the_dateline(extract):
    # ("Gulshan" is a town in Iran to the gazetteer, and a part of Dhaka here)
    text = (
        "Dhaka, 12 August 2013 – We condemn the arrest of the secretary, picked up from his home in Gulshan on 10 August.\n\n"
        "On 11 August, police charged him under the ICT Act."
    )
    x = run(extract, text, date="2013-08-12")
    assert places_of(x, "charge") == {"Dhaka"}


def test_a_report_keeps_the_datelines_place_when_the_story_is_abroad(extract):
    text = (
        "(Geneva) – Police arrested three union leaders in Kuala Lumpur on 8 January.\n\n"
        "The federation published a report on the arrests today."
    )
    x = run(extract, text, date="2015-01-10")
    assert places_of(x, "publication") == {"Geneva"}


def test_a_dateline_does_not_place_an_event_of_a_type_the_text_places_in_another_town(extract):
    text = (
        "Colombo, 2 January 2007 – Police arrested five students in Trincomalee on 1 January.\n\n"
        "Thirteen activists were arrested on 20 December 2006."
    )
    x = run(extract, text, date="2007-01-02")
    assert places_of(x, "arrest") == {"Trincomalee", None}


def test_a_dateline_places_an_event_of_a_type_the_text_places_in_its_country(extract):
    text = (
        "Colombo, 2 January 2007 – Police arrested five students in Sri Lanka on 1 January.\n\n"
        "Thirteen activists were arrested on 20 December 2006."
    )
    x = run(extract, text, date="2007-01-02")
    assert "Colombo" in places_of(x, "arrest")


def test_a_site_the_gazetteer_does_not_know_may_lie_in_the_datelines_town(extract):
    text = (
        "Colombo, 2 January 2007 – Police arrested five students at Galpotta Park on 1 January.\n\n"
        "Thirteen activists were arrested on 20 December 2006."
    )
    x = run(extract, text, date="2007-01-02")
    assert places_of(x, "arrest") == {"Galpotta Park", "Colombo"}
