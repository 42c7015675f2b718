"""One date expression read as a date: its ISO value at the precision the words give.

`resolve` turns a match of a pattern of date_patterns.py into a DateMention, against the day the
text is said from (the anchor): explicit dates as written, days without a year in the year that
puts them nearest the anchor (in the past, unless the sentence speaks of what is to come),
relative expressions ("yesterday", "last month", "over the weekend") from the anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clecgraph.dates import (
    MONTHS,
    WEEKDAYS,
    iso_day,
    iso_month,
    nearest_year,
    numeric_day,
    same_month_span,
    shift_days,
    shift_months,
    to_date,
    weekday_near,
)
from clecgraph.extract.text.date_patterns import EXPLICIT, NUMBER_WORDS


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text: [start, end), its ISO value (None if unresolvable)."""

    start: int
    end: int
    iso: str | None
    relative: bool  # resolved against the statement date
    generic: bool = False  # "in Cambodia today, people are being ..." (now, not a day)
    offset: int | None = None  # "two days earlier": days from the date the text spoke of last
    explicit: bool = False  # a calendar date as written ("28 July", "in 2005"), not "on Sunday"
    yearless: bool = False  # a month or day written without its year ("on 3 May", "in September"): the year was inferred


# ("the next day" tells of the past as often as of the future)
_FUTURE = re.compile(
    r"\b(?:will|shall|scheduled|upcoming|planned|plans?\s+to|deadline|due\s+to|next(?!\s+(?:day|morning|afternoon|evening|night)\b)|faces?|facing|set\s+to)\b",
    re.I,
)
_PAST = re.compile(r"\b(?:was|were|had|did)\b|\b\w{3,}ed\b", re.I)
_NOW = re.compile(r"\b(?:is|are)\s+(?:still\s+)?being\b|\bstill\b|\bcontinues?\s+to\b|\bnowadays\b|\bcurrently\b", re.I)
_SENTENCE_EDGE = re.compile(r"[.!?\n]")
_EDGE_MARKS = ".!?\n"
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:other\s+)?$", re.I)
_EVERY_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:of\s+)?(?:each|every)\b", re.I)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The text from the sentence edge before `start` to the one after `end`, at most 401 characters each way."""
    lo, hi = max(0, start - 401), min(len(text), end + 401)
    last = max(text.rfind(mark, lo, start) for mark in _EDGE_MARKS)  # (searched for, not walked to a character at a time)
    edge = _SENTENCE_EDGE.search(text, end, hi)
    return text[last + 1 if last >= 0 else lo : edge.start() if edge else hi]


def _number(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)


