"""Readers: input files -> Statements, chosen by input kind.

`READERS` maps a kind name to a reader; `SUFFIXES` maps file endings to
kinds. Other packages can add a reader with `register_reader`.

A folder is read for the files of the suffixes registered; `survey` also
says which of its files were left out, and why, so a build can report them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True)
class LeftOut:
    """A file inside a folder named as input that no reader reads."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path.as_posix()}: not read ({self.reason})"


@dataclass(frozen=True)
class Survey:
    files: list[Path]
    left_out: list[LeftOut]


def survey(paths: Iterable[Path | str]) -> Survey:
    """The input files named, folders expanded to their supported files (sorted), and the
    files of those folders left out. Hidden files and folders (.name) are neither."""
    files: list[Path] = []
    left_out: list[LeftOut] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = []
            for entry in sorted(path.rglob("*")):
                if _hidden(entry, path) or entry.is_dir():
                    continue
                if not entry.is_file():
                    left_out.append(LeftOut(entry, "not a regular file (a broken link, a pipe or a socket)"))
                elif entry.suffix.lower() in SUFFIXES:
                    found.append(entry)
                else:
                    left_out.append(LeftOut(entry, _no_reader(entry)))
            if not found:
                raise InputError(path, f"contains no input files ({', '.join(sorted(SUFFIXES))})")
            files.extend(found)
        elif not path.exists():
            raise InputError(path, "no such file or folder")
        else:
            files.append(path)
    once = {entry.path.resolve(): entry for entry in reversed(left_out)}  # a folder and its subfolder both named
    return Survey(files, [entry for entry in left_out if once[entry.path.resolve()] is entry])


def discover(paths: Iterable[Path | str]) -> list[Path]:
    """The input files named, folders expanded to their supported files, sorted."""
    return survey(paths).files


def _no_reader(path: Path) -> str:
    kind = f"{path.suffix} files" if path.suffix else "files without a suffix"
    return f"no reader for {kind}; readers take {', '.join(sorted(SUFFIXES))}"


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
