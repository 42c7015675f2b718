"""Dates anchored in the text: a clause told now takes no date from the scene, dates of other events and of
counts date nothing, and days written without a year or in numbers take the story's year.

Invented sentences, one per rule.
"""

from __future__ import annotations

from rule_checks import dates_of, run

from clecgraph.dates import numeric_day, parse_date
from clecgraph.extract.text.temporal import find_dates
from clecgraph.model import Statement


def test_a_clause_told_in_the_present_takes_no_date_from_the_sentence_before(extract):
    text = "Police arrested twelve farmers in Kampot on 4 May 2018. Those on bail face charges of incitement."
    x = run(extract, text, date="2018-05-20")
    assert dates_of(x, "arrest") == {"2018-05-04"}
    assert dates_of(x, "charge") == {None}


def test_a_future_clause_takes_no_date_from_the_sentence_before(extract):
    text = "Police detained the union leader in 2020. He is facing charges of incitement and will stand trial soon."
    x = run(extract, text, date="2021-01-10")
    assert dates_of(x, "charge") == {None}
    assert dates_of(x, "trial") == {None}


def test_a_present_clause_keeps_to_its_own_dates(extract):
    x = run(extract, "While eleven were released on 6 July 2018, the two others face charges of obstruction.", date="2018-07-20")
    assert dates_of(x, "release") == {"2018-07-06"}
    assert dates_of(x, "charge") == {None}


def test_since_then_opens_a_sentence_without_the_scene_date(extract):
    text = "Soldiers occupied the town on 3 March 2017. Since then, troops have beaten dozens of residents."
    x = run(extract, text, date="2018-07-20")
    assert dates_of(x, "violence") == {None}


def test_a_present_sentence_ends_the_scene_for_the_sentences_after_it(extract):
    text = (
        "The rally is being held today in the capital. The police must remember the court's ruling. "
        "A lecturer was beaten by police officers at a rally in 2011."
    )
    x = run(extract, text, date="2015-03-07")
    assert "2015-03-07" not in dates_of(x, "violence")


def test_a_quote_does_not_end_the_scene(extract):
    text = 'The ministry revoked the radio station\'s licence on Sunday. "Closing the station is an act of censorship," said the group.'
    x = run(extract, text, date="2023-02-14")
    assert dates_of(x, "restriction") == {"2023-02-12"}


def test_a_date_after_a_phrase_naming_another_event_is_that_events(extract):
    text = "Since then, 300 people have been charged in relation to the military coup on 1 February."
    x = run(extract, text, date="2021-03-15")
    assert dates_of(x, "charge") == {None}


def test_a_count_as_of_a_day_dates_none_of_its_events(extract):
    text = "As of 14 March, a total of 2,156 people have been arrested by the security forces."
    x = run(extract, text, date="2021-03-15")
    assert dates_of(x, "arrest") == {None}


def test_a_day_range_in_a_record_date_is_its_first_day():
    assert parse_date("December 5&6, 2013") == "2013-12-05"
    assert parse_date("5-6 June 2014") == "2014-06-05"
    assert parse_date("December 2013") == "2013-12"


def test_a_numeric_day_is_read_as_its_weekday_allows():
    assert numeric_day(4, 5, 2015, weekday=0) == "2015-05-04"  # Monday 4 May 2015, not Sunday 5 April
    assert numeric_day(2, 28, 2021) == "2021-02-28"  # only one reading is a day
    assert numeric_day(4, 5, 2015) is None  # either reading: no date
    dates = find_dates("the coordinator told reporters on Monday (4/5/2015).", None)
    assert [d.iso for d in dates] == ["2015-05-04"]


def test_year_less_days_take_the_year_of_the_story_not_of_a_historical_date(extract):
    text = (
        "Police arrested 200 people from 30 April to 1 May for marking the anniversary of the 1 May 1963 annexation. "
        "The coordinator told reporters on Monday (4/5/2015) that most were students."
    )
    x = run(extract, text)
    assert dates_of(x, "arrest") == {"2015-04-30"}


def test_year_less_days_take_the_story_year_even_before_its_latest_day(extract):
    text = (
        "The union held a rally in the capital on July 3, 2021. "
        "The warrant for the union leader's arrest had been issued on August 13. "
        "Police arrested him on September 2 in a raid on the union's office."
    )
    x = run(extract, text)
    assert "2021-09-02" in dates_of(x, "arrest")
    assert all(d is None or d.startswith("2021") for d in dates_of(x, "charge") | dates_of(x, "arrest"))


def test_a_headline_date_anchors_relative_days_when_the_record_has_none(extract):
    x = run(extract, "Police shot dead 18 protesters on Sunday in Yangon.", title="Bloodiest day of protests - 02/28/2021 - World")
    assert x.date is None
    assert dates_of(x, "violence") == {"2021-02-28"}


def test_an_anniversary_dates_its_event_that_many_years_before(extract):
    text = "On the fifth anniversary of the enforced disappearance of the activist Somchai Vong, we express outrage."
    x = run(extract, text, date="2017-12-15")
    assert dates_of(x, "arrest") == {"2012-12-15"}


def test_days_later_counts_from_a_day_told_in_the_paragraph_before(extract):
    text = "The women were arrested at the lake during a land protest on May 22.\n\nThey were charged two days later."
    x = run(extract, text, date="2012-07-11")
    assert dates_of(x, "charge") == {"2012-05-24"}


