"""Incidents and what their reports agree and disagree on.

An incident is a group of reports (statement-level events) of one
real-world happening. Its own type, place and date are those its reports
give (the most specific type, the most specific place they agree on, the
most reported date); its corroboration is who reported it and when; its
disagreements are where reports differ: the place, the day, how many people.
The statement events stay as they are: an incident only points to them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from clecgraph.incidents.compat import Places, broader_types
from clecgraph.incidents.reports import Report, day_interval


@dataclass(frozen=True)
class Disagreement:
    aspect: str  # "place", "date" or "count"
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, refs of the reports giving it), by value


@dataclass(frozen=True)
class Incident:
    key: str  # the ref of its first report: the incident's IRI tail
    type: str  # the type most of its reports give
    types: tuple[str, ...]  # every type its reports give (a killing and a violence report of one act)
    place: str | None
    date: str | None
    start: int | None  # day interval, for ordering cases
    reports: tuple[str, ...]  # refs, first reported first
    statements: tuple[str, ...]  # statement ids, in the same order, without repeats
    issuers: tuple[str, ...]  # distinct organisation keys
    participants: tuple[tuple[str, str], ...]
    first_reported: str | None
    last_reported: str | None
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def corroborated(self) -> bool:
        return len(self.issuers) > 1


def _order(report: Report) -> tuple:
    return (report.reported or "9999", report.index, report.ref)


def _values(pairs: list[tuple[str, str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    table: dict[str, list[str]] = {}
    for value, ref in pairs:
        table.setdefault(value, []).append(ref)
    return tuple((value, tuple(refs)) for value, refs in sorted(table.items()))


def _most(values: list[str], rank=None) -> str | None:
    """The most frequent value; ties go to the higher `rank`, then the first in sort order."""
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], -(rank(v) if rank else 0), v))


def _alone(r: Report) -> Incident:
    """An incident of one report: what the general case gives, without its comparisons (most incidents)."""
    interval = day_interval(r.date) if r.date else None
    return Incident(
        key=r.ref,
        type=r.type,
        types=(r.type,),
        place=r.place or None,
        date=r.date or None,
        start=interval[0] if interval else r.start,
        reports=(r.ref,),
        statements=(r.statement,),
        issuers=tuple(sorted(set(r.issuers))),
        participants=tuple(sorted(r.participants)),
        first_reported=r.reported,
        last_reported=r.reported,
    )


def incident_of(members: list[Report], places: Places) -> Incident:
    if len(members) == 1:
        return _alone(members[0])
    members = sorted(members, key=_order)
    depth = lambda t: len(broader_types().get(t, ()))
    types = [r.type for r in members]
    first = {t: n for n, t in reversed(list(enumerate(types)))}
    # The most reported type (the more specific, then the first reported, on a tie).
    kind = min(set(types), key=lambda t: (-types.count(t), -depth(t), first[t]))
    placed = [(r.place, r.ref) for r in members if r.place]
    dated = [(r.date, r.ref) for r in members if r.date]
    disagreements = []
    place = None
    if placed:
        names = [p for p, _ in placed]
        agree = all(places.compatible(a, b) for a in set(names) for b in set(names))
        if agree:
            place = max(set(names), key=lambda p: (len(places.chain(p)), names.count(p), [-ord(c) for c in p]))
        else:
            place = _most(names, rank=lambda p: len(places.chain(p)))
            disagreements.append(Disagreement("place", _values(placed)))
    date = None
    if dated:
        finest = max(len(d) for d, _ in dated)
        date = _most([d for d, _ in dated if len(d) == finest], rank=None)
        days = {d for d, _ in dated if len(d) == 10}
        clash = any(
            not (day_interval(a)[0] <= day_interval(b)[1] and day_interval(b)[0] <= day_interval(a)[1])
            for a in {d for d, _ in dated}
            for b in {d for d, _ in dated}
        )
        if len(days) > 1 or clash:
            disagreements.append(Disagreement("date", _values(dated)))
    counts = [(str(r.count), r.ref) for r in members if r.count is not None]
    if len({c for c, _ in counts}) > 1:
        disagreements.append(Disagreement("count", _values(counts)))
    interval = day_interval(date) if date else None
    starts = [r.start for r in members if r.start is not None]
    reported = sorted(r.reported for r in members if r.reported)
    return Incident(
        key=members[0].ref,
        type=kind,
        types=tuple(sorted(set(types))),
        place=place,
        date=date,
        start=interval[0] if interval else (min(starts) if starts else None),
        reports=tuple(r.ref for r in members),
        statements=tuple(dict.fromkeys(r.statement for r in members)),
        issuers=tuple(sorted({i for r in members for i in r.issuers})),
        participants=tuple(sorted({p for r in members for p in r.participants})),
        first_reported=reported[0] if reported else None,
        last_reported=reported[-1] if reported else None,
        disagreements=tuple(disagreements),
    )
