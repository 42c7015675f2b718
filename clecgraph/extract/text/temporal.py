"""Dates in statements: the statement's own date, and the dates its text gives.

`statement_date` reads the header or record, then a dateline opening the
text, and never invents a date. `find_dates` finds the date expressions of
a text, explicit ("July 15, 2012", "18-20 July 2012", "in 2005") and
relative ("yesterday", "on Sunday", "last month", "in the past three days"),
each resolved against the statement's date at the precision the words give.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from clecgraph.dates import iso_day, parse_date, shift_days
from clecgraph.extract.text.date_patterns import ANY_MONTH, GATES, ORDINALS, PATTERNS
from clecgraph.extract.text.date_reading import DateMention, resolve
from clecgraph.extract.text.datelines import opening_dateline
from clecgraph.model import InputWarning, Statement

__all__ = ["DateMention", "find_dates", "statement_date"]

_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")
# "since 2015", "until 2020", "by 2030": a year that bounds a period, not the year of the sentence's story
_NOT_THE_STORY_YEAR = re.compile(r"\b(?:since|until|till|by|before|after|from|between|to|and)\s+$", re.I)
_BOUND_IN_SPAN = re.compile(r"(?:since|until|till|by|before|after|from|between)\b", re.I)
# Record fields that some exports use for the publication date.
_METADATA_DATE_KEYS = ("published", "date_published", "publication_date", "published_at", "pubdate", "issued", "created", "datetime")


def statement_date(statement: Statement) -> tuple[str | None, list[InputWarning]]:
    """The statement's date: header or record first, then a dateline (opening the text, or on a line of its own
    among its first lines); else None.

    >>> statement_date(Statement("s.jsonl", 1, "Phnom Penh, 20 December 2013 – Police ..."))[0]
    '2013-12-20'
    """
    if statement.date:
        return statement.date, []
    for key, value in statement.metadata:
        if key.lower() in _METADATA_DATE_KEYS and (found := parse_date(value)):
            return found, []
    dateline = opening_dateline(statement.text)
    if dateline is None:
        return None, []
    if dateline.date is None and dateline.date_text:
        warning = InputWarning(
            statement.source, statement.line, f"dateline date {dateline.date_text[:40]!r} is not a real date; statement kept without a date"
        )
        return None, [warning]
    return dateline.date, []


# Each pattern with its gate; the words of every gate, in one list.
_PLAN = tuple((name, regex, GATES.get(name)) for name, regex in PATTERNS)
_GATE_WORDS = tuple(dict.fromkeys(word for _, _, gate in _PLAN if isinstance(gate, tuple) for word in gate))


def find_dates(text: str, anchor: str | None) -> list[DateMention]:
    """Date expressions of `text`, longest first where they overlap, in text order.

    >>> [(m.iso, m.relative) for m in find_dates("arrested on Sunday, July 15, 2012, and freed yesterday", "2012-07-17")]
    [('2012-07-15', False), ('2012-07-16', True)]
    """
    found: list[tuple[int, int, str, re.Match]] = []
    lower = text.lower()
    windows = _month_windows(text)
    present = {word for word in _GATE_WORDS if word in lower}  # (each gate word looked for once, not once a pattern)
    for name, regex, gate in _PLAN:
        if gate is None:  # a pattern with a month name: tried only around month names
            matches = (m for lo, hi in windows for m in regex.finditer(text, lo, hi))
        elif gate.search(text) if isinstance(gate, re.Pattern) else not present.isdisjoint(gate):
            matches = regex.finditer(text)
        else:
            continue
        for match in matches:
            if match.end() > match.start():
                found.append((match.start(), -(match.end() - match.start()), name, match))
    found.sort(key=lambda item: (item[1], item[0]))  # longest first, then leftmost
    mentions: list[DateMention] = []
    # the spans taken do not overlap, so by start they are also in order of end: a span overlaps one of them
    # exactly when the last one starting before its end ends after its start (found by bisection)
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    ranges = []  # start days of the date ranges written ("from 7 to 10 January")
    for start, negative_length, name, match in found:
        end = start - negative_length
        k = bisect_left(taken_starts, end)
        if k and taken_ends[k - 1] > start:
            continue
        if name == "nth_day":
            mention = DateMention(start, end, None, False, offset=ORDINALS[match["n"].lower()])
        else:
            mention = resolve(name, match, text, anchor)
        if mention is not None and name.startswith("range_") and mention.iso and len(mention.iso) == 10:
            ranges.append(mention)
        if mention is None:
            continue
        mentions.append(mention)
        taken_starts.insert(k, start)
        taken_ends.insert(k, end)
    return _years_of_sentences(text, anchor, sorted(_days_of_ranges(mentions, ranges), key=lambda m: m.start))


def _years_of_sentences(text: str, anchor: str | None, mentions: list[DateMention]) -> list[DateMention]:
    """ "Last year the union reported that journalists were beaten at the protests in September", "arrested on
    3 May 2014 and sentenced on 2 June": a month or day written without its year takes the one year its sentence
    names, not the year nearest the statement's date (unless that would put it after the statement)."""
    if not any(m.yearless and m.iso for m in mentions):
        return mentions
    out = []
    for m in mentions:
        if m.yearless and m.iso:
            years = {y.iso[:4] for y in mentions if _sets_the_year(text, y, m)}
            if len(years) == 1 and (year := years.pop()) != m.iso[:4]:
                moved = iso_day(int(year), int(m.iso[5:7]), int(m.iso[8:])) if len(m.iso) == 10 else f"{year}{m.iso[4:]}"
                if moved and (not anchor or moved[:7] <= anchor[:7] or m.iso[:7] > anchor[:7]):
                    m = replace(m, iso=moved)
        out.append(m)
    return out


def _sets_the_year(text: str, y: DateMention, m: DateMention) -> bool:
    """A date with its year written ("in 2019", "3 May 2014", "last year") before `m` in its sentence, not bounding a
    period. (One written after it may be another event's: "detained on 9 February over a speech on 19 September 2020".)"""
    return (
        y.end <= m.start
        and bool(y.iso)
        and not y.yearless
        and (y.explicit or len(y.iso) == 4)
        and not y.generic
        and not _SENTENCE_EDGE.search(text, min(m.end, y.end), max(m.start, y.start))
        and not _NOT_THE_STORY_YEAR.search(text, max(0, y.start - 12), y.start)
        and not _BOUND_IN_SPAN.match(text, y.start)
    )


def _days_of_ranges(mentions: list[DateMention], ranges: list[DateMention]) -> list[DateMention]:
    """ "From 7 to 10 January ... On the second day": the range's first day plus one; with no range before, no date."""
    # (a day of a range goes on the story of the range: not a calendar date as written, nor said from the statement)
    if not any(m.iso is None and not m.relative and m.offset is not None for m in mentions):
        return mentions
    kept = []
    for m in mentions:
        if m.iso is None and not m.relative and m.offset is not None:
            before = [r for r in ranges if r.end <= m.start and m.start - r.end <= 600]
            if not before:
                continue
            m = DateMention(m.start, m.end, shift_days(before[-1].iso, m.offset), False)
        kept.append(m)
    return kept


def _month_windows(text: str, reach: int = 80) -> list[tuple[int, int]]:
    """Stretches of text around month names, merged, ending between words."""
    windows: list[list[int]] = []
    for match in ANY_MONTH.finditer(text):
        lo, hi = max(0, match.start() - reach), min(len(text), match.end() + reach)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]
