"""A country label opening a title ("Country X: activists detained") places, like a dateline, the events
the text places nowhere more specific; in a text that names towns it names the story's setting, as a
country written in the text does, and places nothing of its own."""

from __future__ import annotations

from rule_checks import places_of, run


def test_a_title_label_places_the_events_the_text_does_not_place(extract):
    x = run(
        extract,
        "Police detained four union leaders on Monday. Officers raided the offices of their federation.",
        title="Cambodia: union leaders detained",
        date="2021-03-09",
    )
    assert places_of(x, "restriction") == {"Cambodia"}


def test_a_title_label_does_not_place_events_in_a_text_naming_towns(extract):
    x = run(
        extract,
        "Workers marched in Battambang last week.\n\nPolice detained four union leaders on Monday. "
        "Officers raided the offices of their federation.",
        title="Cambodia: union leaders detained",
        date="2021-03-09",
    )
    assert places_of(x, "restriction") == {None}


def test_a_country_named_in_a_title_without_a_label_places_nothing(extract):
    x = run(
        extract,
        "Police detained four union leaders on Monday. Officers raided the offices of their federation.",
        title="Union leaders detained in crackdown on Cambodia's unions",
        date="2021-03-09",
    )
    assert places_of(x, "restriction") == {None}
