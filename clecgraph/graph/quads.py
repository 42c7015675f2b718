"""A built graph as its N-Quads lines: what every build target and RDF format is written from.

The build assembles the graph once, chunk by chunk, as N-Quads text
(clecgraph.pipeline.parallel) and keeps it here: each quad once, sorted by
named graph and then by line, so the same input gives the same bytes. The
RDF files are written from these lines by pyoxigraph's serializers, a store
bulk-loads them, and a reader that wants rdflib terms gets them for the
predicates it asks for only. An rdflib Dataset is made only when a caller
asks for `dataset` (the library's users, small graphs).

    >>> from rdflib import Dataset, Literal, URIRef
    >>> d = Dataset()
    >>> d.graph(URIRef("http://g/1")).add((URIRef("http://s"), URIRef("http://p"), Literal('say "hi"')))
    <Graph identifier=http://g/1 (<class 'rdflib.graph.Graph'>)>
    >>> list(BuiltGraph.from_dataset(d).lines)
    ['<http://s> <http://p> "say \\\\"hi\\\\"" <http://g/1> .']
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import operator
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cached_property

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from clecgraph.graph.lines import LineReader, Lines, Spill, release_memory
from clecgraph.graph.rdfterms import XSD_STRING, RdflibTerms, nquads, rdflib_quads, rdflib_triples, term, to_rdflib
from clecgraph.vocab import PREFIXES

RELEASE_EVERY = 64 << 20  # bytes of blocks copied between two release_memory calls


def _graph_of(line: str) -> str:
    return line[line.rindex(" <") + 1 :]


def _sorted_by_graph(unique: set[str]) -> Lines:
    """The lines sorted by (graph, line), emptying `unique`: bucketed by graph and each bucket
    sorted, the same order as a sort keyed on (graph, line) without a key tuple per line."""
    buckets: dict[str, list[str]] = {}
    while unique:
        line = unique.pop()
        graph = _graph_of(line)
        bucket = buckets.get(graph)
        if bucket is None:
            buckets[graph] = [line]
        else:
            bucket.append(line)
    lines = Lines()
    for graph in sorted(buckets):
        bucket = buckets.pop(graph)
        bucket.sort()
        lines.add_text("\n".join(bucket), group=True)
    return lines


UNION_BATCH = 1 << 18  # lines sorted at a time by BuiltGraph.union_lines


def _subject_bounds(lines: Lines, ranges: int) -> list[str]:
    """Up to `ranges` - 1 subjects (as written, "<...>" or "_:...") that cut `lines` into ranges of
    about equal size, from a sample of the lines. A line is below a bound if and only if its triple
    is: they differ after the subject, and no subject holds a space."""
    if ranges <= 1:
        return []
    step = max(1, len(lines) // (ranges * 64))
    sample = sorted({line[: line.index(" ")] for line in lines[::step]})
    every = max(1, len(sample) // ranges)
    return sample[every::every][: ranges - 1]


def new_dataset() -> Dataset:
    """An empty rdflib Dataset with the project's prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    return dataset


def sorted_block(lines: Iterable[str]) -> bytes:
    """One graph's lines, once each and sorted, as one UTF-8 text (lines joined by newlines): how a
    process hands a graph it made alone to GraphBlocks (one object pickles faster than many; as
    bytes, not str, it takes its UTF-8 size: a str holding one character past Latin-1, such as a
    label's ellipsis, takes 2 or 4 bytes a character, 908 MB where UTF-8 took 541 at 10,000
    statements)."""
    return "\n".join(sorted(set(lines))).encode("utf-8")


