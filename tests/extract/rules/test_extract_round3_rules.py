"""One or more tests per extraction rule added for the round-3 held-out work (tests/quality/heldout_round3/).

Every text here is new (not a held-out statement) and uses invented names: the rules are about
how statements are written, so each test shows the pattern with other words.
"""

from __future__ import annotations

from rule_checks import events, names, pairs, run, types

from clecgraph.model import ORGANISATION, PERSON, PLACE

# --- issuers: co-signer blocks and joint voices


def test_bare_signed_heading_opens_a_signatory_block(extract):
    text = (
        "The undersigned groups condemn the arrest of two land activists in Koh Kong on 3 May 2019.\n"
        "Signed:\n1. Mekong Watch Alliance (MWA)\n2. Riverside Women Network\n3. Green Delta Forum"
    )
    x = run(extract, text)
    assert {"Mekong Watch Alliance", "Riverside Women Network", "Green Delta Forum"} <= set(x.issuers)


def test_member_organisation_joins_the_speaking_list(extract):
    x = run(extract, "LICADHO and its member organisation the Tonle Sap Fishers Federation (TSFF) condemn the raid.")
    assert {"LICADHO", "Tonle Sap Fishers Federation"} <= set(x.issuers)


# --- persons and organisations


def test_four_word_names(extract):
    x = run(extract, "The blogger Tran Thi Minh Chau was detained in Hue, said Le Van Quoc Bao, her lawyer.")
    assert {"Tran Thi Minh Chau", "Le Van Quoc Bao"} <= names(x, PERSON)


def test_a_name_ending_in_a_khmer_place_kind_is_a_person(extract):
    x = run(extract, "The group's director, Imran Farooq Khan, who was arrested on Friday, remains in custody.")
    assert "Imran Farooq Khan" in names(x, PERSON)
    assert "Imran Farooq" not in names(x, PLACE)


def test_role_nouns_are_not_a_name(extract):
    x = run(extract, '"This is unacceptable," said Dara Kim, Fortify Rights\' Deputy Regional Director for Advocacy.')
    assert "Regional Director" not in names(x, PERSON)
    assert "Dara Kim" in names(x, PERSON)


def test_distance_after_a_name_is_not_an_age(extract):
    x = run(extract, "The families were moved to Andong Meas, 25 kilometres from the city.")
    assert "Andong Meas" not in names(x, PERSON)


def test_short_body_before_a_role_noun(extract):
    x = run(extract, "Police questioned Kyodo journalists Mari Tanaka and Ken Ito on Monday. Mongabay CEO Rhett Lane said nothing.")
    assert {"Kyodo", "Mongabay"} <= names(x, ORGANISATION)
    assert {("Mari Tanaka", "Kyodo"), ("Ken Ito", "Kyodo"), ("Rhett Lane", "Mongabay")} <= pairs(x)


def test_demonym_government_is_a_body(extract):
    x = run(extract, "The groups urged the Indonesian government and the European Union to act.")
    assert "Government of Indonesia" in names(x, ORGANISATION)


def test_named_youth_group(extract):
    x = run(extract, "Two members of the youth group Khmer Sovann were detained on Sunday.")
    assert "Khmer Sovann" in names(x, ORGANISATION)


# --- affiliations


def test_numbered_members_of_a_group(extract):
    x = run(extract, "Police detained Sok Pisey and Lim Dara, two members of the youth group Khmer Sovann, on Sunday.")
    assert {("Sok Pisey", "Khmer Sovann"), ("Lim Dara", "Khmer Sovann")} <= pairs(x)


def test_role_for_a_described_body(extract):
    x = run(extract, "Chan Sokha, a reporter for the independent newspaper Kampuchea Daily Voice, was shot on 2 May.")
    assert ("Chan Sokha", "Kampuchea Daily Voice") in pairs(x)


def test_founded_without_who(extract):
    x = run(extract, '"We will go on," said Nguyen Van Hai. Nguyen Van Hai co-founded the Mekong Rights Network in 2010.')
    assert ("Nguyen Van Hai", "Mekong Rights Network") in pairs(x)


def test_role_at_body_with_lead(extract):
    x = run(extract, '"It must stop," said Maya Reyes, campaigns lead at Amnesty International.')
    assert ("Maya Reyes", "Amnesty International") in pairs(x)