def _month_of(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _explicit(match: re.Match, anchor: str | None, past: bool) -> str | None:
    month = _month_of(match["m"])
    day = int(re.match(r"\d+", match["d"])[0])
    year_text = match.groupdict().get("y")
    weekday_name = match.groupdict().get("w")
    if year_text:
        return iso_day(int(year_text), month, day)
    said = match.groupdict().get("ry")
    if said:  # "on 24 December last year": the year said from the statement's
        return iso_day(int(anchor[:4]) + {"last": -1, "this": 0, "next": 1}[said.lower()], month, day) if anchor else None
    weekday = WEEKDAYS[weekday_name.lower()] if weekday_name else None
    year = nearest_year(month, day, anchor, weekday, past=past)
    return iso_day(year, month, day) if year else None


def resolve(name: str, match: re.Match, text: str, anchor: str | None) -> DateMention | None:
    start, end = match.start(), match.end()
    relative = name not in ("iso", "numeric", "range_dmy", "range_mdy", "mdy", "dmy", "month_year", "month_range", "year") or (
        name in ("range_dmy", "range_mdy", "mdy", "dmy") and not match["y"]
    )
    iso: str | None = None
    generic = False
    # a date written without its year is looked for in the past, unless the sentence speaks of what is to come
    if relative and anchor:
        sentence = _sentence_around(text, start, end)
        past = bool(_PAST.search(sentence)) and not _FUTURE.search(sentence)
    else:
        past = False
    if name == "iso":
        iso = iso_day(int(match["y"]), int(match["m"]), int(match["d"]))
        if iso is None:
            return None
    elif name in ("range_dmy", "range_mdy", "mdy", "dmy"):
        if name == "range_dmy" and match["m1"]:
            month = _month_of(match["m1"])
            day = int(re.match(r"\d+", match["d"])[0])
            year = int(match["y"]) if match["y"] else nearest_year(month, day, anchor, past=past)
            iso = iso_day(year, month, day) if year else None
        else:
            iso = _explicit(match, anchor, past)
        if iso is None and (match["y"] or to_date(anchor)):
            return None  # "31 February 2012", "45 July": not dates
    elif name in ("month_year", "month_range"):
        iso = iso_month(int(match["y"]), _month_of(match["m"]))
    elif name == "month":
        if match[0][:3].lower() == "the" and _NAME_AFTER.match(text, end):
            return None  # "the June Textiles factory": a name that opens with a month
        month = _month_of(match["m"])
        year = nearest_year(month, None, anchor, past=past)
        iso = iso_month(year, month) if year else None
    elif name == "year":
        iso = match["y"]
    elif name == "days_later":
        n = _number(match["n"]) * (7 if match["unit"].lower().startswith("week") else 1)
        back = match["dir"].lower() in ("earlier", "before")
        return DateMention(start, end, None, True, offset=-n if back else n) if n else None
    elif name == "next_day":
        return DateMention(start, end, None, True, offset=-1 if (match["dir"] or "").lower() == "previous" else 1)
    elif name == "days_ago":
        weeks = match["unit"].lower().startswith("week")
        n = _number(match["n"]) * (7 if weeks else 1)
        iso = shift_days(anchor, -n) if n else None
        if weeks and iso:
            iso = iso[:7]  # "two weeks ago": the month it falls in, as "in recent weeks" (the gold guidelines)
    elif name == "years_ago":
        iso = _years_ago(anchor, _number(match["n"]), match["unit"].lower().startswith("month"), match["today"])
    elif name == "past_days":
        iso = same_month_span(anchor, _number(match["n"]))
    elif name == "past_period":
        iso = _past_period(match, anchor)
    elif name == "weekend":
        saturday = weekday_near(shift_days(anchor, -1), 5)
        iso = saturday[:7] if saturday else None
    elif name == "numeric":
        weekday = WEEKDAYS[match["w"].lower()] if match["w"] else None
        iso = numeric_day(int(match["a"]), int(match["b"]), int(match["y"]), weekday)
        if iso is None:
            return None
    elif name == "bracket_dm":
        month, day = int(match["m"]), int(match["d"])
        if month > 12 >= day:
            month, day = day, month  # "(11/29)": only month first makes a date
        year = nearest_year(month, day, anchor, past=past)
        iso = iso_day(year, month, day) if year else None
        if iso is None:
            return None
    elif name == "day_before":
        iso = shift_days(anchor, -2)
    elif name == "yesterday":
        iso = shift_days(anchor, -1)
    elif name == "today":
        iso = shift_days(anchor, 0)
        generic = bool(_NOW.search(_sentence_around(text, start, end)))
    elif name == "tomorrow":
        iso = shift_days(anchor, 1)
    elif name == "weekday":
        if _EVERY_BEFORE.search(text, max(0, start - 30), start) or _EVERY_AFTER.match(text, end):
            return None  # "every Friday", "on the last Friday of each month": a habit, not a day
        iso = _weekday(match, text, anchor)
    elif name == "weekday_nth":
        iso = _weekday_and_day(WEEKDAYS[match["w"].lower()], int(match["d"]), anchor, past)
    elif name in ("this_month", "last_month", "next_month"):
        iso = shift_months(anchor, {"this_month": 0, "last_month": -1, "next_month": 1}[name])
    elif name in ("this_year", "last_year"):
        iso = str(int(anchor[:4]) - (name == "last_year")) if anchor else None
    elif name in ("this_week", "last_week"):
        monday, last = weekday_near(anchor, 0), anchor
        if name == "last_week":
            monday = shift_days(monday, -7)
            last = shift_days(monday, 6)
        iso = monday[:7] if monday and last and monday[:7] == last[:7] else None
    yearless = name in ("month", "bracket_dm") or (
        name in ("range_dmy", "range_mdy", "mdy", "dmy") and not match["y"] and not match.groupdict().get("ry")
    )
    return DateMention(start, end, iso, relative, generic, explicit=name in EXPLICIT, yearless=yearless)


def _weekday_and_day(weekday: int, day: int, anchor: str | None, past: bool) -> str | None:
    """ "Friday the 20th": the nearest month to the anchor (before it, in the past) whose 20th is a Friday."""
    if not anchor or len(anchor) < 7:
        return None
    found = []
    for months in range(-11, 12):
        month = shift_months(anchor, months)
        when = iso_day(int(month[:4]), int(month[5:]), day) if month else None
        if when and to_date(when).weekday() == weekday:
            later = past and to_date(anchor) is not None and when > anchor
            found.append((later, abs(months), when))
    return min(found)[2] if found else None


def _past_period(match: re.Match, anchor: str | None) -> str | None:
    """A period up to the statement's day, at month precision: the statement's month for a week or less
    ("over the past week", "within the past 48 hours", "in recent weeks"), else only if it lies within one month."""
    if not anchor or len(anchor) < 7:
        return None
    unit = (match["unit"] or "").lower()
    n = _number(match["n"]) if match["n"] else 1
    days = 7 * n if unit.startswith("week") else -(-n // 24) if unit == "hours" else 7
    return anchor[:7] if days <= 7 else same_month_span(anchor, days)


def _years_ago(anchor: str | None, n: int, months: bool, today: str | None) -> str | None:
    """ "Five years ago today" (that day), "two years ago" (that year), "three months ago" (that month)."""
    if not anchor or not n:
        return None
    if months:
        month = shift_months(anchor, -n)
        return (
            f"{month}{anchor[7:]}"
            if today and month and len(anchor) == 10 and "day" in today and iso_day(int(month[:4]), int(month[5:]), int(anchor[8:]))
            else month
        )
    year = int(anchor[:4]) - n
    if today and "day" in today and len(anchor) == 10:
        return iso_day(year, int(anchor[5:7]), int(anchor[8:]))
    if today and "month" in today and len(anchor) >= 7:
        return iso_month(year, int(anchor[5:7]))
    return str(year)


def _weekday(match: re.Match, text: str, anchor: str | None) -> str | None:
    weekday = WEEKDAYS[match["w"].lower()]
    rel = (match["rel"] or "").lower()
    if rel == "next":
        return weekday_near(shift_days(anchor, 1), weekday, forward=True)
    if rel in ("last", "past"):
        return weekday_near(shift_days(anchor, -1), weekday)
    if not rel.startswith("on") and rel != "this" and not match["w"][0].isupper():
        return None
    if not rel and _NAME_AFTER.match(text, match.end()):
        return None  # "The Sunday Leader", "Sunday Times": a weekday inside a name
    if _FUTURE.search(_sentence_around(text, match.start(), match.end())):
        return weekday_near(anchor, weekday, forward=True)
    return weekday_near(anchor, weekday)
