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
_ISO_MONTH = re.compile(r"^\s*(\d{4})[-/](\d{1,2})\s*$")  # 2019-05, 2019/05
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_DAY_MONTH_YEAR = re.compile(  # also "11-Jul-2018", "11/Jul/2018", "11.Jul.2018"
    rf"^\s*(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?:of\s+)?|[-/.])({MONTH_PATTERN})\.?(?:,?\s+(?:of\s+)?|[-/.])(\d{{4}})\s*$", re.I
)
_MONTH_DAY_YEAR = re.compile(rf"^\s*({MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\s*$", re.I)
_MONTH_YEAR = re.compile(rf"^\s*({MONTH_PATTERN})\.?,?\s+(?:of\s+)?(\d{{4}})\s*$", re.I)
_SLASHED_YMD = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*$")
_NUMERIC_DAY_AND_MONTH = re.compile(r"^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\s*$")  # 28/09/2015, 09.28.2015
_DAY_RANGE = re.compile(
    rf"(?<![\d/.-])(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:&|-|–|and|to)\s*\d{{1,2}}(?:st|nd|rd|th)?(?=,?\s+\d{{4}}|\s+(?:of\s+)?(?:{MONTH_PATTERN})\b)",
    re.I,
)
# Month names of other languages, read only in dates written alone (a record's date, a dateline): sites in
# Latin America, francophone Africa or Indonesia date their pages "15 de mayo de 2020", "5 mai 2020", "5 Mei 2020"
OTHER_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("enero", "janeiro", "janvier", "januari"),
            ("febrero", "fevereiro", "février", "fevrier", "februari"),
            ("marzo", "março", "marco", "mars", "maret"),
            ("abril", "avril"),
            ("mayo", "maio", "mai", "mei"),
            ("junio", "junho", "juin", "juni"),
            ("julio", "julho", "juillet", "juli"),
            ("agosto", "août", "aout", "agustus"),
            ("septiembre", "setiembre", "setembro", "septembre"),
            ("octubre", "outubro", "octobre", "oktober"),
            ("noviembre", "novembro", "novembre"),
            ("diciembre", "dezembro", "décembre", "decembre", "desember"),
        ],
        start=1,
    )
    for name in names
}
_OTHER_DAY_MONTH_YEAR = re.compile(
    rf"^\s*(\d{{1,2}})(?:er|º|°|\.)?\s+(?:de\s+)?({'|'.join(sorted(OTHER_MONTHS, key=len, reverse=True))})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})\s*$",
    re.I,
)
_ISO_BASIC = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")  # 20150302
_DAY_FIRST_BASIC = re.compile(r"^\s*([0-3]\d)([01]\d)(\d{4})\s*$")  # 08102019: no year opens it, so day, month, year
_TIME_AFTER = re.compile(
    r"(?<=[A-Za-z\d.])[,\s]+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2}))?\s*$",
    re.I,
)


