"""Entity extraction, one pattern at a time, on small texts written for these tests."""

from __future__ import annotations

import pytest

from clecgraph.extract.rules import make_entity_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement


@pytest.fixture(scope="module")
def find():
    return make_entity_finder(default_knowledge())


def run(find, text, title=None, publisher=None):
    statement = Statement(source="t.jsonl", line=1, text=text, title=title, publisher=publisher)
    found = find(statement)
    for mention in found.mentions:
        assert statement.field_text(mention.span.field)[mention.span.start : mention.span.end] == mention.surface
    return found


def names(found, kind):
    return {m.name for m in found.mentions if m.kind == kind}


# --- organisations ---------------------------------------------------------------


def test_known_organisation_by_any_name_across_odd_spaces(find):
    found = run(find, "Staff of the Cambodian\u00a0 League for the Promotion and Defence of Human Rights visited.")
    assert names(found, "organisation") == {"LICADHO"}


def test_name_grammar_head_final_and_head_initial(find):
    text = "The Prey Lang Community Network met the Ministry of Rural Development and the Kratie Provincial Court."
    assert names(run(find, text), "organisation") == {
        "Prey Lang Community Network",
        "Ministry of Rural Development",
        "Kratie Provincial Court",
    }


def test_company_with_co_ltd_and_commas(find):
    found = run(find, "Workers of Heng Fu Sugar Co., Ltd. and of Bright Star Garment Factory went on strike.")
    assert names(found, "organisation") == {"Heng Fu Sugar Co., Ltd", "Bright Star Garment Factory"}


def test_acronym_defined_in_text_is_reused(find):
    text = "The Mekong Fisheries Alliance (MFA) said fish stocks fell. MFA will publish data."
    found = run(find, text)
    orgs = [m for m in found.mentions if m.kind == "organisation"]
    assert {m.name for m in orgs} == {"Mekong Fisheries Alliance"}
    assert sorted(m.surface for m in orgs) == ["MFA", "MFA", "Mekong Fisheries Alliance"]


def test_acronym_first_then_long_name(find):
    found = run(find, "Members of KWF (Kampot Women Federation) gathered.")
    assert names(found, "organisation") == {"Kampot Women Federation"}


def test_acronym_of_an_event_is_no_organisation(find):
    found = run(find, "Delegates attended the Mekong Youth Summit (MYS) in Vientiane. MYS ended on Friday.")
    assert names(found, "organisation") == set()
    assert "Vientiane" in names(found, "place")


def test_bare_acronyms_common_words_and_shouting(find):
    found = run(find, "URGENT APPEAL: NGOs say ELCs harm families. KYA staff and the UN agree.")
    assert names(found, "organisation") == {"KYA", "United Nations"}


def test_laws_and_generic_nouns_are_not_bodies(find):
    found = run(find, "The draft Trade Union law worries the police, the courts and Civil Society.")
    assert names(found, "organisation") == set()


def test_apposition_and_staff_make_bodies(find):
    found = run(find, "Land was sold to Mong Reththy, a palm oil company. Sokimex staff refused to comment.")
    assert names(found, "organisation") == {"Mong Reththy", "Sokimex"}


def test_camel_case_name_ending_in_a_head(find):
    assert names(run(find, "Researchers from MekongWatch joined."), "organisation") == {"MekongWatch"}


def test_two_bodies_joined_by_and(find):
    found = run(find, "Equitable Cambodia and Kampot Fishers Association spoke.")
    assert names(found, "organisation") == {"Equitable Cambodia", "Kampot Fishers Association"}


# --- places ---------------------------------------------------------------------------


def test_administrative_chain(find):
    text = "Families in Trapeang Chhuk village, Prey Kuy commune, Banan district, Battambang province were evicted."
    found = run(find, text)
    assert names(found, "place") == {"Trapeang Chhuk", "Prey Kuy", "Banan", "Battambang"}
    kinds = {m.name: m.subtype for m in found.mentions if m.kind == "place"}
    assert kinds["Trapeang Chhuk"] == "village" and kinds["Banan"] == "district"


def test_plural_kind_word_names_each_place(find):
    assert names(run(find, "Floods hit Prey Kabas and Bati districts."), "place") == {"Prey Kabas", "Bati"}


