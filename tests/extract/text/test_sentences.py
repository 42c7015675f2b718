"""Sentences: where a sentence ends. Invented texts."""

from __future__ import annotations

from clecgraph.extract.text.sentences import sentences


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_a_line_break_after_a_full_stop_ends_the_sentence_whatever_opens_the_next_line():
    text = "The lawyer spoke to reporters on Monday (4/5/2015).\n#freepapua Movement called the arrests a violation."
    assert _texts(text) == ["The lawyer spoke to reporters on Monday (4/5/2015).", "#freepapua Movement called the arrests a violation."]


def test_a_full_stop_before_a_lowercase_word_on_the_same_line_does_not_end_it():
    assert _texts("He works for the U.N. agency in the city. Police came.") == ["He works for the U.N. agency in the city.", "Police came."]
