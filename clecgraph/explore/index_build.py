"""The explorer's index: what its pages list and count, read once from the store into a small SQLite file.

A store is served read-only, so whatever a page would otherwise compute over
the whole archive (counts, the latest statements, the busiest organisations
and places, an entity's statements and events in date order, the timeline)
can be read once, kept in tables with the indexes those pages need, and
answered in milliseconds at any size. Pages still read a single resource (a
statement's text and marks, an event, a description) from the store itself.

The file is made beside the store (`STORE.explore.sqlite`) on the first
serve and reused while the store is unchanged (its fingerprint: the names,
sizes and times of the store's files). `index.py` asks it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

import pyoxigraph as ox

from clecgraph.names import fold
from clecgraph.vocab import CLEC, GEO, KIND_CLASS, SCHEMA, SEM

VERSION = "3"
DC = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
KINDS = {"organisation": "organisations", "person": "persons", "place": "places"}
ACTOR, PLACE, REPORTED, STEP = 1, 2, 4, 8  # an entity's roles in an event (a bit each); STEP: a case's event
COUNTED = {
    "statements": str(CLEC.Statement),
    "organisations": str(KIND_CLASS["organisation"]),
    "persons": str(KIND_CLASS["person"]),
    "places": str(KIND_CLASS["place"]),
    "events": str(SEM.Event),
}

SCHEMA_SQL = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE iris(id INTEGER PRIMARY KEY, iri TEXT NOT NULL);
CREATE TABLE labels(id INTEGER PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE statements(id INTEGER PRIMARY KEY, date TEXT, title TEXT);
CREATE TABLE statement_of(entity INTEGER, statement INTEGER, date TEXT, issued INTEGER, PRIMARY KEY(entity, statement)) WITHOUT ROWID;
CREATE TABLE issuers(statement INTEGER, org INTEGER, PRIMARY KEY(statement, org)) WITHOUT ROWID;
CREATE TABLE events(id INTEGER PRIMARY KEY, date TEXT, type INTEGER, label TEXT);
CREATE TABLE event_of(entity INTEGER, event INTEGER, date TEXT, roles INTEGER, PRIMARY KEY(entity, event)) WITHOUT ROWID;
CREATE TABLE places(id INTEGER PRIMARY KEY, lat REAL, long REAL, events INTEGER);  -- places of events, and located ones
CREATE TABLE entities(id INTEGER PRIMARY KEY, kind TEXT, tail TEXT);
CREATE TABLE names(entity INTEGER, name TEXT, folded TEXT, preferred INTEGER);
CREATE TABLE activity(org INTEGER PRIMARY KEY, statements INTEGER);
CREATE TABLE cosigned(org INTEGER, other INTEGER, statements INTEGER, PRIMARY KEY(org, other)) WITHOUT ROWID;
CREATE TABLE org_places(org INTEGER, place INTEGER, events INTEGER, PRIMARY KEY(org, place)) WITHOUT ROWID;
"""
INDEX_SQL = """
CREATE UNIQUE INDEX iri_of ON iris(iri);
CREATE INDEX statements_by_date ON statements(date);
CREATE INDEX statement_of_by_date ON statement_of(entity, date);
CREATE INDEX events_by_date ON events(date);
CREATE INDEX events_by_type ON events(type, date);
CREATE INDEX event_of_by_date ON event_of(entity, date);
CREATE INDEX event_of_by_event ON event_of(event, roles);
CREATE INDEX names_by_folded ON names(folded);
CREATE INDEX entities_by_tail ON entities(tail);
CREATE INDEX activity_by_count ON activity(statements);
CREATE INDEX places_by_events ON places(events);
"""


