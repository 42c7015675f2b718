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
