"""What the explorer's pages ask their index (made by index_build.py): every list a page at a time, in date order.

Each question is one SQL query that an index of its table answers in order,
so a page costs the same on a small archive and on a large one: an entity's
statements and events come from its own rows (by entity, then date), the
timeline walks the events by date (or the rows of the one entity it is
filtered by), the map counts the places of the events the filters keep.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from clecgraph.errors import UsageError
from clecgraph.explore.index_build import ACTOR, PLACE, REPORTED, STEP, VERSION, build, fingerprint
from clecgraph.names import fold
from clecgraph.resolve.lookup import Named, matches

ROLE_NAMES = {ACTOR: "actor", PLACE: "place", REPORTED: "reported", STEP: "step"}
FILTER_ROLES = {"place": PLACE, "actor": ACTOR, "org": ACTOR | REPORTED, "case": STEP}  # timeline filter -> roles that count


@dataclass(frozen=True)
class Row:
    iri: str
    date: str | None = None
    title: str | None = None  # a statement's title, an event's label
    type: str | None = None  # an event's type
    roles: str = ""  # an entity's roles in an event: "actor place reported"


class Index:
    """An index file opened read-only; safe to share between the server's threads (one query at a time)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
        self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.lock = threading.Lock()
        self.counts = json.loads(self._one("SELECT value FROM meta WHERE key = 'counts'")[0])

    def _all(self, sql: str, args=()) -> list[tuple]:
        with self.lock:
            return self.db.execute(sql, args).fetchall()

    def _one(self, sql: str, args=()):
        rows = self._all(sql, args)
        return rows[0] if rows else None

    def id(self, iri: str) -> int | None:
        found = self._one("SELECT id FROM iris WHERE iri = ?", (iri,))
        return found[0] if found else None

    def close(self) -> None:
        self.db.close()

    # --- home and lists of organisations and places

    def latest(self, limit: int) -> list[Row]:
        sql = "SELECT i.iri, s.date, s.title FROM statements s JOIN iris i ON i.id = s.id ORDER BY s.date DESC LIMIT ?"
        return [Row(iri, date, title) for iri, date, title in self._all(sql, (limit,))]

    def most_active(self, limit: int) -> list[tuple[str, int]]:
        sql = "SELECT i.iri, a.statements FROM activity a JOIN iris i ON i.id = a.org ORDER BY a.statements DESC, i.iri LIMIT ?"
        return [(iri, n) for iri, n in self._all(sql, (limit,))]

    def busiest_places(self, limit: int) -> list[tuple[str, int]]:
        sql = "SELECT i.iri, p.events FROM places p JOIN iris i ON i.id = p.id WHERE p.events > 0 ORDER BY p.events DESC, i.iri LIMIT ?"
        return [(iri, n) for iri, n in self._all(sql, (limit,))]

    def labels(self, iris) -> dict[str, str]:
        wanted = list(dict.fromkeys(str(i) for i in iris if i))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT i.iri, l.label FROM iris i JOIN labels l ON l.id = i.id WHERE i.iri IN ({marks})"
            found.update(self._all(sql, chunk))
        return found

    # --- an entity's page

    def statements_of(self, iri: str, limit: int, offset: int = 0) -> list[Row]:
        sql = """SELECT i.iri, s.date, s.title FROM statement_of l JOIN statements s ON s.id = l.statement JOIN iris i ON i.id = s.id
WHERE l.entity = (SELECT id FROM iris WHERE iri = ?) ORDER BY l.date DESC LIMIT ? OFFSET ?"""
        return [Row(iri_, date, title) for iri_, date, title in self._all(sql, (iri, limit, offset))]

    def events_of(self, iri: str, limit: int) -> list[Row]:
        sql = """SELECT i.iri, l.date, e.label, t.iri, l.roles FROM event_of l JOIN events e ON e.id = l.event JOIN iris i ON i.id = e.id
LEFT JOIN iris t ON t.id = e.type WHERE l.entity = (SELECT id FROM iris WHERE iri = ?) ORDER BY l.date DESC LIMIT ?"""
        return [Row(e, d, label, t, _roles(r)) for e, d, label, t, r in self._all(sql, (iri, limit))]

    def cosigners(self, iri: str, limit: int) -> list[tuple[str, int]]:
        sql = "SELECT i.iri, c.statements FROM cosigned c JOIN iris i ON i.id = c.other WHERE c.org = ?1 ORDER BY c.statements DESC, i.iri LIMIT ?2"
        me = self.id(iri)
        return [] if me is None else [(o, n) for o, n in self._all(sql, (me, limit))]

    # --- the timeline and the map

    def _chosen(self, chosen: dict[str, str]) -> tuple[list[str], list, tuple[int, int] | None]:
        """SQL conditions on events `e` for the filters, their arguments, and the (entity id, roles) to walk, if any."""
        where, args, walk = [], [], None
        if "type" in chosen:
            where.append("e.type = ?")
            args.append(self.id(chosen["type"]) or -1)
        if "from" in chosen:
            where.append("e.date >= ?")
            args.append(chosen["from"])
        if "to" in chosen:
            where.append("e.date < ?")
            args.append(str(int(chosen["to"]) + 1))
        for name, roles in FILTER_ROLES.items():
            if name not in chosen:
                continue
            entity = self.id(chosen[name]) or -1
            if walk is None:
                walk = (entity, roles)
            else:
                where.append("EXISTS (SELECT 1 FROM event_of x WHERE x.entity = ? AND x.event = e.id AND x.roles & ?)")
                args += [entity, roles]
        return where, args, walk

    def timeline(self, chosen: dict[str, str], limit: int, offset: int) -> list[Row]:
        where, args, walk = self._chosen(chosen)
        if walk:  # the entity's own events, in date order
            source = "event_of w JOIN events e ON e.id = w.event"
            where = ["w.entity = ?", "w.roles & ?", *where]
            args = [*walk, *args]
            order = "w.date DESC"
        else:
            source, order = "events e", "e.date DESC"
        sql = f"""SELECT i.iri, e.date, e.label, t.iri FROM {source} JOIN iris i ON i.id = e.id LEFT JOIN iris t ON t.id = e.type
{("WHERE " + " AND ".join(where)) if where else ""} ORDER BY {order} LIMIT ? OFFSET ?"""
        return [Row(e, d, label, t) for e, d, label, t in self._all(sql, (*args, limit, offset))]

    def map_places(self, chosen: dict[str, str], limit: int) -> list[tuple[str, float, float, int]]:
        """(place, lat, long, events kept by the filters) of located places, busiest first."""
        kept = {k: v for k, v in chosen.items() if k != "place"}
        if set(kept) == {"org"}:  # counted once, in the index
            sql = """SELECT i.iri, p.lat, p.long, o.events FROM org_places o JOIN places p ON p.id = o.place JOIN iris i ON i.id = p.id
WHERE o.org = (SELECT id FROM iris WHERE iri = ?) AND p.lat IS NOT NULL ORDER BY o.events DESC, i.iri LIMIT ?"""
            return self._all(sql, (kept["org"], limit))
        if not kept:
            sql = "SELECT i.iri, p.lat, p.long, p.events FROM places p JOIN iris i ON i.id = p.id WHERE p.events > 0 AND p.lat IS NOT NULL ORDER BY p.events DESC, i.iri LIMIT ?"
            return self._all(sql, (limit,))
        where, args, walk = self._chosen(kept)
        if walk:
            source = "event_of w JOIN events e ON e.id = w.event JOIN event_of l ON l.event = e.id"
            where = ["w.entity = ?", "w.roles & ?", *where]
            args = [*walk, *args]
        else:
            source = "events e JOIN event_of l ON l.event = e.id"
        sql = f"""SELECT i.iri, p.lat, p.long, COUNT(*) AS n FROM {source} JOIN places p ON p.id = l.entity JOIN iris i ON i.id = p.id
WHERE l.roles & {PLACE} AND p.lat IS NOT NULL {"".join(" AND " + w for w in where)} GROUP BY p.id ORDER BY n DESC, i.iri LIMIT ?"""
        return self._all(sql, (*args, limit))

    # --- search

    def search(self, text: str, limit: int, offset: int = 0) -> list[tuple[str, str, str, str]]:
        """(entity, kind, label, the name that matched) for `text`: first what clecgraph.resolve.lookup finds by that
        name (a whole name or alias, case, accents and punctuation aside; an IRI or its tail), then entities with a
        name that starts with it, then with a name that holds it."""
        key = fold(text)
        tail = text.strip().strip("/").rsplit("/", 1)[-1]
        if not key and not tail:
            return []
        candidates = self._all(
            "SELECT DISTINCT n.entity FROM names n WHERE n.folded = ? UNION SELECT id FROM entities WHERE tail = ?", (key, tail)
        )
        named = self._named([c for (c,) in candidates])
        exact = [
            (e.iri, e.kind or "", e.label, next((n for n in e.alt_labels if fold(n) == key), "")) for e in matches(text, named.values())
        ]
        hits = exact
        if key:
            sql = """SELECT i.iri, en.kind, n.name, MIN(CASE WHEN n.folded = ?1 THEN 0 WHEN substr(n.folded, 1, length(?1)) = ?1 THEN 1 ELSE 2 END) AS r
FROM names n JOIN iris i ON i.id = n.entity JOIN entities en ON en.id = n.entity WHERE instr(n.folded, ?1) > 0
GROUP BY n.entity ORDER BY r, lower(n.name) LIMIT ?2"""
            seen = {h[0] for h in exact}
            more = [(iri, kind, "", name) for iri, kind, name, _ in self._all(sql, (key, offset + limit + len(exact))) if iri not in seen]
            hits = exact + more
        page = hits[offset : offset + limit]
        labels = self.labels(iri for iri, *_ in page)
        return [(iri, kind, labels.get(iri) or label or iri, name) for iri, kind, label, name in page]

    def _named(self, ids: list[int]) -> dict[int, Named]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._all(
            f"""SELECT n.entity, i.iri, en.kind, n.name, n.preferred FROM names n JOIN iris i ON i.id = n.entity
JOIN entities en ON en.id = n.entity WHERE n.entity IN ({marks}) UNION
SELECT en.id, i.iri, en.kind, NULL, 0 FROM entities en JOIN iris i ON i.id = en.id WHERE en.id IN ({marks})""",
            ids + ids,
        )
        found: dict[int, list] = {}
        for entity, iri, kind, name, preferred in rows:
            entry = found.setdefault(entity, [iri, kind, None, []])
            if name is not None and preferred and (entry[2] is None or name < entry[2]):
                entry[2] = name
            elif name is not None:
                entry[3].append(name)
        return {
            e: Named(iri, label or (sorted(alts)[0] if alts else iri), tuple(sorted(set(alts))), kind)
            for e, (iri, kind, label, alts) in found.items()
        }


