"""Shared date helpers: shifting, weekdays, years written without a year."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st
from input_checks import read, write

from clecgraph.dates import nearest_year, numeric_order, parse_date, precision, same_month_span, shift_days, shift_months, weekday_near


def test_existing_parse_date_behaviour_kept():
    assert parse_date("15 July 2012") == parse_date("July 15, 2012") == parse_date("2012-07-15") == "2012-07-15"
    assert parse_date("July 2012") == "2012-07" and parse_date("2012") == "2012"
    assert parse_date("2012-02-30") is None and parse_date(None) is None and parse_date("x" * 200) is None
    assert precision("2012") == "year" and precision("2012-07") == "month" and precision("2012-07-15") == "day"


def test_metadata_dates_with_weekday_time_or_no_separators():
    # RSS and e-mail dates, and exports that add the hour: the day as written (no time-zone shift)
    assert parse_date("Mon, 02 Mar 2015 10:00:00 +0700") == "2015-03-02"
    assert parse_date("Mon, 02 Mar 2015 23:30:00 -0500") == "2015-03-02"
    assert parse_date("Monday, March 2, 2015 at 9:30 am") == "2015-03-02"
    assert parse_date("2 March 2015 14:05 ICT") == "2015-03-02"
    assert parse_date("Wed 4 Mar 2015") == "2015-03-04"
    assert parse_date("20150302") == "2015-03-02" and parse_date("20151302") is None
    # still not guessed: day and month order, a weekday alone, a bare number
    assert parse_date("02/03/2015") is None and parse_date("Sunday") is None and parse_date("1425254400") is None


def test_numeric_day_and_month_are_read_where_their_order_cannot_matter():
    assert parse_date("28/09/2015") == parse_date("09/28/2015") == parse_date("28.09.2015") == "2015-09-28"
    assert parse_date("3-3-2015") == "2015-03-03"  # the same either way
    assert parse_date("02/03/2015") is None  # 2 March or 3 February: slashes are written both ways
    assert parse_date("31/02/2015") is None and parse_date("28/09-2015") is None  # no such day; mixed separators


def test_numeric_days_with_dots_or_dashes_are_read_day_first():
    assert parse_date("02.03.2015") == parse_date("02-03-2015") == "2015-03-02"
    assert parse_date("09.28.2015") == "2015-09-28"  # only a month-first reading exists


def test_a_compact_day_month_year_is_read_when_no_year_opens_it():
    assert parse_date("08102019") == "2019-10-08" and parse_date("20191008") == "2019-10-08"
    assert parse_date("31132019") is None


def test_an_arabic_comma_after_the_day_is_a_comma():
    assert parse_date("08\u060c May 2014") == "2014-05-08"


def test_day_month_name_and_year_joined_by_dashes_slashes_or_dots():
    assert parse_date("11-Jul-2018") == parse_date("11/Jul/2018") == parse_date("11.Jul.2018") == "2018-07-11"
    assert parse_date("11 Jul. 2018") == parse_date("11th of July, 2018") == "2018-07-11"
    assert parse_date("11-Jul 2018") == "2018-07-11" and parse_date("11-Jly-2018") is None


def test_shifts_cross_months_and_years():
    assert shift_days("2013-01-01", -1) == "2012-12-31"
    assert shift_days("2012-07", -1) is None
    assert shift_months("2013-01-10", -1) == "2012-12" and shift_months("2012-12", 1) == "2013-01"


def test_weekday_near_looks_back_by_default_and_forward_on_request():
    assert weekday_near("2012-07-16", 6) == "2012-07-15"  # a Monday: Sunday was yesterday
    assert weekday_near("2012-07-15", 6) == "2012-07-15"  # on the day itself
    assert weekday_near("2012-07-16", 4, forward=True) == "2012-07-20"
    assert weekday_near(None, 1) is None


def test_year_of_a_day_written_without_one():
    assert nearest_year(7, 21, "2006-07-18") == 2006
    assert nearest_year(12, 28, "2014-01-03") == 2013
    assert nearest_year(1, 2, "2013-12-30") == 2014
    assert nearest_year(2, 29, "2013-03-01") == 2012  # the only leap year among the candidates
    assert nearest_year(7, 21, None) is None


def test_same_month_span():
    assert same_month_span("2012-09-06", 3) == "2012-09"
    assert same_month_span("2012-09-03", 3) is None


@given(
    st.dates(min_value=__import__("datetime").date(2, 1, 1), max_value=__import__("datetime").date(9998, 12, 1)),
    st.integers(-400, 400),
    st.integers(0, 6),
)
def test_helpers_agree_with_the_calendar(day, offset, weekday):
    iso = day.isoformat()
    shifted = shift_days(iso, offset)
    assert shifted is not None and shift_days(shifted, -offset) == iso
    back = weekday_near(iso, weekday)
    assert back <= iso and shift_days(back, 7) > iso
    assert len(shift_months(iso, offset) or "2000-01") == 7


def test_a_slashed_day_both_orders_allow_is_read_in_the_order_given():
    assert parse_date("12/01/2005", order="md") == "2005-12-01"
    assert parse_date("12/01/2005", order="dm") == "2005-01-12"
    assert parse_date("12/01/2005") is None


def test_the_order_of_days_in_numbers_is_the_one_the_text_writes_where_the_numbers_allow_only_one():
    assert numeric_order("On the day of the vote (11/29), a farmer was killed.") == "md"
    assert numeric_order("Police raided the office on 29/11/2005.") == "dm"


def test_no_order_from_a_text_that_writes_both_or_only_phrases_like_24_7():
    assert numeric_order("on 29/11/2005 and again on 11/30/2005") is None
    assert numeric_order("the clinic works 24/7 and a half (1/2) of its staff") is None


def test_a_record_header_date_both_orders_allow_is_read_as_its_text_writes_days(tmp_path):
    record = {"date": "12/01/2005", "text": "The commission said a farmer was killed on the day of the vote (11/29)."}
    statements, warnings = read(write(tmp_path / "s.jsonl", json.dumps(record) + "\n"))
    assert statements[0].date == "2005-12-01" and not warnings and not statements[0].warnings


def test_a_record_header_date_nothing_settles_stays_unread_with_a_warning(tmp_path):
    record = {"date": "12/01/2005", "text": "The commission said a farmer was killed."}
    statements, warnings = read(write(tmp_path / "s.jsonl", json.dumps(record) + "\n"))
    assert statements[0].date is None and "12/01/2005" in " ".join(w.message for w in statements[0].warnings)


def test_record_dates_written_as_year_and_month_or_in_another_language():
    # sites date their pages "2019/05", "15 de mayo de 2020" (Spanish), "5 de maio de 2020", "5 mai 2020", "5 Mei 2020"
    assert parse_date("2019/05") == "2019-05"
    assert parse_date("15 de mayo de 2020") == "2020-05-15" and parse_date("5 de maio de 2020") == "2020-05-05"
    assert parse_date("5 mai 2020") == "2020-05-05" and parse_date("5 Mei 2020") == "2020-05-05"
    assert parse_date("1er janvier 2020") == "2020-01-01"
    # a month name of another language is not taken where no day and year stand with it
    assert parse_date("mayo") is None and parse_date("15 de mayo") is None


def test_record_dates_written_with_of_before_the_year():
    assert parse_date("6th of July of 2021") == "2021-07-06"
    assert parse_date("July of 2021") == "2021-07"
    assert parse_date("6th of July of") is None
