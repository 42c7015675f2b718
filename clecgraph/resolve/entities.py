"""Resolve: mentions -> one entity per real-world thing across the corpus.

Names are grouped (union-find) when any of these holds:
  - they are names of one known authority (ontology/authorities/);
  - they are spelling variants: Centre/Center, Kompong/Kampong, Boeng/Boeung,
    "Kampong Thom province"/"Kampong Thom", "Co. Ltd"/"Company", spaces and
    hyphens ("Sawit Watch"/"SawitWatch", "Timor Leste"/"Timor-Leste");
  - a statement tied an acronym to its expansion ("Community Legal Education
    Center (CLEC)"): the acronym then means that body in every statement,
    unless the corpus ties it to two different ones (CCC);
  - an undefined acronym is the initials of exactly one organisation named in
    the corpus;
  - a one-word person name ("Sonando") is the last word of exactly one full
    name in the corpus ("Mam Sonando").
Every name and every written form seen is kept as an alternative label.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from clecgraph.knowledge.ontology import Knowledge, default_knowledge
from clecgraph.model import ORGANISATION, PERSON, PLACE, Entity, Extraction
from clecgraph.names import fold, slugify


@dataclass(frozen=True)
class Resolution:
    """The corpus's entities and the way from a (kind, name) to one of them."""

    entities: dict[tuple[str, str], Entity]  # (kind, key) -> entity
    index: dict[tuple[str, str], str]  # (kind, folded name) -> key

    def key(self, kind: str, name: str) -> str:
        return self.index[(kind, fold(name))]

    def entity(self, kind: str, name: str) -> Entity:
        return self.entities[(kind, self.key(kind, name))]


def names_in(extraction: Extraction) -> Iterable[tuple[str, str]]:
    """Every (kind, name) an extraction refers to."""
    for mention in extraction.mentions:
        yield mention.kind, mention.name
    for issuer in extraction.issuers:
        yield ORGANISATION, issuer
    for affiliation in extraction.affiliations:
        yield PERSON, affiliation.person
        yield ORGANISATION, affiliation.organisation
    for event in extraction.events:
        if event.place:
            yield PLACE, event.place


# --- spelling variants ------------------------------------------------------

_ORG_SPELLINGS = [
    (r"\bcentre\b", "center"),
    (r"\borganisation", "organization"),
    (r"\blabour\b", "labor"),
    (r"\bdefence\b", "defense"),
    (r"\bprogramme\b", "program"),
]
_LEGAL_TAIL = re.compile(r"(?:\s+(?:co|company|corp|corporation|inc|ltd|limited|plc|llc|pte))+$")
_PLACE_TAIL = re.compile(
    r"(?:\s+(?:province|district|commune|village|municipality|city|town|khan|srok|khum|sangkat|krong|lake|river|community|capital))+$"
)
_PLACE_HEAD = re.compile(r"^(?:province|district|commune|village|municipality|city|khan|srok|khum|sangkat|krong|phum) (?:of )?")
_ROMANISATION = [
    (r"\bk[ao]mp[ou]ng\b", "kampong"),
    (r"\bb(?:oe|oeu|eu|ue)ng\b", "boeung"),
    (r"\bt(?:ou|uo)l\b", "tuol"),
    (r"\bruss?e[iy]\b", "russey"),
    (r"\bphnum\b", "phnom"),
]


@lru_cache(maxsize=1 << 16)
def variant_key(kind: str, name: str) -> str:
    """A loose form under which spelling variants of one name coincide."""
    text = fold(name)
    if kind == ORGANISATION:
        for pattern, repl in _ORG_SPELLINGS:
            text = re.sub(pattern, repl, text)
        text = _LEGAL_TAIL.sub("", text) or text
    elif kind == PLACE:
        text = _PLACE_HEAD.sub("", text) or text
        text = _PLACE_TAIL.sub("", text) or text
        for pattern, repl in _ROMANISATION:
            text = re.sub(pattern, repl, text)
    return text.replace(" ", "")


@lru_cache(maxsize=1 << 16)
def is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return " " not in name.strip() and 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= len(letters) - 1


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-‐]+", name) if w and w.lower() not in ("of", "for", "the", "and", "on", "in", "de", "&")]
    return "".join(w[0] for w in words).upper()