# --- places


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


# --- events: what did not happen


def test_headline_imperative_is_a_call(extract):
    x = run(extract, "The two students remain in custody.", title="Laos: Release Detained Students Now")
    assert "release" not in types(x)


def test_headline_noun_is_not_a_call(extract):
    x = run(extract, "Two students were freed on Monday.", title="Release of Two Students Welcomed", date="2020-05-06")
    assert "release" in types(x)


def test_second_verb_after_a_call(extract):
    x = run(extract, "We urge the court to drop the charges and release them immediately.")
    assert "release" not in types(x)


def test_figurative_attack_is_no_violence(extract):
    x = run(extract, '"This ruling is an attack on press freedom," said the editor.')
    assert "violence" not in types(x)


def test_upcoming_and_threatened_events(extract):
    x = run(extract, "Officials threatened to arrest the organisers ahead of the June elections.", date="2018-03-02")
    assert not {"arrest", "election"} & types(x)


def test_kept_from_happening(extract):
    x = run(extract, "Police barred the workers of three garment factories from marching to the provincial hall.")
    assert "protest" not in types(x)


def test_taking_things_is_no_eviction(extract):
    x = run(extract, "Officers confiscated leaflets and banners from party members on Friday.", date="2019-04-08")
    assert "eviction" not in types(x)
    y = run(extract, "Soldiers confiscated 300 hectares of farmland from the villagers on Friday.", date="2019-04-08")
    assert "eviction" in types(y)


# --- events: dates


def test_relative_day_kept_against_a_later_calendar_date(extract):
    text = (
        "The rights group notes that yesterday's referendum was held under a ban on campaigning. "
        "On 3 May, police arrested four students for handing out leaflets about the referendum."
    )
    x = run(extract, text, date="2019-06-10")
    assert ("election", None, "2019-06-09") in {(t, None, d) for t, p, d in events(x)}


def test_weekday_inside_a_name_is_no_date(extract):
    x = run(extract, "An editor of the Sunday Times was shot in Colombo on 8 January 2009.", date="2009-01-09")
    assert {e.date for e in x.events if e.type == "violence"} == {"2009-01-08"}


def test_report_release_day_dates_only_the_publication(extract):
    text = "Inmates were forced to work in the camps, the group said in a report released today. Guards beat inmates who refused."
    x = run(extract, text, date="2015-03-04")
    assert ("publication", "2015-03-04") in {(e.type, e.date) for e in x.events}
    assert all(e.date is None for e in x.events if e.type == "violence")


def test_still_held_takes_no_scene_date(extract):
    x = run(extract, "The court freed six activists on Sunday, but 40 others are still held in pre-trial detention.", date="2019-11-11")
    assert all(e.date is None for e in x.events if e.type == "arrest")


def test_date_ahead_of_an_event_dates_nothing(extract):
    x = run(extract, "The ministry closed the radio station, leaving no independent media ahead of the July polls.", date="2023-02-14")
    assert all(e.date != "2023-07" for e in x.events)


# --- events: places


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


def test_event_named_in_passing_keeps_its_own_phrase(extract):
    text = "Police fired on marchers last night after a rally at Democracy Square on Sunday."
    x = run(extract, text, date="2014-05-12")
    assert ("protest", "Democracy Square", "2014-05-11") in events(x)


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


def test_no_scene_place_from_a_body_or_a_month(extract):
    x = run(extract, "The bill was debated in Parliament on Tuesday and in March last year.", date="2019-09-25")
    assert "Parliament" not in names(x, PLACE)


def test_acronym_from_another_language_joins_its_body(extract):
    x = run(extract, "Students marched to the Supreme Audit Agency (BPK) on Monday. BPK officials refused to meet them.")
    bodies = {m.name for m in x.mentions if m.kind == ORGANISATION}
    assert "Supreme Audit Agency" in bodies and "BPK" not in bodies


def test_since_starts_a_period_not_an_event(extract):
    text = "Hundreds of families in the city have been evicted since 1995. On 4 March 2008 workers demolished the Sambok Chab community."
    x = run(extract, text, date="2008-03-06")
    assert ("eviction", "Sambok Chab", "2008-03-04") in events(x)
    assert all(e.date != "1995" for e in x.events)
