"""When two reports may describe one incident: compatible types, places and dates.

Types are compatible when equal or when one is broader than the other in
ontology/event-types.ttl (skos:broader, followed transitively). Places are
compatible when equal or when one contains the other in the linked
gazetteer hierarchy (schema:containedInPlace: a district of a province of a
country). Dates are compatible when their day intervals, widened by a few
days for reports that disagree on the day, overlap.
"""

from __future__ import annotations

from functools import cache, lru_cache

from rdflib import Graph
from rdflib.namespace import SKOS

from clecgraph.knowledge.ontology import ontology_file
from clecgraph.model import PLACE
from clecgraph.resolve.entities import Resolution

DATE_SLACK_DAYS = 3  # two reports of one arrest may give days a little apart
BROAD_PLACES = frozenset({"country", "region", "state", "province"})  # too wide to say two reports are of one incident


@lru_cache(maxsize=1)
def event_types_graph() -> Graph:
    """ontology/event-types.ttl, parsed once for every table read from it."""
    graph = Graph()
    graph.parse(data=ontology_file("event-types.ttl").read_text(encoding="utf-8"), format="turtle")
    return graph


@lru_cache(maxsize=1)
def broader_types() -> dict[str, frozenset[str]]:
    """Each event type's notation -> the notations of every type broader than it."""
    graph = event_types_graph()
    notation = {concept: str(value) for concept, value in graph.subject_objects(SKOS.notation)}
    direct: dict[str, set[str]] = {n: set() for n in notation.values()}
    for narrower, broader in graph.subject_objects(SKOS.broader):
        if narrower in notation and broader in notation:
            direct[notation[narrower]].add(notation[broader])
    closed = {}
    for name in direct:
        seen, todo = set(), list(direct[name])
        while todo:
            up = todo.pop()
            if up not in seen:
                seen.add(up)
                todo.extend(direct.get(up, ()))
        closed[name] = frozenset(seen)
    return closed


@cache
def type_root(name: str) -> str:
    """The broadest type above `name` (itself if none): reports are blocked by it."""
    above = broader_types().get(name, frozenset())
    roots = sorted(t for t in above if not broader_types().get(t))
    return roots[0] if roots else name


def types_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    table = broader_types()
    return a in table.get(b, ()) or b in table.get(a, ())


class Places:
    """The containment hierarchy of the corpus's place entities."""

    def __init__(self, resolution: Resolution):
        self._parent = {}
        self._subtype = {}
        for (kind, key), entity in resolution.entities.items():
            if kind == PLACE:
                self._parent[key] = entity.contained_in
                self._subtype[key] = entity.subtype
        self._chains: dict[str, tuple[str, ...]] = {}

    def chain(self, key: str) -> tuple[str, ...]:
        """The place and every place containing it, innermost first."""
        found = self._chains.get(key)
        if found is None:
            out, here = [], key
            while here and here not in out:  # a loop in the data ends the walk
                out.append(here)
                here = self._parent.get(here)
            found = self._chains[key] = tuple(out)
        return found

    def top(self, key: str) -> str:
        return self.chain(key)[-1]

    def compatible(self, a: str | None, b: str | None) -> bool:
        """Unknown on either side, equal, or one inside the other."""
        if not a or not b or a == b:
            return True
        return a in self.chain(b) or b in self.chain(a)

    def may_coincide(self, a: str | None, b: str | None) -> bool:
        """Compatible, or not known to be apart: one of them is not placed in any country."""
        if self.compatible(a, b):
            return True
        return self._subtype.get(self.top(a)) != "country" or self._subtype.get(self.top(b)) != "country"

    def deeper(self, a: str, b: str) -> str:
        """Of two compatible places, the more specific."""
        return a if len(self.chain(a)) >= len(self.chain(b)) else b

    def is_broad(self, key: str) -> bool:
        """A country or province: knowing only that, two reports may be of different incidents."""
        return self._subtype.get(key) in BROAD_PLACES or len(self.chain(key)) == 1 and self._subtype.get(key) is None


def dates_compatible(a_start, a_end, b_start, b_end, slack: int = DATE_SLACK_DAYS) -> bool:
    if a_start is None or b_start is None:
        return True
    return a_start <= b_end + slack and b_start <= a_end + slack
