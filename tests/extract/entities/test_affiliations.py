"""Affiliations: a person's role in a body, written beside the name or by the body's kind alone.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

import pytest
from rule_checks import names, pairs, run

from clecgraph.model import ORGANISATION, PERSON


def test_possessive_kind_role_and_name_in_the_next_sentence(extract):
    text = "Members of the Textile Workers Union of Kampot (TWUK) marched on Monday. The union's vice-president, Sok Dara, said police beat them."
    x = run(extract, text, date="2016-02-10")
    assert ("Sok Dara", "Textile Workers Union of Kampot") in pairs(x)


def test_possessive_group_role_takes_the_body_named_before(extract):
    x = run(extract, "The Coalition for Land Rights said the group's director, Chea Vibol, was summoned by police.", date="2016-02-10")
    assert ("Chea Vibol", "Coalition for Land Rights") in pairs(x)


def test_possessive_kind_needs_a_body_of_that_kind(extract):
    text = "The Coalition for Land Rights met officials on Monday. The union's president, Chea Vibol, spoke to reporters."
    x = run(extract, text, date="2016-02-10")
    assert ("Chea Vibol", "Coalition for Land Rights") not in pairs(x)


def test_lowercase_first_name_beside_a_body_cue(extract):
    x = run(
        extract,
        "eVote project manager Sok Dara said the poll was unfair, and the monitoring group eVote called for a recount.",
        date="2014-06-12",
    )
    assert "eVote" in names(x, ORGANISATION)
    assert ("Sok Dara", "eVote") in pairs(x)
    assert "iPhone" not in names(run(extract, "Activists used an iPhone to film police.", date="2014-06-12"), ORGANISATION)


def test_role_after_a_bracketed_acronym(extract):
    x = run(extract, "Independent Farmers Union of Cambodia (IFUC) president Chan Vuthy was summoned on Monday.")
    assert ("Chan Vuthy", "Independent Farmers Union of Cambodia") in pairs(x)


def test_role_of_two_words_before_the_name(extract):
    x = run(extract, '"We will not stop," said Tenaganita secretary general Mei Ling Tan.', publisher="Tenaganita")
    assert "Mei Ling Tan" in names(x, PERSON)
    assert ("Mei Ling Tan", "Tenaganita") in pairs(x)


def test_a_unit_between_role_and_body(extract):
    x = run(extract, '"We are worried," said Sok Leang, deputy director of the Legal Aid division at the Cambodian Human Rights Network.')
    assert ("Sok Leang", "Cambodian Human Rights Network") in pairs(x)


def test_the_last_of_two_roles(extract):
    x = run(extract, "Chea Dara, a former LICADHO monitor and now coordinator of the Cambodian Youth Network, was questioned.")
    assert ("Chea Dara", "Cambodian Youth Network") in pairs(x)


def test_every_member_of_a_listed_group(extract):
    x = run(extract, "Police detained Sok Mala, Hun Vannak and Try Sovikea, members of the Mekong Watch Network, on Friday.")
    assert {("Sok Mala", "Mekong Watch Network"), ("Hun Vannak", "Mekong Watch Network"), ("Try Sovikea", "Mekong Watch Network")} <= pairs(
        x
    )


def test_its_staff_listed_after_the_body(extract):
    x = run(extract, "The Cambodian Youth Network condemns the arrest of two of its staff members, Keo Sokha and Mam Dara, on 3 May.")
    assert {("Keo Sokha", "Cambodian Youth Network"), ("Mam Dara", "Cambodian Youth Network")} <= pairs(x)


def test_a_kind_of_body_standing_for_the_one_named(extract):
    x = run(extract, "The Khmer Drivers Union protested on Monday. Union president Sok Nary said police had beaten drivers.")
    assert ("Sok Nary", "Khmer Drivers Union") in pairs(x)


def test_a_kind_of_body_with_two_of_that_kind_is_left_alone(extract):
    x = run(extract, "The Khmer Drivers Union and the Farmers Union met. Union president Sok Nary spoke.")
    assert not {p for p in pairs(x) if p[0] == "Sok Nary"}


def test_minister_named_by_the_ministry(extract):
    x = run(extract, "Minister of Rural Development Chea Sophara said the road would be finished in May.")
    assert "Chea Sophara" in names(x, PERSON)
    assert "Ministry of Rural Development" in names(x, ORGANISATION)
    assert ("Chea Sophara", "Ministry of Rural Development") in pairs(x)


def test_role_words_are_not_a_role_when_they_tell_of_something_else(extract):
    x = run(extract, "The court found Mu Sochua of the Sam Rainsy Party guilty of defaming Prime Minister Hun Sen.")
    assert ("Hun Sen", "Sam Rainsy Party") not in pairs(x)
    assert ("Mu Sochua", "Sam Rainsy Party") in pairs(x)


def test_a_roles_body_without_a_head_word(extract):
    x = run(
        extract, "Tran Minh, the founder of the Brotherhood for Justice, was arrested. Le Hoa, editor of The Morning Star, was questioned."
    )
    assert {"Brotherhood for Justice", "The Morning Star"} <= names(x, ORGANISATION)
    assert ("Tran Minh", "Brotherhood for Justice") in pairs(x)


def test_a_brands_first_word_before_a_role(extract):
    x = run(extract, "UniGlobal Workers Federation condemns the arrests. UniGlobal President Maria Santos said unions would appeal.")
    assert ("Maria Santos", "UniGlobal Workers Federation") in pairs(x)


@pytest.mark.parametrize(
    "text, person, ministry",
    [
        ("Minister of Labour Ith Sam Heng said the minimum wage would rise.", "Ith Sam Heng", "Ministry of Labour"),
        ("Minister of Women's Affairs Ing Kantha Phavi opened the forum.", "Ing Kantha Phavi", "Ministry of Women's Affairs"),
    ],
)
def test_minister_name_after_the_portfolio(extract, text, person, ministry):
    x = run(extract, text)
    assert person in names(x, PERSON)
    assert (person, ministry) in pairs(x)


def test_a_portfolio_before_minister_names_an_office_not_a_ministry(extract):
    x = run(extract, "Interior Minister Sar Kheng said the march was banned.")
    assert "Sar Kheng" in names(x, PERSON)
    assert not any(name.startswith("Ministry") for name in names(x, ORGANISATION))
    assert not pairs(x)


def test_its_role_then_name_after_a_sentence_opening_verb(extract):
    x = run(extract, "Speaking for the Cambodian Youth Network, its director Sok Chea said the arrests were unlawful.")
    assert "Cambodian Youth Network" in names(x, ORGANISATION)
    assert ("Sok Chea", "Cambodian Youth Network") in pairs(x)


def test_short_body_before_a_role_noun(extract):
    x = run(extract, "Police questioned Kyodo journalists Mari Tanaka and Ken Ito on Monday. Mongabay CEO Rhett Lane said nothing.")
    assert {"Kyodo", "Mongabay"} <= names(x, ORGANISATION)
    assert {("Mari Tanaka", "Kyodo"), ("Ken Ito", "Kyodo"), ("Rhett Lane", "Mongabay")} <= pairs(x)


def test_numbered_members_of_a_group(extract):
    x = run(extract, "Police detained Sok Pisey and Lim Dara, two members of the youth group Khmer Sovann, on Sunday.")
    assert {("Sok Pisey", "Khmer Sovann"), ("Lim Dara", "Khmer Sovann")} <= pairs(x)


def test_role_for_a_described_body(extract):
    x = run(extract, "Chan Sokha, a reporter for the independent newspaper Kampuchea Daily Voice, was shot on 2 May.")
    assert ("Chan Sokha", "Kampuchea Daily Voice") in pairs(x)


def test_founded_without_who(extract):
    x = run(extract, '"We will go on," said Nguyen Van Hai. Nguyen Van Hai co-founded the Mekong Rights Network in 2010.')
    assert ("Nguyen Van Hai", "Mekong Rights Network") in pairs(x)


def test_role_at_body_with_lead(extract):
    x = run(extract, '"It must stop," said Maya Reyes, campaigns lead at Amnesty International.')
    assert ("Maya Reyes", "Amnesty International") in pairs(x)


def test_headline_verb_is_no_body_before_a_role(extract):
    x = run(extract, "He was detained on 3 May.", title="Egypt: Free journalist Omar Saleh", date="2016-06-08")
    assert "Free" not in names(x, ORGANISATION)
    assert not {o for p, o in pairs(x) if o == "Free"}


def test_role_of_a_lone_name_is_a_body_not_a_person(extract):
    x = run(extract, "We condemn the arrest of Nadia Karim, secretary of Huquq, who was detained on 3 May.", date="2019-05-09")
    assert "Huquq" not in names(x, PERSON)
    assert ("Nadia Karim", "Huquq") in pairs(x)


def test_prefixed_role_links_a_person_to_a_body(extract):
    text = "The Lakeside Rights Commission (LRC) condemns the raid. Police detained LRC vice-chairperson Dara Volkova."
    x = run(extract, text, date="2019-06-10")
    assert ("Dara Volkova", "Lakeside Rights Commission") in pairs(x)


def test_joint_secretary_is_a_role(extract):
    x = run(extract, "KHRG joint secretary Saw Eh Dah said the village was shelled.", date="2016-05-06")
    assert ("Saw Eh Dah", "KHRG") in pairs(x)


def test_an_age_before_the_role_keeps_the_affiliation(extract):
    x = run(extract, "Gunmen killed Prasit Nuanla, 54, a member of the ALRO Farmers Network, on 2 May.", date="2016-05-06")
    assert ("Prasit Nuanla", "ALRO Farmers Network") in pairs(x)
