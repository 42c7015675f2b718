"""Readers: input files -> Statements, chosen by input kind.

`READERS` maps a kind name to a reader; `SUFFIXES` maps file endings to
kinds. Other packages can add a reader with `register_reader`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError, UsageError
from ..model import InputWarning, Statement
from .jsondoc import read_json
from .listing import read_listing
from .records import read_csv, read_jsonl

Reader = Callable[[Path, "str | None"], Iterator["Statement | InputWarning"]]

READERS: dict[str, Reader] = {}
SUFFIXES: dict[str, str] = {}


def register_reader(kind: str, reader: Reader, suffixes: Iterable[str]) -> None:
    READERS[kind] = reader
    for suffix in suffixes:
        SUFFIXES[suffix.lower()] = kind


register_reader("listing", read_listing, [".txt", ".text"])
register_reader("jsonl", read_jsonl, [".jsonl", ".ndjson"])
register_reader("csv", read_csv, [".csv"])
register_reader("json", read_json, [".json"])


def discover(paths: Iterable[Path | str]) -> list[Path]:
    """The input files named, folders expanded to their supported files, sorted."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and not _hidden(p, path))
            if not found:
                raise InputError(path, f"contains no input files ({', '.join(sorted(SUFFIXES))})")
            files.extend(found)
        elif not path.exists():
            raise InputError(path, "no such file or folder")
        else:
            files.append(path)
    return files


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def kind_of(path: Path, kind: str | None = None) -> str:
    if kind:
        if kind not in READERS:
            raise UsageError(f"unknown input kind {kind!r}; known: {', '.join(sorted(READERS))}")
        return kind
    found = SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise InputError(path, f"unknown file type {path.suffix or '(no suffix)'!r}; use one of {', '.join(sorted(SUFFIXES))} or pass --input-kind")
    return found


def read_file(path: Path, encoding: str | None = None, kind: str | None = None) -> Iterator[Statement | InputWarning]:
    """Statements of one file; a standalone InputWarning is a record that was skipped."""
    read = READERS[kind_of(path, kind)]
    empty = True
    for item in read(path, encoding):
        empty = False
        yield item
    if empty:
        raise InputError(path, "holds no statements")


def read_all(paths: Iterable[Path | str], encoding: str | None = None, kind: str | None = None) -> Iterator[Statement | InputWarning]:
    for path in discover(paths):
        yield from read_file(path, encoding, kind)
