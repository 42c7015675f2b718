"""One test per extraction rule the round-5 held-out set taught (tests/quality/heldout_round5/).

Every text here is new (not a held-out statement) and uses other names: the rules are about how
statements are written, so each test shows the pattern with other words and other places.
"""

from __future__ import annotations

from rule_checks import dates_of, names, pairs, places_of, run, types

from clecgraph.model import ORGANISATION, PERSON, PLACE

# --- places of the wider world: a province or a town, named where written as a location


def test_town_outside_the_region_counts_where_written_as_a_location(extract):
    x = run(extract, "Police beat dozens of traders in Kakamega on 4 May.", date="2015-05-06")
    assert "Kakamega" in names(x, PLACE)
    assert places_of(x, "violence") == {"Kakamega"}


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


def test_place_at_sentence_start_after_capital_in(extract):
    x = run(extract, "In Kakamega, police arrested 12 hawkers on Monday.", date="2015-05-06")
    assert places_of(x, "arrest") == {"Kakamega"}


# --- places named with their kind


def test_unknown_name_after_the_village_of(extract):
    x = run(extract, "Soldiers shot dead three farmers in the village of Tamborana on 2 June.", date="2016-06-05")
    assert "Tamborana" in names(x, PLACE)
    assert places_of(x, "violence") == {"Tamborana"}


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


# --- persons


def test_particle_glued_by_a_hyphen_stays_in_the_name(extract):
    x = run(extract, "Police arrested blogger Samir al-Haddadi at his home.", date="2016-06-08")
    assert "Samir al-Haddadi" in names(x, PERSON)


def test_bint_and_bin_inside_a_name(extract):
    x = run(extract, "Those held include Hessa bint Ali al-Dosari, who campaigned for the right to vote.", date="2016-06-08")
    assert "Hessa bint Ali al-Dosari" in names(x, PERSON)


def test_prefixed_role_before_a_name(extract):
    x = run(extract, "Those detained include union vice-chairperson Darya Koval.", date="2016-06-08")
    assert "Darya Koval" in names(x, PERSON)


def test_press_roles_before_a_name(extract):
    x = run(extract, "Among the defendants are cartoonist Emre Tanrıkulu and columnist Selin Ocak.", date="2016-06-08")
    assert {"Emre Tanrıkulu", "Selin Ocak"} <= names(x, PERSON)


def test_name_then_special_rapporteur(extract):
    x = run(extract, "The expert: Helga Morten, Special Rapporteur on freedom of expression.", date="2016-06-08")
    assert "Helga Morten" in names(x, PERSON)


def test_king_with_one_name(extract):
    x = run(extract, "Arrests followed the day King Tribhuvanesh dissolved parliament.", date="2016-06-08")
    assert {n for n in names(x, PERSON) if "Tribhuvanesh" in n}


def test_headline_verb_is_no_body_before_a_role(extract):
    x = run(extract, "He was detained on 3 May.", title="Egypt: Free journalist Omar Saleh", date="2016-06-08")
    assert "Free" not in names(x, ORGANISATION)
    assert not {o for p, o in pairs(x) if o == "Free"}


def test_initiative_for_keeps_its_name(extract):
    x = run(extract, "She works for the Arab Initiative for Personal Freedoms in Amman.", date="2016-06-08")
    assert "Arab Initiative for Personal Freedoms" in names(x, ORGANISATION)


# --- events


def test_no_one_charged_is_no_charge(extract):
    x = run(extract, "Three officers were arrested on 2 May but no one has been charged.", date="2016-06-08")
    assert "charge" not in types(x)
    assert "arrest" in types(x)


def test_the_next_day_does_not_send_a_weekday_to_the_future(extract):
    # Monday 8 June 2015: "on Saturday" is the 6th, "the next day" the 7th
    x = run(extract, "The lawyer was arrested on Saturday and released on bail the next day.", date="2015-06-08")
    assert dates_of(x, "arrest") == {"2015-06-06"}
    assert dates_of(x, "release") == {"2015-06-07"}


# --- gaps noticed before round 5


def test_generic_words_capitalised_after_the_name_one_union(extract):
    x = run(extract, "Members of the Free Trade Union were arrested on 3 June.", date="2019-06-10")
    assert "Free Trade Union" in names(x, ORGANISATION)


