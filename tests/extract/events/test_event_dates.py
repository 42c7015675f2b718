"""When an event happened: its own date, relative days, ranges, the scene's date, dates that date nothing.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

from rule_checks import dates_of, events, run, types


def test_second_day_of_a_range_is_its_first_day_plus_one(extract):
    text = "Fishermen blockaded the port from 12 to 15 August in Kep. On the second day, soldiers beat three of them."
    x = run(extract, text, date="2018-08-20")
    assert dates_of(x, "violence") == {"2018-08-13"}
    assert dates_of(x, "protest") == {"2018-08-12"}


def test_third_day_of_the_same_event_stays_one_event(extract):
    text = "Workers held a strike between 2 and 9 March in Kandal. On the third day of the strike, police arrested five leaders."
    x = run(extract, text, date="2018-03-20")
    assert dates_of(x, "arrest") == {"2018-03-04"}
    assert dates_of(x, "protest") == {"2018-03-02"}


def test_second_day_without_a_range_gives_no_day_of_its_own(extract):
    x = run(extract, "On the second day of the hearing, the court convicted two monks.", date="2018-03-20")
    assert dates_of(x, "trial") == {None}


def test_an_ongoing_event_dated_by_its_start(extract):
    x = run(extract, "Her arrest came as workers continued a strike that began in December 2021.", date="2024-01-05")
    assert ("protest", None, "2021-12") in {(e.type, e.place, e.date) for e in x.events}


def test_later_charged_takes_no_date_from_the_sentence_before(extract):
    x = run(extract, "Police arrested Sok Dara at his home on 3 September. He was later charged with treason.", date="2017-09-04")
    assert [e.date for e in x.events if e.type == "charge"] == [None]


def test_relative_day_kept_against_a_later_calendar_date(extract):
    text = (
        "The rights group notes that yesterday's referendum was held under a ban on campaigning. "
        "On 3 May, police arrested four students for handing out leaflets about the referendum."
    )
    x = run(extract, text, date="2019-06-10")
    assert ("election", None, "2019-06-09") in {(t, None, d) for t, p, d in events(x)}


def test_weekday_inside_a_name_is_no_date(extract):
    x = run(extract, "An editor of the Sunday Times was shot in Colombo on 8 January 2009.", date="2009-01-09")
    assert {e.date for e in x.events if e.type == "violence"} == {"2009-01-08"}


def test_report_release_day_dates_only_the_publication(extract):
    text = "Inmates were forced to work in the camps, the group said in a report released today. Guards beat inmates who refused."
    x = run(extract, text, date="2015-03-04")
    assert ("publication", "2015-03-04") in {(e.type, e.date) for e in x.events}
    assert all(e.date is None for e in x.events if e.type == "violence")


def test_still_held_takes_no_scene_date(extract):
    x = run(extract, "The court freed six activists on Sunday, but 40 others are still held in pre-trial detention.", date="2019-11-11")
    assert all(e.date is None for e in x.events if e.type == "arrest")


def test_date_ahead_of_an_event_dates_nothing(extract):
    x = run(extract, "The ministry closed the radio station, leaving no independent media ahead of the July polls.", date="2023-02-14")
    assert all(e.date != "2023-07" for e in x.events)


def test_since_starts_a_period_not_an_event(extract):
    text = "Hundreds of families in the city have been evicted since 1995. On 4 March 2008 workers demolished the Sambok Chab community."
    x = run(extract, text, date="2008-03-06")
    assert ("eviction", "Sambok Chab", "2008-03-04") in events(x)
    assert all(e.date != "1995" for e in x.events)


def test_date_after_and_opens_the_next_clause(extract):
    text = "Police arrested twelve fishermen in Pursat province, and on 9 March a court in Battambang convicted two of them."
    x = run(extract, text, date="2011-03-20")
    assert dates_of(x, "trial") == {"2011-03-09"}
    assert "2011-03-09" not in dates_of(x, "arrest")


def test_two_days_said_from_the_statement_are_two_events(extract):
    text = "Soldiers shot two fishermen in Kampot province this morning. Yesterday, guards beat a monk in Takeo province."
    x = run(extract, text, date="2016-05-04")
    assert dates_of(x, "violence") == {"2016-05-04", "2016-05-03"}


def test_years_ago_today(extract):
    x = run(extract, "Ten years ago today, workers of a private firm demolished 80 homes in Kbal Damrei village.", date="2019-06-12")
    assert dates_of(x, "eviction") == {"2009-06-12"}


def test_month_opening_a_name_is_no_date(extract):
    x = run(extract, "The July Apparel factory dismissed 40 union members on 3 October.", date="2019-10-10")
    assert dates_of(x, "labour") == {"2019-10-03"}


def test_statement_today_before_a_verb_of_speech_dates_no_event(extract):
    text = "The Flood Aid Network today called on the authorities to free the farmers detained yesterday, whose detention breaks the law."
    x = run(extract, text, date="2017-02-08")
    assert dates_of(x, "arrest") == {"2017-02-07"}


def test_have_already_been_takes_no_scene_date(extract):
    text = "On 4 May 2015, guards beat two villagers in Kbal Damrei village. More than 200 families have already been forced out of the village."
    x = run(extract, text, date="2015-05-06")
    assert "eviction" in types(x)
    assert dates_of(x, "eviction") == {None}


def test_offence_a_court_names_takes_not_the_verdict_date(extract):
    text = "A villager was shot dead in Preah Vihear province on 3 March 2015. In June 2016 the provincial court convicted a soldier of the shooting."
    x = run(extract, text, date="2016-07-01")
    assert dates_of(x, "violence") == {"2015-03-03"}


def test_the_next_day_does_not_send_a_weekday_to_the_future(extract):
    # Monday 8 June 2015: "on Saturday" is the 6th, "the next day" the 7th
    x = run(extract, "The lawyer was arrested on Saturday and released on bail the next day.", date="2015-06-08")
    assert dates_of(x, "arrest") == {"2015-06-06"}
    assert dates_of(x, "release") == {"2015-06-07"}


def test_dateless_statement_gives_a_yearless_day_the_year_written_in_full(extract):
    text = "Police detained the activist in Basra on 2 November 2019. Since the protests began on 1 October, dozens have been killed."
    x = run(extract, text)
    assert dates_of(x, "protest") == {"2019-10-01"}


def test_dateless_statement_leaves_yesterday_unknown(extract):
    text = "Police detained the activist in Basra on 2 November 2019. Yesterday, her brother was arrested too."
    x = run(extract, text)
    assert "2019-11-01" not in dates_of(x, "arrest")


def test_a_date_written_after_a_trigger_before_one_as_far_before_it(extract):
    text = (
        "Police arrested him on 29 January 2015. He was charged the next day with organising riots "
        "during a rally outside the regional parliament in Kazan on 26 February 2014."
    )
    x = run(extract, text, date="2015-02-02")
    assert dates_of(x, "protest") == {"2014-02-26"}
    assert dates_of(x, "charge") == {"2015-01-30"}


def test_months_of_protests_have_no_single_day(extract):
    text = "On 9 October 2016, the government declared a state of emergency after months of protests in the Amhara region."
    x = run(extract, text, date="2016-11-02")
    assert dates_of(x, "protest") == {None}


def test_days_of_strikes_keep_their_dates(extract):
    x = run(extract, "Workers held two days of strikes on 3 and 4 May.", date="2019-06-10")
    assert dates_of(x, "protest") == {"2019-05-03"}


def test_days_after_a_clause_does_not_shift_the_sentence_date(extract):
    x = run(extract, "On 4 March police arrested Thao in Hue, three days after she wrote about the spill.", date="2017-03-10")
    assert dates_of(x, "arrest") == {"2017-03-04"}


def test_days_later_still_shifts_the_date(extract):
    x = run(extract, "Police arrested Thao in Hue on 4 March. Three days later she was charged.", date="2017-03-10")
    assert dates_of(x, "charge") == {"2017-03-07"}


def test_since_date_sets_no_scene_date_for_the_next_sentence(extract):
    text = (
        "Police shot six farmers in Kabankalan on 4 April. It is the same story told of 40 killings since 2015. "
        "Nine others were arrested during the raids."
    )
    x = run(extract, text, date="2019-04-06")
    assert dates_of(x, "arrest") == {"2019-04-04"}


def test_a_year_sets_no_scene_date_for_the_next_sentence(extract):
    # "In 2014 ...": a period, not a scene; the next sentence's refusal is not thereby of 2014
    text = (
        "In 2014 a fire destroyed 200 shacks in the settlement. The municipality refused to let families rebuild and banned new shelters."
    )
    x = run(extract, text, date="2016-07-14")
    assert dates_of(x, "restriction") == {None}


def test_a_month_still_sets_the_scene_date_for_the_next_sentence(extract):
    text = "Workers struck at the Riverside factory in March 2019. Police arrested six of their leaders."
    x = run(extract, text, date="2019-06-01")
    assert dates_of(x, "arrest") == {"2019-03"}


def test_charges_and_trials_take_no_date_from_the_sentence_before(extract):
    # charges and trials follow a case on their own schedule (clec:datedOnlyByOwnWords)
    text = "Police arrested the union leader in Riverton on 3 May. He was charged with sedition."
    x = run(extract, text, date="2019-05-10")
    assert dates_of(x, "arrest") == {"2019-05-03"} and dates_of(x, "charge") == {None}
    x = run(extract, "Police arrested the union leader in Riverton on 3 May. He was convicted of sedition.", date="2019-05-10")
    assert dates_of(x, "trial") == {None}


def test_charges_still_take_a_date_of_their_own_sentence(extract):
    text = "Police arrested the union leader in Riverton on 3 May. Prosecutors charged him with sedition on 6 May."
    x = run(extract, text, date="2019-05-10")
    assert dates_of(x, "charge") == {"2019-05-06"}