def fingerprint(folder: Path) -> str:
    """What identifies a store's content: its files' names, sizes and times (not the logs and lock it may touch)."""
    digest = hashlib.sha1(VERSION.encode())
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.is_file() and not entry.name.startswith(("LOG", "LOCK")):
            info = entry.stat()
            digest.update(f"{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


class _Ids:
    """IRI -> small integer, as the tables keep them."""

    def __init__(self):
        self.of: dict[str, int] = {}

    def __call__(self, iri: str) -> int:
        found = self.of.get(iri)
        if found is None:
            found = self.of[iri] = len(self.of) + 1
        return found


def _pairs(store, predicate: str):
    """(subject, object) values of every triple with `predicate`, in the default graph and every named graph.

    A SPARQL pattern, not quads_for_pattern: two terms a row instead of a Quad of four, about twice as fast.
    """
    ref = f"<{predicate}>"
    for row in store.query(f"SELECT ?s ?o WHERE {{ {{ ?s {ref} ?o }} UNION {{ GRAPH ?g {{ ?s {ref} ?o }} }} }}"):
        yield row[0].value, row[1]


def _iri_pairs(store, predicate: str):
    """(subject, object) IRIs of `predicate`, objects that are not IRIs left out."""
    for subject, value in _pairs(store, predicate):
        if isinstance(value, ox.NamedNode):
            yield subject, value.value


def _subjects_of_type(store, cls: str) -> set[str]:
    query = f"SELECT ?s WHERE {{ {{ ?s a <{cls}> }} UNION {{ GRAPH ?g {{ ?s a <{cls}> }} }} }}"
    return {row[0].value for row in store.query(query)}


def build(store, path: Path, mark: str = "") -> dict:
    """Read `store` (an open pyoxigraph Store) into a new index file at `path`; its counts and timings back."""
    started = time.perf_counter()
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    part.unlink(missing_ok=True)
    db = sqlite3.connect(part)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA_SQL)
        counts = _fill(store, db)
        db.executescript(INDEX_SQL)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("version", VERSION), ("mark", mark), ("counts", json.dumps(counts))])
        db.commit()
        db.execute("ANALYZE")
        db.commit()
    finally:
        db.close()
    os.replace(part, path)
    return {"counts": counts, "seconds": round(time.perf_counter() - started, 2)}