class GraphBlocks:
    """A graph's lines gathered graph by graph, laid out as BuiltGraph.lines at the end.

    A named graph made whole in one place (a statement's graph, in one chunk) comes as one
    block, its lines already sorted and once each (sorted_block): it is placed, not sorted
    again. A graph given in several blocks (graph/entities: its entities, then the shared
    terms) is merged, its lines once each, sorted. Only the graph names are sorted here, so
    the build's process does no work per line for the graphs its workers made.

    With `spill` (a build's), each block goes to a temporary file as it comes
    (clecgraph.graph.lines.Spill) and the lines end in another (Lines(spill=True)), copied
    there a graph at a time: neither the blocks nor the lines are held in memory.
    """

    def __init__(self, spill: bool = False):
        self._blocks: dict[str, list] = {}  # "<graph> ." -> sorted_block texts, or their (start, stop) in _spill
        self._spill = Spill() if spill else None

    def add_block(self, graph: str, block: bytes) -> None:
        """A sorted_block of the named graph `graph` (N-Triples text, "<...>")."""
        if block:
            if self._spill is not None:
                at = len(self._spill)
                self._spill.append(block)
                block = (at, at + len(block))
            self._blocks.setdefault(f"{graph} .", []).append(block)

    def add_lines(self, graph: str, lines: Iterable[str]) -> None:
        """Lines of the named graph `graph`, in any order."""
        self.add_block(graph, sorted_block(lines))

    def add_part(self, data: bytes) -> None:
        """N-Quads text of any graphs (each line's graph read from its end)."""
        by_graph: dict[str, list[str]] = {}
        for line in data.decode("utf-8").split("\n"):
            if line:
                by_graph.setdefault(_graph_of(line), []).append(line)
        for key, lines in by_graph.items():
            self.add_lines(key[:-2], lines)

    def _block(self, block) -> bytes:
        return block if self._spill is None else self._spill.read(*block)

    def lines(self) -> Lines:
        """Every line, sorted by (graph, line), once each; the blocks are handed over (emptied), each
        freed once copied, and the freed memory given back every RELEASE_EVERY bytes: the blocks
        and the buffer were held whole together, the build's peak (1.5 GB at 10,000 statements)."""
        spill = self._spill
        lines, copied = Lines(spill=spill is not None), 0
        try:
            for key in sorted(self._blocks):
                blocks = [self._block(block) for block in self._blocks.pop(key)]
                if len(blocks) == 1:
                    lines.add_encoded(blocks[0], group=True)
                else:
                    merged = {line for block in blocks for line in block.decode("utf-8").split("\n")}
                    lines.add_text("\n".join(sorted(merged)), group=True)
                copied += sum(map(len, blocks))
                del blocks
                if copied >= RELEASE_EVERY:
                    release_memory()
                    copied = 0
        finally:
            if spill is not None:
                spill.close()
                self._spill = None
        release_memory()
        return lines


