"""The date expressions `find_dates` looks for: one regular expression per way of writing a date.

Each pattern is named; `GATES` says which words a text must hold for a pattern to be worth trying
(None: a month name, tried only around month names); date_reading.py turns a match into a date.
"""

from __future__ import annotations

import re

from clecgraph.dates import MONTHS, WEEKDAYS


def _cased(names) -> str:
    forms = set()
    for name in names:
        forms.update({name.capitalize(), name.upper()})
    return "|".join(sorted(forms, key=len, reverse=True))


MONTH_RE = rf"(?:{_cased(MONTHS)})"
WEEKDAY_RE = rf"(?:{_cased(w for w in WEEKDAYS if len(w) > 3)})"
_D = r"(?:[0-3]?\d)(?i:st|nd|rd|th)?"  # ("10TH" in a title-cased line too)
YEAR_RE = r"(?:1[6-9]\d\d|2\d\d\d)"
_TO = r"\s*(?:-|–|—|\bto\b|\band\b|\buntil\b|\btill\b|\bthrough\b)\s*"
_S = "(?:'s|’s)?"
# the year of a day: written ("July 15, 2012") or said from the statement's ("on 24 December last year")
_YEAR_AFTER = rf"(?:,?\s+(?P<y>{YEAR_RE})\b|\s+(?P<ry>(?i:last|this|next))\s+year\b)?"
NUMBER_WORDS = {
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

PATTERNS: list[tuple[str, re.Pattern]] = [
    (name, re.compile(pattern, flags))
    for name, pattern, flags in [
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", 0),
        (
            "range_dmy",
            rf"(?:\b(?:between|from)\s+)?(?:\bthe\s+)?\b(?P<d>{_D})(?:\s+of)?(?:\s+(?P<m1>{MONTH_RE})\.?)?{_TO}(?:the\s+)?\d{{1,2}}(?i:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{MONTH_RE})\b\.?(?:,?\s+(?P<y>{YEAR_RE})\b)?",
            0,
        ),
        (
            "range_mdy",
            rf"\b(?P<m>{MONTH_RE})\.?\s+(?P<d>{_D}){_TO}(?:{MONTH_RE}\.?\s+)?\d{{1,2}}(?i:st|nd|rd|th)?\b(?:,?\s+(?P<y>{YEAR_RE})\b)?",
            0,
        ),
        ("mdy", rf"(?:\b(?P<w>{WEEKDAY_RE}),?\s+)?\b(?P<m>{MONTH_RE})\.?\s+(?P<d>{_D})\b(?!\s*[-–:]\s*\d){_YEAR_AFTER}", 0),
        (
            "dmy",
            rf"(?:\b(?P<w>{WEEKDAY_RE}),?\s+)?(?:\bthe\s+)?\b(?P<d>{_D})(?:\s+of)?\s+(?P<m>{MONTH_RE})\b\.?{_YEAR_AFTER}",
            0,
        ),
        # "on Friday the 20th": a weekday and a day of the month, the month the one near the statement where they meet
        ("weekday_nth", rf"\b(?P<w>{WEEKDAY_RE}),?\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH_RE})", 0),
        # "in October and November of 2018", "October-December 2018": the first month, in the year written after
        (
            "month_range",
            rf"\b(?P<m>{MONTH_RE})\.?\s*(?:-|–|\band\b|\bto\b|\bthrough\b|\buntil\b)\s*{MONTH_RE}\.?,?\s+(?:of\s+)?(?P<y>{YEAR_RE})\b",
            0,
        ),
        ("month_year", rf"\b(?P<m>{MONTH_RE})\.?,?\s+(?:of\s+)?(?P<y>{YEAR_RE})\b", 0),
        ("month", rf"(?i:\b(?:in|during|since|until|early|late|mid-?|last|this|earlier\s+in|on|the)\s+)(?P<m>{MONTH_RE})\b(?!\.?\s*\d)", 0),
        (
            "year",
            rf"(?i:\b(?:in|during|since|throughout|early|late|mid-?)\s+(?:the\s+(?:beginning|start|end|middle|course)\s+of\s+)?(?:the\s+year\s+)?)(?P<y>{YEAR_RE})\b(?!\s*[-–/]\s*\d)(?!'?s\b)",
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
        # "Monday (4/5/2015)", "02/28/2021": a day in numbers, read as the weekday or the numbers allow
        (
            "numeric",
            rf"(?:\b(?P<w>{WEEKDAY_RE}),?\s*\(?)?(?<![\d/.])\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{YEAR_RE})\b(?![/.]\d)\)?",
            0,
        ),
        # "(26/9)": a day and month in brackets, as some regions write them after a weekday ("(11/29)": month first,
        # as the numbers say)
        ("bracket_dm", r"\((?P<d>[0-3]?\d)/(?P<m>[0-3]?\d)\)", 0),
        ("day_before", r"\bthe\s+day\s+before\s+yesterday\b", re.I),
        ("yesterday", rf"\b(?:yesterday|last\s+night){_S}", re.I),
        ("today", rf"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)){_S}", re.I),
        ("tomorrow", rf"\btomorrow{_S}", re.I),
        (
            "weekday",
            rf"(?:\b(?P<rel>(?i:last|this|next|past|on(?:\s+the\s+(?:morning|afternoon|evening|night)\s+of)?))\s+)?\b(?P<w>{WEEKDAY_RE}){_S}(?:\s+(?i:morning|afternoon|evening|night))?\b",
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
GATES: dict[str, tuple[str, ...] | re.Pattern | None] = {
    "iso": ("-",),
    "year": re.compile(r"\b(?:1[6-9]|2\d)\d\d\b"),
    "range_dmy": None,
    "range_mdy": None,
    "mdy": None,
    "dmy": None,
    "month_year": None,
    "month_range": None,
    "month": None,
    "weekday_nth": re.compile(WEEKDAY_RE),
    "days_later": ("day", "week"),
    "next_day": ("day",),
    "nth_day": ("day",),
    "days_ago": ("ago",),
    "years_ago": ("ago",),
    "past_days": ("days",),
    "past_period": ("week", "hours", "recent"),
    "weekend": ("weekend",),
    "bracket_dm": ("/",),
    "numeric": ("/",),
    "day_before": ("yesterday",),
    "yesterday": ("yesterday", "last night"),
    "today": ("today", "tonight", "this morning", "this afternoon", "this evening"),
    "tomorrow": ("tomorrow",),
    "weekday": re.compile(WEEKDAY_RE),
    "this_month": ("month",),
    "last_month": ("month",),
    "next_month": ("month",),
    "this_year": ("year",),
    "last_year": ("year",),
    "this_week": ("week",),
    "last_week": ("week",),
}
ANY_MONTH = re.compile(MONTH_RE)
EXPLICIT = {"iso", "numeric", "range_dmy", "range_mdy", "mdy", "dmy", "month_year", "month_range", "year", "month"}

# "On the second day" of a range: days after its first
ORDINALS = {
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
