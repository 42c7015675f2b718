"""Apply a curation file: corrections win over what the rules found.

Each kind of correction acts where the rules made the mistake:

- before resolution, as knowledge: `add` is one more authority, so its
  names group the way the packaged authorities do;
- on the extractions (the rules' reading of each statement): `kind` and
  `drop` change or remove every mention of the entity, `member` states the
  membership in each statement that names the person, and the `event-*`
  actions change or remove one event;
- on the resolved, linked entities: `merge`, `rename` and the identifiers
  of `add`.

Facts a correction set are attributed to the agent `curation` (their
annotations' prov:wasAttributedTo), so the graph tells a person's decision
from a rule's finding; clecgraph.curation.record describes each correction.
A correction that names nothing in the archive is kept as not applied, with
the reason, never silently dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from clecgraph.curation.entries import EVENT, Correction
from clecgraph.errors import UsageError
from clecgraph.knowledge.ontology import Authority, Knowledge, default_knowledge
from clecgraph.link import LinkContext, link_entities
from clecgraph.model import ORGANISATION, PERSON, PLACE, Affiliation, Entity, Extraction
from clecgraph.names import co_publishers, fold, slugify
from clecgraph.resolve.entities import Resolution, names_in, resolve
from clecgraph.resolve.lookup import Named, find
from clecgraph.vocab import KIND_PATH, statement_id

AGENT = "curation"  # the extractor name of facts a correction set: agent/curation in the graph
EVENT_ID = re.compile(r"^(?:.*/)?(?P<statement>[^/]+)-(?P<number>\d+)$")


@dataclass
class Outcome:
    correction: Correction
    applied: bool = False
    message: str = ""
    targets: list[str] = field(default_factory=list)  # IRI paths under the base: "org/licadho", "event/<id>-2"


@dataclass
class Curated:
    extractions: list[Extraction]
    resolution: Resolution
    outcomes: list[Outcome]


def curate(corrections: Iterable[Correction], extractions: list[Extraction], links: Iterable[Path | str] = ()) -> Curated:
    """Resolve and link `extractions` with `corrections` applied (see the module docstring)."""
    outcomes = [Outcome(c) for c in corrections]
    base = default_knowledge()
    added = tuple(_authority(o.correction) for o in outcomes if o.correction.action == "add")
    knowledge = Knowledge(event_types=base.event_types, authorities=base.authorities + added)

    before = resolve(extractions, knowledge)
    spelled = _spellings(extractions)
    edited = list(extractions)
    for outcome in outcomes:
        action = outcome.correction.action
        try:
            if action in ("kind", "drop"):
                edited = _rekind(outcome, before, edited)
            elif action == "member":
                edited = _member(outcome, before, spelled, edited)
        except UsageError as err:
            outcome.message = str(err)
    edited = _edit_events([o for o in outcomes if o.correction.kind == EVENT], edited)

    resolution = link_entities(resolve(edited, knowledge), LinkContext(tuple(edited), tuple(Path(p) for p in links)))
    for outcome in outcomes:
        try:
            if outcome.correction.action == "kind" and outcome.applied:
                outcome.targets[1:] = [_target(_entity(resolution, outcome.correction.name, outcome.correction.value))]
            elif outcome.correction.action == "merge":
                resolution = _merge(outcome, resolution)
            elif outcome.correction.action == "rename":
                resolution = _rename(outcome, resolution)
            elif outcome.correction.action == "add":
                resolution = _identify(outcome, resolution)
        except UsageError as err:
            outcome.message = str(err)
    return Curated(edited, resolution, outcomes)


# --- finding what a correction names -----------------------------------------


def _named(resolution: Resolution) -> list[Named]:
    """Every entity with all its names (labels, and every corpus name the index ties to it)."""
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (kind, folded), key in resolution.index.items():
        names[(kind, key)].add(folded)
    return [
        Named(f"{KIND_PATH[kind]}/{key}", e.label, tuple(sorted({*e.alt_labels, *names[(kind, key)]})), kind)
        for (kind, key), e in sorted(resolution.entities.items())
    ]


def _entity(resolution: Resolution, name: str, kind: str | None) -> Entity:
    found = find(name, _named(resolution), kind or None, what="entity in the archive")
    return resolution.entities[(found.kind, found.iri.split("/", 1)[1])]


def _folded_names(resolution: Resolution, entity: Entity) -> set[str]:
    return {folded for (kind, folded), key in resolution.index.items() if kind == entity.kind and key == entity.key}


def _spellings(extractions: list[Extraction]) -> dict[tuple[str, str], str]:
    """(kind, folded name) -> the name as the corpus writes it (first seen)."""
    found: dict[tuple[str, str], str] = {}
    for extraction in extractions:
        for kind, name in names_in(extraction):
            found.setdefault((kind, fold(name)), name)
    return found


def _target(entity: Entity) -> str:
    return f"{KIND_PATH[entity.kind]}/{entity.key}"


# --- on the extractions ------------------------------------------------------


def _rekind(outcome: Outcome, before: Resolution, extractions: list[Extraction]) -> list[Extraction]:
    """`kind`: every mention of the entity takes the new kind; `drop`: every mention goes."""
    c = outcome.correction
    entity = _entity(before, c.name, c.kind)
    new_kind = c.value if c.action == "kind" else None
    if new_kind == entity.kind:
        outcome.applied, outcome.message, outcome.targets = True, f"already a {new_kind}", [_target(entity)]
        return extractions
    names = _folded_names(before, entity)
    for extraction in extractions:
        publishers = co_publishers(extraction.statement.publisher)
        if entity.kind == ORGANISATION and any(fold(p) in names for p in publishers):
            raise UsageError(
                f"{entity.label!r} publishes statement {extraction.statement.source}:{extraction.statement.line}; a publisher stays"
            )
    result = [_rewrite(e, entity.kind, names, new_kind) for e in extractions]
    outcome.applied = True
    outcome.targets = [_target(entity)]  # and, for `kind`, the entity it became (after resolution)
    return result


def _rewrite(extraction: Extraction, kind: str, names: set[str], new_kind: str | None) -> Extraction:
    def named(k: str, name: str | None) -> bool:
        return k == kind and name is not None and fold(name) in names

    if not any(named(k, n) for k, n in names_in(extraction)):
        return extraction
    mentions = tuple(
        (replace(m, kind=new_kind, subtype=None, extractor=AGENT) if new_kind else None) if named(m.kind, m.name) else m
        for m in extraction.mentions
    )
    issuers = tuple(i for i in extraction.issuers if not (named(ORGANISATION, i) and new_kind != ORGANISATION))
    affiliations = tuple(a for a in extraction.affiliations if not named(PERSON, a.person) and not named(ORGANISATION, a.organisation))
    events = tuple(
        replace(
            e,
            place=None if named(PLACE, e.place) else e.place,
            participants=tuple(p for p in e.participants if new_kind or not (named(PERSON, p) or named(ORGANISATION, p))),
        )
        for e in extraction.events
    )
    return replace(
        extraction, mentions=tuple(m for m in mentions if m is not None), issuers=issuers, affiliations=affiliations, events=events
    )


def _member(outcome: Outcome, before: Resolution, spelled: dict, extractions: list[Extraction]) -> list[Extraction]:
    """`member`: each statement naming the person states the membership (a rule's other role for it goes)."""
    c = outcome.correction
    person = _entity(before, c.name, PERSON)
    organisation = _entity(before, c.value, ORGANISATION)
    people, bodies = _folded_names(before, person), _folded_names(before, organisation)
    body_name = next((spelled[(ORGANISATION, n)] for n in sorted(bodies) if (ORGANISATION, n) in spelled), organisation.label)
    role = c.detail or None
    result = []
    for extraction in extractions:
        mention = next((m for m in extraction.mentions if m.kind == PERSON and fold(m.name) in people), None)
        if mention is None:
            result.append(extraction)
            continue
        kept = tuple(a for a in extraction.affiliations if not (fold(a.person) in people and fold(a.organisation) in bodies))
        stated = Affiliation(mention.name, body_name, role, mention.span, AGENT)
        result.append(replace(extraction, affiliations=kept + (stated,)))
    outcome.applied = True
    outcome.targets = [_target(person), _target(organisation)]
    return result


def _edit_events(outcomes: list[Outcome], extractions: list[Extraction]) -> list[Extraction]:
    """The `event-*` corrections, each on the event its id names (numbered as the rules found them)."""
    by_id = {statement_id(e.statement): i for i, e in enumerate(extractions)}
    edits: dict[int, dict[int, list[Outcome]]] = defaultdict(lambda: defaultdict(list))
    for outcome in outcomes:
        match = EVENT_ID.match(outcome.correction.name)
        index = by_id.get(match["statement"]) if match else None
        number = int(match["number"]) if match else 0
        if index is None or not 1 <= number <= len(extractions[index].events):
            outcome.message = f"no event {outcome.correction.name!r} in the archive (ids as in the graph: <statement id>-<number>)"
            continue
        edits[index][number].append(outcome)
    result = list(extractions)
    for index, by_number in edits.items():
        extraction = result[index]
        events = []
        for number, event in enumerate(extraction.events, 1):
            target = f"event/{statement_id(extraction.statement)}-{number}"
            keep = True
            for outcome in by_number.get(number, []):
                c = outcome.correction
                outcome.applied, outcome.targets = True, [target]
                if c.action == "drop-event":
                    keep = False
                elif c.action == "event-type":
                    event = replace(event, type=c.value, extractor=AGENT)
                elif c.action == "event-place":
                    event = replace(event, place=c.value, extractor=AGENT)
                elif c.action == "event-date":
                    event = replace(event, date=c.value, extractor=AGENT)
            if keep:
                events.append(event)
        result[index] = replace(extraction, events=tuple(events))
    return result


# --- on the resolved entities ------------------------------------------------


def _merge(outcome: Outcome, resolution: Resolution) -> Resolution:
    c = outcome.correction
    keep = _entity(resolution, c.name, c.kind)
    other = _entity(resolution, c.value, keep.kind)
    outcome.applied, outcome.targets = True, [_target(keep)]
    if other.key == keep.key:
        outcome.message = "already one entity"
        return resolution
    outcome.targets.append(_target(other))
    merged = replace(
        keep,
        alt_labels=tuple(sorted({*keep.alt_labels, *other.alt_labels, other.label} - {keep.label})),
        same_as=tuple(sorted({*keep.same_as, *other.same_as})),
        subtype=keep.subtype or other.subtype,
        latitude=keep.latitude if keep.latitude is not None else other.latitude,
        longitude=keep.longitude if keep.latitude is not None else other.longitude,
        contained_in=keep.contained_in or (other.contained_in if other.contained_in != keep.key else None),
        extra=keep.extra + tuple(x for x in other.extra if x[0] not in {k for k, _ in keep.extra}),
    )
    entities = {}
    for (kind, key), entity in resolution.entities.items():
        if (kind, key) == (other.kind, other.key):
            continue
        if kind == PLACE == other.kind and entity.contained_in == other.key:
            entity = replace(entity, contained_in=keep.key if key != keep.key else None)
        entities[(kind, key)] = merged if (kind, key) == (keep.kind, keep.key) else entity
    index = {k: (keep.key if k[0] == other.kind and v == other.key else v) for k, v in resolution.index.items()}
    return Resolution(entities=entities, index=index)


def _rename(outcome: Outcome, resolution: Resolution) -> Resolution:
    c = outcome.correction
    entity = _entity(resolution, c.name, c.kind)
    alt = tuple(sorted({*entity.alt_labels, entity.label} - {c.value}))
    entities = dict(resolution.entities)
    entities[(entity.kind, entity.key)] = replace(entity, label=c.value, alt_labels=alt)
    outcome.applied, outcome.targets = True, [_target(entity)]
    return Resolution(entities=entities, index=resolution.index)


def _identify(outcome: Outcome, resolution: Resolution) -> Resolution:
    """`add`: the entity its names find gets its identifiers (and names); one named nowhere is reported."""
    c = outcome.correction
    found = None
    for name in c.names():
        try:
            found = _entity(resolution, name, c.kind)
            break
        except UsageError:
            continue
    if found is None:
        outcome.message = f"no {c.kind} of the archive is named {' or '.join(repr(n) for n in c.names())}"
        return resolution
    entities = dict(resolution.entities)
    alt = tuple(sorted({*found.alt_labels, *c.names()} - {found.label}))
    entities[(found.kind, found.key)] = replace(found, alt_labels=alt, same_as=tuple(sorted({*found.same_as, *c.identifiers()})))
    outcome.applied, outcome.targets = True, [_target(found)]
    return Resolution(entities=entities, index=resolution.index)


def _authority(c: Correction) -> Authority:
    names = c.names()
    return Authority(kind=c.kind, key=slugify(names[0]), label=names[0], alt_labels=tuple(sorted(set(names[1:]))), same_as=c.identifiers())


__all__ = ["AGENT", "Curated", "Outcome", "curate"]
