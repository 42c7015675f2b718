"""One test per extraction rule for gaps the round-3 and round-4 held-out work noticed but left alone.

Every text here is new (not a held-out statement) and uses invented names: the rules are about how
statements are written, so each test shows the pattern with other words.
"""

from __future__ import annotations

from rule_checks import dates_of, names, pairs, places_of, run, types

from clecgraph.model import ORGANISATION, PLACE

# --- datelines: the office's city is where the statement speaks from


def test_office_dateline_does_not_place_a_sentence_naming_an_unknown_place(extract):
    text = "(Geneva) – On 3 March 2019, soldiers shot dead a fisherman in Kandorvila after chasing his boat."
    x = run(extract, text, date="2019-03-05")
    assert places_of(x, "violence") == {None}


def test_office_dateline_still_places_a_sentence_naming_no_place(extract):
    x = run(extract, "(Geneva) – On 3 March 2019, soldiers shot dead a fisherman.", date="2019-03-05")
    assert places_of(x, "violence") == {"Geneva"}


def test_office_dateline_yields_to_an_unknown_place_told_later_of_the_same_event(extract):
    text = (
        "(Geneva) – Security forces carried out unlawful killings, the Rights Forum said in a report released today. "
        "On 3 March 2019, soldiers shot dead a fisherman in Kandorvila after chasing his boat."
    )
    x = run(extract, text, date="2019-03-05")
    assert places_of(x, "violence") == {None}
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


# --- affiliations: "the union's vice-president, X," for a body named just before


def test_possessive_kind_role_and_name_in_the_next_sentence(extract):
    text = "Members of the Textile Workers Union of Kampot (TWUK) marched on Monday. The union's vice-president, Sok Dara, said police beat them."
    x = run(extract, text, date="2016-02-10")
    assert ("Sok Dara", "Textile Workers Union of Kampot") in pairs(x)


def test_possessive_group_role_takes_the_body_named_before(extract):
    x = run(extract, "The Coalition for Land Rights said the group's director, Chea Vibol, was summoned by police.", date="2016-02-10")
    assert ("Chea Vibol", "Coalition for Land Rights") in pairs(x)


def test_possessive_kind_needs_a_body_of_that_kind(extract):
    text = "The Coalition for Land Rights met officials on Monday. The union's president, Chea Vibol, spoke to reporters."
    x = run(extract, text, date="2016-02-10")
    assert ("Chea Vibol", "Coalition for Land Rights") not in pairs(x)


# --- trigger words: detention said as "held ... at the police station"


def test_held_for_hours_at_the_police_station_is_an_arrest(extract):
    x = run(extract, "Police held three fishermen for nine hours at the police station in Kampot on 4 May.", date="2017-05-06")
    assert places_of(x, "arrest") == {"Kampot"}
    assert dates_of(x, "arrest") == {"2017-05-04"}


def test_held_for_questioning_is_an_arrest_but_a_meeting_held_is_not(extract):
    assert "arrest" in types(run(extract, "Two reporters were held for questioning in Kratie on 4 May.", date="2017-05-06"))
    assert "arrest" not in types(run(extract, "A meeting was held for six hours at the town hall on 4 May.", date="2017-05-06"))


# --- organisation names the capitalised-chunk grammar cannot read


def test_ampersand_name_is_an_organisation(extract):
    x = run(extract, "Farmers sued the British retailer Hobbs & Whitley in London on 2 April.", date="2014-04-05")
    assert "Hobbs & Whitley" in names(x, ORGANISATION)


def test_digit_led_company_name(extract):
    x = run(extract, "Some 90 families were evicted by workers hired by 4KP Company on 9 June.", date="2014-06-12")
    assert "4KP Company" in names(x, ORGANISATION)


def test_company_named_with_a_place_inside_is_no_place_mention(extract):
    text = "The concession holder, Kampot Rubber Industry, cleared the farmers' fields in Chhuk district on 9 June."
    x = run(extract, text, date="2014-06-12")
    assert "Kampot Rubber Industry" in names(x, ORGANISATION)
    assert "Kampot" not in names(x, PLACE)


def test_lowercase_first_name_beside_a_body_cue(extract):
    x = run(
        extract,
        "eVote project manager Sok Dara said the poll was unfair, and the monitoring group eVote called for a recount.",
        date="2014-06-12",
    )
    assert "eVote" in names(x, ORGANISATION)
    assert ("Sok Dara", "eVote") in pairs(x)
    assert "iPhone" not in names(run(extract, "Activists used an iPhone to film police.", date="2014-06-12"), ORGANISATION)


# --- dates: "on the second day" of a range written before


def test_second_day_of_a_range_is_its_first_day_plus_one(extract):
    text = "Fishermen blockaded the port from 12 to 15 August in Kep. On the second day, soldiers beat three of them."
    x = run(extract, text, date="2018-08-20")
    assert dates_of(x, "violence") == {"2018-08-13"}
    assert dates_of(x, "protest") == {"2018-08-12"}


def test_third_day_of_the_same_event_stays_one_event(extract):
    text = "Workers held a strike between 2 and 9 March in Kandal. On the third day of the strike, police arrested five leaders."
    x = run(extract, text, date="2018-03-20")
    assert dates_of(x, "arrest") == {"2018-03-04"}
    assert dates_of(x, "protest") == {"2018-03-02"}


def test_second_day_without_a_range_gives_no_day_of_its_own(extract):
    x = run(extract, "On the second day of the hearing, the court convicted two monks.", date="2018-03-20")
    assert dates_of(x, "trial") == {None}


def test_ampersand_in_a_title_case_headline_is_no_guess(extract):
    x = run(extract, "Villagers sued Hobbs & Whitley on 2 April.", date="2014-04-05", title="Cambodia: Land & Housing Under Threat")
    assert "Land & Housing" not in names(x, ORGANISATION)
    assert "Hobbs & Whitley" in names(x, ORGANISATION)
