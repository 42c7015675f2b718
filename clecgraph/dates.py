"""Calendar dates written the ways press statements write them.

Every function returns ISO 8601 at the precision the text gives ("2012",
"2012-07", "2012-07-15") or None; none of them guesses a missing year.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_DAY_MONTH_YEAR = re.compile(
    rf"^\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_PATTERN})\.?,?\s+(\d{{4}})\s*$", re.I
)
_MONTH_DAY_YEAR = re.compile(
    rf"^\s*({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\s*$", re.I
)
_MONTH_YEAR = re.compile(rf"^\s*({MONTH_PATTERN})\.?,?\s+(\d{{4}})\s*$", re.I)
_SLASHED_YMD = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*$")


def iso_day(year: int, month: int, day: int) -> str | None:
    """ISO date if the three numbers make a real calendar day, else None."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_month(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 1 <= year <= 9999 else None


def parse_date(text: str | None) -> str | None:
    """Read a date as metadata fields and headers write it.

    >>> parse_date("2012-07-15"), parse_date("15 July 2012"), parse_date("July 15, 2012")
    ('2012-07-15', '2012-07-15', '2012-07-15')
    >>> parse_date("2012-13-45") is None, parse_date("July 2012"), parse_date("2012")
    (True, '2012-07', '2012')
    """
    if not text or len(text) > 100:
        return None
    if m := _ISO.match(text) or _SLASHED_YMD.match(text):
        return iso_day(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_MONTH_YEAR.match(text):
        return iso_day(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    if m := _MONTH_DAY_YEAR.match(text):
        return iso_day(int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    if m := _MONTH_YEAR.match(text):
        return iso_month(int(m[2]), MONTHS[m[1].lower()])
    if m := _ISO_MONTH.match(text):
        return iso_month(int(m[1]), int(m[2]))
    if m := _YEAR.match(text):
        return m[1] if int(m[1]) > 0 else None
    return None


def precision(iso: str) -> str:
    """'year', 'month' or 'day' for an ISO date string from this module."""
    return {4: "year", 7: "month"}.get(len(iso), "day")
