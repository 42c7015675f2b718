"""The main job: input files -> graph -> output folder, with a build report."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Dataset

from .errors import UsageError
from .extract import DEFAULT_EXTRACTOR, get_extractor
from .graph import build_graph
from .model import Extraction, InputWarning, Statement
from .resolve import resolve
from .sources import LeftOut, discover, read_file, survey
from .vocab import DEFAULT_BASE

Progress = Callable[[str, int], None]  # (stage, items done so far)


def sample_corpus() -> Path:
    """The bundled sample corpus (CLEC's 2006-2012 listing)."""
    return Path(str(resources.files("clecgraph.data").joinpath("clec-2012.txt")))


@dataclass
class BuildResult:
    dataset: Dataset
    extractions: list[Extraction]
    report: dict
    files: dict[str, Path] = field(default_factory=dict)
    validation: object | None = None  # a clecgraph.validate.ValidationResult, unless skipped


def extract_all(
    inputs: Iterable[Path | str],
    *,
    encoding: str | None = None,
    input_kind: str | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
    max_statement_chars: int | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
) -> tuple[list[Extraction], list[InputWarning], list[Path]]:
    """Read and extract every statement; skipped records come back as warnings.

    With `jobs` > 1, statements are extracted in that many processes (the
    extractor built once in each); results keep input order, so the output
    is the same as with one job.
    """
    files = list(dict.fromkeys(p.resolve() for p in discover(inputs)))
    extractions: list[Extraction] = []
    skipped: list[InputWarning] = []
    if jobs > 1:
        extractions, skipped = _extract_in_processes(files, encoding, input_kind, extractor, max_statement_chars, progress, jobs)
        return extractions, skipped, files
    extract = get_extractor(extractor)
    for path in files:
        for item in read_file(path, encoding, input_kind):
            if isinstance(item, InputWarning):
                skipped.append(item)
                continue
            extractions.append(extract(_bounded(item, max_statement_chars)))
            if progress:
                progress("extract", len(extractions))
    return extractions, skipped, files


_WORKER_EXTRACT = None


def _start_worker(extractor: str) -> None:
    global _WORKER_EXTRACT
    _WORKER_EXTRACT = get_extractor(extractor)


def _extract_in_worker(statement: Statement) -> Extraction:
    return _WORKER_EXTRACT(statement)


def _extract_in_processes(files, encoding, input_kind, extractor, max_statement_chars, progress, jobs) -> tuple[list[Extraction], list[InputWarning]]:
    from concurrent.futures import ProcessPoolExecutor

    get_extractor(extractor)  # an unknown extractor fails here, with its message, not in a worker
    statements: list[Statement] = []
    skipped: list[InputWarning] = []
    for path in files:
        for item in read_file(path, encoding, input_kind):
            if isinstance(item, InputWarning):
                skipped.append(item)
            else:
                statements.append(_bounded(item, max_statement_chars))
    extractions: list[Extraction] = []
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(extractor,)) as pool:
        for extraction in pool.map(_extract_in_worker, statements, chunksize=max(1, min(256, len(statements) // (jobs * 8) or 1))):
            extractions.append(extraction)
            if progress:
                progress("extract", len(extractions))
    return extractions, skipped


def _bounded(statement: Statement, limit: int | None) -> Statement:
    if not limit or len(statement.text) <= limit:
        return statement
    from dataclasses import replace

    warning = InputWarning(statement.source, statement.line, f"text of {len(statement.text)} characters cut to --max-statement-chars={limit}")
    return replace(statement, text=statement.text[:limit], warnings=statement.warnings + (warning,))


def resolve_corpus(extractions: list[Extraction], links: Iterable[Path | str] = ()):
    """The corpus's entities, resolved and linked (a Resolution for build_graph)."""
    from .link import LinkContext, link_entities

    context = LinkContext(tuple(extractions), tuple(Path(p) for p in links))
    return link_entities(resolve(extractions), context)


def build_dataset(extractions: list[Extraction], base: str = DEFAULT_BASE, links: Iterable[Path | str] = ()) -> Dataset:
    return build_graph(extractions, resolve_corpus(extractions, links), base)


def make_report(dataset: Dataset, extractions: list[Extraction], skipped: list[InputWarning], files: list[Path],
                carried: Iterable[InputWarning] = (), left_out: Iterable[LeftOut] = ()) -> dict:
    """The build report; `carried` are an earlier build's warnings (clecgraph build --add),
    `left_out` the files of input folders that no reader reads (listed only if there are any)."""
    from .link.coverage import link_coverage
    from .readback import records

    warnings = sorted(
        {w for e in extractions for w in (*e.statement.warnings, *e.warnings)} | set(skipped) | set(carried),
        key=lambda w: (w.source, w.line, w.message),
    )
    rows = list(records(dataset))
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
        "triples": len(set((s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None)))),
        "quads": sum(1 for _ in dataset.quads((None, None, None, None))),
        "links": link_coverage(dataset),
        "warnings": [{"source": w.source, "line": w.line, "message": w.message} for w in warnings],
    }
    note_left_out(report, left_out)
    return report


def note_left_out(report: dict, left_out: Iterable[LeftOut]) -> None:
    """List in the report the files of input folders that no reader reads, if there are any."""
    entries = [{"file": entry.path.as_posix(), "reason": entry.reason} for entry in left_out]
    if entries:
        report["files_left_out"] = entries


def write_outputs(result: BuildResult, out: Path, formats: Iterable[str]) -> dict[str, Path]:
    """Write every format into a staging folder, then move the files into place.

    An interrupted build leaves the previous output as it was: nothing in
    `out` is touched until every file has been written completely.
    """
    from .export import EXPORTERS
    from .facts import shared_reading

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".clecgraph-*"):  # left by a build that was killed mid-write
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=".clecgraph-", dir=out))
    try:
        written = {}
        unknown = [name for name in formats if name not in EXPORTERS]
        if unknown:
            raise UsageError(f"unknown format {unknown[0]!r}; known: {', '.join(EXPORTERS)}")
        # The page, GEXF and GeoJSON exporters all walk the same graph: walk it once.
        with shared_reading(result.dataset):
            for name in formats:
                exporter = EXPORTERS[name]
                exporter.write(result.dataset, staging / exporter.filename)
                written[name] = out / exporter.filename
        (staging / "report.json").write_text(json.dumps(result.report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written["report"] = out / "report.json"
        for path in written.values():
            os.replace(staging / path.name, path)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
    validate: bool = True,
    links: Iterable[Path | str] = (),
    store: str | None = None,
    add: bool = False,
    jobs: int = 1,
) -> BuildResult:
    """Build a knowledge graph from statement files (default: the sample corpus).

    Writes the output files into `out` (skip writing with `out=None`) and
    returns the dataset, the extractions and the build report. With
    `validate` (the default) the graph is checked against ontology/shapes.ttl
    and the report records the verdict under "validation". `links` are
    review files (clecgraph link --review) whose accepted rows are applied.

    Incremental builds (clecgraph.incremental): with `store` 'oxigraph:PATH'
    the statements are added to that store and no files are written; with
    'oxigraph' (in memory) the graph is written to `out` as graph.nq; with
    `add` they are added to the build already in `out`.
    `jobs` > 1 extracts in that many processes (same output).
    """
    from .export import DEFAULT_FORMATS

    inputs = list(inputs) if inputs else [sample_corpus()]
    if store and store != "rdflib":
        from .incremental import build_into_store

        return build_into_store(inputs, store, base=base, encoding=encoding, input_kind=input_kind, extractor=extractor,
                                max_statement_chars=max_statement_chars, progress=progress, links=links, workers=jobs, out=out)
    found = survey(inputs)  # the files to read, and those of the folders no reader reads, for the report
    extractions, skipped, files = extract_all(
        found.files, encoding=encoding, input_kind=input_kind, extractor=extractor, max_statement_chars=max_statement_chars, progress=progress, jobs=jobs
    )
    read, merged, carried = len(extractions) + len(skipped), None, []
    if add and out is not None:
        from .incremental import carried_from_folder, merge_with_folder

        extractions, merged = merge_with_folder(extractions, Path(out), extractor)
        carried = carried_from_folder(Path(out), files)
    if progress:
        progress("graph", len(extractions))
    dataset = build_dataset(extractions, base, links)
    result = BuildResult(dataset=dataset, extractions=extractions, report=make_report(dataset, extractions, skipped, files, carried, found.left_out))
    if merged is not None:
        result.report.update(merged, statements_read=read)
    result.report["validation"] = {"conforms": None, "violations": None}
    if validate:
        from .validate import validate as run_validation

        if progress:
            progress("validate", len(extractions))
        result.validation = run_validation(dataset)
        result.report["validation"] = result.validation.summary()
    if out is not None:
        result.files = write_outputs(result, Path(out), formats or DEFAULT_FORMATS)
    return result
