"""The sentence around a date (read for its tense) runs from the edge before it to the edge after it, at most
401 characters each way."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clecgraph.extract.text.date_reading import _sentence_around


def walked(text: str, start: int, end: int) -> str:
    """The reference: a character at a time, out from the date."""
    left = start
    while left > 0 and text[left - 1] not in ".!?\n" and start - left <= 400:
        left -= 1
    right = end
    while right < len(text) and text[right] not in ".!?\n" and right - end <= 400:
        right += 1
    return text[left:right]


@given(st.text(alphabet="ab .!?\n", max_size=1200), st.data())
def test_the_sentence_around_is_what_a_walk_out_from_the_date_finds(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _sentence_around(text, start, end) == walked(text, start, end)


def test_a_long_sentence_is_cut_401_characters_each_way():
    text = "x" * 1000 + "DATE" + "y" * 1000
    around = _sentence_around(text, 1000, 1004)
    assert around == "x" * 401 + "DATE" + "y" * 401
