"""A body named only by the kind of body written after its name: "the Tavro news agency", "the Kelindo paper".

The name alone would pass for a word or a person; the kind after it says it is a body. Invented texts.
"""

from __future__ import annotations

from rule_checks import names, pairs, run

from clecgraph.model import ORGANISATION


def test_a_name_before_a_news_agency_is_a_body(extract):
    x = run(extract, "Police chief Tom Baker was quoted by the national Tavro news agency as saying that eight people were held.")
    assert "Tavro" in names(x, ORGANISATION)


def test_a_name_before_paper_is_a_body_and_its_journalist_belongs_to_it(extract):
    x = run(extract, "Anna Kolvi, a journalist with the Kelindo paper, was beaten by police on Monday.")
    assert "Kelindo" in names(x, ORGANISATION)
    assert ("Anna Kolvi", "Kelindo") in pairs(x)


def test_a_name_before_a_student_group_is_a_body(extract):
    x = run(extract, "Five members of the Marun Tel student group were detained by soldiers.")
    assert "Marun Tel" in names(x, ORGANISATION)


def test_names_before_a_plural_kind_are_each_a_body(extract):
    x = run(extract, "The town is fought over by the Ortega and Valdor cartels.")
    assert {"Ortega", "Valdor"} <= names(x, ORGANISATION)
    assert not any(" and " in n for n in names(x, ORGANISATION))


def test_a_platform_before_group_names_no_body(extract):
    x = run(extract, "The activists were arrested over posts in a WhatsApp rights group.")
    assert "WhatsApp" not in names(x, ORGANISATION)


def test_a_compound_adjective_before_a_kind_names_no_body(extract):
    x = run(extract, "State-linked newspapers such as the Daily Beacon attacked the lawyers.")
    assert "State-linked" not in names(x, ORGANISATION)


def test_a_word_describing_an_outlet_named_after_its_kind_is_no_body(extract):
    x = run(extract, "She said so in an interview with the Norvale news outlet Radio Kappa on Monday.")
    assert "Norvale" not in names(x, ORGANISATION)


def test_an_outlet_named_by_its_kind_reports_news_and_issues_nothing(extract):
    text = "The Kelindo newspaper covered the march. Kelindo said on Monday that police beat ten people."
    x = run(extract, text, publisher="Rights Watchers")
    assert "Kelindo" in names(x, ORGANISATION)
    assert "Kelindo" not in x.issuers
