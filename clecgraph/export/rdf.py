"""RDF files: Turtle, N-Triples, JSON-LD, TriG and N-Quads, written by pyoxigraph's serializers.

Each writer takes the build's `BuiltGraph` (clecgraph.graph.quads), whose
quads are held once each and sorted, so equal graphs give byte-identical
files; an rdflib Dataset or Graph (a library user's) is turned into one
first. Formats without named graphs get the union of every graph.

N-Triples is the union's lines as they are (the bytes pyoxigraph would write,
checked line by line); within a build's write (graph.facts.shared_reading)
Turtle and JSON-LD then parse that file instead of the lines again, once
for both (write_turtle_and_jsonld: each file the bytes its own writer gives).

The lines are parsed leniently (pyoxigraph's `lenient`: IRIs are not checked
again): they are the build's own, made from terms it checked as it made them,
and parsing is most of these writers' time (at 3,000 statements 0.85 s instead
of 1.95 s of CPU for graph.nt's 743,433 triples; the same files).
"""

from __future__ import annotations

import itertools
import json
import re
import time
from pathlib import Path

import pyoxigraph as ox

from clecgraph.graph.facts import note, noted
from clecgraph.graph.quads import BuiltGraph, LineReader
from clecgraph.vocab import PREFIXES

NTRIPLES_FILE = "ntriples-file"  # graph.facts.note key: the N-Triples file written in this shared_reading block
TRIPLE_COUNT = "triple-count"  # graph.facts.note key: how many lines (distinct triples) that file holds


def built(source) -> BuiltGraph:
    return source if isinstance(source, BuiltGraph) else BuiltGraph.from_dataset(source)


def _prefixes() -> dict[str, str]:
    return {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}


class _SortedHeader:
    """A binary file that gets the @prefix lines sorted by prefix, whatever order the serializer wrote them in."""

    def __init__(self, handle):
        self.handle, self.pending = handle, b""
        header = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in _prefixes().items())
        handle.write(header.encode("utf-8"))

    def write(self, data: bytes) -> int:
        if self.pending is None:
            return self.handle.write(data)
        self.pending += data
        while self.pending is not None and b"\n" in self.pending:
            line, _, rest = self.pending.partition(b"\n")
            if line.startswith(b"@prefix "):
                self.pending = rest
            else:
                self.handle.write(self.pending)
                self.pending = None
        return len(data)

    def flush(self) -> None:
        self.handle.flush()

    def close(self) -> None:
        if self.pending:
            self.handle.write(self.pending)
        self.pending = None


def _serialize(items, path: Path, rdf_format: ox.RdfFormat) -> None:
    with open(path, "wb") as handle:
        writer = _SortedHeader(handle)
        ox.serialize(items, writer, format=rdf_format, prefixes=_prefixes())
        writer.close()


def _triples(source):
    """The union's triples as pyoxigraph terms: read from the graph.nt this build wrote already
    (graph.facts.note; parsed without a Python line per triple), else from the graph's lines."""
    written = noted(source, NTRIPLES_FILE)
    if written is not None and Path(written).is_file():
        return ox.parse(path=str(written), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    return ox.parse(LineReader(built(source).union_lines()), format=ox.RdfFormat.N_TRIPLES, lenient=True)


def write_turtle(source, path: Path) -> None:
    _serialize(_triples(source), path, ox.RdfFormat.TURTLE)


SUBJECT_BATCH = 1 << 16  # triples serialised at a time by write_turtle_and_jsonld


def _subject_batches(triples, size: int = SUBJECT_BATCH):
    """Lists of about `size` triples, never a subject's triples in two of them (the triples come
    sorted, so grouped by subject): each list is cut before the last subject it holds, whose
    triples go to the next. A Python step per list and per triple of its last subject only."""
    triples, held = iter(triples), []
    while part := list(itertools.islice(triples, size)):
        batch = held + part
        last, cut = batch[-1].subject, len(batch)
        while cut and batch[cut - 1].subject == last:
            cut -= 1
        if cut:
            yield batch[:cut]
        held = batch[cut:]
    if held:
        yield held


def _after_prefixes(text: bytes) -> bytes:
    """Turtle without the @prefix lines the serializer writes first."""
    at = 0
    while text.startswith(b"@prefix ", at):
        at = text.index(b"\n", at) + 1
    return text[at:]


def write_turtle_and_jsonld(source, turtle_path: Path, jsonld_path: Path) -> dict[Path, tuple[float, float]]:
    """graph.ttl and graph.jsonld from one reading of the triples, the same bytes as write_turtle
    and write_jsonld: the triples are serialised a batch of whole subjects at a time, into both
    formats. Neither writer carries anything from one subject to the next (no blank node is
    written inline, the prefixes come first), so the batches' Turtle after their @prefix lines,
    and their JSON-LD nodes joined into one array, are the file serialised at once
    (tests/export/test_rdf_writers.py). The wall-clock and CPU seconds of each file, the
    reading counted with Turtle's."""
    clock = {turtle_path: _Clock(), jsonld_path: _Clock()}
    reading, to_jsonld = clock[turtle_path], clock[jsonld_path]
    prefixes = _prefixes()
    with open(turtle_path, "wb") as turtle, open(jsonld_path, "wb") as jsonld:
        turtle.write("".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in prefixes.items()).encode("utf-8"))
        jsonld.write(b'{"@context": ' + json.dumps(prefixes, indent=1).encode("utf-8") + b',\n"@graph": [')
        with reading:
            batches = _subject_batches(_triples(source))
        separator = b""
        while True:
            with reading:  # the parse, and Turtle's serialisation
                batch = next(batches, None)
                if batch is None:
                    break
                turtle.write(_after_prefixes(ox.serialize(batch, format=ox.RdfFormat.TURTLE, prefixes=prefixes)))
            with to_jsonld:
                jsonld.write(separator + ox.serialize(batch, format=ox.RdfFormat.JSON_LD)[1:-1])
            separator = b","
        jsonld.write(b"]}\n")
    return {path: (round(spent.wall, 3), round(spent.cpu, 3)) for path, spent in clock.items()}


