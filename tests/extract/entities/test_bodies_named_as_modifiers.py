"""A body's name used to describe the noun after it ("UN experts", "the UN Special Rapporteur", "the UN
Charter") names no body; the body named on its own, or by a longer known name, still does. Invented sentences."""

from __future__ import annotations

from rule_checks import names, run

from clecgraph.model import ORGANISATION


def test_un_before_an_office_or_expert_names_no_body(extract):
    x = run(extract, "The villagers wrote to the UN Special Rapporteur on housing, and UN independent experts visited Lakeport.")
    assert "United Nations" not in names(x, ORGANISATION)


def test_un_before_a_text_it_adopted_names_no_body(extract):
    x = run(extract, "The ministry said the U.N. Charter allows the operation.")
    assert "United Nations" not in names(x, ORGANISATION)
    assert "U.N." not in names(x, ORGANISATION)


def test_the_un_on_its_own_or_with_its_own_parts_is_a_body(extract):
    x = run(extract, "The UN said it was worried. A report went to the United Nations Headquarters in May.")
    assert "United Nations" in names(x, ORGANISATION)


def test_un_with_its_possessive_is_a_body(extract):
    x = run(extract, "The UN's special envoy met the farmers in Lakeport.")
    assert "United Nations" in names(x, ORGANISATION)


def test_the_high_commissioner_for_human_rights_names_the_office(extract):
    x = run(extract, "The group urged the regime to respond to the United Nations High Commissioner for Human Rights.")
    assert "Office of the High Commissioner for Human Rights" in names(x, ORGANISATION)
    assert "United Nations" not in names(x, ORGANISATION)


def test_a_dotted_two_letter_acronym_is_no_unknown_body(extract):
    x = run(extract, "The workers met representatives of the A.B. office in Lakeport.")
    assert "A.B." not in names(x, ORGANISATION)
