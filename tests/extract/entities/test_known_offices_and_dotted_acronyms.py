"""The UN High Commissioner for Human Rights names the Office; a dotted two-letter acronym ("A.B.") is no
unknown body, as a two-letter one ("AB") is none. Invented sentences."""

from __future__ import annotations

from rule_checks import names, run

from clecgraph.model import ORGANISATION


def test_the_high_commissioner_for_human_rights_names_the_office(extract):
    x = run(extract, "The group urged the regime to respond to the United Nations High Commissioner for Human Rights.")
    assert "Office of the High Commissioner for Human Rights" in names(x, ORGANISATION)


def test_a_dotted_two_letter_acronym_is_no_unknown_body(extract):
    x = run(extract, "The workers met representatives of the A.B. office in Lakeport.")
    assert "A.B." not in names(x, ORGANISATION)
