"""The write stage: every format into the staging folder, in two processes when asked.

The files do not depend on each other but for one thing: Turtle and JSON-LD
read the graph.nt written before them (clecgraph.export.rdf). So the formats
fall into two groups that share nothing: the RDF files and the records
(written in a forked child: it has the built graph without copying it) and
the rest, the views (pages, GEXF, GeoJSON; written in this process, which
reads the views' facts once for all of them). Each file is written by the
same exporter either way, so the bytes are the same as one after another.

An error in the child comes back as its exception and fails the build like
one in this process: the staging folder is then removed and the earlier
output stays (clecgraph.pipeline.outputs).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Formats written in the child: the RDF files (graph.nt before the two that read it) and the records.
CHILD_FORMATS = ("ntriples", "turtle", "jsonld", "trig", "extractions", "cases")

_state: dict = {}  # what the forked child writes from (inherited, not pickled)


def _write(source, staging: Path, names: list[str]) -> None:
    from clecgraph.export import EXPORTERS

    for name in names:
        exporter = EXPORTERS[name]
        # Built-in writers take the BuiltGraph; a plugin's gets an rdflib Dataset, made when first asked for.
        exporter.write(source if exporter.reads_built else source.dataset, staging / exporter.filename)


def _write_in_child(staging: str, names: list[str]) -> None:
    from clecgraph.graph.facts import shared_reading

    source = _state["graph"]
    with shared_reading(source):
        _write(source, Path(staging), names)


def split(formats: list[str]) -> tuple[list[str], list[str]]:
    """(the formats for the child, the others), each in the order asked for."""
    child = [name for name in formats if name in CHILD_FORMATS]
    return child, [name for name in formats if name not in CHILD_FORMATS]


def write_formats(graph, staging: Path, formats: list[str], jobs: int = 1, progress: Callable[..., None] | None = None) -> None:
    """Write `formats` of the BuiltGraph `graph` into `staging` (in two processes if `jobs` > 1)."""
    from clecgraph.graph.facts import shared_reading

    child, here = split(formats) if jobs > 1 else ([], formats)
    if not child or not here:
        child, here = [], formats
    done = 0

    def step(count: int = 1) -> None:
        nonlocal done
        done += count
        if progress:
            progress("write", done, len(formats))

    if progress:
        progress("write", 0, len(formats))
    if not child:
        with shared_reading(graph):
            for name in here:
                _write(graph, staging, [name])
                step()
        return
    _state["graph"] = graph
    # The predicate index both processes read by (the views here, cases.jsonl there): made once, before the fork.
    getattr(graph, "_by_predicate", None)
    try:
        # fork: the child shares the built graph's memory instead of receiving a pickled copy
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            pending = pool.submit(_write_in_child, str(staging), child)
            with shared_reading(graph):
                for name in here:
                    _write(graph, staging, [name])
                    step()
            pending.result()  # the child's error, if any, raised here
            step(len(child))
    finally:
        _state.pop("graph", None)
