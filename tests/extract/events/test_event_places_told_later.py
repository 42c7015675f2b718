"""An event its own sentence, the sentences before and the dateline leave unplaced takes a town told in the
next two sentences of its paragraph; a town told further on belongs to the story's later events."""

from __future__ import annotations

from rule_checks import places_of, run


def test_a_town_told_two_sentences_later_places_an_earlier_event(extract):
    text = "Police detained nine activists on Sunday. Their families were not told. The union has 400 members in Battambang."
    x = run(extract, text, date="2019-05-07")
    assert places_of(x, "arrest") == {"Battambang"}


def test_a_town_told_three_sentences_later_does_not_place_an_earlier_event(extract):
    text = (
        "Police detained nine activists on Sunday. Their families were not told. Their lawyer asked to see them. "
        "The union has 400 members in Battambang."
    )
    x = run(extract, text, date="2019-05-07")
    assert places_of(x, "arrest") == {None}
