"""One test per extraction rule of round 6 (tests/quality/heldout_round6/, see its README).

The first part shows the trigger words added to ontology/event-types.ttl for clear event reports
the earlier rounds missed; every text is new and invented, with names of its own.
"""

from __future__ import annotations

from rule_checks import dates_of, names, pairs, places_of, run, types

from clecgraph.model import ORGANISATION, PERSON, PLACE

# --- trigger words: clear reports that announced no event before


def test_baton_charge_is_violence(extract):
    x = run(extract, "Police baton-charged striking nurses in Multan on 3 March.", date="2009-03-04")
    assert "violence" in types(x)
    y = run(extract, "Officers lathi charged the crowd outside the assembly.", date="2009-03-04")
    assert "violence" in types(y)


def test_rubber_bullets_water_cannon_and_gunned_down_are_violence(extract):
    for text in (
        "Troops fired rubber bullets at villagers on 2 May.",
        "Riot police used water cannon against students on 2 May.",
        "A land activist was gunned down outside his home on 2 May.",
    ):
        assert "violence" in types(run(extract, text, date="2016-05-04")), text


def test_off_the_air_is_restriction(extract):
    x = run(extract, "Radio Kilele was taken off the air on 9 June after a call-in show.", date="2011-06-10")
    assert "restriction" in types(x)
    y = run(extract, "Two stations were forced off air by the regulator.", date="2011-06-10")
    assert "restriction" in types(y)


def test_internet_blackout_and_deregistration_are_restriction(extract):
    x = run(extract, "An internet blackout hit the northern provinces on 1 July.", date="2019-07-02")
    assert "restriction" in types(x)
    y = run(extract, "The ministry deregistered the association on 1 July.", date="2019-07-02")
    assert "restriction" in types(y)


def test_demonstrating_people_are_a_protest(extract):
    x = run(extract, "Farmers were demonstrating against the dam when police arrived.", date="2014-08-02")
    assert "protest" in types(x)
    y = run(extract, "Dock workers took to the streets of the port on 1 August.", date="2014-08-02")
    assert "protest" in types(y)


def test_demonstrating_that_is_no_protest(extract):
    x = run(extract, "The audit is demonstrating that the fund was misused.", date="2014-08-02")
    assert "protest" not in types(x)


def test_picket_is_a_protest(extract):
    x = run(extract, "Cleaners held a picket at the hospital gate on 5 April.", date="2014-04-06")
    assert "protest" in types(x)


def test_incommunicado_and_enforced_disappearance_are_arrest(extract):
    x = run(extract, "The poet has been held incommunicado since 4 April.", date="2014-04-06")
    assert "arrest" in types(x)
    y = run(extract, "The student was forcibly disappeared by soldiers on 4 April.", date="2014-04-06")
    assert "arrest" in types(y)


def test_razed_homes_are_eviction(extract):
    x = run(extract, "Bulls of the company razed 40 houses of the settlers on 7 July.", date="2014-07-08")
    assert "eviction" in types(x)


def test_wage_theft_and_retrenchment_are_labour(extract):
    x = run(extract, "The mill retrenched 300 weavers without notice on 7 July.", date="2014-07-08")
    assert "labour" in types(x)
    y = run(extract, "Pickers said their wages were withheld for three months.", date="2014-07-08")
    assert "labour" in types(y)


def test_secure_her_release_is_a_call(extract):
    x = run(extract, "Brands should use their leverage to secure her release.", date="2014-07-08")
    assert "release" not in types(x)


def test_dissolved_associations_are_restriction(extract):
    x = run(extract, "In March the governor dissolved four associations of fishers.", date="2014-07-08")
    assert dates_of(x, "restriction") == {"2014-03"}


def test_blocking_a_highway_is_a_protest_not_a_restriction(extract):
    x = run(extract, "Fishers had been blocking the coastal highway in Tacloban since 2 June.", date="2014-07-08")
    assert types(x) == {"protest"}


def test_work_without_overtime_pay_is_labour(extract):
    x = run(extract, "Packers were made to work 18 hours a day without overtime pay.", date="2014-07-08")
    assert "labour" in types(x)


# --- what is announced for later is no event


def test_an_event_the_text_says_will_be_held_is_no_event(extract):
    x = run(extract, "The union will hold a vigil in Iloilo on Friday. The court will hold the first hearing on 2 May.", date="2014-04-28")
    assert not types(x) & {"protest", "trial"}