def test_a_date_after_marking_an_anniversary_is_the_anniversarys(extract):
    text = "Police arrested 40 students on 30 April for demonstrating to mark the anniversary of the annexation on May 1."
    x = run(extract, text, date="2015-05-05")
    assert dates_of(x, "arrest") == {"2015-04-30"}


def test_what_a_protest_is_against_takes_no_date_from_the_protest(extract):
    text = "On 29 November, riot police raided camps set up by villagers protesting against their eviction from the mine."
    x = run(extract, text, date="2012-12-12")
    assert dates_of(x, "eviction") == {None}


def test_a_date_alone_in_brackets_opening_the_text_is_a_dateline(extract):
    x = run(extract, "(August 27th, 2007) Security forces arrested a hundred activists from August 21st to 25th.")
    assert x.date == "2007-08-27"
    assert dates_of(x, "arrest") == {"2007-08-21"}


def test_an_ordinal_day_in_capitals_is_read_as_a_date():
    text = "Last Saturday, November 10TH, 2012, a farmer was found murdered."
    assert [d.iso for d in find_dates(text, "2012-11-14") if d.explicit] == ["2012-11-10"]


def test_a_date_that_is_the_subject_of_its_sentence_names_a_day_not_the_events_day(extract):
    text = "8 March is the day on which police beat the workers. Police arrested four union members in Kandal on 7 March 2019."
    x = run(extract, text, date="2019-03-09")
    assert dates_of(x, "violence") == {None}
    assert dates_of(x, "arrest") == {"2019-03-07"}


def test_a_date_opening_a_sentence_as_its_adverbial_still_dates_its_events(extract):
    x = run(extract, "8 March, police arrested four union members in Kandal.", date="2019-03-09")
    assert dates_of(x, "arrest") == {"2019-03-08"}


def test_without_a_statement_date_a_day_without_its_year_takes_the_year_of_the_titles_month(extract):
    text = "On Friday, April 21, soldiers arrested three farmers in Peten. The village had been evicted in 2017."
    x = extract(Statement("t.jsonl", 1, text, title="Laguna Larga, April 2023"))
    assert {e.date for e in x.events if e.type == "arrest"} == {"2023-04-21"}


def test_without_a_statement_date_or_a_dated_title_a_day_without_its_year_stays_undated(extract):
    text = "On Friday, April 21, soldiers arrested three farmers in Peten. The village had been evicted in 2017."
    x = extract(Statement("t.jsonl", 1, text, title="Laguna Larga"))
    assert {e.date for e in x.events if e.type == "arrest"} == {None}


def test_words_in_a_quotation_take_no_day_from_the_scene(extract):
    text = "Workers marched to the ministry on 3 May 2021. “The police beat us with batons,” a worker said."
    x = run(extract, text, date="2021-05-10")
    assert dates_of(x, "protest") == {"2021-05-03"}
    assert dates_of(x, "violence") == {None}


def test_the_same_words_told_outside_a_quotation_take_the_scene_day(extract):
    x = run(extract, "Workers marched to the ministry on 3 May 2021. The police beat them with batons.", date="2021-05-10")
    assert dates_of(x, "violence") == {"2021-05-03"}


def test_a_quotation_keeps_a_day_of_its_own(extract):
    text = "Workers marched to the ministry on 3 May 2021. “The police beat us on 4 May,” a worker said."
    x = run(extract, text, date="2021-05-10")
    assert dates_of(x, "violence") == {"2021-05-04"}


def test_the_present_perfect_takes_no_day_from_the_scene(extract):
    text = "Workers marched to the ministry on 3 May 2021. The administration has imposed a curfew in the district."
    x = run(extract, text, date="2021-05-10")
    assert dates_of(x, "restriction") == {None}


def test_the_simple_past_takes_the_scene_day(extract):
    text = "Workers marched to the ministry on 3 May 2021. The administration imposed a curfew in the district."
    x = run(extract, text, date="2021-05-10")
    assert dates_of(x, "restriction") == {"2021-05-03"}


def test_an_event_first_told_before_any_day_takes_the_scene_day_of_a_later_mention(extract):
    text = "Officials demolished homes in the settlement.\n\nOn 8 July 2016, police beat the residents. The demolition left forty families homeless."
    x = run(extract, text, date="2016-07-14")
    assert dates_of(x, "eviction") == {"2016-07-08"}


def test_an_event_first_told_as_ongoing_stays_undated_though_a_later_mention_has_a_scene_day(extract):
    text = "The workers are on an ongoing strike over wages.\n\nOn 8 July 2016, police beat workers. The strike went on."
    x = run(extract, text, date="2016-07-14")
    assert dates_of(x, "protest") == {None}


def test_what_a_protest_names_as_its_object_takes_no_date_from_the_protest(extract):
    text = "Earlier this month, guest workers at a factory angrily protested the seizure of their passports by the owners."
    x = run(extract, text, date="2012-04-13")
    assert dates_of(x, "protest") == {"2012-04"}
    assert dates_of(x, "trafficking") == {None}


def test_a_protest_noun_before_a_determiner_does_not_undate_the_next_event(extract):
    text = "Workers held a protest the police violently dispersed on 3 May 2021."
    x = run(extract, text, date="2021-05-10")
    assert dates_of(x, "violence") == {"2021-05-03"}
