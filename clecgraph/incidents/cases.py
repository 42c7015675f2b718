"""Case threads: the incidents around one participant, in order, with the gaps visible.

A case follows one person, one group (an organisation taking part in the
events) or one site (a village, community, zone: a place narrower than a
city) through the incidents that involve it: arrest -> charge -> trial ->
release, or eviction -> protest -> arrest. It is a case when it holds two
incidents or more, or one that leaves a gap. A gap is an incident whose
expected follow-up (clec:expectedFollowUp in ontology/event-types.ttl: an
arrest expects a release) is never reported later in the same thread.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from clecgraph.incidents.compat import Places, event_types_graph, types_compatible
from clecgraph.incidents.records import Incident
from clecgraph.model import PLACE
from clecgraph.vocab import CLEC, EVENT_TYPE

WIDE_PLACES = frozenset({"country", "region", "state", "province", "city", "district", "capital", "municipality"})


@dataclass(frozen=True)
class Gap:
    after: str  # key of the incident whose follow-up is missing
    expected: tuple[str, ...]  # event types any of which would have closed it


@dataclass(frozen=True)
class Case:
    subject_kind: str  # person, organisation or place
    subject: str  # entity key
    incidents: tuple[str, ...]  # incident keys, earliest first
    gaps: tuple[Gap, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.subject_kind}-{self.subject}"


@lru_cache(maxsize=1)
def follow_ups() -> dict[str, tuple[str, ...]]:
    """Event type -> the types expected to follow it (ontology/event-types.ttl)."""
    graph = event_types_graph()
    table: dict[str, set[str]] = defaultdict(set)
    prefix = str(EVENT_TYPE)
    for before, after in graph.subject_objects(CLEC.expectedFollowUp):
        table[str(before).removeprefix(prefix)].add(str(after).removeprefix(prefix))
    return {k: tuple(sorted(v)) for k, v in table.items()}


def _site(places: Places, key: str, subtype: dict[str, str | None]) -> bool:
    return len(places.chain(key)) > 1 and subtype.get(key) not in WIDE_PLACES


def gaps_in(thread: list[Incident]) -> tuple[Gap, ...]:
    expected = follow_ups()
    out = []
    for n, incident in enumerate(thread):
        # The incident itself may tell the follow-up ("arrested on Monday, released on bail the next day").
        later = [t for other in thread[n:] for t in other.types]
        for kind in incident.types:
            wanted = expected.get(kind)
            if wanted and not any(types_compatible(w, t) for w in wanted for t in later):
                out.append(Gap(incident.key, wanted))
                break
    return tuple(out)


def cases_of(incidents: list[Incident], places: Places, place_subtypes: dict[str, str | None]) -> list[Case]:
    """Every case thread, by subject kind and key."""
    threads: dict[tuple[str, str], list[Incident]] = defaultdict(list)
    for incident in incidents:
        issuers = set(incident.issuers)
        for kind, key in incident.participants:
            if kind == "person" or key not in issuers:
                threads[kind, key].append(incident)
        if incident.place and _site(places, incident.place, place_subtypes):
            threads[PLACE, incident.place].append(incident)
    cases = []
    for (kind, key), thread in sorted(threads.items()):
        thread.sort(key=lambda i: (i.start if i.start is not None else 10**9, i.first_reported or "", i.key))
        gaps = gaps_in(thread) if kind != PLACE else ()
        if len(thread) > 1 or gaps:
            cases.append(Case(kind, key, tuple(i.key for i in thread), gaps))
    return cases