def test_spelling_variants_of_provinces_give_one_name(find):
    found = run(find, "From Kompong Speu to Kampong Speu province, and on to Rattanakiri.")
    assert names(found, "place") == {"Kampong Speu", "Ratanakiri"}


def test_countries_regions_and_cities(find):
    found = run(find, "Migrants from Laos and Burma reach Bangkok; South-East Asia is watching.")
    assert names(found, "place") == {"Laos", "Myanmar", "Bangkok", "Southeast Asia"}


def test_place_inside_a_name_or_as_adjective_is_not_a_place(find):
    found = run(find, "Cambodian villagers sued Vietnam Rubber Group at the Ratanakiri Provincial Court over the Mekong Floor Price.")
    assert names(found, "place") == set()
    assert names(found, "organisation") >= {"Vietnam Rubber Group", "Ratanakiri Provincial Court"}


def test_named_sites_keep_their_kind_word(find):
    found = run(find, "Marchers left Freedom Park for the Stung Meanchey market near the Tonle Sap River.")
    assert names(found, "place") >= {"Freedom Park", "Stung Meanchey", "Tonle Sap River"}


def test_dateline_in_capitals(find):
    found = run(find, "SIEM REAP, 3 May 2015 – Farmers gathered.")
    assert names(found, "place") == {"Siem Reap"}


def test_desk_is_not_a_place(find):
    found = run(find, '"Enough," said Jane Doe, Asia researcher at Amnesty International.')
    assert names(found, "place") == set()


# --- persons --------------------------------------------------------------------------


def test_titles_are_stripped(find):
    text = "Dr. Kek Galabru, Venerable Loun Sovath, H.E. Keo Remy, Lok Chumteav Bun Rany and Oknha Try Pheap attended."
    assert names(run(find, text), "person") == {"Kek Galabru", "Loun Sovath", "Keo Remy", "Bun Rany", "Try Pheap"}


def test_short_reference_takes_the_full_name(find):
    found = run(find, "Land activist Tep Vanny was jailed. Ms. Vanny denies the charge; Vanny will appeal.")
    persons = [m for m in found.mentions if m.kind == "person"]
    assert {m.name for m in persons} == {"Tep Vanny"}
    assert len(persons) == 3


def test_khmer_family_names_and_speakers(find):
    found = run(find, "Chhim Sothy joined the march. Organisers led by Lim Mony agreed, said Paul Smith.")
    assert names(found, "person") == {"Chhim Sothy", "Lim Mony", "Paul Smith"}


def test_role_noun_before_a_name(find):
    assert names(run(find, "Police questioned journalist Daniel Jones."), "person") == {"Daniel Jones"}


def test_lone_given_name_described(find):
    found = run(find, "After the raid, Sreyneang was taken to hospital. Sreyneang is 16.")
    assert names(found, "person") == {"Sreyneang"}


def test_common_words_are_not_persons(find):
    found = run(find, "Shots were fired. Villagers said Monday was calm. Police is not a name.")
    assert names(found, "person") == set()


# --- issuers ---------------------------------------------------------------------------


def test_publisher_expands_through_known_names(find):
    assert run(find, "A short note.", publisher="CCHR").issuers == ("Cambodian Center for Human Rights",)


def test_unknown_publisher_kept_as_written(find):
    assert run(find, "A short note.", publisher="Kampot  Fishers Network").issuers == ("Kampot Fishers Network",)


def test_organisations_that_speak(find):
    found = run(find, "Phnom Penh, 2 May 2016 – ADHOC, STT and the Housing Rights Task Force strongly condemn the demolition.")
    assert set(found.issuers) == {"ADHOC", "Sahmakum Teang Tnaut", "Housing Rights Task Force"}


def test_we_and_report_by(find):
    assert run(find, "We, LICADHO, call for calm.").issuers == ("LICADHO",)
    found = run(find, "A new report by Global Witness and the Cambodian Youth Network documents logging.")
    assert set(found.issuers) == {"Global Witness", "Cambodian Youth Network"}


def test_mentioned_bodies_do_not_issue(find):
    found = run(find, "The undersigned groups note that the Ministry of Interior proposes a law. Support came from Oxfam.")
    assert found.issuers == ()


# --- affiliations ---------------------------------------------------------------------


def affs(found):
    return {(a.person, a.organisation, a.role) for a in found.affiliations}


