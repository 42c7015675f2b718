"""Large builds: the graph written chunk by chunk over processes, as N-Quads for a store.

(Extraction runs in processes through pipeline.extract_all(jobs=...).) Once
the corpus is resolved, the graph is written chunk by chunk by the same
graph.py functions that build_graph uses, but into a
plain list of quads instead of an rdflib Dataset (whose indexing is most of
the cost), and handed to the store as N-Quads text. A test checks the store
gets exactly the quads the files get.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Iterator

from rdflib import Graph

from clecgraph.graph.quads import nquads

SERIAL_BELOW = 500  # statements; fewer run in this process (starting workers costs more)
CHUNK = 250  # statements per task of the graph writers (small enough to share among workers evenly)


def available_cpus() -> int:
    """The CPUs this process may run on."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def auto_jobs(statements: int) -> int:
    """The processes a build uses when not told (--jobs): one per CPU, one for a small corpus."""
    return 1 if statements < SERIAL_BELOW else available_cpus()


_state: dict = {}


class _Quads:
    """Enough of an rdflib Dataset/Graph for graph.py's add_* functions: it records quads."""

    def __init__(self, quads: list, context=None):
        self.quads = quads
        self.context = context

    def graph(self, identifier) -> _Quads:
        return _Quads(self.quads, identifier)

    def add(self, triple) -> None:
        self.quads.append((*triple, self.context))


def corpus_quads(resolution, base: str) -> bytes:
    """The graphs that are not per statement: event types and entity descriptions."""
    from clecgraph.graph.assemble import add_entity, add_event_types
    from clecgraph.vocab import IRIs

    iris = IRIs(base)
    types = Graph()
    add_event_types(types)
    quads = [(s, p, o, iris.graph("event-types")) for s, p, o in types]
    entities = _Quads(quads, iris.graph("entities"))
    for entity in sorted(resolution.entities.values(), key=lambda e: (e.kind, e.key)):
        add_entity(entities, entity, iris)
    return nquads(quads)


def statement_quads(extractions: list, resolution, base: str) -> tuple[bytes, Counter]:
    """The statements' named graphs, and the extractors and roles they used (graph.add_statement)."""
    from clecgraph.graph.assemble import add_statement
    from clecgraph.vocab import IRIs

    iris, quads, used = IRIs(base), [], Counter()
    for extraction in extractions:
        used.update(add_statement(_Quads(quads), extraction, resolution, iris))
    return nquads(quads), used


def closing_quads(extractions: list, resolution, used: Counter, base: str) -> bytes:
    """What build_graph writes after the statements: shared extractors and roles, and the statistics."""
    from clecgraph.graph.assemble import add_shared_terms
    from clecgraph.graph.statistics import statistics_triples
    from clecgraph.vocab import IRIs

    iris, quads = IRIs(base), []
    add_shared_terms(_Quads(quads, iris.graph("entities")), used, iris)
    statistics = iris.graph("statistics")
    quads.extend((s, p, o, statistics) for s, p, o in statistics_triples(extractions, resolution, iris))
    from clecgraph.incidents import incident_graph_triples  # events grouped across statements

    quads.extend((s, p, o, iris.graph("incidents")) for s, p, o in incident_graph_triples(extractions, resolution, iris))
    return nquads(quads)


def _init_graph(resolution, base: str) -> None:
    _state["resolution"], _state["base"] = resolution, base


def _graph(extractions: list) -> tuple[bytes, Counter]:
    return statement_quads(extractions, _state["resolution"], _state["base"])


def _graph_of_chunk(number: int) -> tuple[bytes, Counter]:
    return statement_quads(_state["chunks"][number], _state["resolution"], _state["base"])


def graph_parts(extractions: list, resolution, base: str, workers: int = 1, progress=None, fork: bool = False) -> Iterator[bytes]:
    """The whole graph as N-Quads chunks (the same quads build_graph makes);
    `progress("assemble", statements done, statements)` after each chunk.

    With `workers` > 1 the chunks are written in that many processes. `fork` when the
    build holds no open store: forked workers inherit the extractions and the resolution
    instead of being sent them; else they are spawned (a forked copy of an open Oxigraph
    store, RocksDB and its threads, is not safe)."""
    yield corpus_quads(resolution, base)
    chunks = [extractions[i : i + CHUNK] for i in range(0, len(extractions), CHUNK)]
    used, done = Counter(), 0
    pool = None
    if workers == 1 or len(extractions) < SERIAL_BELOW:
        results = (statement_quads(chunk, resolution, base) for chunk in chunks)
    elif fork:
        _state.update(chunks=chunks, resolution=resolution, base=base)
        pool = multiprocessing.get_context("fork").Pool(min(workers, len(chunks)))
        results = pool.imap(_graph_of_chunk, range(len(chunks)))
    else:
        pool = multiprocessing.get_context("spawn").Pool(workers, initializer=_init_graph, initargs=(resolution, base))
        results = pool.imap(_graph, chunks)
    try:
        for chunk, (data, counts) in zip(chunks, results, strict=True):
            used.update(counts)
            done += len(chunk)
            if progress:
                progress("assemble", done, len(extractions))
            yield data
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        _state.clear()
    yield closing_quads(extractions, resolution, used, base)
