"""Group reports into incidents: event coreference across statements.

Two reports are linked when their types are compatible, their dates can
overlap, and either they name a common participant (a person, or an
organisation that issued neither statement), or they give the same specific
place (a town, village or site, not just a country or province), each with
a day of its own, or they are of the same type on the same day at places
not known to be apart (see Places.may_coincide). Linked reports form one incident, unless joining two
groups would put reports of incompatible types together, or reports no
single day fits (each allows its own date, or the weeks before its
statement): chains of links cannot stretch an incident over months.

To stay near-linear, reports are compared only inside blocks (same broadest
type and same participant; or same broadest type and same country; or same
broadest type and same day), and
inside a block only with those whose date windows overlap, found by a sweep
over start dates; reports with no date at all only in small blocks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from clecgraph.incidents.compat import DATE_SLACK_DAYS, Places, dates_compatible, type_root, types_compatible
from clecgraph.incidents.reports import Report

UNDATED_BLOCK_LIMIT = 50  # a block's reports without any date are compared with all of it only below this size


def linked(a: Report, b: Report, places: Places) -> bool:
    """Whether two reports are evidence of one incident."""
    if not dates_compatible(a.start, a.end, b.start, b.end):
        return False
    if a.statement != b.statement and not types_compatible(a.type, b.type):
        return False
    if a.statement != b.statement and (a.start is None or b.start is None):
        return False  # no date at all (nor a statement date): nothing says the two can be one happening
    if a.statement == b.statement:
        return same_story(a, b, places)
    shared = a.participants & b.participants
    if any(kind == "person" or key not in a.issuers and key not in b.issuers for kind, key in shared):
        return True
    if a.place and b.place and _day(a.date) and _day(b.date) and places.compatible(a.place, b.place):
        if not places.is_broad(places.deeper(a.place, b.place)):
            return True
    # The same kind of event on the same day, one report giving a specific place the other's does not
    # contradict: reports of one killing place it in a town, its island or its province, which the
    # gazetteer may not hold inside one another. A country on both sides is not enough.
    if not (_day(a.date) and a.date == b.date and a.type == b.type and a.place and b.place):
        return False
    return not (places.is_broad(a.place) and places.is_broad(b.place)) and places.may_coincide(a.place, b.place)


def _day(date: str | None) -> bool:
    return date is not None and len(date) == 10


def same_story(a: Report, b: Report, places: Places) -> bool:
    """Two events of one statement are one incident: the same kind of event named twice, where nothing
    the statement says of their places tells them apart. Steps of a story (an arrest, its charges,
    the trial) stay separate incidents: case threads chain them (docs/incidents.md, "Incident ids")."""
    return places.compatible(a.place, b.place) and types_compatible(a.type, b.type)


class _Clusters:
    """Union-find whose groups remember the types and the dated window of their reports."""

    def __init__(self, reports: list[Report]):
        self.parent = list(range(len(reports)))
        self.types = [{r.type} for r in reports]
        # The days every report allows (its own date, or the weeks before its statement), intersected.
        self.window = [(r.start, r.end) for r in reports]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        (sa, ea), (sb, eb) = self.window[a], self.window[b]
        if sa is not None and sb is not None:
            window = (max(sa, sb), min(ea, eb))
            if window[0] > window[1] + DATE_SLACK_DAYS:  # no day fits every report, even allowing a few days' slack
                return False
        else:
            window = (sa, ea) if sa is not None else (sb, eb)
        if b < a:
            a, b = b, a
        self.parent[b] = a
        self.types[a] |= self.types[b]
        self.window[a] = window
        return True


def blocks(reports: list[Report], places: Places) -> Iterable[list[int]]:
    """Indices of reports that may be compared, block by block."""
    table: dict[tuple, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        root = type_root(report.type)
        for kind, key in report.participants:
            table[root, kind, key].append(i)
        if report.place and _day(report.date):
            table[root, "place", places.top(report.place)].append(i)
        table["statement", report.statement].append(i)
        if _day(report.date):
            table[root, "day", report.date].append(i)
    for key in sorted(table):
        if len(table[key]) > 1:
            yield table[key]


def candidate_pairs(block: list[int], reports: list[Report]) -> Iterable[tuple[int, int]]:
    """Pairs of a block whose date windows can overlap: a sweep over start days."""
    dated = sorted((i for i in block if reports[i].start is not None), key=lambda i: (reports[i].start, i))
    active: list[int] = []
    for i in dated:
        start = reports[i].start
        active = [j for j in active if reports[j].end + DATE_SLACK_DAYS >= start]
        for j in active:
            yield (j, i) if j < i else (i, j)
        active.append(i)
    undated = [i for i in block if reports[i].start is None]
    if undated and len(block) <= UNDATED_BLOCK_LIMIT:
        for n, i in enumerate(undated):
            for j in block:
                if j != i and (reports[j].start is not None or undated.index(j) > n):
                    yield (j, i) if j < i else (i, j)


def group(reports: list[Report], places: Places) -> list[list[int]]:
    """Clusters of report indices, each sorted, in order of their first report.

    Linked pairs are joined closest first (by the days between their latest
    possible dates), so an undated report joins the incident nearest its
    statement rather than whichever pair came first.
    """
    clusters = _Clusters(reports)
    seen: set[tuple[int, int]] = set()
    links: list[tuple[int, int, int]] = []
    for block in blocks(reports, places):
        for pair in candidate_pairs(block, reports):
            if pair in seen:
                continue
            seen.add(pair)
            i, j = pair
            if linked(reports[i], reports[j], places):
                a, b = reports[i].end, reports[j].end
                links.append((abs(a - b) if a is not None and b is not None else 1 << 30, i, j))
    seen.clear()
    links.sort()
    for _, i, j in links:
        clusters.join(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(reports)):
        members[clusters.find(i)].append(i)
    return sorted(members.values(), key=lambda m: m[0])
