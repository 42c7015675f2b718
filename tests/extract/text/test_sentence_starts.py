"""A word opens a sentence, a line or a quotation when a break mark stands between it and the word before (not the
full stop of an abbreviation, nor a dot inside a word such as "U.N.")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clecgraph.extract.text.tokens import _ABBREVIATIONS, sentence_starts, tokenize

PARTS = [
    "Mr",
    "Dr",
    "U.N.",
    "H.E.",
    "word",
    "Name",
    "Co",
    "Ltd",
    "'s",
    " ",
    "  ",
    ".",
    ". ",
    "!",
    "?",
    ":",
    ";",
    "\n",
    "•",
    "–",
    '"',
    "“",
    "(",
    ")",
    ",",
]


def every_gap(text, tokens):
    """The reference: the gap before every word looked at."""
    starts = {0} if tokens else set()
    for n in range(1, len(tokens)):
        before = text[tokens[n - 1].end : tokens[n].start]
        if any(mark in before for mark in '.!?:;\n•–—"“(') and not (before.strip() == "." and tokens[n - 1].key in _ABBREVIATIONS):
            starts.add(n)
    return starts


@given(st.lists(st.sampled_from(PARTS), max_size=30))
def test_sentence_starts_are_the_words_after_a_break_mark(parts):
    text = "".join(parts)
    tokens = tokenize(text)
    assert sentence_starts(text, tokens) == every_gap(text, tokens)


def test_an_abbreviation_and_dotted_initials_open_no_sentence():
    text = "Sok Co. Ltd met U.N. staff. Then St. Mary left"
    tokens = tokenize(text)
    assert [tokens[n].text for n in sorted(sentence_starts(text, tokens))] == ["Sok", "Then"]
