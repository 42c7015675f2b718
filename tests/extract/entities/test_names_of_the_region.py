"""Persons, bodies and places named in the styles of the whole region, on sentences written for these tests."""

from __future__ import annotations

import pytest

from clecgraph.extract.rules import make_entity_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement


@pytest.fixture(scope="module")
def find():
    return make_entity_finder(default_knowledge())


def found_names(find, text, kind, title=None):
    statement = Statement(source="t.jsonl", line=1, text=text, title=title)
    return {m.name for m in find(statement).mentions if m.kind == kind}


# --- persons -----------------------------------------------------------------


def test_capitalised_post_before_a_name_marks_a_person(find):
    text = "Deputy Provincial Police Commissioner Arnel Bautista denied the report on Tuesday."
    assert "Arnel Bautista" in found_names(find, text, "person")


def test_body_acronym_and_post_before_a_name_mark_a_person(find):
    text = "KWTU Chairperson Dewi Lestari said the march would go ahead."
    assert "Dewi Lestari" in found_names(find, text, "person")


def test_hyphenated_given_names_in_a_list_with_posts_in_brackets(find):
    text = "The union's officials Wong Ka-ming (Chairman) and Kim Min-jun (Treasurer) were detained."
    persons = found_names(find, text, "person")
    assert {"Wong Ka-ming", "Kim Min-jun"} <= persons
    assert not persons & {"Ka-ming", "Min-jun"}


def test_person_set_off_with_a_capitalised_post(find):
    text = "Police detained Rosa Villanueva, the Chairperson of the Riverside Vendors Association, on Monday."
    assert "Rosa Villanueva" in found_names(find, text, "person")


def test_name_with_particles_after_a_post(find):
    text = "\u201cThe trial must be fair,\u201d said the Executive Director of the Justice Watch Network, Mateus da Costa Pereira."
    assert "Mateus da Costa Pereira" in found_names(find, text, "person")


def test_person_set_off_by_a_body_and_post(find):
    text = "Lina Marquez, KWTU Regional Coordinator says the union will appeal."
    assert "Lina Marquez" in found_names(find, text, "person")


def test_person_from_a_named_body_is_a_person(find):
    text = "Among the injured were Tomasz Kowal from the Daily Ledger and Hanna Berg from Nordic Radio."
    persons = found_names(find, text, "person")
    assert {"Tomasz Kowal", "Hanna Berg"} <= persons
    assert not found_names(find, text, "organisation") & {"Tomasz Kowal", "Hanna Berg"}


def test_names_listed_after_a_plural_role_are_persons(find):
    text = "The three farmers, identified as Somchai Rattanakul, Anong Phromma and Kittisak Wongsa, were charged."
    assert {"Somchai Rattanakul", "Anong Phromma", "Kittisak Wongsa"} <= found_names(find, text, "person")


def test_vietnamese_three_part_names_in_a_list_stay_whole(find):
    text = "The court jailed four activists \u2013 Do Minh Khoa, Phan Thi Lan, Vu Quoc Bao and Le Thanh Tung \u2013 on Friday."
    persons = found_names(find, text, "person")
    assert {"Do Minh Khoa", "Phan Thi Lan", "Vu Quoc Bao", "Le Thanh Tung"} <= persons
    assert "Thanh Tung" not in persons


def test_demonym_is_never_a_person(find):
    text = "For Karenni people the date is a symbol of loss. Karennis said the army had burned the village."
    assert "Karennis" not in found_names(find, text, "person")


# --- organisations -----------------------------------------------------------


@pytest.mark.parametrize("token", ["PHP", "RM21", "US$160", "AK-47", "STATEMENT"])
def test_money_weapon_and_heading_tokens_are_not_bodies(find, token):
    text = "STATEMENT\nThe soldiers carried an AK-47 and paid PHP 500, about RM21 or US$160, to each family."
    assert token not in found_names(find, text, "organisation")


def test_police_and_army_bodies_are_organisations(find):
    text = "The Bantaya National Police and the Armed Forces of Liberia denied the report."
    orgs = found_names(find, text, "organisation")
    assert {"Bantaya National Police", "Armed Forces of Liberia"} <= orgs


# --- places ------------------------------------------------------------------


@pytest.mark.parametrize(
    "site",
    ["Riverside General Hospital", "Lakeview Stadium", "Unity Monument", "Northgate Detention Centre"],
)
def test_facilities_are_places_not_bodies(find, site):
    # (hotels stay bodies: statements name them mostly as employers)
    text = f"The protesters gathered at the {site} on Sunday."
    assert site in found_names(find, text, "place")
    assert site not in found_names(find, text, "organisation")


def test_cantonese_family_name_ng_ends_a_name(find):
    assert "Carol Ng" in found_names(find, "Carol Ng, the Chairperson of the Harbour Workers Union, said.", "person")


def test_given_names_without_the_family_name_are_the_same_person(find):
    text = "Police must act, said Mann Seng Hak, vice president of the union. There was no progress, Seng Hak said."
    assert found_names(find, text, "person") == {"Mann Seng Hak"}


def test_list_opened_by_identified_later_as(find):
    text = "The students, identified later as Wasan Kitti, Jet Namsai and Pim Anuchon, were taken away."
    assert {"Wasan Kitti", "Jet Namsai", "Pim Anuchon"} <= found_names(find, text, "person")


@pytest.mark.parametrize("government", ["administration", "regime"])
def test_a_government_named_after_its_leader_names_a_person(find, government):
    text = f"Farmers have suffered under the Castellano {government} and the Marco Reyes {government}."
    assert {"Castellano", "Marco Reyes"} <= found_names(find, text, "person")