class _Groups:
    """Union-find over (kind, variant key) nodes."""

    def __init__(self):
        self.parent: dict = {}

    def find(self, node):
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def resolve(extractions: Iterable[Extraction], knowledge: Knowledge | None = None) -> Resolution:
    knowledge = knowledge or default_knowledge()
    groups = _Groups()
    node_authority: dict[tuple[str, str], object] = {}
    for authority in knowledge.authorities:
        first = (authority.kind, variant_key(authority.kind, authority.label))
        for name in (authority.label, *authority.alt_labels):
            node = (authority.kind, variant_key(authority.kind, name))
            node_authority.setdefault(node, authority)
            groups.union(first, node)

    names: Counter = Counter()  # (kind, name) -> uses
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)  # (kind, name) -> written forms
    subtypes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    defined: dict[tuple[str, str], set] = defaultdict(set)  # (kind, acronym key) -> long-name nodes
    for extraction in extractions:
        for kind, name in names_in(extraction):
            if fold(name):
                names[(kind, name)] += 1
                groups.find((kind, variant_key(kind, name)))
        for mention in extraction.mentions:
            surface = " ".join(mention.surface.split())
            if surface and fold(surface) and fold(surface) != fold(mention.name):  # not "PHNOM PENH" beside "Phnom Penh"
                forms[(mention.kind, mention.name)].add(surface)
            if mention.subtype:
                subtypes[(mention.kind, mention.name)][mention.subtype] += 1
            if surface and is_acronym(surface) and not is_acronym(mention.name) and fold(surface) != fold(mention.name):
                defined[(mention.kind, variant_key(mention.kind, surface))].add((mention.kind, variant_key(mention.kind, mention.name)))

    _tie_acronyms(groups, names, defined)
    _tie_short_persons(groups, names)

    members: dict = defaultdict(list)
    for kind, name in names:
        members[groups.find((kind, variant_key(kind, name)))].append(name)
    root_authority = {}
    for node, authority in node_authority.items():
        root_authority.setdefault(groups.find(node), authority)

    entities: dict[tuple[str, str], Entity] = {}
    index: dict[tuple[str, str], str] = {}
    for root in sorted(members, key=lambda r: (r[0], r[1])):
        kind = root[0]
        group = sorted(set(members[root]))
        authority = root_authority.get(root)
        label = authority.label if authority else _best_name(kind, {n: names[(kind, n)] for n in group})
        key = authority.key if authority else slugify(label)
        base, n = key, 1
        while (kind, key) in entities:  # two entities whose names slug alike
            n += 1
            key = f"{base}-{n}"
        alt = set(group) | set(authority.alt_labels if authority else ())
        for name in group:
            alt |= forms.get((kind, name), set())
        alt.discard(label)
        votes = Counter()
        for name in group:
            votes.update(subtypes.get((kind, name), {}))
        subtype = (
            authority.subtype
            if authority and authority.subtype
            else (sorted(votes.items(), key=lambda i: (-i[1], i[0]))[0][0] if votes else None)
        )
        entities[(kind, key)] = Entity(
            kind=kind,
            key=key,
            label=label,
            alt_labels=tuple(sorted(a for a in alt if a.strip())),
            subtype=subtype,
            same_as=authority.same_as if authority else (),
        )
        for name in group:
            index[(kind, fold(name))] = key
    return Resolution(entities=entities, index=index)


def _tie_acronyms(groups: _Groups, names: Counter, defined: dict) -> None:
    """Acronyms defined in the corpus, else initials of exactly one name."""
    for (kind, acronym), targets in defined.items():
        roots = {groups.find(t) for t in targets}
        if len(roots) == 1:
            groups.union((kind, acronym), next(iter(roots)))
    by_initials: dict[tuple[str, str], set] = defaultdict(set)
    for kind, name in names:
        if kind == ORGANISATION and not is_acronym(name) and len(name.split()) >= 2:
            by_initials[(kind, initials(name))].add(groups.find((kind, variant_key(kind, name))))
    for kind, name in names:
        if kind != ORGANISATION or not is_acronym(name):
            continue
        node = (kind, variant_key(kind, name))
        if (kind, variant_key(kind, name)) in defined:
            continue
        roots = by_initials.get((kind, re.sub(r"[^A-Za-z]", "", name).upper()), set()) - {groups.find(node)}
        if len(roots) == 1:
            groups.union(node, next(iter(roots)))


def _tie_short_persons(groups: _Groups, names: Counter) -> None:
    """ "Sonando" -> "Mam Sonando" when one full name in the corpus ends so."""
    by_last: dict[str, set] = defaultdict(set)
    for kind, name in names:
        words = name.split()
        if kind == PERSON and len(words) >= 2:
            by_last[fold(words[-1])].add(groups.find((kind, variant_key(kind, name))))
    for kind, name in names:
        if kind == PERSON and len(name.split()) == 1:
            roots = by_last.get(fold(name), set())
            if len(roots) == 1:
                groups.union((kind, variant_key(kind, name)), next(iter(roots)))


def _best_name(kind: str, uses: dict[str, int]) -> str:
    """The fullest name for a person; a spelled-out name for a body; else the most used."""

    def rank(item):
        name, count = item
        if kind == PERSON:
            return (-len(name.split()), -count, -len(name), name)
        if kind == ORGANISATION:
            return (is_acronym(name), -count, -len(name), name)
        return (-count, -len(name), name)

    return sorted(uses.items(), key=rank)[0][0]
