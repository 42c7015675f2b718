"""Affiliations a statement gives without naming the body beside the person.

"our Executive Council Member X", "our lawyers A and B"     the publisher's own people
"Kars Branch President A"                                  a post in a unit of the publisher no body is named for
"Union president Ath Thorn"                                the one body of that kind the statement names
"""

from __future__ import annotations

import re

from clecgraph.extract.entities.affiliations import _LIST_GAP, _ROLE, _TITLE, _role, is_role
from clecgraph.extract.text.chunks import Candidate
from clecgraph.knowledge.lexicon import EN, KIND_WORDS
from clecgraph.model import ORGANISATION, PERSON, Affiliation, Span

_UNIT_ROLE = re.compile(
    r"(?<![\w-])(?P<unit>(?:[A-Z][\w-]*[^\S\n]+){0,2}(?:" + EN.alternation("unit_words").title() + r"|Headquarters))"
    r"[^\S\n]+(?P<role>(?:[A-Z][\w-]*[^\S\n]+){0,2}[A-Z][\w-]*)[^\S\n]*,?[^\S\n]*$"
)
_OUR_ROLE = re.compile(r"\b[Oo]ur\s+" + _ROLE + r"\s*,?\s*" + _TITLE + r"$")


def publisher_affiliations(text: str, field: str, candidates: list[Candidate], spans: dict, publisher: str) -> list[Affiliation]:
    """ "our Executive Council Member X", "our lawyers A and B": the publisher's own people."""
    persons = sorted((c for c in candidates if c.kind == PERSON), key=lambda c: spans[c][0])
    bodies = [spans[c] for c in candidates if c.kind == ORGANISATION]
    found, k = [], 0
    while k < len(persons):
        start = spans[persons[k]][0]
        match = _OUR_ROLE.search(text, max(0, start - 80), start)
        role = match and _role(match)
        if not role:
            # "Kars Branch President A", "Headquarters Executive B": a post in a unit no body is named for
            match = _UNIT_ROLE.search(text, max(0, start - 80), start)
            named = match and any(a < match.end() and match.start() < b for a, b in bodies)
            role = match and not named and is_role(match["role"]) and " ".join(match["role"].split())
        if not role:
            k += 1
            continue
        while True:
            found.append(
                Affiliation(persons[k].name, publisher, role, Span(field, match.start(), spans[persons[k]][1]), "rules.affiliation")
            )
            if k + 1 >= len(persons) or not _LIST_GAP.fullmatch(text, spans[persons[k]][1], spans[persons[k + 1]][0]):
                break
            k += 1
        k += 1
    return found


# "Union president Ath Thorn", "Party spokesman Sok Eysan": a kind of body standing for the one body of that kind named
_KIND_ROLE = re.compile(r"\b(?P<kind>[A-Z][a-z]+)\s+" + _ROLE + r"\s*,?\s*" + _TITLE + r"$")


def kind_affiliations(
    text: str, field: str, candidates: list[Candidate], spans: dict, all_orgs: list[str], tokens: list
) -> list[Affiliation]:
    """A person after "<Kind> <role>" where the statement names exactly one body of that kind."""
    found = []
    taken = [spans[c] for c in candidates]
    for person in candidates:
        if person.kind != PERSON or not any(
            tokens[k].cap and tokens[k].key in KIND_WORDS for k in range(max(0, person.start - 4), person.start)
        ):
            continue
        start = spans[person][0]
        match = _KIND_ROLE.search(text, max(0, start - 60), start)
        if not match or match.end() != start or not (role := _role(match)):
            continue
        kind = match["kind"].lower()
        if kind not in KIND_WORDS or any(a <= match.start("kind") < b for a, b in taken):
            continue
        bodies = {name for name in all_orgs if kind in name.lower().replace("-", " ").split()}
        if len(bodies) == 1:
            found.append(Affiliation(person.name, bodies.pop(), role, Span(field, match.start(), spans[person][1]), "rules.affiliation"))
    return found
