"""Datelines: the place and date that open a press statement.

    Phnom Penh (July 16, 2012) – The undersigned ...
    PHNOM PENH, 20 December 2013 — ...
    Phnom Penh, Cambodia, Monday 3 March 2014: ...
    July 16, 2012 – ...
    (August 27, 2007) A minimum of ...

The dateline's date is the statement's own date (used where the header or
record gives none); its place is where the statement speaks from, and
where the events it reports happened unless the text says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from clecgraph.dates import MONTHS, WEEKDAYS, parse_date

_WORD = r"[A-Z][\w.'’-]*"
_PLACE = rf"{_WORD}(?:[ \t\u00a0]+(?:{_WORD}|of|de|du|la|el))*?(?:,[ \t\u00a0]+{_WORD}(?:[ \t\u00a0]+{_WORD}){{0,3}})?"
_SEPARATOR = r"(?:--|[-–—:]|\|)"
_DATELINE = re.compile(
    rf"""\A[ \t\u00a0\r\n]*(?:
        (?P<place>{_PLACE})\s*
            (?:\(\s*(?P<inner>[^()\n]{{4,60}}?)\s*\)\s*{_SEPARATOR}
              |,\s*(?P<after>[^\n–—:]{{4,60}}?)\s*{_SEPARATOR}(?=\s)
              |,\s*(?P<dotted>[^\n–—:.]{{4,40}}?\d{{4}})\.(?=[ \t]+[A-Z])
              |\s*(?P<bare>[–—:]|\s-\s|--))
        |\(\s*(?P<bracketed>{_PLACE})\s*\)\s*{_SEPARATOR}(?=\s)
        |\(\s*(?P<datebracket>[^()\n]{{4,40}}?)\s*\)(?=[ \t]+[A-Z])
        |(?P<dateonly>[^\n–—:()]{{4,40}}?)\s*{_SEPARATOR}(?=\s)
    )""",
    re.X,
)
_WEEKDAY_PREFIX = re.compile(rf"^(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?\s+", re.I)
_MAX_PLACE_CHARS = 60
_DATE_LIKE = re.compile(
    rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b.*\d|\d.*\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.I
)


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int  # just after the separator
    place_start: int | None  # span of the place words, if any
    place_end: int | None
    date: str | None  # ISO date if the dateline gives a readable one
    date_text: str | None  # the date as written (None if the dateline has no date)


def dateline_date(text: str | None) -> str | None:
    """A dateline's date as ISO, reading the ways datelines write dates.

    >>> dateline_date("September  6,  2012"), dateline_date("Monday, 3 March 2014"), dateline_date("soon")
    ('2012-09-06', '2014-03-03', None)
    """
    if not text:
        return None
    clean = _WEEKDAY_PREFIX.sub("", " ".join(text.split()))
    return parse_date(clean)


@lru_cache(maxsize=64)  # asked for by the date, entity and event finders of the same statement
def find_dateline(text: str) -> Dateline | None:
    """The dateline opening `text`, or None.

    A place alone counts only when a dash or colon follows it directly
    ("PHNOM PENH — ..."); a date alone only when it reads as a date.

    >>> d = find_dateline("Phnom Penh (July 16, 2012) – The groups ...")
    >>> d.date, "Phnom Penh (July 16, 2012) – The groups ..."[d.place_start:d.place_end]
    ('2012-07-16', 'Phnom Penh')
    >>> find_dateline("The groups condemn the arrest.") is None
    True
    """
    head = text[:300]
    match = _DATELINE.match(head)
    if not match:
        return None
    if match["dateonly"] is not None:
        date = dateline_date(match["dateonly"])
        if date is None:
            return None
        return Dateline(match.start("dateonly"), match.end(), None, None, date, match["dateonly"].strip())
    if match["datebracket"] is not None:
        # "(August 27th, 2007) A minimum of ...": a date alone in brackets, if it reads as one
        date = dateline_date(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", match["datebracket"]))
        if date is None:
            return None
        return Dateline(match.start("datebracket"), match.end(), None, None, date, match["datebracket"].strip())
    if match["bracketed"] is not None:
        # "(Bangkok) – ...": a place, no date
        if len(match["bracketed"]) > _MAX_PLACE_CHARS or not _looks_like_place(match["bracketed"]):
            return None
        return Dateline(match.start(), match.end(), match.start("bracketed"), match.end("bracketed"), None, None)
    place = match["place"]
    if len(place) > _MAX_PLACE_CHARS or not _looks_like_place(place):
        return None
    if match["dotted"] is not None:
        # "Jakarta, 14 May 1998. YLBHI ...": a full stop closes the dateline only after a readable date
        date = dateline_date(match["dotted"])
        if date is None:
            return None
        return Dateline(match.start("place"), match.end(), match.start("place"), match.end("place"), date, match["dotted"].strip())
    date_text = match["inner"] or match["after"]
    date = dateline_date(date_text)
    if date_text is not None and date is None and not _DATE_LIKE.search(date_text):
        if match["after"] is not None:
            return None  # "Phnom Penh, where ... :" is prose, not a dateline
        date_text = None  # "Yangon (Myanmar) –": a place, no date
    if date_text is None and match["bare"] is None:
        return None
    return Dateline(match.start("place"), match.end(), match.start("place"), match.end("place"), date, date_text and date_text.strip())


def _looks_like_place(words: str) -> bool:
    """Datelines name places in one to five capitalised words, not sentences."""
    tokens = words.replace(",", " ").split()
    return 1 <= len(tokens) <= 7 and tokens[0].lower() not in {"the", "we", "in", "on", "a", "an", "this", "our"}


# The words around a date on a head line: a place or a label ("Press Release", "Date"), set off by a separator
_HEAD_WORDS = r"[A-Z][\w.'’-]*(?:[ \t\u00a0]+[\w'’][\w.'’-]*){0,5}"
_SP = r"[ \t\u00a0]*"
_HEAD_SEPARATOR = r"(?:[,–—:|/]|--?)"
_BEFORE_DATE = re.compile(rf"{_SP}(?P<open>[\[(])?{_SP}(?:(?P<place>{_HEAD_WORDS}){_SP}(?P<sep>{_HEAD_SEPARATOR})?{_SP})?")
# after the date: the line's end (a place may follow: "18 August 2021, Sittwe"), or a separator and the text
_AFTER_DATE = re.compile(
    rf"{_SP}[)\]]?(?:{_SP},{_SP}(?P<place>{_HEAD_WORDS}))?{_SP}[)\]]?{_SP}(?:(?P<end>[.:–—-]?{_SP}$)|(?P<sep>[)\]]|[–—:|/]|--?)[ \t\u00a0])"
)
_DAY_WRITTEN = re.compile(
    rf"(?:(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<m1>[A-Za-z]{{3,9}})\.?,?\s+\d{{4}}"
    rf"|(?P<m2>[A-Za-z]{{3,9}})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})\b",
    re.I,
)
_FOUR_DIGITS = re.compile(r"\d{4}")
_HEAD_LINES = 5  # the lines a statement's head (title, "Press Release", a byline) spans before its dateline
_HEAD_CHARS = 500


@lru_cache(maxsize=64)  # asked for by the statement's date and by the event finder, of the same text
def opening_dateline(text: str) -> Dateline | None:
    """The dateline that opens the text, else a line among its first lines that a full day heads ("Press Release /
    19 November 2024 / ...", "Statement of the Board / Minsk - May 12, 2020 / ...", a lead paragraph, then
    "18 August 2021, Sittwe", "Kathmandu, 5 May 2020" alone on the first line). Only a full day counts there:
    a year or a month on a line of its own heads a section, not the statement.

    >>> opening_dateline("Press Release\\n\\n19 November 2024\\n\\nThe group filed ...").date
    '2024-11-19'
    >>> opening_dateline("Press Release\\n\\nIn 2024 the group filed ...") is None
    True
    """
    first = find_dateline(text)
    if first is not None and first.date:
        return first
    start, seen = 0, 0
    while seen < _HEAD_LINES and start <= _HEAD_CHARS:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            seen += 1
            found = _line_dateline(text, start, end)
            if found is not None:
                return found
        if end >= len(text):
            break
        start = end + 1
    return first


def _line_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A dateline heading the line text[start:end]: a full day written with its year, with at most a place or a
    label before it (set off by a separator, or by a space when a separator follows the date) and a place after
    it, the line ending there or a separator and the text following."""
    found = find_dateline(text[start : min(end, start + 300)]) if start else None
    if found is not None and found.date and len(found.date) == 10:
        return Dateline(
            found.start + start,
            found.end + start,
            None if found.place_start is None else found.place_start + start,
            None if found.place_end is None else found.place_end + start,
            found.date,
            found.date_text,
        )
    stop = min(end, start + 120)
    # (every way of writing a full day holds a year's four digits: a line without them is looked at no further)
    day = _DAY_WRITTEN.search(text, start, stop) if _FOUR_DIGITS.search(text, start, stop) else None
    if day is None:
        return None
    month = day["m1"] or day["m2"]
    date = None if month and month.lower() not in MONTHS else dateline_date(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", day[0]))
    before = _BEFORE_DATE.match(text, start, day.start())
    after = _AFTER_DATE.match(text, day.end(), end)
    if not date or len(date) != 10 or before is None or before.end() != day.start() or after is None:
        return None
    if before["place"] and not before["sep"] and not after["sep"]:
        return None  # "Arrests on 5 May 2020": a headline, not a dateline
    if after["sep"] == ")" and not before["open"] or (before["open"] and after["sep"] not in (")", "]")):
        return None  # brackets close what they open
    place = before.span("place") if before["place"] else after.span("place") if after["place"] else (None, None)
    return Dateline(start, after.end(), place[0], place[1], date, day[0])
