"""Dates in statements: the statement's own date, and the dates its text gives.

`statement_date` reads the header or record, then a dateline opening the
text, and never invents a date. `find_dates` finds the date expressions of
a text, explicit ("July 15, 2012", "18-20 July 2012", "in 2005") and
relative ("yesterday", "on Sunday", "last month", "in the past three days"),
each resolved against the statement's date at the precision the words give.
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
    parse_date,
    same_month_span,
    shift_days,
    shift_months,
    to_date,
    weekday_near,
)
from clecgraph.extract.text.datelines import find_dateline
from clecgraph.model import InputWarning, Statement

# Record fields that some exports use for the publication date.
_METADATA_DATE_KEYS = ("published", "date_published", "publication_date", "published_at", "pubdate", "issued", "created", "datetime")


def statement_date(statement: Statement) -> tuple[str | None, list[InputWarning]]:
    """The statement's date: header or record first, then a dateline; else None.

    >>> statement_date(Statement("s.jsonl", 1, "Phnom Penh, 20 December 2013 – Police ..."))[0]
    '2013-12-20'
    """
    if statement.date:
        return statement.date, []
    for key, value in statement.metadata:
        if key.lower() in _METADATA_DATE_KEYS and (found := parse_date(value)):
            return found, []
    dateline = find_dateline(statement.text)
    if dateline is None:
        return None, []
    if dateline.date is None and dateline.date_text:
        warning = InputWarning(
            statement.source, statement.line, f"dateline date {dateline.date_text[:40]!r} is not a real date; statement kept without a date"
        )
        return None, [warning]
    return dateline.date, []


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


def _cased(names) -> str:
    forms = set()
    for name in names:
        forms.update({name.capitalize(), name.upper()})
    return "|".join(sorted(forms, key=len, reverse=True))


_M = rf"(?:{_cased(MONTHS)})"
_W = rf"(?:{_cased(w for w in WEEKDAYS if len(w) > 3)})"
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:1[6-9]\d\d|2\d\d\d)"
_TO = r"\s*(?:-|–|—|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*"
_S = "(?:'s|’s)?"
_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "few": 3,
    "several": 5,
    "couple of": 2,
}
_NUM = r"(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple\s+of)"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    (name, re.compile(pattern, flags))
    for name, pattern, flags in [
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", 0),
        (
            "range_dmy",
            rf"(?:\b(?:between|from)\s+)?(?:\bthe\s+)?\b(?P<d>{_D})(?:\s+of)?(?:\s+(?P<m1>{_M})\.?)?{_TO}(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{_M})\b\.?(?:,?\s+(?P<y>{_Y})\b)?",
            0,
        ),
        ("range_mdy", rf"\b(?P<m>{_M})\.?\s+(?P<d>{_D}){_TO}(?:{_M}\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{_Y})\b)?", 0),
        ("mdy", rf"(?:\b(?P<w>{_W}),?\s+)?\b(?P<m>{_M})\.?\s+(?P<d>{_D})\b(?!\s*[-–:]\s*\d)(?:,?\s+(?P<y>{_Y})\b)?", 0),
        ("dmy", rf"(?:\b(?P<w>{_W}),?\s+)?(?:\bthe\s+)?\b(?P<d>{_D})(?:\s+of)?\s+(?P<m>{_M})\b\.?(?:,?\s+(?P<y>{_Y})\b)?", 0),
        ("month_year", rf"\b(?P<m>{_M})\.?,?\s+(?:of\s+)?(?P<y>{_Y})\b", 0),
        ("month", rf"(?i:\b(?:in|during|since|until|early|late|mid-?|last|this|earlier\s+in|on|the)\s+)(?P<m>{_M})\b(?!\.?\s*\d)", 0),
        (
            "year",
            rf"(?i:\b(?:in|during|since|throughout|early|late|mid-?)\s+(?:the\s+(?:beginning|start|end|middle|course)\s+of\s+)?(?:the\s+year\s+)?)(?P<y>{_Y})\b(?!\s*[-–/]\s*\d)(?!'?s\b)",
            0,
        ),
        (
            "days_later",
            rf"\b(?P<n>{_NUM})\s+(?P<unit>days?|weeks?)\s+(?P<dir>earlier|later|afterwards|(?:before|after)(?=\s*(?:[,.;:!?)]|$)))\b",
            re.I,
        ),
        # "on the second day" of a range written before: resolved in find_dates
        ("nth_day", r"\b(?:on|by|during)\s+the\s+(?P<n>second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th)\s+day\b", re.I),
        ("next_day", r"\b(?:the\s+(?P<dir>next|following|previous)\s+day|(?P<dir2>a\s+day\s+later))\b", re.I),
        ("days_ago", rf"\b(?P<n>{_NUM})\s+(?P<unit>days?|weeks?)\s+ago\b", re.I),
        # "five years ago today": the same day years back; "two years ago": that year; "three months ago": that month
        ("years_ago", rf"\b(?P<n>{_NUM})\s+(?P<unit>years?|months?)\s+ago(?P<today>,?\s+(?:today|this\s+(?:day|week|month)))?\b", re.I),
        ("past_days", rf"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(?P<n>{_NUM})\s+days\b", re.I),
        # "over the past week", "within the past 48 hours", "in recent weeks": a period up to the statement's day
        (
            "past_period",
            rf"\b(?:(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>weeks?|hours)"
            r"|(?:in|over|during)\s+(?:the\s+)?recent\s+(?:weeks|days))\b",
            re.I,
        ),
        ("weekend", rf"\b(?:(?:over|during|at|on)\s+the|last|this\s+past|the\s+past)\s+weekend{_S}(?![\w-])", re.I),
        # "(26/9)": a day and month in brackets, as some regions write them after a weekday
        ("bracket_dm", r"\((?P<d>[0-3]?\d)/(?P<m>1[0-2]|0?[1-9])\)", 0),
        ("day_before", r"\bthe\s+day\s+before\s+yesterday\b", re.I),
        ("yesterday", rf"\b(?:yesterday|last\s+night){_S}", re.I),
        ("today", rf"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)){_S}", re.I),
        ("tomorrow", rf"\btomorrow{_S}", re.I),
        (
            "weekday",
            rf"(?:\b(?P<rel>(?i:last|this|next|past|on(?:\s+the\s+(?:morning|afternoon|evening|night)\s+of)?))\s+)?\b(?P<w>{_W}){_S}(?:\s+(?i:morning|afternoon|evening|night))?\b",
            0,
        ),
        ("this_month", rf"\b(?:(?:earlier|later|late|early)\s+(?:in\s+)?)?this\s+month{_S}", re.I),
        ("last_month", rf"\b(?:last|the\s+previous|the\s+past)\s+month{_S}", re.I),
        ("next_month", rf"\bnext\s+month{_S}", re.I),
        ("this_year", rf"\b(?:(?:earlier|later|late|early)\s+(?:in\s+)?)?this\s+year{_S}", re.I),
        ("last_year", rf"\blast\s+year{_S}", re.I),
        ("this_week", rf"\b(?:(?:earlier|later)\s+)?this\s+week{_S}(?!end)", re.I),
        ("last_week", rf"\blast\s+week{_S}(?!end)", re.I),
    ]
]
# Words a text must hold for a pattern to be worth trying (None: a month name).
_GATES: dict[str, tuple[str, ...] | re.Pattern | None] = {
    "iso": ("-",),
    "year": re.compile(r"\b(?:1[6-9]|2\d)\d\d\b"),
    "range_dmy": None,
    "range_mdy": None,
    "mdy": None,
    "dmy": None,
    "month_year": None,
    "month": None,
    "days_later": ("day", "week"),
    "next_day": ("day",),
    "nth_day": ("day",),
    "days_ago": ("ago",),
    "years_ago": ("ago",),
    "past_days": ("days",),
    "past_period": ("week", "hours", "recent"),
    "weekend": ("weekend",),
    "bracket_dm": ("/",),
    "day_before": ("yesterday",),
    "yesterday": ("yesterday", "last night"),
    "today": ("today", "tonight", "this morning", "this afternoon", "this evening"),
    "tomorrow": ("tomorrow",),
    "weekday": re.compile(_W),
    "this_month": ("month",),
    "last_month": ("month",),
    "next_month": ("month",),
    "this_year": ("year",),
    "last_year": ("year",),
    "this_week": ("week",),
    "last_week": ("week",),
}
_ANY_MONTH = re.compile(_M)
_EXPLICIT = {"iso", "range_dmy", "range_mdy", "mdy", "dmy", "month_year", "year", "month"}
# ("the next day" tells of the past as often as of the future)
_FUTURE = re.compile(
    r"\b(?:will|shall|scheduled|upcoming|planned|plans?\s+to|deadline|due\s+to|next(?!\s+(?:day|morning|afternoon|evening|night)\b)|faces?|facing|set\s+to)\b",
    re.I,
)
_PAST = re.compile(r"\b(?:was|were|had|did)\b|\b\w{3,}ed\b", re.I)
_NOW = re.compile(r"\b(?:is|are)\s+(?:still\s+)?being\b|\bstill\b|\bcontinues?\s+to\b|\bnowadays\b|\bcurrently\b", re.I)
_SENTENCE_EDGE = re.compile(r"[.!?\n]")
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")


def find_dates(text: str, anchor: str | None) -> list[DateMention]:
    """Date expressions of `text`, longest first where they overlap, in text order.

    >>> [(m.iso, m.relative) for m in find_dates("arrested on Sunday, July 15, 2012, and freed yesterday", "2012-07-17")]
    [('2012-07-15', False), ('2012-07-16', True)]
    """
    found: list[tuple[int, int, str, re.Match]] = []
    lower = text.lower()
    windows = _month_windows(text)
    for name, regex in _PATTERNS:
        gate = _GATES.get(name)
        if gate is None:  # a pattern with a month name: tried only around month names
            matches = (m for lo, hi in windows for m in regex.finditer(text, lo, hi))
        elif gate.search(text) if isinstance(gate, re.Pattern) else any(word in lower for word in gate):
            matches = regex.finditer(text)
        else:
            continue
        for match in matches:
            if match.end() > match.start():
                found.append((match.start(), -(match.end() - match.start()), name, match))
    found.sort(key=lambda item: (item[1], item[0]))  # longest first, then leftmost
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    ranges = []  # start days of the date ranges written ("from 7 to 10 January")
    for start, negative_length, name, match in found:
        end = start - negative_length
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        if name == "nth_day":
            mention = DateMention(start, end, None, False, offset=_ORDINALS[match["n"].lower()])
        else:
            mention = _resolve(name, match, text, anchor)
        if mention is not None and name.startswith("range_") and mention.iso and len(mention.iso) == 10:
            ranges.append(mention)
        if mention is None:
            continue
        mentions.append(mention)
        taken.append((start, end))
    return sorted(_days_of_ranges(mentions, ranges), key=lambda m: m.start)


_ORDINALS = {
    "second": 1,
    "2nd": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "fifth": 4,
    "5th": 4,
    "sixth": 5,
    "6th": 5,
    "seventh": 6,
    "7th": 6,
}


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
    for match in _ANY_MONTH.finditer(text):
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


def _sentence_around(text: str, start: int, end: int) -> str:
    left = start
    while left > 0 and not _SENTENCE_EDGE.match(text, left - 1):
        left -= 1
        if start - left > 400:
            break
    right = end
    while right < len(text) and not _SENTENCE_EDGE.match(text, right):
        right += 1
        if right - end > 400:
            break
    return text[left:right]


def _number(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)


def _month_of(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _explicit(match: re.Match, anchor: str | None, past: bool) -> str | None:
    month = _month_of(match["m"])
    day = int(re.match(r"\d+", match["d"])[0])
    year_text = match.groupdict().get("y")
    weekday_name = match.groupdict().get("w")
    if year_text:
        return iso_day(int(year_text), month, day)
    weekday = WEEKDAYS[weekday_name.lower()] if weekday_name else None
    year = nearest_year(month, day, anchor, weekday, past=past)
    return iso_day(year, month, day) if year else None


def _resolve(name: str, match: re.Match, text: str, anchor: str | None) -> DateMention | None:
    start, end = match.start(), match.end()
    relative = name not in ("iso", "range_dmy", "range_mdy", "mdy", "dmy", "month_year", "year") or (
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
    elif name == "month_year":
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
        n = _number(match["n"]) * (7 if match["unit"].lower().startswith("week") else 1)
        iso = shift_days(anchor, -n) if n else None
    elif name == "years_ago":
        iso = _years_ago(anchor, _number(match["n"]), match["unit"].lower().startswith("month"), match["today"])
    elif name == "past_days":
        iso = same_month_span(anchor, _number(match["n"]))
    elif name == "past_period":
        iso = _past_period(match, anchor)
    elif name == "weekend":
        saturday = weekday_near(shift_days(anchor, -1), 5)
        iso = saturday[:7] if saturday else None
    elif name == "bracket_dm":
        month, day = int(match["m"]), int(match["d"])
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
        iso = _weekday(match, text, anchor)
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
    return DateMention(start, end, iso, relative, generic, explicit=name in _EXPLICIT)


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
