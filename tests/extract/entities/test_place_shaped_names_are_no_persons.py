"""A name opened by a word that opens place names ("Santa", "Monte", "West") is no person.

The person rules read a capitalised name after "of", "in" or before "said" as a person; "Santa Marelia" and
"Monte Alvaro" are places. A family name that also opens place names ("San" in Khmer) still opens a person's
name before a given name the dictionary does not hold. Invented texts.
"""

from __future__ import annotations

from rule_checks import names, run

from clecgraph.model import PERSON


def test_a_name_opened_by_santa_is_no_person(extract):
    x = run(extract, "The families of Santa Marelia, who were evicted on Monday, said the land was theirs.")
    assert "Santa Marelia" not in names(x, PERSON)


def test_a_name_opened_by_monte_is_no_person(extract):
    x = run(extract, "Villagers in Monte Alvaro said soldiers beat them.")
    assert "Monte Alvaro" not in names(x, PERSON)


def test_a_khmer_family_name_that_opens_place_names_still_opens_a_person(extract):
    x = run(extract, "Police arrested activist San Sokha in Phnom Penh on Monday.")
    assert "San Sokha" in names(x, PERSON)