def _roles(bits: int) -> str:
    return " ".join(name for bit, name in ROLE_NAMES.items() if bits & bit)


def of_store(store, path: Path) -> Index:
    """An index of an open pyoxigraph Store (a test's, or a graph file's scratch copy), made at `path`."""
    build(store, path)
    return Index(path)


def for_store_folder(folder: Path, say=None) -> Index:
    """The index of an on-disk store: the one beside it when it is for this very content, else made there now.

    Beside the store (`STORE.explore.sqlite`) when that folder is writable, else in the system's
    temporary folder, named by the store's fingerprint.
    """
    import pyoxigraph as ox

    folder = Path(folder)
    mark = fingerprint(folder)
    places = [folder.with_name(folder.name + ".explore.sqlite"), Path(tempfile.gettempdir()) / f"clecgraph-explore-{mark[:16]}.sqlite"]
    for path in places:
        if path.is_file() and _mark_of(path) == mark:
            return Index(path)
    for path in places:
        store = ox.Store.read_only(str(folder))
        try:
            if say:
                say(f"indexing {folder} for the explorer (once; kept at {path}) ...")
            made = build(store, path, mark)
            if say:
                say(f"indexed in {made['seconds']:.1f} s: " + ", ".join(f"{n:,} {k}" for k, n in made["counts"].items()))
            return Index(path)
        except (OSError, sqlite3.Error):
            continue
        finally:
            del store
    raise UsageError(f"cannot write the explorer's index of {folder} beside it or in {tempfile.gettempdir()}")


def _mark_of(path: Path) -> str | None:
    try:
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            rows = dict(db.execute("SELECT key, value FROM meta").fetchall())
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return rows.get("mark") if rows.get("version") == VERSION else None
