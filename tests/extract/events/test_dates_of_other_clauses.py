"""A date belongs to the clause that holds it: the end of a period ("until"), a "since" clause with a verb of
its own, a reporting clause before its "that"; a day said with "last year"; header dates in numbers.

Invented sentences, one per rule.
"""

from __future__ import annotations

from rule_checks import dates_of, run

from clecgraph.extract.text.temporal import find_dates


def test_a_date_closing_a_since_clause_dates_that_clause_not_the_event_before_it(extract):
    text = "We have faced many evictions in the city since our movement was formed in 2005."
    x = run(extract, text, date="2016-07-14")
    assert dates_of(x, "eviction") == {None}


def test_an_event_inside_the_since_clause_keeps_its_date(extract):
    text = "The two women have been held without trial since they were arrested on 3 May 2019."
    x = run(extract, text, date="2019-08-01")
    assert "2019-05-03" in dates_of(x, "arrest")


def test_a_date_right_after_since_still_starts_a_lasting_event(extract):
    x = run(extract, "The union leader has been detained since 12 November 2020.", date="2021-01-10")
    assert dates_of(x, "arrest") == {"2020-11-12"}


def test_a_date_ending_a_period_dates_no_event(extract):
    text = "The minister ordered officials to halt all evictions until midnight 16 April."
    x = run(extract, text, date="2020-04-01")
    assert dates_of(x, "eviction") == {None}


def test_the_day_of_a_report_before_its_that_is_not_the_day_of_what_it_reports(extract):
    text = "The commission on Wednesday confirmed that soldiers had killed three farmers in the district."
    x = run(extract, text, date="2021-05-12")
    assert dates_of(x, "violence") == {None}


def test_a_report_dated_between_its_verb_and_that_does_not_date_the_event(extract):
    text = "Her brother told reporters on 10 April 2018 that his sister was killed by soldiers in the village."
    x = run(extract, text, date="2018-04-15")
    assert dates_of(x, "violence") == {None}


def test_a_date_after_that_still_dates_the_reported_event(extract):
    text = "The group said that soldiers killed three farmers in the district on 9 April 2018."
    x = run(extract, text, date="2018-04-15")
    assert dates_of(x, "violence") == {"2018-04-09"}


def test_a_day_said_with_last_year_takes_the_year_before_the_statement():
    mentions = find_dates("On December 24 last year, workers began a strike; on 3 May this year they marched.", "2014-01-14")
    assert [m.iso for m in mentions] == ["2013-12-24", "2014-05-03"]


def test_a_day_with_last_year_dates_the_event(extract):
    text = "On 24 August last year, police shot dead two protesters in the town."
    x = run(extract, text, date="2016-08-24")
    assert dates_of(x, "violence") == {"2015-08-24"}
