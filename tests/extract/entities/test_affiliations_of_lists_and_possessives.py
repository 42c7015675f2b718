"""Affiliations written around lists and possessives: "lawyers A, B and C from X", "the X's A",
"our member A", "the head of X A" (no comma). Invented sentences."""

from __future__ import annotations

from rule_checks import pairs, run


def test_every_person_of_a_list_before_from_a_body(extract):
    x = run(extract, "The lawyers Tendai Moyo, Farai Chikwanha and Grace Ndlovu from the Legal Resources Foundation were denied access.")
    org = "Legal Resources Foundation"
    assert {("Tendai Moyo", org), ("Farai Chikwanha", org), ("Grace Ndlovu", org)} <= pairs(x)


def test_a_list_opened_by_another_body_keeps_its_first_member(extract):
    x = run(
        extract, "Three journalists were hurt, including Daily Star photographer Karim Hossain, Leila Nasser from Al Jazeera and others."
    )
    assert ("Karim Hossain", "Al Jazeera") not in pairs(x)


def test_a_body_possessive_before_a_name(extract):
    x = run(extract, "The Human Rights Defenders Coalition (HRDC) said on Monday that the HRDC's Peter Banda would lead the march.")
    assert ("Peter Banda", "Human Rights Defenders Coalition") in pairs(x)


def test_our_role_names_the_publishers_own_people(extract):
    x = run(
        extract,
        "Police detained our Executive Council Member Hassan Yilmaz and our lawyers Ayse Demir and Mehmet Kaya on Monday.",
        publisher="Human Rights Association",
    )
    org = "Human Rights Association"
    assert {("Hassan Yilmaz", org), ("Ayse Demir", org), ("Mehmet Kaya", org)} <= pairs(x)


def test_our_without_a_role_noun_names_no_affiliation(extract):
    x = run(extract, "We mourn the murder of our colleague Maria Lopez in Tegucigalpa.", publisher="Human Rights Association")
    assert not pairs(x)


def test_role_of_a_body_then_the_name_without_a_comma(extract):
    x = run(extract, "Gunmen killed the head of the Diyarbakir Bar Association Tahir Demir on Saturday.")
    assert ("Tahir Demir", "Diyarbakir Bar Association") in pairs(x)


def test_a_role_of_a_body_belongs_to_the_name_right_after_the_body(extract):
    x = run(
        extract,
        "After the killing of the head of the Van Bar Association Tahir Demir, head of the Union of Turkish Bar Associations "
        "(TBB) Metin Aksoy called all heads of bar associations to Van.",
    )
    assert ("Tahir Demir", "Union of Turkish Bar Associations") not in pairs(x)
    assert {("Tahir Demir", "Van Bar Association"), ("Metin Aksoy", "Union of Turkish Bar Associations")} <= pairs(x)
