"""Readers: input files -> Statements, chosen by input kind.

`READERS` (a clecgraph.registry.Registry) maps a kind name to a `Reader`:
its function and the file endings it takes. Other packages add one with
`register_reader` or through the entry-point group ``clecgraph.readers``.

A folder is read for the files of the suffixes registered; `survey` also
says which of its files were left out, and why, so a build can report them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from clecgraph.errors import InputError, UsageError
from clecgraph.model import InputWarning, Statement
from clecgraph.registry import Registry
from clecgraph.sources.jsondoc import read_json
from clecgraph.sources.listing import read_listing
from clecgraph.sources.records import read_csv, read_jsonl

ReadFn = Callable[[Path, "str | None"], Iterator["Statement | InputWarning"]]


@dataclass(frozen=True)
class Reader:
    """A reader: `read(path, encoding)` yields Statements (and InputWarnings for records it skips)."""

    read: ReadFn
    suffixes: tuple[str, ...]


READERS: Registry[Reader] = Registry("readers")


def register_reader(kind: str, read: ReadFn, suffixes: Iterable[str]) -> None:
    READERS.register(kind, Reader(read, tuple(suffix.lower() for suffix in suffixes)))


def suffixes() -> dict[str, str]:
    """File ending -> input kind, over every registered reader."""
    return {suffix: kind for kind, reader in READERS.items() for suffix in reader.suffixes}


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
                elif entry.suffix.lower() in suffixes():
                    found.append(entry)
                else:
                    left_out.append(LeftOut(entry, _no_reader(entry)))
            if not found:
                raise InputError(path, f"contains no input files ({', '.join(sorted(suffixes()))})")
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
    return f"no reader for {kind}; readers take {', '.join(sorted(suffixes()))}"


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def kind_of(path: Path, kind: str | None = None) -> str:
    if kind:
        if kind not in READERS:
            raise UsageError(f"unknown input kind {kind!r}; known: {', '.join(sorted(READERS))}")
        return kind
    found = suffixes().get(path.suffix.lower())
    if found is None:
        raise InputError(
            path, f"unknown file type {path.suffix or '(no suffix)'!r}; use one of {', '.join(sorted(suffixes()))} or pass --input-kind"
        )
    return found


def read_file(path: Path, encoding: str | None = None, kind: str | None = None) -> Iterator[Statement | InputWarning]:
    """Statements of one file; a standalone InputWarning is a record that was skipped."""
    read = READERS[kind_of(path, kind)].read
    empty = True
    for item in read(path, encoding):
        empty = False
        yield item
    if empty:
        raise InputError(path, "holds no statements")


def read_all(paths: Iterable[Path | str], encoding: str | None = None, kind: str | None = None) -> Iterator[Statement | InputWarning]:
    for path in discover(paths):
        yield from read_file(path, encoding, kind)
