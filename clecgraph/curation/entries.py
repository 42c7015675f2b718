"""The curation file: one correction a line, tab-separated, read into Correction records.

    # lines starting with # are comments; blank lines are skipped
    action<TAB>kind<TAB>name<TAB>value<TAB>detail<TAB>source<TAB>curator<TAB>note

The header line names the columns (any order; `action` and `name` are
required, the others may be left out). docs/curation.md is the reference;
ACTIONS below says what each column means for each action.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from clecgraph.errors import InputError
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import ENTITY_KINDS, PERSON

COLUMNS = ("action", "kind", "name", "value", "detail", "source", "curator", "note")
EVENT = "event"

# action -> (kinds it takes, what `value` holds (None: nothing), what `detail` holds)
ACTIONS: dict[str, tuple[tuple[str, ...], str | None, str | None]] = {
    "merge": (ENTITY_KINDS, "another name of the same kind: that entity becomes this one", None),
    "kind": (ENTITY_KINDS, "the right kind (organisation, person or place)", None),
    "rename": (ENTITY_KINDS, "the preferred name to use", None),
    "drop": (ENTITY_KINDS, None, None),
    "add": (ENTITY_KINDS, "identifiers, space-separated: Wikidata Q-numbers or http(s) IRIs", "other names, separated by |"),
    "member": ((PERSON,), "the organisation", "the role (optional)"),
    "drop-event": ((EVENT,), None, None),
    "event-type": ((EVENT,), "the event type (a notation of ontology/event-types.ttl)", None),
    "event-place": ((EVENT,), "the place's name", None),
    "event-date": ((EVENT,), "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD", None),
}
QID = re.compile(r"^Q[1-9][0-9]*$")
ISO = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
WIKIDATA = "http://www.wikidata.org/entity/"
DEFAULT_NAME = "curation.tsv"


@dataclass(frozen=True)
class Correction:
    """One line of a curation file."""

    action: str
    kind: str
    name: str
    value: str = ""
    detail: str = ""
    source: str = ""
    curator: str = ""
    note: str = ""
    file: str = ""  # the file's name (no folders: the graph stays the same wherever it lies)
    line: int = 0

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def row(self) -> str:
        """The correction as a line of a curation file (COLUMNS order)."""
        return "\t".join(getattr(self, column) for column in COLUMNS)

    def identifiers(self) -> tuple[str, ...]:
        """`add`: its identifiers as IRIs (a Q-number becomes a Wikidata entity IRI)."""
        return tuple(WIKIDATA + v if QID.match(v) else v for v in self.value.split())

    def names(self) -> tuple[str, ...]:
        """`add`: its preferred name, then its other names."""
        return (self.name, *(n.strip() for n in self.detail.split("|") if n.strip()))


def read_curation(path: Path | str) -> tuple[Correction, ...]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(str(path), f"not UTF-8 text ({err.reason} at byte {err.start})") from None
    return parse_curation(text, path.name, str(path))


def parse_curation(text: str, name: str = DEFAULT_NAME, shown: str | None = None) -> tuple[Correction, ...]:
    """The corrections of a curation file's text; a bad line is an InputError naming file and line."""
    shown = shown or name
    header: tuple[str, ...] | None = None
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if header is None:
            header = tuple(c.strip().lower() for c in cells)
            unknown = [c for c in header if c not in COLUMNS]
            if unknown or "action" not in header or "name" not in header:
                raise InputError(shown, f"the first line must name the columns ({', '.join(COLUMNS)}; action and name required)", number)
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            raise InputError(shown, f"{len(cells)} cells, but the header names {len(header)} columns", number)
        record = {column: cell.strip() for column, cell in zip(header, cells)}
        found.append(_check(Correction(**{c: record.get(c, "") for c in COLUMNS}, file=name, line=number), shown))
    return tuple(found)


def _check(c: Correction, shown: str) -> Correction:
    def fail(message: str):
        raise InputError(shown, message, c.line)

    if c.action not in ACTIONS:
        fail(f"unknown action {c.action!r}; known: {', '.join(ACTIONS)}")
    kinds, value, _ = ACTIONS[c.action]
    kind = c.kind or (EVENT if kinds == (EVENT,) else PERSON if kinds == (PERSON,) else "")
    if kind and kind not in kinds:
        fail(f"{c.action} takes kind {' or '.join(kinds)}, not {kind!r}")
    if c.action == "add" and not kind:
        fail("add needs a kind (organisation, person or place)")
    if not c.name:
        fail(f"{c.action} needs a name")
    if value and not c.value and c.action not in ("add",):
        fail(f"{c.action} needs a value: {value}")
    if value is None and c.value:
        fail(f"{c.action} takes no value")
    if c.action == "kind" and c.value not in ENTITY_KINDS:
        fail(f"kind must become organisation, person or place, not {c.value!r}")
    if c.action == "merge" and c.value == c.name:
        fail("merge needs two different names")
    if c.action == "event-type":
        known = [t.notation for t in default_knowledge().event_types]
        if c.value not in known:
            fail(f"unknown event type {c.value!r}; known: {', '.join(known)}")
    if c.action == "event-date" and not ISO.match(c.value):
        fail(f"event-date needs YYYY, YYYY-MM or YYYY-MM-DD, not {c.value!r}")
    if c.action == "add":
        bad = [v for v in c.value.split() if not QID.match(v) and not (v.startswith(("http://", "https://")) and " " not in v)]
        if bad:
            fail(f"identifier {bad[0]!r} is neither a Wikidata Q-number nor an http(s) IRI")
        if c.value and not c.source:
            fail("an identifier needs its source: the page it was checked on, in the source column")
    return Correction(c.action, kind, c.name, c.value, c.detail, c.source, c.curator, c.note, c.file, c.line)


def find_curation_file(inputs: list[Path], out: Path | None) -> Path | None:
    """`curation.tsv` beside the inputs (in an input folder, or the folder of an input file), else in `out`."""
    places = []
    for item in inputs:
        item = Path(item)
        places.append(item if item.is_dir() else item.parent)
    if out is not None:
        places.append(Path(out))
    for folder in dict.fromkeys(places):
        candidate = folder / DEFAULT_NAME
        if candidate.is_file():
            return candidate
    return None


__all__ = ["ACTIONS", "COLUMNS", "Correction", "EVENT", "find_curation_file", "parse_curation", "read_curation"]
