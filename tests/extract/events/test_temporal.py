"""Statement dates (header, record, dateline) and date expressions in text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clecgraph.extract.text.datelines import find_dateline
from clecgraph.extract.text.temporal import find_dates, statement_date
from clecgraph.model import Statement


@pytest.mark.parametrize(
    "text, date, place",
    [
        ("PHNOM PENH, 20 December 2013 – Police ...", "2013-12-20", "PHNOM PENH"),
        ("Siem Reap (March 3, 2015) — Villagers ...", "2015-03-03", "Siem Reap"),
        ("Bangkok, Thailand, Tuesday 5 May 2015: Workers ...", "2015-05-05", "Bangkok, Thailand"),
        ("Kuala Lumpur, 1st June 2018 -- The coalition ...", "2018-06-01", "Kuala Lumpur"),
        ("  Yangon, June 27, 2012 - We ...", "2012-06-27", "Yangon"),
        ("November 4, 2016 – Police ...", "2016-11-04", None),
    ],
)
def test_datelines_in_several_styles(text, date, place):
    found = find_dateline(text)
    assert found is not None and found.date == date
    assert (text[found.place_start : found.place_end] if found.place_start is not None else None) == place


@pytest.mark.parametrize(
    "text", ["We, the undersigned, condemn ...", "In Cambodia, today, ...", "The Victims: families", "Mr. Sok, the director: ...", ""]
)
def test_prose_is_not_a_dateline(text):
    found = find_dateline(text)
    assert found is None or found.date is None


def test_statement_date_prefers_the_record():
    assert statement_date(Statement("a.jsonl", 1, "Phnom Penh, 20 December 2013 – x", date="2013-12-21"))[0] == "2013-12-21"
    assert statement_date(Statement("a.jsonl", 1, "Phnom Penh, 20 December 2013 – x"))[0] == "2013-12-20"
    assert statement_date(Statement("a.jsonl", 1, "Police arrested him on 20 December 2013.")) == (None, [])
    assert statement_date(Statement("a.jsonl", 1, "x", metadata=(("published", "2014-02-03T10:00:00Z"),)))[0] == "2014-02-03"


def test_impossible_dateline_date_warns_and_gives_none():
    date, warnings = statement_date(Statement("a.jsonl", 7, "Phnom Penh (February 30, 2013) – Police ..."))
    assert date is None and len(warnings) == 1 and "a.jsonl:7" in str(warnings[0])


def test_jsonl_record_without_date_gets_the_dateline_date(tmp_path):
    from clecgraph.extract import get_extractor
    from clecgraph.sources import read_file

    path = tmp_path / "s.jsonl"
    path.write_text(
        json.dumps({"publisher": "X", "text": "Battambang (July 2, 2019) – Police arrested a monk yesterday."}) + "\n", encoding="utf-8"
    )
    (statement,) = list(read_file(path))
    extraction = get_extractor()(statement)
    assert extraction.date == "2019-07-02"
    assert [(e.type, e.date) for e in extraction.events] == [("arrest", "2019-07-01")]


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("between the 2nd and 4th of April 2014", None, "2014-04-02"),
        ("on 7-9 November 2016", None, "2016-11-07"),
        ("from March 30 to April 2, 2015", None, "2015-03-30"),
        ("in late 2009", None, "2009"),
        ("in September 2010", None, "2010-09"),
        ("on 2013-05-17", None, "2013-05-17"),
        ("yesterday's raid", "2016-03-01", "2016-02-29"),
        ("the day before yesterday", "2016-03-01", "2016-02-28"),
        ("three days ago", "2016-03-01", "2016-02-27"),
        ("last month", "2016-01-10", "2015-12"),
        ("earlier this month", "2016-01-10", "2016-01"),
        ("earlier this year", "2016-01-10", "2016"),
        ("last year", "2016-01-10", "2015"),
        ("over the past five days", "2016-01-10", "2016-01"),
        ("over the past five days", "2016-01-03", None),
        ("last Friday", "2016-01-08", "2016-01-01"),
        ("on Friday", "2016-01-08", "2016-01-08"),
        ("will meet on Friday", "2016-01-06", "2016-01-08"),
        ("on Thursday, December 31", "2016-01-04", "2015-12-31"),
        ("on 5 January", "2015-12-28", "2016-01-05"),
        ("in March", None, None),
        ("on Sunday", None, None),
    ],
)
def test_date_expressions(text, anchor, expected):
    found = [d.iso for d in find_dates(text, anchor)]
    assert found == ([expected] if expected or found else [])


def test_not_dates():
    assert find_dates("Article 31 says 2,000 workers may march; the 2012 Forum; since the 1990s", "2012-01-01") == []


def test_today_in_the_sense_of_nowadays_is_generic():
    (mention,) = find_dates("In Cambodia today, families are being pushed off their land.", "2012-07-04")
    assert mention.generic


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=300)
    | st.from_regex(r"(on|in|last|between the)? ?[0-9]{1,2}(st|th)? ?(-|and) ?[0-9]{1,2} (July|Sept|May) [0-9]{4}", fullmatch=True),
    anchor=st.none() | st.dates().map(lambda d: d.isoformat()),
)
def test_date_finding_never_crashes_and_spans_hold(text, anchor):
    for mention in find_dates(text, anchor):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.iso is None or len(mention.iso) in (4, 7, 10)
    statement_date(Statement("h.txt", 1, text))
    find_dateline(text)


def test_a_day_without_its_year_in_a_past_sentence_is_looked_for_in_the_past():
    (mention,) = find_dates("Police arrested them in Phnom Penh on 3 September.", "2020-08-14")
    assert mention.iso == "2019-09-03"
    (mention,) = find_dates("The court will hear the case on 3 September.", "2020-08-14")
    assert mention.iso == "2020-09-03"
    (mention,) = find_dates("They were sentenced on 24 May.", "2012-05-22")  # a header a few days behind
    assert mention.iso == "2012-05-24"


def test_the_month_before_a_noun():
    assert [d.iso for d in find_dates("ahead of the July elections", "2013-06-05")] == ["2013-07"]


def _isos(text: str, anchor: str) -> dict[str, str | None]:
    return {text[m.start : m.end].strip(" ."): m.iso for m in find_dates(text, anchor)}


def test_a_month_without_a_year_takes_the_year_its_sentence_names():
    text = "Last year the union reported that reporters were beaten while covering the protests in September."
    assert _isos(text, "2020-10-10")["in September"] == "2019-09"


def test_a_day_without_a_year_takes_the_year_of_a_full_date_in_its_sentence():
    text = "He was arrested on 3 May 2014 and sentenced on 2 June."
    assert _isos(text, "2020-10-10")["2 June"] == "2014-06-02"


def test_a_year_that_bounds_a_period_does_not_set_the_year_of_a_day():
    text = "Detained since 2015, he was sentenced on 3 May."
    assert _isos(text, "2020-10-10")["3 May"] == "2020-05-03"


def test_a_day_without_a_year_in_another_sentence_keeps_the_year_nearest_the_statement():
    text = "The union was founded in 2009. Police raided its office on 3 May."
    assert _isos(text, "2020-10-10")["3 May"] == "2020-05-03"


def test_the_year_of_the_sentence_never_puts_a_day_after_the_statement():
    text = "In 2021 the court heard the case, and the verdict came on 5 December."
    assert _isos(text, "2021-06-01")["5 December"] == "2020-12-05"


def test_a_full_date_written_after_a_day_without_a_year_does_not_set_its_year():
    text = "The four were detained on 9 February over speeches made at a rally on 19 September 2020."
    assert _isos(text, "2021-03-09")["9 February"] == "2021-02-09"


def test_a_day_and_month_in_brackets_is_read_month_first_where_only_that_makes_a_date():
    assert _isos("The farmer was killed on the day of the vote (11/29).", "2005-12-01")["(11/29)"] == "2005-11-29"
    assert _isos("Police dispersed the march on Sunday (26/9).", "2021-09-28")["(26/9)"] == "2021-09-26"
