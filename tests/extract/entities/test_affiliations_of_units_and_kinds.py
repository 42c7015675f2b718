"""Affiliations written with a body's kind before its name, with "including", with an acronym before the name,
and to a unit of a body (a committee, an office): the role is held in the body. Invented sentences."""

from __future__ import annotations

import pytest
from affiliation_pairs import pairs

from clecgraph.extract.entities.affiliations import unit_parent
from clecgraph.extract.rules import make_entity_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement


@pytest.fixture(scope="module")
def find():
    return make_entity_finder(default_knowledge())


def test_the_kind_of_body_between_the_role_and_its_name(find):
    text = "Two were killed: Rosa Villanueva, coordinator of human rights group Kalinaw Rights Network, and others."
    assert ("Rosa Villanueva", "Kalinaw Rights Network") in pairs(find, text)


def test_a_plural_possessive_kind_between_the_role_and_the_name(find):
    text = "Police shot Tomas Reyes, member of the local farmers\u2019 group Riverside Farmers Association, on Monday."
    assert ("Tomas Reyes", "Riverside Farmers Association") in pairs(find, text)


def test_a_role_of_a_body_then_a_comma_and_the_name(find):
    text = "An official of the domestic human rights group Kalinaw Rights Network, Maria Santos, told reporters."
    assert ("Maria Santos", "Kalinaw Rights Network") in pairs(find, text)


def test_a_military_commander_of_a_named_police_body(find):
    text = "Major General Sok Vanna, the commander of the Kandal Provincial Military Police, defended the shooting."
    assert ("Sok Vanna", "Kandal Provincial Military Police") in pairs(find, text)


def test_the_role_of_a_body_with_its_acronym_before_the_name(find):
    text = "The union condemns the arrest of the chair of the Riverside Workers Federation (RWF), Lee Ming Wah."
    assert ("Lee Ming Wah", "Riverside Workers Federation") in pairs(find, text)


def test_a_signature_under_a_committee_is_a_role_in_its_body(find):
    text = (
        "The Coalition for Fair Polls (FAIRPOLL) warns the police.\n"
        "Issued by,\nThe Steering Committee of FAIRPOLL:\nChairperson: Maria Chan Abdullah"
    )
    found = pairs(find, text)
    assert any(person == "Maria Chan Abdullah" and "Steering" not in org for person, org in found)


def test_a_unit_belongs_to_the_body_its_name_names():
    assert (
        unit_parent("Media Safety Office of the National Union of Riverside Journalists", []) == "National Union of Riverside Journalists"
    )
    assert unit_parent("Steering Committee of FAIRPOLL 2", ["FAIRPOLL"]) == "FAIRPOLL"
    # an office that is itself the body: no union, coalition or association named after "of"
    assert unit_parent("Office of the High Commissioner for Human Rights", []) == "Office of the High Commissioner for Human Rights"


def test_a_listed_person_with_a_body_of_their_own_is_not_in_the_first_body(find):
    text = "Three were hurt, including The Daily Ledger photographer Nabil, Tomasz Kowal from Nordic Radio Network and others."
    found = pairs(find, text)
    assert ("Tomasz Kowal", "Daily Ledger") not in found


def test_a_signature_role_in_a_unit_belongs_to_the_body_on_the_line_below(find):
    text = "The killings must stop!\n\nIn solidarity,\n\nMaria Santos, Chairperson of the Global Council\n\nRiverside Workers Federation"
    assert ("Maria Santos", "Riverside Workers Federation") in pairs(find, text)


def test_a_bodys_short_name_in_brackets_names_it_again_later(find):
    text = (
        "The National Federation of Riverside Unions (Zenrofed) on 4 December staged a day of action. "
        "Zenrofed President Daikoku Sakuji stressed that the bill must be withdrawn."
    )
    assert ("Daikoku Sakuji", "National Federation of Riverside Unions") in pairs(find, text)


def test_a_place_in_brackets_after_a_body_is_no_short_name(find):
    found = find(Statement(source="t.jsonl", line=1, text="The National Assembly (Cambodia) met. Police in Cambodia arrested him."))
    assert all(m.kind == "place" for m in found.mentions if m.surface == "Cambodia")
