"""Role nouns of police, media and office work name a person's role in a body; a platform's page is no body.

Invented texts.
"""

from __future__ import annotations

from rule_checks import names, pairs, run

from clecgraph.model import ORGANISATION


def test_a_superintendent_of_a_police_unit_belongs_to_it(extract):
    x = run(extract, "Karim Haldar, additional superintendent of Dhanmora Industrial Police 2, told reporters that no one was hurt.")
    assert ("Karim Haldar", "Dhanmora Industrial Police 2") in pairs(x)


def test_a_publisher_of_an_outlet_belongs_to_it(extract):
    x = run(extract, "Police detained Peter Ndolo, publisher of the Voice of Kivu Hills, on Monday.")
    assert "Voice of Kivu Hills" in names(x, ORGANISATION)
    assert ("Peter Ndolo", "Voice of Kivu Hills") in pairs(x)


def test_the_editor_of_a_platform_page_names_no_body(extract):
    x = run(extract, "Luis Ortega, the editor of the Facebook page of a local news site, was shot on Friday.")
    assert "Facebook" not in names(x, ORGANISATION)


def test_the_last_of_a_list_of_posts_may_follow_and_alone(extract):
    text = "The statement was signed by KLDC Chairperson Mary Banda and Vice Chairperson John Phiri on Thursday."
    x = run(extract, text)
    assert {("Mary Banda", "KLDC"), ("John Phiri", "KLDC")} <= pairs(x)
