"""Who a text says holds a post in which body: the (person, organisation) pairs the entity finder gives."""

from __future__ import annotations

from clecgraph.model import Statement


def pairs(find, text: str) -> set[tuple[str, str]]:
    found = find(Statement(source="t.jsonl", line=1, text=text))
    return {(a.person, a.organisation) for a in found.affiliations}