# --- "N days after <clause>": the clause's event is earlier; the sentence's own date stands


def test_days_after_a_clause_does_not_shift_the_sentence_date(extract):
    x = run(extract, "On 4 March police arrested Thao in Hue, three days after she wrote about the spill.", date="2017-03-10")
    assert dates_of(x, "arrest") == {"2017-03-04"}


def test_days_later_still_shifts_the_date(extract):
    x = run(extract, "Police arrested Thao in Hue on 4 March. Three days later she was charged.", date="2017-03-10")
    assert dates_of(x, "charge") == {"2017-03-07"}


# --- people: honorifics of the region, and role nouns before a name


def test_burmese_and_indonesian_honorifics_open_a_name(extract):
    x = run(extract, "Among those held were Daw Khin Ma Ma Lay and Ibu Siti Rahayu.", date="2021-04-02")
    assert {"Khin Ma Ma Lay", "Siti Rahayu"} <= names(x, PERSON)


def test_elder_headman_and_guide_are_roles_before_a_name(extract):
    x = run(extract, "Soldiers beat village elder Pham Van Tuan and headman Ngau Jok.", date="2021-04-02")
    assert {"Pham Van Tuan", "Ngau Jok"} <= names(x, PERSON)
    y = run(extract, "Police arrested Bounmy Sisouk, a 28-year-old tour guide, on 2 April.", date="2021-04-03")
    assert "Bounmy Sisouk" in names(y, PERSON)


# --- places written with a kind of site, and a people's community "of" a place


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


# --- bodies named in Malay, Indonesian or Filipino: the kind comes first, "ng"/"sa"/"dan" join the name


def test_name_first_kinds_of_body_make_an_organisation(extract):
    x = run(
        extract, "Lembaga Advokasi Nelayan Sulawesi (LANS) condemns the arrests. LANS chairman Arif Tanjung said so.", date="2016-05-06"
    )
    assert "Lembaga Advokasi Nelayan Sulawesi" in names(x, ORGANISATION)
    assert ("Arif Tanjung", "Lembaga Advokasi Nelayan Sulawesi") in pairs(x)


def test_filipino_connectors_join_a_bodys_name(extract):
    x = run(extract, "Leaders of the Samahan ng Magsasaka sa Tarlac joined the march on 2 May.", date="2016-05-06")
    assert "Samahan ng Magsasaka sa Tarlac" in names(x, ORGANISATION)


# --- a dateline closed by a full stop after its date


def test_dateline_closed_by_a_full_stop_gives_the_statement_date(extract):
    x = run(extract, "Medan, 3 August 2006. The farmers' union condemns the eviction of 40 families on 1 August.")
    assert x.date == "2006-08-03"
    assert dates_of(x, "eviction") == {"2006-08-01"}


def test_a_full_stop_after_a_place_and_no_date_is_no_dateline(extract):
    x = run(extract, "Medan, Indonesia. The farmers' union condemns the eviction.")
    assert x.date is None


# --- the region written after a place: "in X regency, Y, ..."


def test_region_after_a_located_place_and_its_kind(extract):
    x = run(extract, "Police shot two fishers in Jepara regency, Central Java, on 2 May.", date="2016-05-06")
    assert {"Jepara", "Central Java"} <= names(x, PLACE)
    y = run(extract, "Guards beat pickers in Tawau, Sabah, on 2 May.", date="2016-05-06")
    assert "Sabah" in names(y, PLACE)


def test_name_after_a_place_and_a_comma_that_speaks_is_no_region(extract):
    x = run(extract, "In Iloilo, Ramon Dizon said the police lied.", date="2016-05-06")
    assert "Ramon Dizon" not in names(x, PLACE)


# --- affiliations and one-word names


def test_joint_secretary_is_a_role(extract):
    x = run(extract, "KHRG joint secretary Saw Eh Dah said the village was shelled.", date="2016-05-06")
    assert ("Saw Eh Dah", "KHRG") in pairs(x)


def test_an_age_before_the_role_keeps_the_affiliation(extract):
    x = run(extract, "Gunmen killed Prasit Nuanla, 54, a member of the ALRO Farmers Network, on 2 May.", date="2016-05-06")
    assert ("Prasit Nuanla", "ALRO Farmers Network") in pairs(x)


