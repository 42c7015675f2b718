"""The review sheet: what a person should look at first, as CSV rows that turn into corrections.

`review_rows(dataset)` reads a built graph and lists, in this order:

1. names given to entities of two kinds ("conflicting kinds": suggests `kind`);
2. candidate merges: an acronym and the name it abbreviates, or two names
   that differ only a little ("IndustriALL" / "IndustriALL Global Union";
   suggests `merge`);
3. entities only one statement names ("seen once": suggests `drop`);
4. places no gazetteer holds and organisations with no external identifier
   ("unlinked": suggests `add`, for the identifier and its source);
5. events with no place or no date ("event without a place/date").

Each row carries the correction it suggests (a line of a curation file),
the sentence it rests on and the statement it is in. A person writes `yes`
in the `mark` column of each row to accept, after changing the suggested
action or value if they like; `apply_review` turns the marked rows into
curation entries. Cells that a spreadsheet would read as a formula are
neutralised on the way out and restored on the way in.
"""

from __future__ import annotations

import csv
import difflib
import io
from collections import defaultdict
from dataclasses import dataclass, fields
from pathlib import Path

from rdflib import Dataset, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, SKOS

from clecgraph.cells import neutralise, restore
from clecgraph.curation.entries import Correction, parse_curation
from clecgraph.errors import InputError
from clecgraph.names import fold
from clecgraph.resolve.entities import initials, is_acronym
from clecgraph.vocab import CLASS_KIND, CLEC, OA, SCHEMA, SEM

MARKS = {"yes", "y", "x", "1", "true", "ok"}
EVIDENCE_CHARS = 300
NEAR = 0.9  # difflib ratio of two folded names at or above which they are a candidate merge


@dataclass(frozen=True)
class ReviewRow:
    mark: str
    reason: str
    action: str
    kind: str
    name: str
    value: str
    detail: str
    source: str
    evidence: str
    statement: str
    iri: str


COLUMNS = tuple(f.name for f in fields(ReviewRow))


class _Graph:
    """What the review needs from a built graph, read once."""

    def __init__(self, dataset: Dataset):
        self.kind: dict[URIRef, str] = {}
        self.label: dict[URIRef, str] = {}
        self.alts: dict[URIRef, set[str]] = defaultdict(set)
        self.linked: set[URIRef] = set()
        self.unlinked: set[URIRef] = set()
        self.statements: dict[URIRef, set[URIRef]] = defaultdict(set)  # entity -> statements naming it
        self.text: dict[tuple[URIRef, str], str] = {}
        self.spans: dict[URIRef, list] = defaultdict(list)  # body -> (statement, field, start, end)
        events = {}
        values = defaultdict(dict)
        notes = defaultdict(dict)
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            if p == RDF.type and o in CLASS_KIND:
                self.kind[s] = CLASS_KIND[o]
            elif p == RDF.type and o == SEM.Event:
                events[s] = {}
            elif p == SKOS.prefLabel:
                self.label.setdefault(s, str(o))
            elif p == SKOS.altLabel:
                self.alts[s].add(str(o))
            elif p in (OWL.sameAs, SKOS.exactMatch, SCHEMA.sameAs):
                self.linked.add(s)
            elif p == CLEC.unlinked and str(o).lower() == "true":
                self.unlinked.add(s)
            elif p in (SCHEMA.mentions, DCTERMS.creator):
                self.statements[o].add(s)
            elif p == SCHEMA.text:
                self.text[(s, "text")] = str(o)
            elif p == DCTERMS.title:
                self.text[(s, "title")] = str(o)
            elif p in (SEM.hasPlace, SEM.hasTimeStamp, SEM.eventType):
                values[s][p] = o
            elif p in (OA.hasBody, OA.hasTarget, OA.hasSource, OA.hasSelector, CLEC.field, OA.start, OA.end):
                notes[s][p] = o
        self.events = {e: values.get(e, {}) for e in events}
        for note in notes.values():
            target = notes.get(note.get(OA.hasTarget), {})
            selector = notes.get(target.get(OA.hasSelector), {})
            if OA.hasBody in note and OA.hasSource in target and OA.start in selector:
                span = (target[OA.hasSource], str(selector.get(CLEC.field, "text")), int(selector[OA.start]), int(selector[OA.end]))
                self.spans[note[OA.hasBody]].append(span)

    def evidence(self, node) -> tuple[str, str]:
        """The sentence of the first statement that names `node`, and that statement's IRI."""
        spans = sorted(self.spans.get(node, []))
        if not spans:
            return "", ""
        statement, field, start, end = spans[0]
        return sentence(self.text.get((statement, field), ""), start, end), str(statement)