def test_generic_words_in_lower_case_name_no_union(extract):
    x = run(extract, "Members of free trade unions were arrested on 3 June.", date="2019-06-10")
    assert not names(x, ORGANISATION)


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


# --- round 5, second pass: signatories, names of bodies, sites


def test_signatories_written_inline_after_signed(extract):
    text = (
        "We, the undersigned organisations, condemn the arrest of a lawyer in Dhaka on 3 May. "
        "Signed: Lawyers Solidarity Network; Front Line Defenders; South Asia Rights Watch (SARW)."
    )
    x = run(extract, text, date="2016-05-05")
    issuers = {m.name for m in x.mentions if m.kind == ORGANISATION}
    assert {"Lawyers Solidarity Network", "South Asia Rights Watch"} <= issuers


def test_body_of_a_country_keeps_the_country(extract):
    x = run(extract, "Fighters of the Patriotic Defence Forces of Colombia killed two men.", date="2016-05-05")
    assert {n for n in names(x, ORGANISATION) if n.endswith("Defence Forces of Colombia")}


def test_body_against_something_keeps_its_tail(extract):
    x = run(extract, "The statement was signed by the Mekong Alliance Against Torture and others.", date="2016-05-05")
    assert "Mekong Alliance Against Torture" in names(x, ORGANISATION)


def test_numbered_court_keeps_its_number(extract):
    x = run(extract, "The hearing opened at the Ankara Criminal Court No. 14 on 3 May.", date="2016-05-05")
    assert "Ankara Criminal Court No. 14" in names(x, ORGANISATION)


def test_unit_heads_a_body(extract):
    x = run(extract, "The Forensic Documentation Unit (FDU) examined the bodies.", date="2016-05-05")
    assert "Forensic Documentation Unit" in names(x, ORGANISATION)


def test_short_form_of_a_long_town_name(extract):
    # GeoNames writes "Iguala de la Independencia"; statements write "Iguala"
    x = run(extract, "Police opened fire on students in Iguala on 26 September.", date="2014-10-01")
    assert places_of(x, "violence") == {"Iguala"}


def test_metro_station_and_detention_centre_name_places(extract):
    text = "He was shot near the Kalinouskaja metro station on 10 August. She was beaten at the Zhodzina detention centre on 11 August."
    x = run(extract, text, date="2020-08-12")
    assert {"Kalinouskaja", "Zhodzina"} <= names(x, PLACE)


def test_radio_station_is_no_place(extract):
    x = run(extract, "Police raided the Voice of Hope radio station on 2 May.", date="2020-08-12")
    assert "Voice of Hope" not in names(x, PLACE)


# --- round 5, third pass: courts, unknown places, dismissals


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


def test_dismissing_a_government_is_no_labour_event(extract):
    x = run(extract, "Arrests followed after the king dismissed the government on 1 February.", date="2019-02-09")
    assert "labour" not in types(x)
    x = run(extract, "The factory dismissed 40 workers on 1 February.", date="2019-02-09")
    assert "labour" in types(x)


# --- round 5, fourth pass: names of bodies


def test_radio_first_names_a_broadcaster(extract):
    x = run(extract, "Soldiers closed Radio Amanecer on 2 May.", date="2019-05-09")
    assert "Radio Amanecer" in names(x, ORGANISATION)


def test_outlet_kind_first_up_to_and(extract):
    x = run(extract, "Soldiers closed Radio Amanecer and Canal 9 on 2 May. He wrote for the Daily Lantern.", date="2019-05-09")
    assert {"Radio Amanecer", "Daily Lantern"} <= names(x, ORGANISATION)


def test_country_before_an_acronym_ends_the_name(extract):
    x = run(extract, "The Committee of Families of the Missing in Guatemala (COFAMIG) said so.", date="2019-05-09")
    assert "Committee of Families of the Missing in Guatemala" in names(x, ORGANISATION)
    assert "Guatemala" not in names(x, PLACE)


def test_role_of_a_lone_name_is_a_body_not_a_person(extract):
    x = run(extract, "We condemn the arrest of Nadia Karim, secretary of Huquq, who was detained on 3 May.", date="2019-05-09")
    assert "Huquq" not in names(x, PERSON)
    assert ("Nadia Karim", "Huquq") in pairs(x)