def test_one_name_after_a_role_noun_is_a_person(extract):
    x = run(extract, "Police held union organiser Sumarsih for three days.", date="2016-05-06")
    assert "Sumarsih" in names(x, PERSON)


def test_a_desk_after_a_role_noun_is_no_person(extract):
    x = run(extract, "said the group's deputy Asia director on Monday.", date="2016-05-06")
    assert not names(x, PERSON)


# --- issuers: the kind of body before its name, and translated verbs of stance


def test_kind_of_body_before_the_name_of_an_issuer(extract):
    x = run(
        extract,
        "Fishers' group PAMALAKAYA condemns the demolition. The Asia Monitor Resource Centre (AMRC) and the Thai labour federation TEAM call for talks.",
        date="2016-05-06",
    )
    assert {"PAMALAKAYA", "Asia Monitor Resource Centre", "TEAM"} <= set(x.issuers)


def test_translated_verbs_of_stance_make_issuers(extract):
    x = run(
        extract,
        "Lembaga Studi Hukum Papua (LSHP) hereby states its protest. The Papua Legal Network (PLN) is strongly condemning the shooting.",
        date="2016-05-06",
    )
    assert {"Lembaga Studi Hukum Papua", "Papua Legal Network"} <= set(x.issuers)


# --- company suffixes of the region, bail refused in other words, a country as an adjective of people


def test_berhad_and_tbk_end_a_company_name(extract):
    x = run(extract, "Workers of Kebun Lestari Berhad and Sumber Alam Tbk were dismissed on 2 May.", date="2016-05-06")
    assert {"Kebun Lestari Berhad", "Sumber Alam Tbk"} <= names(x, ORGANISATION)


def test_refused_to_grant_bail_is_a_trial_event(extract):
    x = run(extract, "The provincial court in Chiang Mai refused to grant them bail on 3 May.", date="2016-05-06")
    assert dates_of(x, "trial") == {"2016-05-03"}


def test_country_before_a_noun_of_people_is_an_adjective(extract):
    x = run(extract, "The farm sued nine Cambodia migrant workers. Police in Laos arrested two students.", date="2016-05-06")
    assert "Cambodia" not in names(x, PLACE)
    assert "Laos" in names(x, PLACE)


# --- a trigger word inside a body's name that an acronym closes


def test_capitalised_trigger_inside_a_name_before_its_acronym_is_no_event(extract):
    x = run(extract, "The Mekong Forum for Water Justice (MFWJ) condemns the shooting of two fishers on 2 May.", date="2016-05-06")
    assert "meeting" not in types(x)
    assert "violence" in types(x)


def test_lower_case_forum_before_an_acronym_is_still_a_meeting(extract):
    x = run(extract, "A forum on land rights (FLR) was held in Hue on 2 May.", date="2016-05-06")
    assert "meeting" in types(x)


# --- "after doing X": an earlier event; it takes no place or date from the scene before


def test_event_after_a_gerund_takes_no_scene_from_the_sentence_before(extract):
    text = "Police shot two farmers in Iloilo on 2 May. Their lawyer has since left the country after receiving threats."
    x = run(extract, text, date="2016-05-06")
    assert "restriction" in types(x)
    assert places_of(x, "restriction") == {None} and dates_of(x, "restriction") == {None}


# --- "sentenced ... for holding a picket on X": the act punished is placed and dated by its own phrase


def test_act_punished_is_placed_by_its_own_phrase_not_the_court(extract):
    text = "On 3 May, a Minsk court sentenced activist Olga Naumenka to 15 days of arrest for holding a picket on Victory Square."
    x = run(extract, text, date="2019-05-06")
    assert places_of(x, "trial") == {"Minsk"}
    assert places_of(x, "protest") == {"Victory Square"}
    assert dates_of(x, "protest") == {None}  # the day of the sentence is not the day of the picket


# --- the start of a period ("since 2016") sets no day for the sentences after it


def test_since_date_sets_no_scene_date_for_the_next_sentence(extract):
    text = (
        "Police shot six farmers in Kabankalan on 4 April. It is the same story told of 40 killings since 2015. "
        "Nine others were arrested during the raids."
    )
    x = run(extract, text, date="2019-04-06")
    assert dates_of(x, "arrest") == {"2019-04-04"}