def test_person_comma_role_of_org(find):
    found = run(find, '"We will appeal," said Naly Pilorge, deputy director of advocacy at LICADHO.')
    assert affs(found) == {("Naly Pilorge", "LICADHO", "deputy director of advocacy")}


def test_org_role_person_and_possessive(find):
    found = run(find, "ADHOC president Thun Saray spoke. CCHR's legal officer, Ms. Chak Sopheap, agreed.")
    assert affs(found) == {("Thun Saray", "ADHOC", "president"), ("Chak Sopheap", "Cambodian Center for Human Rights", "legal officer")}


def test_is_the_role_of_and_owned_by(find):
    text = "Mr. Sok Chea, who was detained twice, is the founder of the Kampot Fishers Association. The land went to Heng Heng Co. Ltd, owned by Oknha Lao Meng Khin."
    assert affs(run(find, text)) == {("Sok Chea", "Kampot Fishers Association", "founder"), ("Lao Meng Khin", "Heng Heng Co. Ltd", "owner")}


def test_no_affiliation_across_sentences(find):
    assert affs(run(find, "Ouk Vannak spoke. President of ADHOC remarks followed.")) == set()


# --- lists, laws, appositions ------------------------------------------------------------


def test_unknown_name_listed_with_bodies_or_persons(find):
    found = run(find, "Support came from LICADHO and Kampot Seaweed Collective. Sok Chea, Bun Sreymom and two others were held.")
    assert "Kampot Seaweed Collective" in names(found, "organisation")
    assert names(found, "person") == {"Sok Chea", "Bun Sreymom"}


def test_headline_clause_before_a_list_is_not_a_member(find):
    found = run(find, "On Human Rights Day, the Cambodian Youth Network and the Kampot Fishers Association marched.")
    assert names(found, "organisation") == {"Cambodian Youth Network", "Kampot Fishers Association"}


def test_law_names_and_their_acronyms_are_not_bodies(find):
    found = run(find, "The Law on Associations and Non-Governmental Organizations (LANGO) worries groups. LANGO passed.")
    assert names(found, "organisation") == set()


def test_role_comma_name_and_member_from_body(find):
    found = run(find, "Their lawyer, Ouk Sopheap from the Cambodian Defenders Project, objected.")
    assert names(found, "person") == {"Ouk Sopheap"}
    assert affs(found) == {("Ouk Sopheap", "Cambodian Defenders Project", None)}


def test_company_names_with_country_in_brackets_and_sentence_end(find):
    found = run(
        find,
        "Land went to the Chinese-owned Lan Feng (Cambodia) Investment Co. Ltd. The U.N. Office of the High Commissioner for Human Rights replied.",
    )
    assert names(found, "organisation") == {"Lan Feng (Cambodia) Investment Co. Ltd", "Office of the High Commissioner for Human Rights"}
    assert names(found, "place") == set()


def test_stance_makes_an_issuer_but_not_a_state_bodys_reported_words(find):
    assert run(find, "Amnesty International is deeply concerned.").issuers == ("Amnesty International",)
    assert run(find, "The Ministry of Interior expressed concern last year.").issuers == ()


def test_title_case_headline_guesses_nothing_from_capitals(find):
    found = run(
        find, "Kampot Fishers Association members marched.", title="Police Use Excessive Force Against Garment Workers In Kampong Speu"
    )
    assert names(found, "organisation") == {"Kampot Fishers Association"}
    assert names(found, "place") == {"Kampong Speu"}
    found = run(find, "The Kampot Fishers Association marched.", title="Kampot Fishers Association Marches Against Eviction In Kep")
    assert [m.span.field for m in found.mentions if m.kind == "organisation"] == ["title", "text"]


def test_joint_publisher_gives_each_body(find):
    assert run(find, "A note.", publisher="CCHR, LICADHO & KFA").issuers == ("Cambodian Center for Human Rights", "LICADHO", "KFA")
    assert run(find, "A note.", publisher="Friends and Partners of Kep").issuers == ("Friends and Partners of Kep",)


def test_names_set_off_by_commas_and_capitalised_roles(find):
    text = "The rapporteur on Cambodia, Maria Lopez, has left. Heng Dara, Executive Director of the Kampot Fishers Association, said no."
    found = run(find, text)
    assert names(found, "person") == {"Maria Lopez", "Heng Dara"}
    assert ("Heng Dara", "Kampot Fishers Association", "Executive Director") in affs(found)


