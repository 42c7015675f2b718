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
    >>> BuiltGraph.from_dataset(d).lines
    ['<http://s> <http://p> "say \\\\"hi\\\\"" <http://g/1> .']
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from functools import cached_property

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef

from clecgraph.vocab import PREFIXES, nt_escape

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def term(node) -> str:
    """An rdflib term in N-Quads syntax."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        body = f'"{nt_escape(str(node))}"'
        if node.language:
            return f"{body}@{node.language}"
        return f"{body}^^<{node.datatype}>" if node.datatype is not None and str(node.datatype) != XSD_STRING else body
    if isinstance(node, BNode):
        return f"_:{node}"
    raise TypeError(f"cannot write {node!r} as N-Quads")


def nquads(quads: Iterable[tuple]) -> bytes:
    """(s, p, o, graph) rdflib terms as N-Quads text."""
    return "".join(f"{term(s)} {term(p)} {term(o)} {term(g)} .\n" for s, p, o, g in quads).encode("utf-8")


def to_rdflib(node):
    """A pyoxigraph term as the rdflib term that means the same."""
    if node is None:
        return None
    if isinstance(node, ox.NamedNode):
        return URIRef(node.value)
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        return Literal(node.value) if datatype == XSD_STRING else Literal(node.value, datatype=URIRef(datatype))
    raise TypeError(f"unsupported term {node!r}")


def rdflib_quads(lines: Iterable[str], convert: RdflibTerms | None = None) -> Iterator[tuple]:
    """N-Quads lines (without newlines) as (s, p, o, graph) rdflib terms, each term made once
    (once per `convert`, a term cache that may outlive the call)."""
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    convert = RdflibTerms() if convert is None else convert
    for quad in ox.parse(data, format=ox.RdfFormat.N_QUADS):
        yield convert[quad.subject], convert[quad.predicate], convert[quad.object], convert[quad.graph_name]


def rdflib_triples(lines: Iterable[str]) -> Iterator[tuple]:
    """N-Quads lines as (s, p, o) rdflib terms."""
    for s, p, o, _ in rdflib_quads(lines):
        yield s, p, o


def _graph_of(line: str) -> str:
    return line[line.rindex(" <") + 1 :]


def _triple_of(line: str) -> str:
    # The graph is the last term, an IRI: cut at the last " <" (a literal before it may hold " <" too).
    return line[: line.rindex(" <")] + " ."


def _sorted_by_graph(unique: set[str]) -> list[str]:
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
    lines: list[str] = []
    for graph in sorted(buckets):
        bucket = buckets.pop(graph)
        bucket.sort()
        lines.extend(bucket)
    return lines


def new_dataset() -> Dataset:
    """An empty rdflib Dataset with the project's prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    return dataset


def sorted_block(lines: Iterable[str]) -> str:
    """One graph's lines, once each and sorted, as one text (lines joined by newlines): how a
    process hands a graph it made alone to GraphBlocks (one string pickles faster than many)."""
    return "\n".join(sorted(set(lines)))


class GraphBlocks:
    """A graph's lines gathered graph by graph, laid out as BuiltGraph.lines at the end.

    A named graph made whole in one place (a statement's graph, in one chunk) comes as one
    block, its lines already sorted and once each (sorted_block): it is placed, not sorted
    again. A graph given in several blocks (graph/entities: its entities, then the shared
    terms) is merged, its lines once each, sorted. Only the graph names are sorted here, so
    the build's process does no work per line for the graphs its workers made.
    """

    def __init__(self):
        self._blocks: dict[str, list[str]] = {}  # "<graph> ." -> sorted_block texts

    def add_block(self, graph: str, block: str) -> None:
        """A sorted_block of the named graph `graph` (N-Triples text, "<...>")."""
        if block:
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

    def lines(self) -> list[str]:
        """Every line, sorted by (graph, line), once each; the blocks are handed over (emptied)."""
        lines: list[str] = []
        for key in sorted(self._blocks):
            blocks = self._blocks.pop(key)
            if len(blocks) == 1:
                lines.extend(blocks[0].split("\n"))
            else:
                lines.extend(sorted({line for block in blocks for line in block.split("\n")}))
        return lines


