"""Large builds: the graph assembled chunk by chunk over processes, as N-Quads lines.

(Extraction runs in processes through pipeline.extract_all(jobs=...).) Once
the corpus is resolved, the statements' named graphs are written chunk by
chunk as N-Quads text (clecgraph.graph.assemble, without rdflib terms), each
graph's lines sorted where it is made; the graphs counted over the whole corpus
(statistics, incidents) are written by one more task beside the chunks, and
the build's process only places each graph's block by its name
(clecgraph.graph.quads.GraphBlocks). The files and a store get the same lines.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from clecgraph.graph.quads import GraphBlocks, sorted_block

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

Blocks = list[tuple[str, bytes]]  # (graph as N-Triples text, its sorted_block)


def statement_blocks(extractions: list, resolution, base: str) -> tuple[Blocks, Counter]:
    """The statements' named graphs, one block each, and the extractors, roles and
    memberships they used (graph.assemble.statement_lines)."""
    from clecgraph.graph.assemble import statement_lines
    from clecgraph.vocab import IRIs

    iris, used, blocks = IRIs(base), Counter(), []
    for extraction in extractions:
        lines = statement_lines(extraction, resolution, iris, used)
        blocks.append((iris.statement_nt(extraction.statement), sorted_block(lines)))
    return blocks, used


def corpus_blocks(extractions: list, resolution, base: str) -> Blocks:
    """The graphs counted over the whole corpus (graph.assemble.closing_lines), one block each."""
    from clecgraph.graph.assemble import closing_lines
    from clecgraph.vocab import IRIs

    return [(graph, sorted_block(lines)) for graph, lines in _by_graph(closing_lines(extractions, resolution, IRIs(base))).items()]


def _init_graph(resolution, base: str) -> None:
    _state["resolution"], _state["base"] = resolution, base


def _graph(extractions: list) -> tuple[Blocks, Counter]:
    return statement_blocks(extractions, _state["resolution"], _state["base"])


def _graph_of_chunk(number: int) -> tuple[Blocks, Counter]:
    return statement_blocks(_state["chunks"][number], _state["resolution"], _state["base"])


def _corpus_graphs() -> Blocks:
    return corpus_blocks(_state["extractions"], _state["resolution"], _state["base"])


def graph_blocks(extractions: list, resolution, base: str, workers: int = 1, progress=None, fork: bool = False) -> GraphBlocks:
    """The whole graph (the lines graph.assemble.graph_lines makes), gathered graph by graph;
    `progress("assemble", statements done, statements)` after each chunk.

    With `workers` > 1 the chunks, and the graphs counted over the corpus, are written in
    that many processes. `fork` when the build holds no open store: forked workers inherit
    the extractions and the resolution instead of being sent them; else they are spawned
    (a forked copy of an open Oxigraph store, RocksDB and its threads, is not safe) and
    the corpus's graphs are written in this process. The blocks, and the lines made of them,
    are kept in temporary files (GraphBlocks' spill), not in memory."""
    from clecgraph.graph.assemble import corpus_lines, shared_lines
    from clecgraph.vocab import IRIs

    iris, blocks = IRIs(base), GraphBlocks(spill=True)  # held in temporary files, not memory
    chunks = [extractions[i : i + CHUNK] for i in range(0, len(extractions), CHUNK)]
    used, done = Counter(), 0
    pool, counted = None, None
    if workers == 1 or len(extractions) < SERIAL_BELOW:
        results = (statement_blocks(chunk, resolution, base) for chunk in chunks)
    elif fork:
        _state.update(chunks=chunks, extractions=extractions, resolution=resolution, base=base)
        # (an executor, not a multiprocessing.Pool: a worker that dies fails the build with
        # BrokenProcessPool; a Pool waits for it for ever, as a CI run did in session 9)
        pool = ProcessPoolExecutor(min(workers, len(chunks)), mp_context=multiprocessing.get_context("fork"))
        counted = pool.submit(_corpus_graphs)  # first: the longest task, beside the chunks
        results = pool.map(_graph_of_chunk, range(len(chunks)))
    else:
        spawn = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(workers, mp_context=spawn, initializer=_init_graph, initargs=(resolution, base))
        results = pool.map(_graph, chunks)
    try:
        for graph, lines in _by_graph(corpus_lines(resolution, iris)).items():
            blocks.add_lines(graph, lines)
        for chunk, (made, counts) in zip(chunks, results, strict=True):
            used.update(counts)
            for graph, block in made:
                blocks.add_block(graph, block)
            done += len(chunk)
            if progress:
                progress("assemble", done, len(extractions))
        for graph, block in counted.result() if counted is not None else corpus_blocks(extractions, resolution, base):
            blocks.add_block(graph, block)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        _state.clear()
    blocks.add_lines(iris.graph_nt("entities"), shared_lines(used, iris))
    return blocks


def _by_graph(lines: list[str]) -> dict[str, list[str]]:
    """Lines by their graph (N-Triples text: the last term of a line)."""
    found: dict[str, list[str]] = {}
    for line in lines:
        found.setdefault(line[line.rindex(" <") + 1 : -2], []).append(line)
    return found
