"""Find an entity by any of its names: one lookup for queries, views, the endpoint and curation.

A name matches an entity when it equals the entity's preferred label or one
of its alternative labels once both are folded (clecgraph.names.fold: case,
accents, punctuation and a leading "the" do not count), or when it is the
entity's IRI or the tail of its IRI ("org/licadho", "licadho"). A preferred
label beats an alternative one: "CCHR" finds the body whose label it is
before one that merely lists it. Two or more entities left at the best
tier make the name ambiguous, and the error lists them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from clecgraph.errors import UsageError
from clecgraph.names import fold

LISTED = 8  # candidates named in an ambiguity error


@dataclass(frozen=True)
class Named:
    """One entity with its names: what the lookup searches."""

    iri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    kind: str | None = None


class AmbiguousName(UsageError):
    def __init__(self, name: str, candidates: list[Named], what: str = "entities"):
        self.name = name
        self.candidates = candidates
        listed = "; ".join(f"{c.label} <{c.iri}>" + (f" ({c.kind})" if c.kind else "") for c in candidates[:LISTED])
        more = f"; and {len(candidates) - LISTED} more" if len(candidates) > LISTED else ""
        super().__init__(f"{len(candidates)} {what} are named {name!r}: {listed}{more}; give one IRI (or a kind) instead")


class UnknownName(UsageError):
    def __init__(self, name: str, what: str = "entity"):
        self.name = name
        super().__init__(f"no {what} is named {name!r} (by label or any alternative name, ignoring case and accents)")


def matches(name: str, entities: Iterable[Named], kind: str | None = None) -> list[Named]:
    """The entities `name` refers to at the best tier that finds any (IRI, preferred label, alternative label)."""
    pool = [e for e in entities if kind is None or e.kind == kind]
    text = name.strip()
    exact = [e for e in pool if e.iri == text]
    if exact:
        return exact
    tail = "/" + text.strip("/")
    tails = [e for e in pool if e.iri.endswith(tail)] if "/" in text or not any(c.isspace() for c in text) else []
    key = fold(text)
    if not key and not tails:
        return []
    preferred = [e for e in pool if fold(e.label) == key]
    if preferred:
        return _unique(preferred)
    alternative = [e for e in pool if any(fold(a) == key for a in e.alt_labels)]
    if alternative:
        return _unique(alternative)
    return _unique(tails)


def find(name: str, entities: Iterable[Named], kind: str | None = None, what: str = "entity") -> Named:
    """The one entity called `name`; UnknownName or AmbiguousName (listing the candidates) otherwise."""
    found = matches(name, entities, kind)
    if not found:
        raise UnknownName(name, what if kind is None else kind)
    if len(found) > 1:
        raise AmbiguousName(name, found, "entities" if kind is None else f"{kind}s")
    return found[0]


def _unique(found: list[Named]) -> list[Named]:
    seen: dict[str, Named] = {}
    for entity in found:
        seen.setdefault(entity.iri, entity)
    return sorted(seen.values(), key=lambda e: (e.kind or "", e.label, e.iri))


__all__ = ["AmbiguousName", "Named", "UnknownName", "find", "matches"]
