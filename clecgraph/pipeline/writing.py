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

Each file's wall-clock and CPU seconds (of the process that wrote it) come
back as "write:FILENAME" and "write:FILENAME_cpu", for report.json's timings.

With `figures`, the report's two figures read from the whole graph (the
distinct triples and the link coverage, clecgraph.pipeline.builder.make_report)
are made here too, not in a stage of their own with the other core idle:
the triples in the child, where graph.nt's writer counts them as it writes
them, the coverage by whichever process is done with its files first (the
child at 10,000 statements had 12 s of CPU more to do than this process). Their seconds come back as
"report:triples" and "report:links" (each with "_cpu").
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Formats written in the child: the RDF files (graph.nt before the two that read it) and the records.
CHILD_FORMATS = ("ntriples", "turtle", "jsonld", "trig", "extractions", "cases")

_state: dict = {}  # what the forked child writes from (inherited, not pickled)


def _write(source, staging: Path, names: list[str]) -> dict[str, float]:
    """Write the formats `names`; the seconds each took ("write:FILENAME", "write:FILENAME_cpu").
    Formats made together (clecgraph.export.TOGETHER: Turtle and JSON-LD) are, when both are asked."""
    from clecgraph.export import EXPORTERS, TOGETHER, together

    seconds = {}
    for group in together(names):
        if len(group) > 1:
            paths = [staging / EXPORTERS[name].filename for name in group]
            for path, (wall, cpu) in TOGETHER[group](source, *paths).items():
                seconds[f"write:{path.name}"], seconds[f"write:{path.name}_cpu"] = wall, cpu
            continue
        exporter = EXPORTERS[group[0]]
        wall, cpu = time.perf_counter(), time.process_time()
        # Built-in writers take the BuiltGraph; a plugin's gets an rdflib Dataset, made when first asked for.
        exporter.write(source if exporter.reads_built else source.dataset, staging / exporter.filename)
        seconds[f"write:{exporter.filename}"] = round(time.perf_counter() - wall, 3)
        seconds[f"write:{exporter.filename}_cpu"] = round(time.process_time() - cpu, 3)
    return seconds


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector off while files are written, back as it was after.
    The writers make millions of small objects (the views' facts and evidence, the pages'
    nodes and edges) that live to the end of a file or of the stage and are freed by their
    reference counts; the collector walked them again at every thousand allocations, for
    nothing: 1.2 s of CPU in 1,721 collections for the pages, GEXF and GeoJSON at 3,000
    statements, and the same peak memory without it."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def report_figures(source) -> dict:
    """The report's "triples" (counted by graph.nt's writer if it ran in this shared_reading block)
    and "links" (clecgraph.link.coverage, read from the graph's lines as text)."""
    figures: dict = {}
    _triples(source, figures)
    _links(source, figures)
    return figures


def _triples(source, figures: dict) -> dict[str, float]:
    from clecgraph.export.rdf import TRIPLE_COUNT
    from clecgraph.graph.facts import noted

    with _clock("report:triples") as seconds:
        counted = noted(source, TRIPLE_COUNT)
        figures["triples"] = source.triple_count() if counted is None else counted
    return seconds


def _links(source, figures: dict) -> dict[str, float]:
    from clecgraph.link.coverage import LINE_MARKERS, link_coverage_of_lines

    with _clock("report:links") as seconds:
        figures["links"] = link_coverage_of_lines(source.lines.matching(LINE_MARKERS))
    return seconds


@contextlib.contextmanager
def _clock(key: str) -> Iterator[dict[str, float]]:
    """{key: wall seconds, key_cpu: CPU seconds of this process} of the `with` block, filled at its end."""
    seconds: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield seconds
    finally:
        seconds[key], seconds[f"{key}_cpu"] = round(time.perf_counter() - wall, 3), round(time.process_time() - cpu, 3)


def _first_to_ask(flag) -> bool:
    """True for the first of the two processes to ask: that one reads the link coverage."""
    with flag.get_lock():
        if flag.value:
            return False
        flag.value = 1
        return True