def iso_day(year: int, month: int, day: int) -> str | None:
    """ISO date if the three numbers make a real calendar day, else None."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_month(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 1 <= year <= 9999 else None


def parse_date(text: str | None, order: str | None = None) -> str | None:
    """Read a date as metadata fields and headers write it.

    >>> parse_date("2012-07-15"), parse_date("15 July 2012"), parse_date("July 15, 2012")
    ('2012-07-15', '2012-07-15', '2012-07-15')
    >>> parse_date("2012-13-45") is None, parse_date("July 2012"), parse_date("2012")
    (True, '2012-07', '2012')
    >>> parse_date("December 5&6, 2013"), parse_date("5-6 June 2014")
    ('2013-12-05', '2014-06-05')
    >>> parse_date("09.12.2017"), parse_date("09-05-2022"), parse_date("08102019"), parse_date("02/03/2015")
    ('2017-12-09', '2022-05-09', '2019-10-08', None)
    >>> parse_date("2019/05"), parse_date("15 de mayo de 2020"), parse_date("5 mai 2020")
    ('2019-05', '2020-05-15', '2020-05-05')
    >>> parse_date("6th of July of 2021"), parse_date("July of 2021")
    ('2021-07-06', '2021-07')

    `order` ("md" or "dm", from `numeric_order`) reads a slashed day both orders allow:
    >>> parse_date("12/01/2005", order="md"), parse_date("12/01/2005", order="dm")
    ('2005-12-01', '2005-01-12')
    """
    if not text or len(text) > 100:
        return None
    text = text.replace("\u060c", ",")  # the Arabic comma: "08، May 2014"
    if (m := _ISO_BASIC.match(text)) and 1600 <= int(m[1]):
        return iso_day(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY_FIRST_BASIC.match(text):
        return iso_day(int(m[3]), int(m[2]), int(m[1]))
    # Feeds and e-mail write "Mon, 02 Mar 2015 10:00:00 +0700": the day as written, without weekday or time
    text = _TIME_AFTER.sub("", _WEEKDAY_BEFORE.sub("", text, count=1), count=1)
    text = _DAY_RANGE.sub(r"\1", text, count=1)  # "December 5&6, 2013", "5-6 June 2014": the first day
    if m := _ISO.match(text) or _SLASHED_YMD.match(text):
        return iso_day(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_DAY_AND_MONTH.match(text):
        day_first = m[2] != "/" or order == "dm"
        if m[2] == "/" and order == "md" and int(m[1]) <= 12:
            return iso_day(int(m[4]), int(m[1]), int(m[3]))
        return _day_and_month(int(m[1]), int(m[3]), int(m[4]), day_first=day_first)
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
    if m := _OTHER_DAY_MONTH_YEAR.match(text):
        return iso_day(int(m[3]), OTHER_MONTHS[m[2].lower()], int(m[1]))
    return None


# "(11/29)", "29/11/2005": days written in numbers, with a year or in brackets (not "24/7", not "1/2")
_NUMERIC_WRITTEN = re.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})(?:/(?:\d{4}|\d{2})(?![\d/])|(?=\)))")


def numeric_order(*texts: str | None) -> str | None:
    """The order a text writes days in numbers, "md" (11/29) or "dm" (29/11), where every such day whose
    numbers allow one reading only agrees; else None. A site writes all its dates one way: this settles
    the header's "12/01/2005".

    >>> numeric_order("killed on the day of the vote (11/29)."), numeric_order("on 29/11/2005"), numeric_order("24/7 work")
    ('md', 'dm', None)
    """
    found = set()
    for text in texts:
        for m in _NUMERIC_WRITTEN.finditer(text or ""):
            first, second = int(m[1]), int(m[2])
            if 1 <= first <= 12 < second <= 31:
                found.add("md")
            elif 1 <= second <= 12 < first <= 31:
                found.add("dm")
    return found.pop() if len(found) == 1 else None


def numeric_day(first: int, second: int, year: int, weekday: int | None = None) -> str | None:
    """A day written as numbers ("4/5/2015"), day or month first: the reading a weekday written with it fits,
    else the only reading the numbers allow; None where both readings stay possible.

    >>> numeric_day(4, 5, 2015, weekday=0), numeric_day(4, 5, 2015, weekday=6), numeric_day(2, 28, 2021), numeric_day(4, 5, 2015)
    ('2015-05-04', '2015-04-05', '2021-02-28', None)
    """
    readings = {d for d in (iso_day(year, second, first), iso_day(year, first, second)) if d}
    if weekday is not None:
        readings = {d for d in readings if dt.date.fromisoformat(d).weekday() == weekday}
    return readings.pop() if len(readings) == 1 else None


def _day_and_month(first: int, second: int, year: int, day_first: bool = False) -> str | None:
    """Day and month written as numbers. With slashes, in either order: read only where the order
    cannot matter (28/09/2015 and 09/28/2015 are one day; 02/03/2015 is two). With dots or dashes
    ("09.12.2017", "09-05-2022"), day first, as the places that write them so do."""
    if day_first and second <= 12:
        return iso_day(year, second, first)
    if first > 12 >= second:
        return iso_day(year, second, first)
    if second > 12 >= first or first == second:
        return iso_day(year, first, second)
    return None


def precision(iso: str) -> str:
    """'year', 'month' or 'day' for an ISO date string from this module."""
    return {4: "year", 7: "month"}.get(len(iso), "day")


WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
WEEKDAY_PATTERN = "|".join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
_WEEKDAY_BEFORE = re.compile(rf"^\s*(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?\s+(?=\d|[A-Za-z]{{3}})", re.I)


def to_date(iso: str | None) -> dt.date | None:
    """The calendar day of a full ISO date, else None."""
    if not iso or len(iso) != 10:
        return None
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


def shift_days(iso: str | None, days: int) -> str | None:
    """The day `days` after (or before) a full ISO date.

    >>> shift_days("2012-03-01", -1), shift_days("2012", -1)
    ('2012-02-29', None)
    """
    day = to_date(iso)
    if day is None:
        return None
    try:
        return (day + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def shift_months(iso: str | None, months: int) -> str | None:
    """The month (YYYY-MM) `months` after (or before) the month of an ISO date.

    >>> shift_months("2012-01-25", -1), shift_months("2012-03", 1)
    ('2011-12', '2012-04')
    """
    if not iso or len(iso) < 7:
        return None
    index = int(iso[:4]) * 12 + int(iso[5:7]) - 1 + months
    return iso_month(index // 12, index % 12 + 1)


def weekday_near(iso: str | None, weekday: int, forward: bool = False) -> str | None:
    """The latest `weekday` (0 = Monday) on or before a day, or the first on or after it.

    >>> weekday_near("2011-05-08", 6), weekday_near("2012-07-16", 6), weekday_near("2006-07-18", 4, forward=True)
    ('2011-05-08', '2012-07-15', '2006-07-21')
    """
    day = to_date(iso)
    if day is None:
        return None
    gap = (weekday - day.weekday()) % 7 if forward else -((day.weekday() - weekday) % 7)
    return shift_days(iso, gap)


_PAST_SLACK_DAYS = 7


def nearest_year(month: int, day: int | None, anchor: str | None, weekday: int | None = None, past: bool = False) -> int | None:
    """The year that puts a month (and day) written without one closest to the anchor date.

    A weekday written with it ("Friday, July 21") settles ties when it fits
    exactly one candidate year. With `past`, a year that puts it before the
    anchor (or at most a week after it) wins ("arrested on 3 September",
    written in August, was last September). Without an anchor: None.

    >>> nearest_year(7, 21, "2006-07-18"), nearest_year(12, 30, "2013-01-04"), nearest_year(7, 21, None)
    (2006, 2012, None)
    >>> nearest_year(9, 3, "2020-08-14"), nearest_year(9, 3, "2020-08-14", past=True)
    (2020, 2019)
    """
    anchor_day = to_date(anchor)
    if anchor_day is None:
        return None
    candidates = []
    for year in (anchor_day.year - 1, anchor_day.year, anchor_day.year + 1):
        when = to_date(iso_day(year, month, day or 1) or "")
        if when is None:
            continue
        fits = weekday is None or day is None or when.weekday() == weekday
        later = past and (when - anchor_day).days > _PAST_SLACK_DAYS  # headers can lag the events by a few days
        candidates.append((not fits, later, abs((when - anchor_day).days), year))
    return min(candidates)[3] if candidates else None


def same_month_span(iso: str | None, days_back: int) -> str | None:
    """The month (YYYY-MM) if the `days_back` days up to an ISO day lie within it, else None.

    >>> same_month_span("2012-09-06", 3), same_month_span("2012-09-02", 3)
    ('2012-09', None)
    """
    day = to_date(iso)
    if day is None or days_back < 0 or day.day <= days_back:
        return None
    return iso[:7]