def test_officers_of_a_body_are_not_its_name(extract):
    x = run(extract, "Officers of the National Intelligence Bureau arrested him on 2 March.", date="2019-03-05")
    assert "National Intelligence Bureau" in names(x, ORGANISATION)


def test_prosecution_and_presidency_head_bodies(extract):
    text = "The Higher State Prosecution charged him on 8 May. The Presidency of Internal Security confirmed it."
    x = run(extract, text, date="2019-05-09")
    assert {"Higher State Prosecution", "Presidency of Internal Security"} <= names(x, ORGANISATION)


def test_movement_for_keeps_its_name(extract):
    x = run(extract, "Activists of the Movement for Rural Justice were detained on 8 May.", date="2019-05-09")
    assert "Movement for Rural Justice" in names(x, ORGANISATION)


# --- round 5, fifth pass: objects of a verb, dateless statements


def test_verb_then_a_counted_object_share_place_and_date(extract):
    x = run(extract, "Police beat several detainees in the Kordon district of Kazan on 3 May.", date="2019-05-09")
    assert dates_of(x, "violence") == {"2019-05-03"}
    assert places_of(x, "violence") == places_of(x, "arrest") != {None}


def test_dateless_statement_gives_a_yearless_day_the_year_written_in_full(extract):
    text = "Police detained the activist in Basra on 2 November 2019. Since the protests began on 1 October, dozens have been killed."
    x = run(extract, text)
    assert dates_of(x, "protest") == {"2019-10-01"}


def test_dateless_statement_leaves_yesterday_unknown(extract):
    text = "Police detained the activist in Basra on 2 November 2019. Yesterday, her brother was arrested too."
    x = run(extract, text)
    assert "2019-11-01" not in dates_of(x, "arrest")


def test_a_date_written_after_a_trigger_before_one_as_far_before_it(extract):
    text = (
        "Police arrested him on 29 January 2015. He was charged the next day with organising riots "
        "during a rally outside the regional parliament in Kazan on 26 February 2014."
    )
    x = run(extract, text, date="2015-02-02")
    assert dates_of(x, "protest") == {"2014-02-26"}
    assert dates_of(x, "charge") == {"2015-01-30"}


def test_town_then_comma_then_province_both_places(extract):
    x = run(extract, "He met officials in Tamborana, Pará on 11 February.", date="2005-02-14")
    assert {"Tamborana", "Pará"} <= names(x, PLACE)
    assert places_of(x, "meeting") == {"Tamborana"}


def test_prefixed_role_links_a_person_to_a_body(extract):
    text = "The Lakeside Rights Commission (LRC) condemns the raid. Police detained LRC vice-chairperson Dara Volkova."
    x = run(extract, text, date="2019-06-10")
    assert ("Dara Volkova", "Lakeside Rights Commission") in pairs(x)


def test_months_of_protests_have_no_single_day(extract):
    text = "On 9 October 2016, the government declared a state of emergency after months of protests in the Amhara region."
    x = run(extract, text, date="2016-11-02")
    assert dates_of(x, "protest") == {None}


def test_days_of_strikes_keep_their_dates(extract):
    x = run(extract, "Workers held two days of strikes on 3 and 4 May.", date="2019-06-10")
    assert dates_of(x, "protest") == {"2019-05-03"}


def test_post_of_a_body_is_not_part_of_its_name(extract):
    x = run(extract, "Ana Reyes, Land Rights Program Coordinator of Solidarity Center, said workers were fined.", date="2019-06-10")
    assert "Solidarity Center" in names(x, ORGANISATION)
    assert not {n for n in names(x, ORGANISATION) if n.startswith("Land Rights")}


def test_body_and_its_affiliate_speak_together(extract):
    text = (
        "The Global Federation of Reporters (GFR) and its affiliate, the Lakeside Union of Journalists (LUJ), "
        "today mourned a radio reporter shot dead in Kismayo on 29 May."
    )
    x = run(extract, text, date="2009-05-30", publisher="Global Federation of Reporters")
    assert {"Global Federation of Reporters", "Lakeside Union of Journalists"} <= set(x.issuers)