class BuiltGraph:
    """Every quad of a graph as an N-Quads line (without its newline), once each, sorted;
    `lines` holds them in one buffer (clecgraph.graph.lines.Lines).

    `records` are the per-statement records the build already holds
    (clecgraph.graph.records), when it made them; readers fall back to
    reading them out of the graph.
    """

    def __init__(self, lines: Iterable[str], records: list[dict] | None = None):
        self.lines = _sorted_by_graph({line for line in lines if line})
        self.records = records
        self._triple_count: int | None = None

    @classmethod
    def from_parts(cls, parts: Iterable[bytes], records: list[dict] | None = None) -> BuiltGraph:
        """From N-Quads text in chunks (a store's dump, any graphs in any order)."""
        unique: set[str] = set()
        for part in parts:  # each chunk's bytes can be freed as soon as it is split (a generator's are)
            unique.update(part.decode("utf-8").split("\n"))
        unique.discard("")
        graph = cls((), records)
        graph.lines = _sorted_by_graph(unique)
        return graph

    @classmethod
    def from_blocks(cls, blocks: GraphBlocks, records: list[dict] | None = None) -> BuiltGraph:
        """From lines gathered graph by graph (clecgraph.pipeline.parallel.graph_blocks)."""
        graph = cls((), records)
        graph.lines = blocks.lines()
        return graph

    @classmethod
    def from_dataset(cls, dataset) -> BuiltGraph:
        """From an rdflib Dataset (its named graphs) or Graph (quads in graph `urn:x-rdflib:default`)."""
        if hasattr(dataset, "quads"):
            found = ((s, p, o, getattr(g, "identifier", g)) for s, p, o, g in dataset.quads((None, None, None, None)))
        else:
            found = ((s, p, o, URIRef("urn:x-rdflib:default")) for s, p, o in dataset)
        return cls(nquads(found).decode("utf-8").split("\n"))

    def __len__(self) -> int:
        return len(self.lines)

    def nquads(self) -> bytes:
        return bytes(self.lines.data)

    def write_nquads(self, path) -> None:
        """The quads as an N-Quads file: the lines' buffer as it is."""
        with open(path, "wb") as handle:
            self.lines.write_to(handle)

    @property
    def triple_lines(self) -> TripleLines:
        """The union of every graph as N-Triples lines, once each, sorted (so by subject): made
        as they are read, not held (they are nearly as large as the graph's own lines);
        len() is the distinct-triple count."""
        return TripleLines(self)

    def union_lines(self) -> Iterator[str]:
        """The union's N-Triples lines, once each, sorted. The graph's runs of lines (one run per
        named graph, each sorted by line, so by triple too: within a run every line ends with the
        same " <graph> .") are cut by subject into ranges of about UNION_BATCH lines; a range's
        lines of every run (found by bisection) are sorted and their repeats dropped at once, in C.
        (A heap merge of the runs took a Python step per line and per graph-count's logarithm:
        over half of graph.nt's time. The ranges keep memory to one range's lines at a time.)"""
        lines = self.lines
        runs = []  # [next line, end, the " <graph> .\n" each line of the run ends with]
        for start, end in self.graph_runs():
            first = lines[start]
            runs.append([start, end, first[first.rindex(" <") :] + "\n"])
        for high in [*_subject_bounds(lines, -(-len(lines) // UNION_BATCH)), None]:
            part: list[str] = []
            for run in runs:
                start, end, suffix = run
                stop = end if high is None or start == end else bisect.bisect_left(lines, high, start, end)
                if stop > start:
                    # no newline is inside a line, so the suffix with its newline is found only at lines' ends
                    part += (lines.text(start, stop) + "\n").replace(suffix, " .\n").split("\n")[:-1]
                    run[0] = stop
            part.sort()
            # equal triples are side by side: each kept if it differs from the one before (compared in C)
            yield from itertools.compress(part, map(operator.ne, part, itertools.chain((None,), part)))

    def graph_runs(self) -> list[tuple[int, int]]:
        """(start, end) of each named graph's lines (known from how they were gathered, else read)."""
        known = getattr(self.lines, "group_bounds", None)
        return (known and known()) or self._runs()

    def _runs(self) -> list[tuple[int, int]]:
        runs, start, suffix = [], 0, None
        for number, line in enumerate(self.lines):
            if suffix is None or not line.endswith(suffix):
                if suffix is not None:
                    runs.append((start, number))
                start, suffix = number, line[line.rindex(" <") :]
        if suffix is not None:
            runs.append((start, len(self.lines)))
        return runs

    def triple_count(self) -> int:
        """How many distinct triples the union holds, without making the triple lines (a store
        build needs only the count). Exact: a triple is kept as text only when another triple
        has the same hash. Counted once."""
        if self._triple_count is None:
            self._triple_count = self._count_triples()
        return self._triple_count

    def _count_triples(self) -> int:
        # A batch of lines at a time, with set operations (in C), not a step of Python per line.
        seen: set[int] = set()
        shared: set[int] = set()  # hashes met more than once: the same triple in two graphs, or a collision
        for triples in self._triple_batches():
            codes = list(map(hash, triples))
            batch = set(codes)
            if len(batch) < len(codes):
                shared.update(code for code, count in Counter(codes).items() if count > 1)
            shared.update(seen.intersection(batch))
            seen.update(batch)
        if not shared:
            return len(seen)
        texts: set[str] = set()
        for triples in self._triple_batches():
            texts.update(itertools.compress(triples, map(shared.__contains__, map(hash, triples))))
        return len(seen) - len(shared) + len(texts)

    def _triple_batches(self) -> Iterator[list[str]]:
        """Each line without its graph, a named graph at a time: every line of a graph ends with the
        same " <graph> .", cut from all of them at once (no newline is inside a line)."""
        lines = self.lines
        for start, end in self.graph_runs():
            text = lines.text(start, end) + "\n"
            suffix = text[text.rindex(" <") :]  # the last line's " <graph> .\n"
            yield text.replace(suffix, " .\n")[:-1].split("\n")

    def ntriples(self) -> bytes:
        return "".join(line + "\n" for line in self.union_lines()).encode("utf-8")

    def ox_quads(self) -> Iterator[ox.Quad]:
        return ox.parse(_ChunkReader(self.lines.chunks()), format=ox.RdfFormat.N_QUADS)

    def ox_triples(self) -> Iterator[ox.Triple]:
        return ox.parse(LineReader(self.union_lines()), format=ox.RdfFormat.N_TRIPLES)

    def quads(self, pattern=(None, None, None, None), predicates: Iterable | None = None) -> Iterator[tuple]:
        """Quads as rdflib terms (the graph as an rdflib term too), like rdflib's Dataset.quads.

        Only (None, p, None, None) patterns are indexed: with `predicates`
        (or a pattern's predicate), lines of other predicates are skipped
        before any term is made, which is what makes reading a few
        predicates of a big graph cheap.
        """
        s, p, o, g = pattern
        if s is not None or o is not None or g is not None:
            raise ValueError("BuiltGraph.quads only filters by predicate")
        wanted = {p} if p is not None else set(predicates) if predicates is not None else None
        yield from rdflib_quads(self.lines_of(wanted), self._terms)

    def values_of(self, predicates: Iterable) -> Iterator[tuple[str, str, str]]:
        """(subject, predicate, object) of these predicates, in every graph, as plain strings:
        IRIs, blank node ids and literals' lexical forms, what `str()` of the rdflib terms gives.
        For readers that want only text: no rdflib term is made."""
        lines = self.lines_of(set(predicates))
        if not lines:
            return
        for quad in ox.parse(LineReader(lines), format=ox.RdfFormat.N_QUADS):
            yield quad.subject.value, quad.predicate.value, quad.object.value

    def lines_of(self, wanted: set | None) -> list[str]:
        """The lines of the `wanted` predicates (rdflib terms or IRI strings), in the graph's order; None: every line."""
        if wanted is None:
            return self.lines
        index, lines = self._by_predicate, self.lines
        numbers = heapq.merge(*(index.get(f"<{w}>", ()) for w in wanted))  # in the graph's order
        return lines.pick(numbers)

    @cached_property
    def _by_predicate(self) -> dict[str, array]:
        """Line numbers by predicate (written as in N-Quads, <...>): a reader of a few predicates
        (the report, the views and exports read dozens, one call each) skips the other lines at once.
        (In arrays: 8 bytes a line, where a list of ints took 40.)"""
        index: dict[str, array] = {}
        for number, line in enumerate(self.lines):
            # The predicate is the second term; the subject (an IRI or blank node) and an IRI hold no space.
            start = line.find(" ") + 1
            predicate = line[start : line.find(" ", start)]
            numbers = index.get(predicate)
            if numbers is None:
                numbers = index[predicate] = array("q")
            numbers.append(number)
        return index

    def drop_caches(self) -> None:
        """Forget the predicate index and the rdflib terms made for readers
        (rebuilt on next use): a build drops them once its report is made, before the write."""
        for name in ("_by_predicate", "_terms"):
            self.__dict__.pop(name, None)

    @cached_property
    def _terms(self) -> RdflibTerms:
        """The rdflib term of each pyoxigraph term, made once for every reader of this graph."""
        return RdflibTerms()

    def triples(self, pattern) -> Iterator[tuple]:
        """rdflib's Graph.triples for (None, predicate, None) patterns, over every graph."""
        for s, p, o, _ in self.quads((*pattern, None)):
            yield s, p, o

    def triples_of(self, predicates) -> Iterator[tuple]:
        """(s, p, o) rdflib terms of these predicates, in every graph."""
        for s, p, o, _ in self.quads(predicates=predicates):
            yield s, p, o

    @cached_property
    def dataset(self):
        """The graph as an rdflib Dataset (made on first use: slow and large for big graphs)."""
        dataset = new_dataset()
        for s, p, o, g in self.quads():
            dataset.graph(g).add((s, p, o))
        return dataset


class _ChunkReader:
    """A binary file over pieces of bytes (a parser reads it as it goes)."""

    def __init__(self, chunks: Iterable[bytes]):
        self.chunks, self.buffer = iter(chunks), b""

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            data, self.buffer = self.buffer + b"".join(self.chunks), b""
            return data
        while len(self.buffer) < size:
            more = next(self.chunks, None)
            if more is None:
                break
            self.buffer += more
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data


class TripleLines:
    """BuiltGraph.triple_lines: the union's N-Triples lines, sorted, made each time they are
    iterated (BuiltGraph.union_lines); len() is the distinct-triple count (BuiltGraph.triple_count)."""

    def __init__(self, graph: BuiltGraph):
        self.graph = graph

    def __len__(self) -> int:
        return self.graph.triple_count()

    def __iter__(self) -> Iterator[str]:
        return self.graph.union_lines()


__all__ = [
    "BuiltGraph",
    "LineReader",
    "Lines",
    "XSD_STRING",
    "new_dataset",
    "GraphBlocks",
    "sorted_block",
    "RdflibTerms",
    "nquads",
    "rdflib_quads",
    "rdflib_triples",
    "term",
    "to_rdflib",
]
