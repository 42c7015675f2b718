"""The main job: input files -> graph -> output folder, with a build report."""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from clecgraph.errors import UsageError
from clecgraph.extract import DEFAULT_EXTRACTOR
from clecgraph.graph.quads import BuiltGraph
from clecgraph.graph.records import build_records
from clecgraph.incidents.protect import note_protection, protect_if_asked
from clecgraph.link.review import accepted
from clecgraph.model import Extraction, InputWarning
from clecgraph.pipeline.outputs import hold, output_folder, refuse_empty
from clecgraph.pipeline.parallel import auto_jobs, graph_blocks
from clecgraph.pipeline.stages import BuildResult, LeftOut, Progress, extract_all, note_left_out, resolve_corpus, sample_corpus
from clecgraph.sources import survey
from clecgraph.vocab import DEFAULT_BASE, IRIs, base_problem


def make_report(
    graph: BuiltGraph,
    extractions: list[Extraction],
    skipped: list[InputWarning],
    files: list[Path],
    carried: Iterable[InputWarning] = (),
    left_out: Iterable[LeftOut] = (),
    *,
    figures_later: bool = False,
) -> dict:
    """The build report, the same keys for every target. `carried` are an earlier build's warnings
    (an added build), `left_out` the files of input folders that no reader reads (listed only if
    there are any). Counts come from the graph's records and quads (clecgraph.graph.records).
    With `figures_later` the two figures read from the whole graph, "triples" and "links", are
    left None, for the write stage to make (clecgraph.pipeline.writing.report_figures)."""
    from clecgraph.export.extractions import statement_records
    from clecgraph.link.coverage import LINE_MARKERS, link_coverage_of_lines

    warnings = sorted(
        {w for e in extractions for w in (*e.statement.warnings, *e.warnings)} | set(skipped) | set(carried),
        key=lambda w: (w.source, w.line, w.message),
    )
    rows = statement_records(graph)
    kinds = Counter()
    seen = set()
    for row in rows:
        for kind, field_name in (("organisation", "organisations"), ("person", "persons"), ("place", "places")):
            for entity in row[field_name]:
                if (kind, entity["name"]) not in seen:
                    seen.add((kind, entity["name"]))
                    kinds[kind] += 1
    events = Counter(event["type"] for row in rows for event in row["events"])
    report = {
        "inputs": [p.name for p in files],
        "statements_read": len(extractions) + len(skipped),
        "statements_written": len(rows),
        "records_skipped": len(skipped),
        "statements_without_date": sum(1 for row in rows if not row["date"]),
        "entities": {kind: kinds[kind] for kind in ("organisation", "person", "place")},
        "events": dict(sorted(events.items())),
        "triples": None if figures_later else graph.triple_count(),
        "quads": len(graph),
        # read as text, no rdflib term made; of a BuiltGraph's lines, only those holding its predicates
        "links": None if figures_later else link_coverage_of_lines(graph.lines.matching(LINE_MARKERS)),
        "warnings": [{"source": w.source, "line": w.line, "message": w.message} for w in warnings],
    }
    note_left_out(report, left_out)
    return report


