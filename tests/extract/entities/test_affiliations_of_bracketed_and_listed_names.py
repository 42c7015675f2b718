"""Affiliations where the body's short name or kind follows its name, where the role has a hyphenated
word, and where each listed person has a title. Invented sentences."""

from __future__ import annotations

from rule_checks import pairs, run


def test_role_of_a_body_with_a_bracketed_short_name_of_two_words(extract):
    x = run(extract, '"Freedom is restricted," Director of Lakeport Legal Aid Institute (LBH Lakeport), Budi Santoso told reporters.')
    assert ("Budi Santoso", "Lakeport Legal Aid Institute") in pairs(x)


def test_role_of_a_body_followed_by_its_kind(extract):
    x = run(extract, "The political desk editor of The Morning Star newspaper, Joseph Mbah was detained on Friday.")
    assert ("Joseph Mbah", "The Morning Star") in pairs(x)


def test_a_role_with_a_hyphenated_word_after_a_possessive_body(extract):
    x = run(extract, '"This is a sad day," said Grace Njeri, the CPJ\'s sub-Saharan Africa representative, on Monday.')
    assert ("Grace Njeri", "Committee to Protect Journalists") in pairs(x)


def test_every_titled_person_of_a_list_before_the_role_of_a_body(extract):
    x = run(
        extract,
        "Mr.Ravi Perera, Mr.Sunil Silva and Mr.Asanka Fernando, coordinators of the Lakeport Fisheries Network, opened the meeting.",
    )
    org = "Lakeport Fisheries Network"
    assert {("Ravi Perera", org), ("Sunil Silva", org), ("Asanka Fernando", org)} <= pairs(x)


def test_people_for_a_cause_named_after_a_person_and_of(extract):
    x = run(extract, '"They were all acquitted," said Tendai Moyo of the Zimbabwe Lawyers for Human Rights, who represents them.')
    assert ("Tendai Moyo", "Zimbabwe Lawyers for Human Rights") in pairs(x)
