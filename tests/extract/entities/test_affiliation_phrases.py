"""A person's role in a body, as statements of the region write it, on sentences written for these tests."""

from __future__ import annotations

import pytest
from affiliation_pairs import pairs

from clecgraph.extract.rules import make_entity_finder
from clecgraph.knowledge.ontology import default_knowledge


@pytest.fixture(scope="module")
def find():
    return make_entity_finder(default_knowledge())


def test_post_with_a_capital_after_the_name_and_comma(find):
    text = "Police detained Rosa Villanueva, the Chairperson of the Riverside Vendors Association, on Monday."
    assert ("Rosa Villanueva", "Riverside Vendors Association") in pairs(find, text)


def test_acronym_and_post_before_the_name(find):
    text = "The Kampar Workers Trade Union (KWTU) marched. KWTU Chairperson Dewi Lestari said the march would go ahead."
    assert ("Dewi Lestari", "Kampar Workers Trade Union") in pairs(find, text)


def test_post_of_a_body_then_the_name(find):
    text = "\u201cThe trial must be fair,\u201d said the Executive Director of the Justice Watch Network, Mateus da Costa Pereira."
    assert ("Mateus da Costa Pereira", "Justice Watch Network") in pairs(find, text)


def test_person_from_a_body(find):
    text = "Among the injured were Tomasz Kowal from the Daily Ledger and Hanna Berg from Nordic Radio Network."
    found = pairs(find, text)
    assert ("Tomasz Kowal", "Daily Ledger") in found
    assert ("Hanna Berg", "Nordic Radio Network") in found


def test_signature_block_gives_each_signer_the_issuing_body(find):
    text = (
        "We call for their release.\nIssued by,\nThe Coalition for Clean Water,\n"
        "Chairperson: Nur Aina Hassan; Deputy Chairperson: Ravi Kumar Pillai; Treasurer: Siti Rahmah"
    )
    found = pairs(find, text)
    assert {
        ("Nur Aina Hassan", "Coalition for Clean Water"),
        ("Ravi Kumar Pillai", "Coalition for Clean Water"),
        ("Siti Rahmah", "Coalition for Clean Water"),
    } <= found


def test_both_representatives_of_a_body(find):
    text = "Anna Lindqvist and Pedro Alvarez, both representatives of the Harbour Fishers Union, were questioned."
    found = pairs(find, text)
    assert {("Anna Lindqvist", "Harbour Fishers Union"), ("Pedro Alvarez", "Harbour Fishers Union")} <= found


def test_role_list_after_a_body(find):
    text = "The Green Valley Farmers Association named its leaders: the former chairperson, Maria Santos; the former treasurer, Jose Ramos."
    found = pairs(find, text)
    assert {("Maria Santos", "Green Valley Farmers Association"), ("Jose Ramos", "Green Valley Farmers Association")} <= found


def test_list_of_posts_takes_the_body_of_the_sentence_before(find):
    text = (
        "The Harbour Workers Union (HWU) was dissolved in June. The activists questioned were the former chairperson, "
        "Joe Lam; the former vice chairperson, Leo Chu; and the former treasurer, Ann Kwan."
    )
    found = pairs(find, text)
    assert {("Joe Lam", "Harbour Workers Union"), ("Leo Chu", "Harbour Workers Union"), ("Ann Kwan", "Harbour Workers Union")} <= found


def test_a_lone_post_does_not_reach_into_the_sentence_before(find):
    text = "The Harbour Workers Union met on Monday. Later the lawyer, Ann Kwan, filed the appeal."
    assert ("Ann Kwan", "Harbour Workers Union") not in pairs(find, text)


def test_officials_listed_with_posts_in_brackets(find):
    text = "The Harbour Workers Union (HWU) said HWU officials Wong Ka-ming (General Secretary) and Kim Min-jun (Treasurer) were summoned."
    found = pairs(find, text)
    assert {("Wong Ka-ming", "Harbour Workers Union"), ("Kim Min-jun", "Harbour Workers Union")} <= found


def test_abbreviated_ranks_between_the_post_and_the_name(find):
    text = "The union called on Riverside Police chief Comr. Gen. Arif Wibowo to investigate the officers who beat them."
    assert ("Arif Wibowo", "Riverside Police") in pairs(find, text)


def test_a_sentence_still_ends_after_a_name_that_is_no_title(find):
    text = "Members of the Riverside Vendors Association marched to Bago. Arif Wibowo spoke for the traders."
    assert ("Arif Wibowo", "Riverside Vendors Association") not in pairs(find, text)


def test_a_role_in_a_body_named_after_its_kind_in_apposition(find):
    text = (
        "Police held Maria Okello, the leader of the the Kenyan opposition party, the Democratic Unity Party (DUP), on Monday. "
        "Dara Sok, founder of the NGO \u201cGreen Voices,\u201d said it was wrong. "
        "They also held Ivan Petrov of the investigative media outlet, the Steppe Media Foundation."
    )
    found = pairs(find, text)
    assert ("Maria Okello", "Democratic Unity Party") in found
    assert ("Dara Sok", "Green Voices") in found
    assert ("Ivan Petrov", "Steppe Media Foundation") in found


def test_a_name_right_after_a_body_and_its_bracketed_acronym(find):
    text = "Protesters asked the National Election Commission (NEC) Jane Mwale to resign."
    assert ("Jane Mwale", "National Election Commission") in pairs(find, text)


def test_a_post_of_a_body_then_a_colon_and_the_name(find):
    text = "Spokesperson for the Regional Refugee Council: Anna Berg\nThe council said 40 people were held."
    assert ("Anna Berg", "Regional Refugee Council") in pairs(find, text)