def write_outputs(
    result: BuildResult,
    out: Path,
    formats: Iterable[str],
    progress: Progress | None = None,
    timings: Timings | None = None,
    jobs: int = 1,
    *,
    record_timings: bool = True,
) -> dict[str, Path]:
    """Write every format into a private staging folder, then swap the whole set in
    (clecgraph.pipeline.outputs): an interrupted build leaves the previous output as it was,
    and a reader sees the old set or the new, never a mix. Each file's seconds go into
    `timings` ("write:graph.ttl"). report.json is written last, with the `timings` so far
    if `record_timings`. With `jobs` > 1 the files are written in two processes
    (clecgraph.pipeline.writing; the same bytes)."""
    from clecgraph.export import EXPORTERS
    from clecgraph.pipeline.writing import write_formats

    formats = list(formats)
    unknown = [name for name in formats if name not in EXPORTERS]
    if unknown:
        raise UsageError(f"unknown format {unknown[0]!r}; known: {', '.join(EXPORTERS)}")
    out = Path(out)
    written = {name: out / EXPORTERS[name].filename for name in formats}
    # the report's figures left to this stage (make_report's figures_later), made beside the files
    figures = {} if result.report.get("triples") is None or result.report.get("links") is None else None
    with output_folder(out) as staging:
        per_file = write_formats(result.graph, staging, formats, jobs, progress, figures=figures)
        if figures:
            result.report.update(figures)
        if timings is not None:
            timings.add(per_file)
            if record_timings:
                result.report["timings"] = timings.snapshot()
        (staging / "report.json").write_text(json.dumps(result.report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written["report"] = out / "report.json"
    return written


def build(
    inputs: Iterable[Path | str] | None = None,
    out: Path | str | None = "output",
    *,
    base: str = DEFAULT_BASE,
    formats: Iterable[str] | None = None,
    encoding: str | None = None,
    input_kind: str | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
    max_statement_chars: int | None = None,
    progress: Progress | None = None,
    validate: bool | None = None,
    timings: bool = False,
    links: Iterable[Path | str] = (),
    store: str | None = None,
    add: bool = False,
    jobs: int | None = None,
    allow_empty: bool = False,
    curation: Path | str | None = None,
    shacl_engine: str = "native",
) -> BuildResult:
    """Build a knowledge graph from statement files (default: the sample corpus).

    One path for every target: read and extract, resolve and link, assemble
    the quads once (chunk by chunk, clecgraph.pipeline.parallel), make the
    records and the report from what the build holds, validate, then hand
    the graph to its target:

    - an output folder `out` (the default; skip writing with `out=None`):
      every format of `formats`, and report.json;
    - a store, `store` 'oxigraph:PATH' (on disk, kept between runs; its
      report goes to PATH.report.json) or 'oxigraph' (in memory, written
      to `out` as graph.nq with report.json).

    A store always adds to what it holds; with `add` an output folder does
    too (clecgraph.pipeline.incremental). With `validate` (the default for
    files; stores are checked only when asked, as pySHACL is slow on large
    graphs) the graph is checked against ontology/shapes.ttl and the report
    records the verdict under "validation". `links` are review files (clecgraph link
    --review) whose accepted rows are applied. `jobs` > 1 extracts, assembles,
    validates and writes the files in that many processes (the same output);
    None, the default: one per CPU, one for a corpus of fewer than
    pipeline.parallel.SERIAL_BELOW statements. The returned report's
    "timings" holds each stage's wall-clock and CPU seconds, and each written
    file's ("write:graph.ttl", "write:graph.ttl_cpu"); with `timings` they are
    written into report.json too (off by default, so that the same input
    gives byte-identical files).

    `curation` is a curation file (clecgraph.curation; default: curation.tsv
    beside the inputs or in `out`; builds into files only). `shacl_engine` is "native"
    (clecgraph.graph.shacl_native) or "pyshacl" (the same results, far slower).
    A build with no statement to write raises EmptyBuild and leaves its
    target as it was, unless `allow_empty`. The output folder or on-disk
    store is locked for the whole build (clecgraph.pipeline.outputs).
    """
    if store == "rdflib":  # the rdflib "store" is the default target: files
        store = None
    if validate is None:
        validate = not store
    if store and curation is not None:
        raise UsageError("--curation applies to builds into files; a store build does not take it yet")
    from clecgraph.graph.validate import check_engine

    check_engine(shacl_engine)
    problem = base_problem(base)
    if problem:
        raise UsageError(f"--base {base!r} is not a usable base IRI: {problem}")
    links = list(links)
    for review in links:  # read (and checked) before anything is opened or written
        accepted(review)
    # The target is locked from reading what it holds to the swap: two builds into it keep every statement.
    target = out
    if store:
        from clecgraph.sparql.stores import parse_spec

        target = parse_spec(store)[1] or out
    with hold(target) if target is not None else contextlib.nullcontext(), _frozen_heap():
        return _build(
            list(inputs) if inputs else [sample_corpus()], out, base=base, formats=formats, encoding=encoding,
            input_kind=input_kind, extractor=extractor, max_statement_chars=max_statement_chars, progress=progress,
            validate=validate, links=links, store=store, add=add, jobs=jobs, allow_empty=allow_empty, curation=curation,
            record_timings=timings, shacl_engine=shacl_engine,
        )  # fmt: skip


def _build(inputs, out, *, base, formats, encoding, input_kind, extractor, max_statement_chars, progress, validate, links, store, add, jobs, allow_empty, curation, record_timings, shacl_engine):  # fmt: skip
    from clecgraph.export import DEFAULT_FORMATS
    from clecgraph.pipeline import incremental

    timings = Timings()
    location = None
    if store:
        from clecgraph.sparql.stores import parse_spec

        location = parse_spec(store)[1]
    with timings("read_existing"):
        existing = incremental.existing_statements(store, Path(out) if add and out is not None else None)
    with timings("extract"):
        found = survey(inputs)  # the files to read, and those of the folders no reader reads, for the report
        new, skipped, files = extract_all(
            found.files,
            encoding=encoding,
            input_kind=input_kind,
            extractor=extractor,
            max_statement_chars=max_statement_chars,
            progress=progress,
            jobs=jobs,
        )
    if jobs is None:
        jobs = auto_jobs(len(new))
    _freeze()
    with timings("merge"):
        extractions, merged = new, None
        if existing is not None:
            extractions, merged = incremental.merge(existing, new, extractor)
        carried = []
        if location is not None:
            carried = incremental.earlier_warnings(incremental.store_report_path(location), files)
        elif add and out is not None:
            carried = incremental.carried_from_folder(Path(out), files)
    extractions = protect_if_asked(extractions)  # build --protect: victims' names pseudonymised (clecgraph/incidents/protect.py)
    curated = None
    with timings("resolve"):
        corrections = None if store else _corrections(curation, inputs, out, add)
        if corrections:
            from clecgraph.curation.apply import curate

            curated = curate(corrections, extractions, links)
            extractions, resolution = curated.extractions, curated.resolution
        else:
            resolution = resolve_corpus(extractions, links)
    with timings("assemble"):
        blocks = graph_blocks(extractions, resolution, base, jobs, progress, fork=not store)
        recorded, curated_report = _curation_part(curated, base)
        for part in recorded:
            blocks.add_part(part)
        graph = BuiltGraph.from_blocks(blocks)
    _freeze()
    with timings("records"):
        graph.records = build_records(extractions, resolution, IRIs(base))
    with timings("report"):
        # a build into files makes the report's whole-graph figures in its write stage, beside the files
        later = out is not None and not store
        report = make_report(graph, extractions, skipped, files, carried, found.left_out, figures_later=later)
        note_protection(report)
        if curated is not None:
            report["curation"] = curated_report
        if merged is not None:
            report.update(merged, statements_read=len(new) + len(skipped))
    result = BuildResult(graph=graph, extractions=extractions, report=report)
    report["validation"] = {"conforms": None, "violations": None}
    if validate:
        from clecgraph.graph.validate_parts import validate_built

        with timings("validate"):
            result.validation = validate_built(graph, jobs, progress, engine=shacl_engine)
        report["validation"] = result.validation.summary()
    if store:
        graph.drop_caches()  # the report's readers are done; a store build reads nothing more from them
    with timings("write"):
        if store:
            refuse_empty(len(extractions), len(skipped), location or out, allow_empty)
            written_timings = timings if record_timings else None
            result.files = incremental.write_to_store(graph, store, report, Path(out) if out is not None else None, written_timings)
        elif out is not None:
            refuse_empty(report["statements_written"], report["records_skipped"], out, allow_empty)
            formats = list(formats or DEFAULT_FORMATS)
            result.files = write_outputs(result, Path(out), formats, progress, timings, jobs, record_timings=record_timings)
    report["timings"] = timings.seconds
    return result


_FREEZING: list[bool] = []  # whether the build running in this process froze the heap (_frozen_heap)


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Within a build, what it holds (extractions, the graph's lines) is moved out of the cyclic
    garbage collector's reach after each stage that makes it (gc.freeze): every full
    collection walked all of it again, a cost that grew faster than the corpus (the report's and
    validation's CPU time at 3,000 statements: -27% and -15%); forked workers then share
    those pages instead of copying them when the collector writes to them. Everything is handed
    back to the collector at the end. A process that froze objects itself is left as it is."""
    import gc

    mine = gc.get_freeze_count() == 0 and not _FREEZING
    _FREEZING.append(mine)
    try:
        yield
    finally:
        _FREEZING.pop()
        if mine:
            gc.unfreeze()


def _freeze() -> None:
    import gc

    if _FREEZING and _FREEZING[-1]:
        gc.freeze()


def _corrections(curation, inputs, out, add):
    from clecgraph.curation import corrections_for_build

    return corrections_for_build(curation, inputs, out, add)


def _curation_part(curated, base: str) -> tuple[list[bytes], dict | None]:
    """The curation graph (clecgraph.curation.record) as N-Quads, and the report's section read back from it."""
    if curated is None:
        return [], None
    from rdflib import Dataset

    from clecgraph.curation.record import curation_report, record
    from clecgraph.graph.quads import nquads

    dataset = Dataset()
    record(dataset, curated.outcomes, IRIs(base))
    quads = ((s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in dataset.quads((None, None, None, None)))
    return [nquads(quads)], curation_report(dataset)


def build_into_store(inputs: Iterable[Path | str], spec: str, *, workers: int | None = 1, **options) -> BuildResult:
    """Add the statements of `inputs` to the store `spec` (e.g. 'oxigraph:graph-store'):
    build() with a store as its target (SHACL off unless asked for)."""
    options.setdefault("validate", False)
    return build(inputs, options.pop("out", None), store=spec, jobs=workers, **options)


class Timings:
    """Wall-clock seconds per stage, in the order the stages ran, each followed by
    `<stage>_cpu`: the CPU seconds this process and its finished worker processes
    (--jobs) spent in it. On a shared machine the wall time follows the load; the
    CPU time is the steadier figure. Within "write", each file's own seconds follow
    as "write:FILENAME" and "write:FILENAME_cpu" (the CPU of the process that wrote it;
    with --jobs 2 two files are written at once, so they add up to more than "write").

    They go into report.json under "timings"; tests that compare reports
    leave that key out (the times differ from run to run).
    """

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.running: tuple[str, float] | None = None

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start, cpu = time.perf_counter(), _cpu()
        self.running = (stage, start)
        try:
            yield
        finally:
            self.running = None
            self.seconds[stage] = round(self.seconds.get(stage, 0.0) + time.perf_counter() - start, 3)
            used = f"{stage}_cpu"
            self.seconds[used] = round(self.seconds.get(used, 0.0) + _cpu() - cpu, 3)

    def add(self, seconds: dict[str, float]) -> None:
        """Times measured elsewhere (each written file's, "write:graph.nt"), kept as they are."""
        self.seconds.update(seconds)

    def snapshot(self) -> dict[str, float]:
        """The seconds so far, the running stage's included (for a report written during that stage)."""
        seconds = dict(self.seconds)
        if self.running is not None:
            stage, start = self.running
            seconds[stage] = round(seconds.get(stage, 0.0) + time.perf_counter() - start, 3)
        return seconds


def _cpu() -> float:
    """CPU seconds of this process and of its worker processes that have ended (os.times)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system
