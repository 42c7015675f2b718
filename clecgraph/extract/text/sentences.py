"""Paragraphs and sentences of a text, as character offsets.

Plain rules, no model: a paragraph ends at a blank line or a bulleted line;
a sentence ends at . ! or ? followed by a space and a capital, a digit or
a quote, unless the word before is a short abbreviation (Mr., Dr., Co.,
H.E., U.N.). A full stop glued to the next word ("a revolt.2,000 workers")
also ends a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from clecgraph.knowledge.lexicon import EN

_ABBREVIATIONS = EN.words("sentence_abbreviations")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*|\n(?=[ \t\u00a0]*(?:[•·▪◦*\-–]|\d+[.)])\s)")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?:\s+|(?=[A-Z“\"‘]\w)|(?=\d[\d,]*\s))|\n+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index of the paragraph the sentence belongs to


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank paragraph."""
    spans = []
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@lru_cache(maxsize=8)  # asked for by the event finder and by the attribution, of the same text (callers only read it)
def sentences(text: str) -> list[Sentence]:
    """The sentences of a text, in order, each with its paragraph number.

    >>> t = "Mr. Sonando was arrested. Police fired shots.\\n\\nA new report was published."
    >>> [(t[s.start:s.end], s.paragraph) for s in sentences(t)]
    [('Mr. Sonando was arrested.', 0), ('Police fired shots.', 0), ('A new report was published.', 1)]
    """
    found = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        start = p_start
        for match in _SENTENCE_END.finditer(text, p_start, p_end):
            end = match.end()
            stop = match.start()
            if text[stop] == "." and _abbreviation_before(text, stop, p_start):
                continue
            # (a line break after the stop ends the sentence whatever opens the next line: "#hashtag", "@name")
            if match[0][:1] in ".!?" and "\n" not in match[0] and end < p_end and not _starts_sentence(text, end, p_end):
                continue
            _add(found, text, start, end, number)
            start = end
        _add(found, text, start, p_end, number)
    return found


def _add(found: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Sentence(start, end, paragraph))


def _abbreviation_before(text: str, dot: int, floor: int) -> bool:
    begin = dot
    while begin > floor and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _starts_sentence(text: str, index: int, limit: int) -> bool:
    while index < limit and text[index].isspace():
        index += 1
    if index >= limit:
        return True
    char = text[index]
    return char.isupper() or char.isdigit() or char in "\"“‘'([•–-" or not char.isascii()