def sentence(text: str, start: int, end: int) -> str:
    """The sentence around characters [start, end) of `text`, cut to EVIDENCE_CHARS."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    found = " ".join(text[left + 1 if left >= 0 else 0 : right + 1].split())
    return found if len(found) <= EVIDENCE_CHARS else found[: EVIDENCE_CHARS - 1] + "…"


def review_rows(dataset: Dataset) -> list[ReviewRow]:
    g = _Graph(dataset)
    # Entities the statements name (places added only to complete a hierarchy are the linker's, not the texts')
    entities = sorted((n for n in g.kind if g.statements[n]), key=lambda n: (g.kind[n], g.label.get(n, ""), str(n)))

    def row(reason, action, node, value="", detail="", evidence_of=None) -> ReviewRow:
        evidence, statement = g.evidence(evidence_of or node)
        kind = g.kind.get(node, "event")
        name = g.label.get(node, "") if kind != "event" else str(node).rsplit("/", 1)[-1]
        return ReviewRow("", reason, action, kind, name, value, detail, "", evidence, statement, str(node))

    rows = []
    by_name = defaultdict(set)
    for node in g.kind:  # every entity: a name the texts give one kind may be a place the linker added
        for name in {g.label.get(node, ""), *g.alts[node]}:
            if fold(name):
                by_name[fold(name)].add(node)
    for name, nodes in sorted(by_name.items()):
        kinds = {g.kind[n] for n in nodes}
        if len(kinds) > 1:
            ranked = sorted(nodes, key=lambda n: (-len(g.statements[n]), str(n)))
            keep = g.kind[ranked[0]]
            for node in ranked[1:]:
                if g.kind[node] != keep:
                    rows.append(row(f"conflicting kinds: also a {keep}", "kind", node, keep))
    rows += [row(reason, "merge", a, g.label.get(b, "")) for a, b, reason in _merge_candidates(g, entities)]
    rows += [row("seen once", "drop", n) for n in entities if len(g.statements[n]) == 1]
    for node in entities:
        if node in g.unlinked or (g.kind[node] == "organisation" and node not in g.linked):
            rows.append(row(f"unlinked {g.kind[node]}", "add", node, detail=""))
    for event, values in sorted(g.events.items()):
        if SEM.hasPlace not in values:
            rows.append(row("event without a place", "event-place", event))
        if SEM.hasTimeStamp not in values:
            rows.append(row("event without a date", "event-date", event))
    return rows


def _merge_candidates(g: _Graph, entities: list) -> list[tuple]:
    """(entity, other, reason): an acronym and the name it abbreviates, or near-identical names of one kind."""
    found = {}
    by_kind = defaultdict(list)
    for node in entities:
        by_kind[g.kind[node]].append(node)
    for nodes in by_kind.values():
        by_initials = defaultdict(list)
        for node in nodes:
            label = g.label.get(node, "")
            if not is_acronym(label) and len(label.split()) >= 2:
                by_initials[initials(label)].append(node)
        blocks = defaultdict(list)
        for node in nodes:
            label = g.label.get(node, "")
            if is_acronym(label):
                for full in by_initials.get(label.upper().replace(".", ""), []):
                    found.setdefault(tuple(sorted((full, node))), (full, node, f"acronym: {label} = {g.label.get(full)}"))
            key = fold(label)
            if key:
                blocks[key.split()[0][:4]].append(node)
        for block in blocks.values():
            for i, a in enumerate(block):
                for b in block[i + 1 :]:
                    fa, fb = fold(g.label.get(a, "")), fold(g.label.get(b, ""))
                    close = difflib.SequenceMatcher(None, fa, fb).ratio() >= NEAR
                    within = fa != fb and (fb.startswith(fa + " ") or fa.startswith(fb + " "))
                    if close or within:
                        longer, shorter = (a, b) if len(fa) >= len(fb) else (b, a)
                        reason = "near-identical names" if close else "one name starts the other"
                        found.setdefault(tuple(sorted((a, b))), (longer, shorter, reason))
    return [found[k] for k in sorted(found)]


def write_review(rows: list[ReviewRow], path: Path | str) -> Path:
    """The sheet as CSV (UTF-8 with BOM, so spreadsheets guess the encoding), every cell neutralised."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([neutralise(getattr(row, column)) for column in COLUMNS])
    return path


def read_review(path: Path | str) -> list[tuple[int, ReviewRow]]:
    """(line, row) of a review sheet, cells restored; a sheet without the columns is an InputError."""
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or any(c not in header for c in ("mark", "action", "kind", "name", "value")):
            raise InputError(str(path), f"not a review sheet: the first line must name the columns {', '.join(COLUMNS)}", 1)
        rows = []
        for cells in reader:
            record = dict(zip(header, (restore(c) for c in cells)))
            rows.append((reader.line_num, ReviewRow(**{c: record.get(c, "").strip() for c in COLUMNS})))
    return rows


def apply_review(path: Path | str, curator: str = "") -> tuple[Correction, ...]:
    """The corrections of the rows marked `yes` (or x, y, ok); each checked as a curation line (InputError naming the sheet's line)."""
    found = []
    for line, row in read_review(path):
        if row.mark.lower() not in MARKS:
            continue
        entry = "\t".join((row.action, row.kind, row.name, row.value, row.detail, row.source, curator, row.reason))
        text = "action\tkind\tname\tvalue\tdetail\tsource\tcurator\tnote\n" + entry.replace("\n", " ") + "\n"
        try:
            (correction,) = parse_curation(text, Path(path).name)
        except InputError as err:
            raise InputError(str(path), f"marked row: {err.message}", line) from None
        found.append(correction)
    return tuple(found)


def append_curation(corrections: tuple[Correction, ...], path: Path | str) -> int:
    """Add corrections to a curation file (made, with its header, if missing); returns how many were new."""
    path = Path(path)
    existing = {c.row() for c in parse_curation(path.read_text(encoding="utf-8-sig"), path.name)} if path.is_file() else set()
    new = [c.row() for c in corrections if c.row() not in existing]
    out = io.StringIO()
    if path.is_file() and not path.read_text(encoding="utf-8-sig").endswith("\n"):
        out.write("\n")
    if not path.is_file():
        out.write(
            "# clecgraph curation file (docs/curation.md)\n"
            + "\t".join(("action", "kind", "name", "value", "detail", "source", "curator", "note"))
            + "\n"
        )
    for line in dict.fromkeys(new):
        out.write(line + "\n")
    with path.open("a", encoding="utf-8") as handle:
        handle.write(out.getvalue())
    return len(dict.fromkeys(new))


__all__ = ["COLUMNS", "ReviewRow", "append_curation", "apply_review", "neutralise", "read_review", "restore", "review_rows", "write_review"]
