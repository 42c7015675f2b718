"""One test per extraction rule added for the held-out quality work (tests/quality/heldout_quality/).

Each text is new (not a held-out statement) and shows the pattern, not a name: the rules
are about how statements are written.
"""

from __future__ import annotations

import pytest
from rule_checks import events, names, pairs, run

from clecgraph.model import ORGANISATION, PERSON, PLACE

# --- affiliations: the role before the name, and other ways of writing it


def test_role_after_a_bracketed_acronym(extract):
    x = run(extract, "Independent Farmers Union of Cambodia (IFUC) president Chan Vuthy was summoned on Monday.")
    assert ("Chan Vuthy", "Independent Farmers Union of Cambodia") in pairs(x)


def test_role_of_two_words_before_the_name(extract):
    x = run(extract, '"We will not stop," said Tenaganita secretary general Mei Ling Tan.', publisher="Tenaganita")
    assert "Mei Ling Tan" in names(x, PERSON)
    assert ("Mei Ling Tan", "Tenaganita") in pairs(x)


def test_a_unit_between_role_and_body(extract):
    x = run(extract, '"We are worried," said Sok Leang, deputy director of the Legal Aid division at the Cambodian Human Rights Network.')
    assert ("Sok Leang", "Cambodian Human Rights Network") in pairs(x)


def test_the_last_of_two_roles(extract):
    x = run(extract, "Chea Dara, a former LICADHO monitor and now coordinator of the Cambodian Youth Network, was questioned.")
    assert ("Chea Dara", "Cambodian Youth Network") in pairs(x)


def test_every_member_of_a_listed_group(extract):
    x = run(extract, "Police detained Sok Mala, Hun Vannak and Try Sovikea, members of the Mekong Watch Network, on Friday.")
    assert {("Sok Mala", "Mekong Watch Network"), ("Hun Vannak", "Mekong Watch Network"), ("Try Sovikea", "Mekong Watch Network")} <= pairs(
        x
    )


def test_its_staff_listed_after_the_body(extract):
    x = run(extract, "The Cambodian Youth Network condemns the arrest of two of its staff members, Keo Sokha and Mam Dara, on 3 May.")
    assert {("Keo Sokha", "Cambodian Youth Network"), ("Mam Dara", "Cambodian Youth Network")} <= pairs(x)


def test_a_kind_of_body_standing_for_the_one_named(extract):
    x = run(extract, "The Khmer Drivers Union protested on Monday. Union president Sok Nary said police had beaten drivers.")
    assert ("Sok Nary", "Khmer Drivers Union") in pairs(x)


def test_a_kind_of_body_with_two_of_that_kind_is_left_alone(extract):
    x = run(extract, "The Khmer Drivers Union and the Farmers Union met. Union president Sok Nary spoke.")
    assert not {p for p in pairs(x) if p[0] == "Sok Nary"}


def test_minister_named_by_the_ministry(extract):
    x = run(extract, "Minister of Rural Development Chea Sophara said the road would be finished in May.")
    assert "Chea Sophara" in names(x, PERSON)
    assert "Ministry of Rural Development" in names(x, ORGANISATION)
    assert ("Chea Sophara", "Ministry of Rural Development") in pairs(x)


def test_role_words_are_not_a_role_when_they_tell_of_something_else(extract):
    x = run(extract, "The court found Mu Sochua of the Sam Rainsy Party guilty of defaming Prime Minister Hun Sen.")
    assert ("Hun Sen", "Sam Rainsy Party") not in pairs(x)
    assert ("Mu Sochua", "Sam Rainsy Party") in pairs(x)


# --- persons and organisations


def test_name_particles(extract):
    x = run(extract, '"This must stop," said Maria van der Linden, a researcher.')
    assert "Maria van der Linden" in names(x, PERSON)


def test_person_of_a_body_is_not_one_body(extract):
    x = run(extract, "Their lawyer, Dewi Lestari of the Jakarta Legal Aid Foundation, said the charges were baseless.")
    assert "Dewi Lestari" in names(x, PERSON)
    assert "Jakarta Legal Aid Foundation" in names(x, ORGANISATION)
    assert not any("Dewi" in n for n in names(x, ORGANISATION))


def test_a_roles_body_without_a_head_word(extract):
    x = run(
        extract, "Tran Minh, the founder of the Brotherhood for Justice, was arrested. Le Hoa, editor of The Morning Star, was questioned."
    )
    assert {"Brotherhood for Justice", "The Morning Star"} <= names(x, ORGANISATION)
    assert ("Tran Minh", "Brotherhood for Justice") in pairs(x)


def test_a_unit_named_by_a_place_is_not_a_body(extract):
    x = run(extract, "Said Jane Doe, deputy director of the Asia division at Human Rights Watch.")
    assert "Asia" not in names(x, ORGANISATION)


def test_the_publishers_name_in_the_text(extract):
    x = run(
        extract,
        "Green Rivers Alliance is alarmed by the flooding. Said Anna Berg, campaigner at Green Rivers Alliance.",
        publisher="Green Rivers Alliance",
    )
    assert "Green Rivers Alliance" in names(x, ORGANISATION)
    assert "Rivers" not in names(x, PERSON)


def test_government_of_a_country(extract):
    x = run(extract, "The government of Nepal should release the journalists.")
    assert "Government of Nepal" in names(x, ORGANISATION)