class _Clock:
    """Wall-clock and CPU seconds of the `with` blocks it times, added up."""

    def __init__(self):
        self.wall = self.cpu = 0.0

    def __enter__(self):
        self.started = (time.perf_counter(), time.process_time())

    def __exit__(self, *exc):
        self.wall += time.perf_counter() - self.started[0]
        self.cpu += time.process_time() - self.started[1]


# What pyoxigraph's N-Triples writer would write otherwise than the build's lines (graph.quads.term):
# control characters escaped (\t, \u0001...) and language tags in lower case.
_UPPER_LANGUAGE = re.compile(r'"@[^ ]*[A-Z]')


def _maybe_not_as_oxigraph(line: str) -> bool:
    # str.isprintable is False for every control character (and some other characters:
    # those lines merely take the slow way); both tests are quick C loops.
    return not line.isprintable() or ('"@' in line and _UPPER_LANGUAGE.search(line) is not None)


def _as_oxigraph(line: str) -> str:
    """One N-Triples line as pyoxigraph's serializer writes it."""
    triples = ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8").rstrip("\n")


def write_ntriples(source, path: Path) -> None:
    # The union's lines are N-Triples already, sorted and once each: written as they are,
    # the same bytes as pyoxigraph's serializer gives them (a line it would write
    # otherwise goes through it), without making a term per triple.
    # A batch of lines is checked as one text (one scan in C); only a batch that may hold
    # such a line is looked at line by line.
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        lines = built(source).union_lines()
        while batch := list(itertools.islice(lines, 4096)):
            count += len(batch)
            text = "\n".join(batch) + "\n"
            if _maybe_not_as_oxigraph(text.replace("\n", " ")):
                text = "".join((_as_oxigraph(line) if _maybe_not_as_oxigraph(line) else line) + "\n" for line in batch)
            handle.write(text)
    note(source, NTRIPLES_FILE, path)
    note(source, TRIPLE_COUNT, count)


def write_jsonld(source, path: Path) -> None:
    # pyoxigraph streams the nodes (sorted by subject) as an array with full IRIs;
    # the document puts them under @graph beside a @context of the project's prefixes.
    with open(path, "wb") as handle:
        handle.write(b'{"@context": ' + json.dumps(_prefixes(), indent=1).encode("utf-8") + b',\n"@graph": ')
        ox.serialize(_triples(source), handle, format=ox.RdfFormat.JSON_LD)
        handle.write(b"}\n")


class _BufferReader:
    """A binary file over the graph's N-Quads buffer (graph.lines.Lines.data), read where it is:
    each read copies only the bytes asked for (the lines were decoded, joined and encoded again)."""

    def __init__(self, data: memoryview):
        self.data, self.at = data, 0

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size is None or size < 0 else self.at + size
        found = bytes(self.data[self.at : end])
        self.at += len(found)
        return found


def write_trig(source, path: Path) -> None:
    # The lines are N-Quads already: pyoxigraph parses the buffer as it is.
    with built(source).lines.data as data:
        _serialize(ox.parse(_BufferReader(data), format=ox.RdfFormat.N_QUADS, lenient=True), path, ox.RdfFormat.TRIG)


def write_nquads(source, path: Path) -> None:
    built(source).write_nquads(path)