def test_residents_of_a_commune_name_the_commune(find):
    assert names(run(find, "Residents of Kilomet 9 commune protested."), "place") == {"Kilomet 9"}


def test_person_comma_the_org_role(find):
    found = run(find, "Sok Dara, the NEC deputy secretary-general, resigned.")
    assert affs(found) == {("Sok Dara", "National Election Committee", "deputy secretary-general")}


def test_signatory_block_names_issuers(find):
    text = "Groups call for calm.\n\nEndorsed by:\n1. Kampot Women Seaweed Group\n2. Licadho\n- Prey Lang Community Network (PLCN)\n"
    found = run(find, text, publisher="ADHOC")
    assert set(found.issuers) == {"ADHOC", "Kampot Women Seaweed Group", "LICADHO", "Prey Lang Community Network"}
    assert "Kampot Women Seaweed Group 2" not in names(found, "organisation")


def test_contact_line_affiliations(find):
    found = run(
        find, "For more information contact: Mr. Ouch Leng, Head of Land Program, ADHOC, or Ms. Sok Chea, LICADHO Monitoring Manager."
    )
    assert affs(found) == {("Ouch Leng", "ADHOC", "Head of Land Program"), ("Sok Chea", "LICADHO", "Monitoring Manager")}


def test_initial_before_a_new_sentence_ends_the_name(find):
    found = run(find, "It made shirts for H&M. The Kampot Fishers Association objected.")
    assert names(found, "organisation") == {"H&M", "Kampot Fishers Association"}


def test_titled_person_of_a_court(find):
    found = run(find, "Judge Meas Sopheak of the Kandal Provincial Court refused bail.")
    assert names(found, "person") == {"Meas Sopheak"} and names(found, "organisation") == {"Kandal Provincial Court"}
    assert affs(found) == {("Meas Sopheak", "Kandal Provincial Court", None)}


def test_apposition_with_a_nationality(find):
    assert names(run(find, "Land went to Lan Hai, a Chinese sugar company."), "organisation") == {"Lan Hai"}


def test_country_branch_of_a_known_body(find):
    found = run(find, "Oxfam Cambodia and Save the Children Laos joined World Vision in Cambodia.")
    assert names(found, "organisation") == {"Oxfam Cambodia", "Save the Children Laos", "World Vision"}
    assert names(found, "place") == {"Cambodia"}


def test_place_apposition_and_embassy(find):
    found = run(find, "Police demolished homes at Tuol Sangke Pir, a community near the river. The U.S. Embassy objected.")
    assert names(found, "place") == {"Tuol Sangke Pir"}
    assert names(found, "organisation") == {"U.S. Embassy"}


def test_role_of_the_now_dissolved_body(find):
    found = run(find, "Sam Dara, the former president of the now-dissolved Kampot Fishers Association, was freed.")
    assert affs(found) == {("Sam Dara", "Kampot Fishers Association", "former president")}


def test_pronoun_role_goes_to_the_last_person_named(find):
    found = run(find, "Police arrested Kong Dara on Monday. He is a member of the Kampot Fishers Association.")
    assert affs(found) == {("Kong Dara", "Kampot Fishers Association", "member")}


def test_bodies_named_by_their_context(find):
    found = run(find, "Homes were razed by workers hired by Phanimex. Land went to the firm Pheapimex and the company Shukaku.")
    assert names(found, "organisation") == {"Phanimex", "Pheapimex", "Shukaku"}


def test_known_names_need_their_capitals(find):
    found = run(find, "Central to this is an amnesty for farmers in turkey. CENTRAL agreed.")
    assert [m.surface for m in found.mentions] == ["CENTRAL"]


def test_a_capitals_only_name_in_lower_case_before_a_head_is_a_word_of_a_longer_name(find):
    found = run(find, "At Harare Central Police Station, officers waited. The Central Committee met.")
    assert "Center for Alliance of Labor and Human Rights" not in names(found, "organisation")
    found = run(find, "They were held at the Central Police Station, said CENTRAL.")
    assert "Center for Alliance of Labor and Human Rights" in names(found, "organisation")


