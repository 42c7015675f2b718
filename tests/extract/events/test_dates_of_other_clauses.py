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


def test_a_date_before_a_noun_that_names_no_event_dates_nothing_else(extract):
    text = "Police detained 40 people during a march against the October 9 agreement in the city."
    x = run(extract, text, date="2019-10-20")
    assert dates_of(x, "arrest") == {None}


def test_a_date_before_the_trigger_noun_dates_it(extract):
    x = run(extract, "Observers reported fraud in the 28 July elections.", date="2013-08-02")
    assert dates_of(x, "election") == {"2013-07-28"}


def test_an_event_named_as_what_another_is_about_does_not_take_its_date(extract):
    text = "The trial for the murder of the activist opened on 10 September 2016 in the capital."
    x = run(extract, text, date="2016-09-20")
    assert dates_of(x, "violence") == {None}


def test_the_people_of_an_event_take_the_date_of_what_was_done_to_them(extract):
    text = "Police fired tear gas at protesters in the square on 3 March 2021."
    x = run(extract, text, date="2021-03-05")
    assert dates_of(x, "violence") == {"2021-03-03"}
    assert dates_of(x, "protest") == {None}


def test_striking_workers_named_as_those_something_was_done_to_take_not_its_date(extract):
    x = run(extract, "Police fired tear gas at striking workers on Sunday in Phnom Penh.", date="2014-01-06")
    assert dates_of(x, "violence") == {"2014-01-05"}
    assert dates_of(x, "protest") == {None}


def test_the_people_of_an_event_alone_in_their_sentence_date_it(extract):
    x = run(extract, "Thousands of protesters marched through the capital on 3 March 2021.", date="2021-03-05")
    assert dates_of(x, "protest") == {"2021-03-03"}


def test_a_weekday_of_every_week_or_month_is_no_day():
    assert find_dates("They must report to the police on the last Friday of each month.", "2024-09-05") == []
    assert find_dates("The group meets every Monday.", "2024-09-05") == []


def test_a_weekday_with_a_day_of_the_month_finds_its_month():
    text = "Hundreds were arrested after the demonstrations on Friday the 20th and Saturday the 21st of September."
    assert [m.iso for m in find_dates(text, "2019-09-30")] == ["2019-09-20", "2019-09-21"]


def test_the_people_of_an_event_told_doing_it_date_it(extract):
    text = "Riot police raided peaceful protesters camped at the square on 17 February 2011."
    x = run(extract, text, date="2011-02-18")
    assert dates_of(x, "protest") == {"2011-02-17"}


def test_a_date_before_a_verb_of_stance_is_the_day_of_the_saying(extract):
    text = "The commission on Monday strongly condemned the killing of 103 protesters in the capital."
    x = run(extract, text, date="2019-10-08")
    assert dates_of(x, "violence") == {None}


def test_a_date_before_a_vow_is_the_day_of_the_vow_not_of_what_its_object_names(extract):
    text = "The alliance on Friday vowed to stage sit-ins until the president signs the electoral bills recently passed by parliament."
    x = run(extract, text, date="2020-03-09")
    assert dates_of(x, "legislation") == {None}


def test_a_report_dated_before_a_long_subject_does_not_date_what_it_reports(extract):
    text = (
        "On November 14, the Institute for Peace and Development (Instituto para la Paz, INDEPAZ) reported "
        "that armed men killed a community leader in his home."
    )
    x = run(extract, text, date="2022-11-21")
    assert dates_of(x, "violence") == {None}


def test_a_date_before_a_long_clause_with_no_reporting_verb_still_dates_its_event(extract):
    text = "On November 14, armed men from a group that the army had fought for years killed a community leader."
    x = run(extract, text, date="2022-11-21")
    assert dates_of(x, "violence") == {"2022-11-14"}


def test_an_act_aimed_at_takes_no_date_written_before_it(extract):
    text = "The union on Friday vowed to shut down the ministry's offices."
    x = run(extract, text, date="2020-03-09")
    # (a vow is told as planned: the event is named, not asserted, and still takes no date)
    assert {e.date for e in x.events + x.named_events if e.type == "restriction"} == {None}


