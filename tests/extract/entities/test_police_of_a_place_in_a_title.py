"""A place's police capitalised only as part of a person's title ("Deputy Lakeport Police Commissioner X") is no
body (the guidelines' "the Lakeport police"); a police with a name of its own stays a body. Invented sentences."""

from __future__ import annotations

from rule_checks import names, pairs, run

from clecgraph.model import ORGANISATION, PERSON, PLACE


def test_a_provinces_police_in_a_title_is_no_body(extract):
    x = run(extract, "Kandal First Deputy Police Chief Sok Dara said the strike had created anarchy.")
    assert not any("Police" in name for name in names(x, ORGANISATION))
    assert "Sok Dara" in names(x, PERSON)
    assert not pairs(x)


def test_a_citys_police_after_a_title_leaves_the_city_a_place(extract):
    x = run(extract, "Deputy Phnom Penh Police Commissioner Heng Dara cited progress in the case.")
    assert not any("Police" in name for name in names(x, ORGANISATION))
    assert "Phnom Penh" in names(x, PLACE)
    assert "Phnom Penh" not in names(x, PERSON)


def test_the_municipal_police_in_a_title_is_no_body(extract):
    x = run(extract, "Deputy Municipal Police Chief Reach Dara denied that police stole property.")
    assert not any("Police" in name for name in names(x, ORGANISATION))


def test_a_police_with_a_name_of_its_own_stays_a_body(extract):
    x = run(extract, "National Police spokesperson James Banda said. Lakeport Municipal Military Police commander Roth Dara agreed.")
    assert {"National Police", "Lakeport Municipal Military Police"} <= names(x, ORGANISATION)


def test_a_place_police_capitalised_before_a_lower_case_role_stays_a_body(extract):
    x = run(extract, "The union called on Riverside Police chief Arif Wibowo to investigate.")
    assert "Riverside Police" in names(x, ORGANISATION)
