"""RDF files: Turtle, N-Triples, JSON-LD, TriG and N-Quads, written by pyoxigraph's serializers.

Each writer takes the build's `BuiltGraph` (clecgraph.graph.quads), whose
quads are held once each and sorted, so equal graphs give byte-identical
files; an rdflib Dataset or Graph (a library user's) is turned into one
first. Formats without named graphs get the union of every graph.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from clecgraph.graph.quads import BuiltGraph
from clecgraph.vocab import PREFIXES


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


def write_turtle(source, path: Path) -> None:
    _serialize(built(source).ox_triples(), path, ox.RdfFormat.TURTLE)


def write_ntriples(source, path: Path) -> None:
    ox.serialize(built(source).ox_triples(), str(path), format=ox.RdfFormat.N_TRIPLES)


def write_jsonld(source, path: Path) -> None:
    # pyoxigraph streams the nodes (sorted by subject) as an array with full IRIs;
    # the document puts them under @graph beside a @context of the project's prefixes.
    with open(path, "wb") as handle:
        handle.write(b'{"@context": ' + json.dumps(_prefixes(), indent=1).encode("utf-8") + b',\n"@graph": ')
        ox.serialize(built(source).ox_triples(), handle, format=ox.RdfFormat.JSON_LD)
        handle.write(b"}\n")


def write_trig(source, path: Path) -> None:
    _serialize(built(source).ox_quads(), path, ox.RdfFormat.TRIG)


def write_nquads(source, path: Path) -> None:
    built(source).write_nquads(path)
