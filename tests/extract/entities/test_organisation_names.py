"""Organisation names: heads, openers, connectors, companies, units, tails and what is no body.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

from rule_checks import names, pairs, run

from clecgraph.model import ORGANISATION, PERSON, PLACE


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


def test_ampersand_in_a_title_case_headline_is_no_guess(extract):
    x = run(extract, "Villagers sued Hobbs & Whitley on 2 April.", date="2014-04-05", title="Cambodia: Land & Housing Under Threat")
    assert "Land & Housing" not in names(x, ORGANISATION)
    assert "Hobbs & Whitley" in names(x, ORGANISATION)


def test_person_of_a_body_is_not_one_body(extract):
    x = run(extract, "Their lawyer, Dewi Lestari of the Jakarta Legal Aid Foundation, said the charges were baseless.")
    assert "Dewi Lestari" in names(x, PERSON)
    assert "Jakarta Legal Aid Foundation" in names(x, ORGANISATION)
    assert not any("Dewi" in n for n in names(x, ORGANISATION))


def test_a_unit_named_by_a_place_is_not_a_body(extract):
    x = run(extract, "Said Jane Doe, deputy director of the Asia division at Human Rights Watch.")
    assert "Asia" not in names(x, ORGANISATION)


def test_government_of_a_country(extract):
    x = run(extract, "The government of Nepal should release the journalists.")
    assert "Government of Nepal" in names(x, ORGANISATION)


def test_a_business_named_by_what_it_runs(extract):
    x = run(extract, "Workers fainted at the Orchid Textile factory on Monday.")
    assert "Orchid Textile" in names(x, ORGANISATION)


def test_a_name_does_not_run_into_a_day(extract):
    x = run(extract, "The verdict was read by a judge at the Kandal Provincial Court on Monday.", date="2013-05-07")
    assert "Kandal Provincial Court" in names(x, ORGANISATION)
    assert not any("Monday" in n for n in names(x, ORGANISATION))


def test_a_possessive_inside_a_bodys_name(extract):
    x = run(extract, "The trial at the Da Nang People's Court lasted one day.", date="2018-04-06")
    assert "Da Nang People's Court" in names(x, ORGANISATION)


def test_prime_minister_names_no_ministry(extract):
    x = run(extract, "Prime Minister Hun Sen spoke on Monday.")
    assert not names(x, ORGANISATION)


def test_demonym_government_is_a_body(extract):
    x = run(extract, "The groups urged the Indonesian government and the European Union to act.")
    assert "Government of Indonesia" in names(x, ORGANISATION)


def test_named_youth_group(extract):
    x = run(extract, "Two members of the youth group Khmer Sovann were detained on Sunday.")
    assert "Khmer Sovann" in names(x, ORGANISATION)


def test_acronym_from_another_language_joins_its_body(extract):
    x = run(extract, "Students marched to the Supreme Audit Agency (BPK) on Monday. BPK officials refused to meet them.")
    bodies = {m.name for m in x.mentions if m.kind == ORGANISATION}
    assert "Supreme Audit Agency" in bodies and "BPK" not in bodies


def test_day_of_a_month_before_an_apposition_is_no_body(extract):
    x = run(extract, "On 1 June, a group of men threatened two observers in Kandal province.", date="2017-06-05")
    assert not {n for n in names(x, ORGANISATION) if "June" in n}


def test_business_named_before_its_trade(extract):
    x = run(extract, "On 2 March 2018, 500 workers of the Lucky Star garment factory walked out.")
    assert "Lucky Star" in names(x, ORGANISATION)


def test_listed_word_with_a_number_is_no_body(extract):
    x = run(extract, "Police used COVID-19 rules to break up the strike on 4 January 2022.")
    assert not {n for n in names(x, ORGANISATION) if n.upper().startswith("COVID")}


def test_initiative_for_keeps_its_name(extract):
    x = run(extract, "She works for the Arab Initiative for Personal Freedoms in Amman.", date="2016-06-08")
    assert "Arab Initiative for Personal Freedoms" in names(x, ORGANISATION)


def test_generic_words_capitalised_after_the_name_one_union(extract):
    x = run(extract, "Members of the Free Trade Union were arrested on 3 June.", date="2019-06-10")
    assert "Free Trade Union" in names(x, ORGANISATION)


def test_generic_words_in_lower_case_name_no_union(extract):
    x = run(extract, "Members of free trade unions were arrested on 3 June.", date="2019-06-10")
    assert not names(x, ORGANISATION)


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


def test_post_of_a_body_is_not_part_of_its_name(extract):
    x = run(extract, "Ana Reyes, Land Rights Program Coordinator of Solidarity Center, said workers were fined.", date="2019-06-10")
    assert "Solidarity Center" in names(x, ORGANISATION)
    assert not {n for n in names(x, ORGANISATION) if n.startswith("Land Rights")}


def test_name_first_kinds_of_body_make_an_organisation(extract):
    x = run(
        extract, "Lembaga Advokasi Nelayan Sulawesi (LANS) condemns the arrests. LANS chairman Arif Tanjung said so.", date="2016-05-06"
    )
    assert "Lembaga Advokasi Nelayan Sulawesi" in names(x, ORGANISATION)
    assert ("Arif Tanjung", "Lembaga Advokasi Nelayan Sulawesi") in pairs(x)


def test_filipino_connectors_join_a_bodys_name(extract):
    x = run(extract, "Leaders of the Samahan ng Magsasaka sa Tarlac joined the march on 2 May.", date="2016-05-06")
    assert "Samahan ng Magsasaka sa Tarlac" in names(x, ORGANISATION)


def test_berhad_and_tbk_end_a_company_name(extract):
    x = run(extract, "Workers of Kebun Lestari Berhad and Sumber Alam Tbk were dismissed on 2 May.", date="2016-05-06")
    assert {"Kebun Lestari Berhad", "Sumber Alam Tbk"} <= names(x, ORGANISATION)


def test_a_date_before_a_body_is_not_part_of_its_name(extract):
    x = run(extract, "Homes were razed in spite of a June 6 Constitutional Court order.", date="2014-06-20")
    assert "Constitutional Court" in names(x, ORGANISATION)
    assert not any(name[0].isdigit() for name in names(x, ORGANISATION))
    x = run(extract, "LAKEPORT, Dec 21 Police in Mirelia made dozens of arrests.", date="2014-12-21")
    assert not any("Police" in name for name in names(x, ORGANISATION))


def test_a_police_station_is_a_facility_not_a_body(extract):
    x = run(extract, "The four were held at Lakeport Central Police Station for six hours.", date="2019-05-21")
    assert not any("Police" in name for name in names(x, ORGANISATION))


def test_a_nationality_or_a_cause_before_a_role_is_not_a_body(extract):
    x = run(extract, "The body of Mexican journalist Tomas Vandro was found. Pro-Kurdish lawyer Ana Belk was shot.", date="2015-11-29")
    assert not {"Mexican", "Pro-Kurdish"} & names(x, ORGANISATION)
    assert not pairs(x)


def test_a_shouted_nationality_or_police_rank_is_no_acronym_of_a_body(extract):
    x = run(extract, "HARARE – ZIMBABWEAN authorities arrested four activists. The Bar Council urged the IGP and the SSP to act.")
    assert not {"ZIMBABWEAN", "IGP", "SSP"} & names(x, ORGANISATION)


def test_the_west_bank_is_a_place_not_a_bank(extract):
    x = run(extract, "Soldiers demolished five homes in the West Bank on Tuesday.", date="2014-05-01")
    assert "West Bank" in names(x, PLACE)
    assert "West Bank" not in names(x, ORGANISATION)


def test_a_quoted_name_after_a_kind_of_body_is_the_body(extract):
    x = run(extract, "Sok Dara, founder of the NGO “Open Fields”, said the law was unjust.", date="2019-05-21")
    assert "Open Fields" in names(x, ORGANISATION)
    assert "NGO" not in names(x, ORGANISATION)


def test_a_quoted_name_after_a_capitalised_head_completes_the_name(extract):
    x = run(extract, "Police searched the offices of the Legal Aid Centre “Lantern” in Mirel on 3 May.", date="2019-05-21")
    assert "Legal Aid Centre Lantern" in names(x, ORGANISATION)
    assert "Legal Aid Centre" not in names(x, ORGANISATION)


def test_the_board_of_a_body_names_the_body(extract):
    x = run(extract, "Statement by the Board of the Lantern Rights Center on the arrests in Mirel.", date="2020-03-05")
    assert "Lantern Rights Center" in names(x, ORGANISATION)
    assert not any(name.startswith("Board") for name in names(x, ORGANISATION))


def test_people_for_a_cause_name_a_body(extract):
    text = "Veloria Lawyers for Human Rights said the three activists were denied bail. Journalists for Press Freedom agreed."
    x = run(extract, text, date="2019-05-04")
    assert {"Veloria Lawyers for Human Rights", "Journalists for Press Freedom"} <= names(x, ORGANISATION)


def test_lawyers_for_a_client_are_no_body(extract):
    x = run(extract, "Lawyers for Dara Sokhom said he was ill.", date="2019-05-04")
    assert not any("Lawyers" in n for n in names(x, ORGANISATION))


def test_people_for_a_cause_in_a_title_case_headline_is_no_guess(extract):
    x = run(extract, "Three activists were denied bail.", date="2019-05-04", title="Lawyers For Human Rights Condemn Arrests")
    assert "Lawyers For Human Rights Condemn Arrests" not in names(x, ORGANISATION)


def test_a_national_police_named_with_generic_words_is_a_body(extract):
    text = "Officers of the National Civil Police evicted 40 families in Lakeport on 2 May 2019. The provincial police stood by."
    x = run(extract, text, date="2019-05-04")
    assert "National Civil Police" in names(x, ORGANISATION)
    assert not any("provincial" in n.lower() for n in names(x, ORGANISATION))


def test_armed_forces_of_the_country_is_one_name(extract):
    x = run(extract, "The Armed Forces of the Philippines denied the report.", date="2019-05-04")
    assert "Armed Forces of the Philippines" in names(x, ORGANISATION)


def test_a_platform_where_words_were_posted_is_no_body(extract):
    text = "Dara Sokun reported the arrests on Facebook. The governor answered in a Facebook post on 3 May 2019."
    x = run(extract, text, date="2019-05-04")
    assert "Facebook" not in names(x, ORGANISATION)


def test_a_platform_acting_as_a_company_is_a_body(extract):
    x = run(extract, "Facebook removed the union's page after the government asked it to.", date="2019-05-04")
    assert "Facebook" in names(x, ORGANISATION)


def test_a_long_form_spelling_its_acronym_names_a_body(extract):
    # no org word ends either name: the bracketed acronym, spelt by the capitalised words, says they are bodies
    text = "A joint report by Farmers United in Solidarity (FUS) and the Delta Rivers Pact (DRP) was released on 2 May."
    x = run(extract, text, date="2016-05-03")
    assert {"Farmers United in Solidarity", "Delta Rivers Pact"} <= names(x, ORGANISATION)
    assert "Delta Rivers Pact" not in names(x, PERSON)


def test_a_long_form_naming_a_law_a_place_or_an_event_is_no_body(extract):
    text = (
        "Workers of the Tani Export Processing Zone (TEPZ) marched after the Fair Wage Law (FWL) passed, "
        "ahead of the Mekong Workers Day (MWD) on 1 May."
    )
    x = run(extract, text, date="2016-04-20")
    assert not {"Tani Export Processing Zone", "Fair Wage Law", "Mekong Workers Day"} & names(x, ORGANISATION)


def test_a_community_spelled_by_its_acronym_is_a_body_not_a_place(extract):
    text = (
        "Activists were arrested before a summit of the Eastern Lakes Trade Community (ELTC) in Kigali. "
        "Families of the Riverside community were evicted."
    )
    x = run(extract, text, date="2016-05-03")
    assert "Eastern Lakes Trade Community" in names(x, ORGANISATION)
    assert not [n for n in names(x, PLACE) if n.startswith("Eastern Lakes")]


def test_a_long_form_whose_initials_do_not_spell_the_acronym_is_no_body(extract):
    x = run(extract, "Villagers met Sokha Dara Vannak (SDR) and officials on 2 May.", date="2016-05-03")
    assert "Sokha Dara Vannak" not in names(x, ORGANISATION)


def test_a_name_does_not_run_from_a_person_or_a_post_across_and_into_a_body(extract):
    text = (
        "Military police officer Chan Dara and Cambodia Royal Air Force member Keo Lina were held. "
        "Assistant Secretary and Labour Department Spokesperson John Smith spoke."
    )
    x = run(extract, text, date="2014-06-12")
    assert "Cambodia Royal Air Force" in names(x, ORGANISATION)
    assert "Chan Dara" in names(x, PERSON)
    assert not [n for n in names(x, ORGANISATION) if " and " in n]


def test_a_name_with_and_inside_stays_whole(extract):
    text = "Members of the All-Japan Metal and Information Machinery Workers' Union and the Human Rights and Peace Council marched."
    x = run(extract, text, date="2014-06-12")
    assert {"All-Japan Metal and Information Machinery Workers' Union", "Human Rights and Peace Council"} <= names(x, ORGANISATION)


def test_a_source_of_news_named_beside_reporting_words_is_an_organisation(extract):
    text = (
        "The reporter was shot in the town, Noticiero reported. He had covered crime, according to Televista. "
        "Marta Quispe said so, according to Quispe. According to Bolivia, nothing happened."
    )
    x = run(extract, text, date="2014-06-12")
    assert {"Noticiero", "Televista"} <= names(x, ORGANISATION)
    assert not {"Quispe", "Bolivia"} & names(x, ORGANISATION)
    assert "Noticiero" not in x.issuers