def test_members_named_after_their_body_are_persons(find):
    text = "Activists from Mother Nature Cambodia, Long Kunthea, Phuon Keoreaksmey and Thun Ratha, were jailed. Ana Lopez-Garcia, the co-founder of Mother Nature Cambodia, left."
    found = run(find, text)
    assert names(found, "person") == {"Long Kunthea", "Phuon Keoreaksmey", "Thun Ratha", "Ana Lopez-Garcia"}
    assert names(found, "organisation") == {"Mother Nature Cambodia"}


def test_possessive_kind_is_no_apposition_and_job_title_regions(find):
    found = run(
        find,
        "Among them is Meach Dara, the party's former information chief. Families got 500 US dollars, said Jo Bell, Director for East and Southeast Asia at Amnesty International.",
    )
    assert names(found, "organisation") == {"Amnesty International"}
    assert names(found, "place") == set()


def test_acronym_before_a_place_word_and_numbered_roads(find):
    found = run(find, "Sok Dara, a former CNRP commune councillor, was held on National Road 7.")
    assert names(found, "place") == {"National Road 7"}
    assert affs(found) == {("Sok Dara", "Cambodia National Rescue Party", "commune councillor")}


def test_company_after_a_bracketed_country_and_whose_role(find):
    text = "Workers at Yakjin (Cambodia) Inc. struck. They belong to the Collective Union of Movement of Workers (CUMW), whose president, Pav Sina, spoke."
    found = run(find, text)
    assert names(found, "organisation") == {"Yakjin (Cambodia) Inc", "Collective Union of Movement of Workers"}
    assert ("Pav Sina", "Collective Union of Movement of Workers", "president") in affs(found)


# --- acronyms: dotted, and the publisher's own ------------------------------------


def test_dotted_acronym_is_one_organisation(find):
    found = run(find, "The Cambodian Food Service Workers Federation (C.FSWF) met. C.FSWF leader Ros Dara spoke. The P.DWU marched.")
    orgs = names(found, "organisation")
    assert "Cambodian Food Service Workers Federation" in orgs and "P.DWU" in orgs
    assert not orgs & {"FSWF", "C.FSWF", "DWU", "C", "P"}


def test_publisher_acronym_names_its_long_form(find):
    found = run(find, "The Khmer Rights Coalition (KHRC) today released its annual review. KHRC calls for calm.", publisher="KHRC")
    assert "Khmer Rights Coalition" in names(found, "organisation")
    assert "Khmer Rights Coalition" in found.issuers


def test_publisher_acronym_need_not_be_initials(find):
    found = run(find, "The Committee for Honest Ballots in Laos (COHBAL) today released its findings.", publisher="COHBAL")
    assert "Committee for Honest Ballots in Laos" in names(found, "organisation")


def test_issuer_verbs_are_whole_words(find):
    text = "The Takeo Provincial Court today sentenced farmer Som Vanna to a year in prison. NGO Forum and the Housing Rights Coalition condemn the verdict."
    found = run(find, text)
    assert "Takeo Provincial Court" not in found.issuers
    assert "Housing Rights Coalition" in found.issuers


def test_listed_bodies_with_the_publisher_speak_in_the_past_tense(find):
    text = "Human Rights Watch, Amnesty International and the Asian Human Rights Commission called for an inquiry into the shooting."
    found = run(find, text, publisher="Human Rights Watch")
    assert {"Amnesty International", "Asian Human Rights Commission"} <= set(found.issuers)
    # without the publisher among them, a report of what they called for still names them as speaking
    found = run(find, text)
    assert {"Amnesty International", "Asian Human Rights Commission"} <= set(found.issuers)


def test_who_heads_gives_an_affiliation(find):
    found = run(find, "Pen Bunna, who heads the Cambodian Youth Network, was summoned.")
    assert ("Pen Bunna", "Cambodian Youth Network", "head") in {(a.person, a.organisation, a.role) for a in found.affiliations}


def test_processor_or_exporter_in_apposition_is_a_body(find):
    found = run(find, "Golden Harvest, a Thai pineapple processor, dismissed 40 workers. Meas Rith, a tour operator, spoke.")
    assert "Golden Harvest" in names(found, "organisation")
    assert "Meas Rith" not in names(found, "organisation")


def test_former_before_a_body_is_not_its_name(find):
    found = run(find, "Former Cambodian Youth Network coordinator Pen Bunna criticised the law.")
    assert "Cambodian Youth Network" in names(found, "organisation")
    assert ("Pen Bunna", "Cambodian Youth Network") in {(a.person, a.organisation) for a in found.affiliations}