def test_a_business_named_by_what_it_runs(extract):
    x = run(extract, "Workers fainted at the Orchid Textile factory on Monday.")
    assert "Orchid Textile" in names(x, ORGANISATION)


def test_a_brands_first_word_before_a_role(extract):
    x = run(extract, "UniGlobal Workers Federation condemns the arrests. UniGlobal President Maria Santos said unions would appeal.")
    assert ("Maria Santos", "UniGlobal Workers Federation") in pairs(x)


def test_list_neighbours_of_list_members(extract):
    x = run(extract, "Police arrested activist Sri Wahyuni, Budi Santoso, Agus Salim, Rina Marlina and Dewi Kartika on Friday.")
    assert {"Sri Wahyuni", "Budi Santoso", "Agus Salim", "Rina Marlina", "Dewi Kartika"} <= names(x, PERSON)


def test_headline_name_cut_where_the_text_name_ends(extract):
    x = run(extract, "The union welcomes the release of Sok Dara on Monday.", title="Union Leader Sok Dara Freed After Two Months")
    assert "Sok Dara Freed" not in names(x, PERSON)


# --- places


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


# --- events: which place and date belong to which event


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


def test_an_event_spread_over_a_list_of_places_has_none(extract):
    x = run(extract, "Land was confiscated from 2,000 families in Koh Kong, Oddar Meanchey and Kampong Speu provinces.", date="2013-07-09")
    assert [e.place for e in x.events if e.type == "eviction"] == [None]


def test_released_from_a_prison(extract):
    x = run(
        extract,
        "The union welcomes the release on bail of its president, Rong Dara, from Prey Sar prison on 17 January.",
        date="2006-01-18",
    )
    assert [e.place for e in x.events if e.type == "release"] == ["Prey Sar"]


def test_an_ongoing_event_dated_by_its_start(extract):
    x = run(extract, "Her arrest came as workers continued a strike that began in December 2021.", date="2024-01-05")
    assert ("protest", None, "2021-12") in {(e.type, e.place, e.date) for e in x.events}


def test_later_charged_takes_no_date_from_the_sentence_before(extract):
    x = run(extract, "Police arrested Sok Dara at his home on 3 September. He was later charged with treason.", date="2017-09-04")
    assert [e.date for e in x.events if e.type == "charge"] == [None]


def test_shot_during_a_protest_shares_its_place(extract):
    x = run(
        extract, "A worker was shot dead on 9 June during a protest at a factory in the Manhattan Special Economic Zone.", date="2012-06-12"
    )
    found = {(e.type, e.place) for e in x.events}
    assert ("violence", "Manhattan Special Economic Zone") in found


@pytest.mark.parametrize(
    "text",
    [
        "The activists were arrested after planning a march to the ministry.",
        "The minister promised to review the draft law next year.",
        "Rumours of a crackdown spread among workers.",
        "The forum adopted a declaration calling for an end to forced evictions.",
    ],
)
def test_plans_promises_rumours_and_calls_are_no_events(extract, text):
    x = run(extract, text, date="2020-01-01")
    assert not [e for e in x.events if e.type in ("protest", "legislation", "violence", "eviction")]


def test_executions_are_violence(extract):
    x = run(extract, "The military executed four activists at a prison in Yangon.", date="2022-07-25")
    assert "violence" in {e.type for e in x.events}


def test_headline_country_label_places_nothing(extract):
    x = run(extract, "Four activists were executed at Insein Prison.", title="Myanmar: Executions of activists", date="2022-07-25")
    assert [e.place for e in x.events if e.type == "violence"] != ["Myanmar"]


def test_a_name_does_not_run_into_a_day(extract):
    x = run(extract, "The verdict was read by a judge at the Kandal Provincial Court on Monday.", date="2013-05-07")
    assert "Kandal Provincial Court" in names(x, ORGANISATION)
    assert not any("Monday" in n for n in names(x, ORGANISATION))


def test_a_possessive_inside_a_bodys_name(extract):
    x = run(extract, "The trial at the Da Nang People's Court lasted one day.", date="2018-04-06")
    assert "Da Nang People's Court" in names(x, ORGANISATION)


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


def test_forced_closure_is_a_restriction(extract):
    x = run(extract, "The group condemns the forced closure of the Daily Star newspaper.", date="2021-06-25")
    assert "restriction" in {e.type for e in x.events}


@pytest.mark.parametrize(
    "text, person, ministry",
    [
        ("Minister of Labour Ith Sam Heng said the minimum wage would rise.", "Ith Sam Heng", "Ministry of Labour"),
        ("Minister of Women's Affairs Ing Kantha Phavi opened the forum.", "Ing Kantha Phavi", "Ministry of Women's Affairs"),
        ("Interior Minister Sar Kheng said the march was banned.", "Sar Kheng", "Ministry of Interior"),
    ],
)
def test_minister_name_after_the_portfolio(extract, text, person, ministry):
    x = run(extract, text)
    assert person in names(x, PERSON)
    assert (person, ministry) in pairs(x)


def test_prime_minister_names_no_ministry(extract):
    x = run(extract, "Prime Minister Hun Sen spoke on Monday.")
    assert not names(x, ORGANISATION)


def test_its_role_then_name_after_a_sentence_opening_verb(extract):
    x = run(extract, "Speaking for the Cambodian Youth Network, its director Sok Chea said the arrests were unlawful.")
    assert "Cambodian Youth Network" in names(x, ORGANISATION)
    assert ("Sok Chea", "Cambodian Youth Network") in pairs(x)