class BuiltGraph:
    """Every quad of a graph as an N-Quads line (without its newline), once each, sorted.

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
        return "".join(line + "\n" for line in self.lines).encode("utf-8")

    def write_nquads(self, path) -> None:
        """The quads as an N-Quads file, written a batch of lines at a time."""
        reader = LineReader(self.lines)
        with open(path, "wb") as handle:
            while data := reader.read(1 << 20):
                handle.write(data)

    @property
    def triple_lines(self) -> TripleLines:
        """The union of every graph as N-Triples lines, once each, sorted (so by subject): made
        as they are read, not held (they are nearly as large as the graph's own lines);
        len() is the distinct-triple count."""
        return TripleLines(self)

    def union_lines(self) -> Iterator[str]:
        """The union's N-Triples lines, once each, sorted: the graph's runs of lines (one run per
        named graph, each sorted) merged. Within a run every line ends with the same " <graph> .",
        so a run sorted by line is sorted by triple too, and equal triples meet side by side."""
        lines, last = self.lines, None
        runs = [map(_triple_of, lines[start:end]) for start, end in self._runs()]
        for triple in heapq.merge(*runs):
            if triple != last:
                yield triple
                last = triple

    def _runs(self) -> list[tuple[int, int]]:
        """(start, end) of each named graph's lines."""
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
        seen: set[int] = set()
        shared: set[int] = set()  # hashes met more than once: the same triple in two graphs, or a collision
        for line in self.lines:
            code = hash(_triple_of(line))
            if code in seen:
                shared.add(code)
            else:
                seen.add(code)
        if not shared:
            return len(seen)
        texts = {triple for line in self.lines if hash(triple := _triple_of(line)) in shared}
        return len(seen) - len(shared) + len(texts)

    def ntriples(self) -> bytes:
        return "".join(line + "\n" for line in self.union_lines()).encode("utf-8")

    def ox_quads(self) -> Iterator[ox.Quad]:
        return ox.parse(LineReader(self.lines), format=ox.RdfFormat.N_QUADS)

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
        return [lines[number] for number in numbers]

    @cached_property
    def _by_predicate(self) -> dict[str, list[int]]:
        """Line numbers by predicate (written as in N-Quads, <...>): a reader of a few predicates
        (the report, the views and exports read dozens, one call each) skips the other lines at once."""
        index: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines):
            # The predicate is the second term; the subject (an IRI or blank node) and an IRI hold no space.
            start = line.find(" ") + 1
            index.setdefault(line[start : line.find(" ", start)], []).append(number)
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


class LineReader:
    """A binary file reading lines (without newlines) as text, a few thousand at a time:
    a parser streams a big graph without its whole text held in memory at once.
    `lines`: a list, or any iterable (read once, as the parser asks).

    >>> LineReader(["a", "b"]).read()
    b'a\\nb\\n'
    """

    def __init__(self, lines: Iterable[str], batch: int = 4096):
        self.lines, self.batch = iter(lines), batch
        self.buffer, self.offset = b"", 0

    def _fill(self) -> bool:
        """Encode the next batch of lines into the buffer; False when every line was read."""
        part = list(itertools.islice(self.lines, self.batch))
        if not part:
            return False
        self.buffer, self.offset = self.buffer[self.offset :] + ("\n".join(part) + "\n").encode("utf-8"), 0
        return True

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            parts = [self.buffer[self.offset :]]
            while part := list(itertools.islice(self.lines, self.batch)):
                parts.append(("\n".join(part) + "\n").encode("utf-8"))
            self.buffer, self.offset = b"", 0
            return b"".join(parts)
        while len(self.buffer) - self.offset < size and self._fill():
            pass
        data = self.buffer[self.offset : self.offset + size]
        self.offset += len(data)
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


class RdflibTerms(dict):
    """pyoxigraph term -> rdflib term, made once per distinct term: big answers and
    graphs repeat their IRIs and labels, and making rdflib terms is the slow part."""

    def __missing__(self, node):
        value = self[node] = to_rdflib(node)
        return value


__all__ = [
    "BuiltGraph",
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
