"""Datelines: the statement's date and place written at the top of its text.

One test per rule, each on a short invented text (not a held-out statement) that shows how
statements are written. (Gathered by behaviour from the per-round rule files of rounds 3-6.)
"""

from __future__ import annotations

from rule_checks import dates_of, run


def test_dateline_closed_by_a_full_stop_gives_the_statement_date(extract):
    x = run(extract, "Medan, 3 August 2006. The farmers' union condemns the eviction of 40 families on 1 August.")
    assert x.date == "2006-08-03"
    assert dates_of(x, "eviction") == {"2006-08-01"}


def test_a_full_stop_after_a_place_and_no_date_is_no_dateline(extract):
    x = run(extract, "Medan, Indonesia. The farmers' union condemns the eviction.")
    assert x.date is None


def test_a_date_alone_in_brackets_is_a_dateline_and_a_note_in_brackets_is_not():
    from clecgraph.extract.text.datelines import find_dateline

    found = find_dateline("(August 27th, 2007) A minimum of one hundred activists were arrested.")
    assert found is not None and found.date == "2007-08-27" and found.place_start is None
    assert find_dateline("(Photo: AFP) Police fired tear gas.") is None


def test_a_day_on_a_line_of_its_own_under_the_head_is_the_statement_date(extract):
    x = run(extract, "Press Release\n\n19 November 2024\n\nThe group filed a complaint after police arrested two members.")
    assert x.date == "2024-11-19"
    # the statement's date, not the arrest's, even with no blank line between
    x = run(extract, "Press Release\n19 November 2024\nPolice arrested two members of the group.")
    assert x.date == "2024-11-19" and dates_of(x, "arrest") == {None}


def test_a_place_and_day_heading_a_later_line_is_the_statement_date(extract):
    assert run(extract, "Statement of the Board\n\nRiverton - May 12, 2020\n\nPolice detained three monitors.").date == "2020-05-12"
    assert run(extract, "Farmers Union statement – 14 July 2016\n\nOfficials demolished homes.").date == "2016-07-14"
    assert run(extract, "Lakeside, 5 May 2020\nThe union condemns the arrests.").date == "2020-05-05"


def test_a_line_that_tells_of_an_event_on_a_day_is_no_dateline(extract):
    assert run(extract, "Arrests on 5 May 2020\nThe union condemns the arrests.").date is None
    assert run(extract, "Title line\nPolice arrested 20 people on 5 May 2020.").date is None
    # a year or a month alone on a line heads a section, not the statement
    assert run(extract, "Press Release\n\nMay 2020\n\nPolice arrested 20 people.").date is None


def test_a_record_date_beats_a_dateline_under_the_head(extract):
    x = run(extract, "Press Release\n\n19 November 2024\n\nPolice arrested two members yesterday.", date="2024-11-20")
    assert x.date == "2024-11-20"