def test_a_decision_to_act_keeps_its_date(extract):
    text = "On 11 May 2020 the district court ruled to sentence him to ten days in prison."
    x = run(extract, text, date="2020-05-12")
    assert dates_of(x, "trial") == {"2020-05-11"}


def test_counted_events_take_no_date_of_the_count(extract):
    text = "The group recorded 53 cases of violence against journalists in 2019."
    x = run(extract, text, date="2019-12-28")
    assert dates_of(x, "violence") == {None}


def test_two_months_joined_before_a_year_read_as_the_first_month():
    mentions = find_dates("He had reported death threats in October and November of 2018.", None)
    assert [m.iso for m in mentions] == ["2018-10"]


def test_a_date_before_for_or_over_is_the_acts_before_it_not_the_events_after_it(extract):
    x = run(extract, "The minister made a formal apology to the monks on 7 December for the injuries they suffered.", date="2012-12-12")
    assert dates_of(x, "violence") == {None}


def test_an_event_before_the_date_keeps_it_when_a_complement_follows(extract):
    x = run(extract, "Police beat the monks on 7 December for refusing to leave the camp.", date="2012-12-12")
    assert dates_of(x, "violence") == {"2012-12-07"}


def test_an_event_after_a_date_of_another_act_takes_no_date_from_the_scene(extract):
    text = "Police arrested the union leader on 3 January 2024. Workers continued a strike that began in December 2021 over mass layoffs."
    x = run(extract, text, date="2024-01-05")
    assert dates_of(x, "labour") == {None}


def test_an_event_after_a_phrase_naming_another_event_takes_not_the_date_before_that_phrase(extract):
    text = "On 14 January the union leader was summoned by the court to answer questions relating to the garment workers' strike."
    x = run(extract, text, date="2014-01-24")
    assert dates_of(x, "protest") == {None}
    assert dates_of(x, "charge") == {"2014-01-14"}


def test_a_date_after_the_people_an_act_was_done_to_dates_the_act(extract):
    text = "Soldiers carried out a brutal military intervention against the strikers on 2 January 2014 in the capital."
    x = run(extract, text, date="2014-01-14")
    assert dates_of(x, "violence") == {"2014-01-02"}
    assert dates_of(x, "protest") == {None}


def test_a_date_after_people_who_act_themselves_stays_theirs(extract):
    text = "Soldiers carried out a brutal military intervention, and the strikers marched to the ministry on 2 January 2014."
    x = run(extract, text, date="2014-01-14")
    assert dates_of(x, "protest") == {"2014-01-02"}


def test_events_counted_with_the_count_noun_after_them_take_no_day(extract):
    text = "Twenty-five murder cases were registered in the province in 2016 alone."
    x = run(extract, text, date="2017-05-24")
    assert dates_of(x, "violence") == {None}


def test_every_item_of_a_counted_list_takes_no_day(extract):
    text = "The group documented 40 cases of illegal arrest and arbitrary detention of journalists in 2019."
    x = run(extract, text, date="2019-10-07")
    assert dates_of(x, "arrest") == {None}


def test_an_event_word_before_a_plain_noun_keeps_its_day(extract):
    text = "A murder suspect was arrested in the province on 3 May 2016."
    x = run(extract, text, date="2016-05-10")
    assert dates_of(x, "arrest") == {"2016-05-03"}


def test_a_date_before_a_verb_of_saying_without_that_is_the_day_of_the_saying(extract):
    text = "In June, the United Nations said the demolition of homes across the region had increased fourfold."
    x = run(extract, text, date="2016-08-09")
    assert dates_of(x, "eviction") == {None}


def test_a_date_before_a_verb_announcing_an_event_dates_that_event(extract):
    text = "On 17 November 2021, the doctors' committee announced the killing of 15 people in the capital."
    x = run(extract, text, date="2021-11-20")
    assert dates_of(x, "violence") == {"2021-11-17"}