def _write_in_child(staging: str, names: list[str], figures: bool) -> tuple[dict[str, float], dict]:
    from clecgraph.graph.facts import shared_reading

    source = _state["graph"]
    made: dict = {}
    with shared_reading(source), _without_cycle_collection():
        seconds = _write(source, Path(staging), names)
        if figures:
            seconds.update(_triples(source, made))  # graph.nt's count, if it was written here
            if _first_to_ask(_state["links"]):
                seconds.update(_links(source, made))
    return seconds, made


def split(formats: list[str]) -> tuple[list[str], list[str]]:
    """(the formats for the child, the others), each in the order asked for."""
    child = [name for name in formats if name in CHILD_FORMATS]
    return child, [name for name in formats if name not in CHILD_FORMATS]


def _one_after_another(formats: list[str]) -> list[str]:
    """The order to write in: the order asked for, but the GEXF file right after the network page,
    which hands it the overview it made (clecgraph.views.select), not held while other pages are made."""
    if "network" not in formats or "gexf" not in formats:
        return formats
    rest = [name for name in formats if name != "gexf"]
    at = rest.index("network") + 1
    return [*rest[:at], "gexf", *rest[at:]]


def write_formats(
    graph,
    staging: Path,
    formats: list[str],
    jobs: int = 1,
    progress: Callable[..., None] | None = None,
    *,
    figures: dict | None = None,
) -> dict[str, float]:
    """Write `formats` of the BuiltGraph `graph` into `staging` (in two processes if `jobs` > 1);
    the seconds each file took, in the order of `formats` (see the module's doc). A dict
    `figures` is filled with the report's figures made from the whole graph (report_figures)."""
    from clecgraph.export import together
    from clecgraph.graph.facts import shared_reading

    child, here = split(formats) if jobs > 1 else ([], formats)
    if not child or not here:
        child, here = [], formats
    here = _one_after_another(here)
    done = 0

    def step(count: int = 1) -> None:
        nonlocal done
        done += count
        if progress:
            progress("write", done, len(formats))

    if progress:
        progress("write", 0, len(formats))
    seconds: dict[str, float] = {}
    if not child:
        with shared_reading(graph), _without_cycle_collection():
            for group in together(here):
                seconds.update(_write(graph, staging, list(group)))
                step(len(group))
            if figures is not None:
                seconds.update(_triples(graph, figures))
                seconds.update(_links(graph, figures))
        return _in_order(seconds, formats)
    _state["graph"] = graph
    # The link coverage is read by whichever process is done with its files first (_first_to_ask).
    _state["links"] = multiprocessing.get_context("fork").Value("b", 0)
    # The predicate index both processes read by (the views here, cases.jsonl there): made once, before the fork.
    getattr(graph, "_by_predicate", None)
    try:
        # fork: the child shares the built graph's memory instead of receiving a pickled copy
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            # the child writes graph.nt (CHILD_FORMATS): it makes the report's figures as well
            pending = pool.submit(_write_in_child, str(staging), child, figures is not None)
            with shared_reading(graph), _without_cycle_collection():
                for group in together(here):
                    seconds.update(_write(graph, staging, list(group)))
                    step(len(group))
                if figures is not None and _first_to_ask(_state["links"]):
                    seconds.update(_links(graph, figures))
            written, made = pending.result()  # the child's error, if any, raised here
            seconds.update(written)
            if figures is not None:
                figures.update(made)
            step(len(child))
    finally:
        _state.pop("graph", None)
        _state.pop("links", None)
    return _in_order(seconds, formats)


def _in_order(seconds: dict[str, float], formats: list[str]) -> dict[str, float]:
    from clecgraph.export import EXPORTERS

    keys = [f"write:{EXPORTERS[name].filename}{suffix}" for name in formats for suffix in ("", "_cpu")]
    return {
        key: seconds[key]
        for key in [*keys, *(f"report:{what}{suffix}" for what in ("triples", "links") for suffix in ("", "_cpu"))]
        if key in seconds
    }