def _fill(store, db) -> dict[str, int]:
    iid = _Ids()
    typed = {name: _subjects_of_type(store, cls) for name, cls in COUNTED.items()}
    statements, events = typed["statements"], typed["events"]
    kinds = {iri: kind for kind, plural in KINDS.items() for iri in typed[plural]}

    # Labels as the pages show them: a preferred label, else rdfs:label, else a title (the smallest of each, so
    # the choice is the same on every run).
    best: dict[str, tuple[int, str]] = {}
    names: list[tuple[str, str, int]] = []
    titled: dict[int, dict[str, str]] = {1: {}, 2: {}}  # a statement's rdfs:label and dcterms:title
    for rank, predicate in enumerate((SKOS + "prefLabel", RDFS_LABEL, DC + "title", SKOS + "altLabel")):
        for subject, value in _pairs(store, predicate):
            text = value.value
            if rank < 3:
                held = best.get(subject)
                if held is None or (rank, text) < held:
                    best[subject] = (rank, text)
            if rank in titled and subject in statements:
                held = titled[rank].get(subject)
                titled[rank][subject] = text if held is None else min(held, text)
            if subject in kinds and rank != 2:
                names.append((subject, text, int(rank == 0)))
    titles = {**titled[1], **titled[2]}  # a title wins over a label

    dates = _first(_pairs(store, DC + "issued"), statements)
    db.executemany("INSERT INTO statements VALUES (?, ?, ?)", ((iid(s), dates.get(s), titles.get(s)) for s in statements))
    issued_by: dict[str, set[str]] = {}
    links: dict[tuple[int, int], int] = {}
    for subject, value in _pairs(store, DC + "creator"):
        if subject in statements and isinstance(value, ox.NamedNode):
            issued_by.setdefault(subject, set()).add(value.value)
            links[iid(value.value), iid(subject)] = 1
    for subject, value in _pairs(store, str(SCHEMA.mentions)):
        if subject in statements and isinstance(value, ox.NamedNode):
            links.setdefault((iid(value.value), iid(subject)), 0)
    date_of = {iid(s): d for s, d in dates.items()}
    db.executemany("INSERT INTO statement_of VALUES (?, ?, ?, ?)", ((e, s, date_of.get(s), i) for (e, s), i in links.items()))
    db.executemany("INSERT INTO issuers VALUES (?, ?)", ((iid(s), iid(o)) for s, orgs in issued_by.items() for o in orgs))
    db.execute("INSERT INTO activity SELECT entity, COUNT(*) FROM statement_of WHERE issued = 1 GROUP BY entity")
    # Co-signers, counted once here: an organisation's page would otherwise join all its statements.
    together: dict[tuple[int, int], int] = {}
    for orgs in issued_by.values():
        ids = [iid(o) for o in orgs]
        for a in ids:
            for b in ids:
                if a != b:
                    together[a, b] = together.get((a, b), 0) + 1
    db.executemany("INSERT INTO cosigned VALUES (?, ?, ?)", ((a, b, n) for (a, b), n in together.items()))

    stamps = _first(_pairs(store, str(SEM.hasTimeStamp)), events)
    types = _first(_pairs(store, str(SEM.eventType)), events, iris=True)
    db.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?)",
        (
            (iid(e), stamps.get(e), iid(types[e]) if e in types else None, best[e][1] if e in best and best[e][0] == 1 else None)
            for e in events
        ),
    )
    roles: dict[tuple[int, int], int] = {}
    for predicate, role in ((str(SEM.hasActor), ACTOR), (str(SEM.hasPlace), PLACE)):
        for subject, value in _pairs(store, predicate):
            if subject in events and isinstance(value, ox.NamedNode):
                key = (iid(value.value), iid(subject))
                roles[key] = roles.get(key, 0) | role
    for subject, value in _pairs(store, str(SCHEMA.about)):
        if subject in statements and value.value in events:
            for org in issued_by.get(subject, ()):
                key = (iid(org), iid(value.value))
                roles[key] = roles.get(key, 0) | REPORTED
    # A case thread's events (case -> step -> incident -> its reports), for the timeline filtered by case.
    incident_of_step = dict(_iri_pairs(store, str(CLEC.stepIncident)))
    reports: dict[str, list[str]] = {}
    for incident, event in _iri_pairs(store, str(CLEC.report)):
        if event in events:
            reports.setdefault(incident, []).append(event)
    for case, step in _iri_pairs(store, str(CLEC.step)):
        for event in reports.get(incident_of_step.get(step), ()):
            key = (iid(case), iid(event))
            roles[key] = roles.get(key, 0) | STEP
    # Each organisation's places (events it took part in or reported), for its map without other filters.
    places_of: dict[int, list[int]] = {}
    for (entity, event), role in roles.items():
        if role & PLACE:
            places_of.setdefault(event, []).append(entity)
    organisations = {iid(o) for o in typed["organisations"]}
    on_map: dict[tuple[int, int], int] = {}
    for (entity, event), role in roles.items():
        if entity in organisations and role & (ACTOR | REPORTED):
            for place in places_of.get(event, ()):
                on_map[entity, place] = on_map.get((entity, place), 0) + 1
    db.executemany("INSERT INTO org_places VALUES (?, ?, ?)", ((o, p, n) for (o, p), n in on_map.items()))
    stamp_of = {iid(e): d for e, d in stamps.items()}
    db.executemany("INSERT INTO event_of VALUES (?, ?, ?, ?)", ((e, v, stamp_of.get(v), r) for (e, v), r in roles.items()))

    lat, long = _first(_pairs(store, str(GEO.lat)), None), _first(_pairs(store, str(GEO.long)), None)
    busy: dict[int, int] = {}
    for (entity, _), role in roles.items():
        if role & PLACE:
            busy[entity] = busy.get(entity, 0) + 1
    located: dict[int, tuple[float, float]] = {}
    for place in set(lat) & set(long):
        try:
            y, x = float(lat[place]), float(long[place])
        except ValueError:
            continue
        if -90 <= y <= 90 and -180 <= x <= 180:
            located[iid(place)] = (y, x)
    rows = ((p, *located.get(p, (None, None)), busy.get(p, 0)) for p in set(busy) | set(located))
    db.executemany("INSERT INTO places VALUES (?, ?, ?, ?)", rows)

    db.executemany("INSERT INTO entities VALUES (?, ?, ?)", ((iid(e), k, e.rstrip("/").rsplit("/", 1)[-1]) for e, k in kinds.items()))
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", ((iid(e), n, fold(n), p) for e, n, p in dict.fromkeys(names)))
    db.executemany("INSERT INTO labels VALUES (?, ?)", ((iid(i), text) for i, (_, text) in best.items()))
    db.executemany("INSERT INTO iris VALUES (?, ?)", ((n, iri) for iri, n in iid.of.items()))
    return {name: len(found) for name, found in typed.items()}


def _first(pairs, keep: set[str] | None, iris: bool = False) -> dict[str, str]:
    """subject -> one value (the smallest, so every run picks the same) for subjects in `keep` (None: all)."""
    found: dict[str, str] = {}
    for subject, value in pairs:
        if keep is not None and subject not in keep:
            continue
        if iris and not isinstance(value, ox.NamedNode):
            continue
        text = value.value
        if subject not in found or text < found[subject]:
            found[subject] = text
    return found
