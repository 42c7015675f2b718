"""The review file: candidates from a reconciliation service, accepted by a person.

A TSV with a header row, one candidate a row. The user marks the rows to
use with `yes` (or `y`, `x`, `1`, `true`) in the `accept` column; a later
`clecgraph build --links FILE` writes the accepted identifiers as
owl:sameAs. Rows are keyed by entity kind and key, so a review file stays
valid across rebuilds of the same corpus. A cell a spreadsheet would run
as a formula is written with a leading apostrophe (clecgraph.cells) and read
back without it.
"""

from __future__ import annotations

import csv
import os
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from clecgraph.cells import neutralise, restore
from clecgraph.errors import InputError
from clecgraph.vocab import iri_problem

ACCEPT_WORDS = frozenset({"yes", "y", "x", "1", "true", "accept", "accepted"})


@dataclass(frozen=True)
class Candidate:
    kind: str  # organisation, person or place
    key: str  # the entity's slug in the graph
    label: str  # the entity's name as queried
    service: str  # reconciliation endpoint
    candidate: str  # the candidate's IRI
    candidate_label: str
    score: str
    match: str  # "true" when the service itself calls it a match
    description: str
    accept: str = ""


COLUMNS = tuple(f.name for f in fields(Candidate))


def _clean(value: str) -> str:
    return " ".join(str(value).split())


def write_review(path: Path | str, candidates: list[Candidate]) -> Path:
    """Write candidates (keeping rows already in the file, and their accept marks) atomically."""
    path = Path(path)
    rows = {(c.kind, c.key, c.candidate): c for c in (read_review(path) if path.exists() else [])}
    for c in candidates:
        old = rows.get((c.kind, c.key, c.candidate))
        rows[(c.kind, c.key, c.candidate)] = Candidate(*(_clean(v) for v in astuple(c)[:-1]), accept=old.accept if old else c.accept)
    ordered = sorted(rows.values(), key=lambda c: (c.kind, c.key, -_score(c.score), c.candidate))
    tmp = path.with_name(f".{path.name}.tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        # Labels and descriptions come from outside services: a formula among them is made inert.
        writer.writerows([neutralise(value) for value in astuple(c)] for c in ordered)
    os.replace(tmp, path)
    return path


def _score(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def read_review(path: Path | str) -> list[Candidate]:
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise InputError(str(path), "no such review file") from None
    with handle:
        reader = csv.reader(handle, delimiter="\t")
        header = next(reader, None)
        if header is None or "accept" not in header or not {"kind", "key", "candidate"} <= set(header):
            raise InputError(str(path), "not a clecgraph review file (needs columns kind, key, candidate, accept)", 1)
        at = {name: header.index(name) for name in COLUMNS if name in header}
        out = []
        for number, row in enumerate(reader, 2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < len(header):
                raise InputError(str(path), f"expected {len(header)} tab-separated columns, found {len(row)}", number)
            candidate = Candidate(**{name: restore(row[at[name]]) if name in at else "" for name in COLUMNS})
            if candidate.accept.strip().lower() in ACCEPT_WORDS:
                _check_candidate(path, number, candidate.candidate)
            out.append(candidate)
    return out


def _check_candidate(path: Path, line: int, iri: str) -> None:
    """An accepted candidate becomes an owl:sameAs link (and a link in the pages): it must be an http(s) IRI."""
    problem = iri_problem(iri)
    if problem is None and not iri.lower().startswith(("http://", "https://")):
        problem = "only http and https identifiers are linked"
    if problem:
        raise InputError(str(path), f"accepted candidate {iri!r} is not a usable IRI: {problem}", line)


def accepted(path: Path | str) -> list[Candidate]:
    """The rows a person marked to use."""
    return [c for c in read_review(path) if c.accept.strip().lower() in ACCEPT_WORDS]
