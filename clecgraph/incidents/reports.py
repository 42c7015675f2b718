"""Reports: each statement-level event, with what grouping compares, resolved to corpus entities.

A report is one event of one statement, seen as one organisation's account
of something that happened. Names are turned into entity keys (the
resolver's), dates into day intervals, so reports of different statements
can be compared without reading text again.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from clecgraph.dates import precision
from clecgraph.model import ORGANISATION, PERSON, PLACE, Extraction
from clecgraph.names import fold
from clecgraph.resolve.entities import Resolution
from clecgraph.vocab import statement_id

# An event whose text gives no date happened before the statement reporting it: how long before, at most.
UNDATED_LOOKBACK_DAYS = 60
NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
# "14 workers", "three detained activists": a count of people, near the words announcing the event.
_PEOPLE = re.compile(
    r"\b(?:people|persons|workers|villagers|activists|protesters|protestors|demonstrators|farmers|families|households|students|"
    r"monks|residents|members|journalists|defenders|men|women|children|detainees|prisoners|migrants|fishermen)\b",
    re.I,
)
_NUMBER_BEFORE = re.compile(r"\b(\d{1,6}(?:,\d{3})*|" + "|".join(NUMBER_WORDS) + r")\s+(?:[A-Za-z-]+\s+){0,2}$", re.I)
COUNT_REACH = 80  # characters either side of the trigger searched for a count


@dataclass(frozen=True)
class Report:
    """One statement-level event, ready to compare with others."""

    ref: str  # "<statement id>-<event number>": the event's IRI tail
    statement: str  # statement id
    index: int  # position of the statement in the corpus (input order), for stable output
    type: str
    place: str | None  # place entity key
    date: str | None  # the event's own ISO date, at the precision the text gives
    reported: str | None  # the statement's ISO date
    start: int | None  # the day interval the event may fall in (proleptic ordinals), None if unknown
    end: int | None
    participants: frozenset[tuple[str, str]]  # (kind, key) of persons and organisations taking part
    issuers: tuple[str, ...]  # organisation keys of the statement's issuers
    count: int | None = None  # how many people the words around the trigger say were involved


@lru_cache(maxsize=1 << 16)
def day_interval(iso: str | None) -> tuple[int, int] | None:
    """The first and last day (ordinals) an ISO date of any precision covers."""
    if not iso:
        return None
    try:
        kind = precision(iso)
        if kind == "day":
            day = dt.date.fromisoformat(iso).toordinal()
            return day, day
        year = int(iso[:4])
        if kind == "month":
            month = int(iso[5:7])
            return dt.date(year, month, 1).toordinal(), dt.date(year, month, monthrange(year, month)[1]).toordinal()
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    except (ValueError, KeyError):
        return None


def when(date: str | None, reported: str | None) -> tuple[int | None, int | None]:
    """The event's day interval: its own date, else the weeks before the report (never after it)."""
    own = day_interval(date)
    if own:
        return own
    issued = day_interval(reported)
    if issued:
        return issued[1] - UNDATED_LOOKBACK_DAYS, issued[1]
    return None, None


def count_near(text: str, start: int, end: int) -> int | None:
    """The number of people the words nearest the trigger give ("14 workers were arrested"), if any."""
    window_start = max(0, start - COUNT_REACH)
    window = text[window_start : min(len(text), end + COUNT_REACH)]
    best = None
    for noun in _PEOPLE.finditer(window):
        number = _NUMBER_BEFORE.search(window, max(0, noun.start() - 40), noun.start())
        if number is None:
            continue
        word = number.group(1).lower().replace(",", "")
        value = int(word) if word.isdigit() else NUMBER_WORDS[word]
        if word.isdigit() and 1900 <= value <= 2100:  # a year, not a count
            continue
        distance = abs(window_start + number.start() - start)
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def _key(resolution: Resolution, kind: str, name: str) -> str | None:
    return resolution.index.get((kind, fold(name)))


def reports_of(extractions: Iterable[Extraction], resolution: Resolution) -> Iterator[Report]:
    """Every event of every statement as a Report, statements in input order."""
    for index, extraction in enumerate(extractions):
        statement = extraction.statement
        sid = statement_id(statement)
        issuers = tuple(sorted({k for k in (_key(resolution, ORGANISATION, n) for n in extraction.issuers) if k}))
        for number, event in enumerate(extraction.events, 1):
            participants = set()
            for name in event.participants:
                for kind in (PERSON, ORGANISATION):  # as graph assembly does: whichever entity bears the name
                    key = _key(resolution, kind, name)
                    if key:
                        participants.add((kind, key))
                        break
            start, end = when(event.date, extraction.date)
            text = statement.field_text(event.trigger.field)
            yield Report(
                ref=f"{sid}-{number}",
                statement=sid,
                index=index,
                type=event.type,
                place=_key(resolution, PLACE, event.place) if event.place else None,
                date=event.date,
                reported=extraction.date,
                start=start,
                end=end,
                participants=frozenset(participants),
                issuers=issuers,
                count=count_near(text, event.trigger.start, event.trigger.end),
            )
