"""The stages every build runs, whatever its target: read and extract, resolve and link, assemble."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Dataset

from clecgraph.extract import DEFAULT_EXTRACTOR, get_extractor
from clecgraph.graph.assemble import build_graph
from clecgraph.graph.quads import BuiltGraph
from clecgraph.model import Extraction, InputWarning, Statement
from clecgraph.pipeline.parallel import auto_jobs
from clecgraph.resolve.entities import resolve
from clecgraph.sources import LeftOut, discover, read_file
from clecgraph.vocab import DEFAULT_BASE

Progress = Callable[..., None]  # (stage, items done so far, items in all or None)


def sample_corpus() -> Path:
    """The bundled sample corpus (CLEC's 2006-2012 listing)."""
    return Path(str(resources.files("clecgraph.data").joinpath("clec-2012.txt")))


@dataclass
class BuildResult:
    graph: BuiltGraph  # every quad once, sorted; what each target is written from
    extractions: list[Extraction]
    report: dict
    files: dict[str, Path] = field(default_factory=dict)
    validation: object | None = None  # a clecgraph.graph.validate.ValidationResult, unless skipped

    @property
    def dataset(self) -> Dataset:
        """The graph as an rdflib Dataset, made when first asked for (slow and large for big graphs)."""
        return self.graph.dataset


def extract_all(
    inputs: Iterable[Path | str],
    *,
    encoding: str | None = None,
    input_kind: str | None = None,
    extractor: str = DEFAULT_EXTRACTOR,
    max_statement_chars: int | None = None,
    progress: Progress | None = None,
    jobs: int | None = 1,
) -> tuple[list[Extraction], list[InputWarning], list[Path]]:
    """Read and extract every statement; skipped records come back as warnings.

    With `jobs` > 1, statements are extracted in that many forked processes
    (which inherit the extractor built here); results keep input order, so
    the output is the same as with one job. `jobs` None: one per CPU, or
    one for a small corpus (pipeline.parallel.auto_jobs).
    """
    files = list(dict.fromkeys(p.resolve() for p in discover(inputs)))
    extractions: list[Extraction] = []
    skipped: list[InputWarning] = []
    if jobs is None or jobs > 1:
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


def _extract_in_worker(statement: Statement) -> Extraction:
    return _WORKER_EXTRACT(statement)


def _extract_in_processes(
    files, encoding, input_kind, extractor, max_statement_chars, progress, jobs
) -> tuple[list[Extraction], list[InputWarning]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_EXTRACT
    extract = get_extractor(extractor)  # built once, here: an unknown extractor fails with its message, not in a worker
    statements: list[Statement] = []
    skipped: list[InputWarning] = []
    for path in files:
        for item in read_file(path, encoding, input_kind):
            if isinstance(item, InputWarning):
                skipped.append(item)
            else:
                statements.append(_bounded(item, max_statement_chars))
    if jobs is None:
        jobs = auto_jobs(len(statements))
    extractions: list[Extraction] = []
    if jobs == 1:
        for statement in statements:
            extractions.append(extract(statement))
            if progress:
                progress("extract", len(extractions), len(statements))
        return extractions, skipped
    _WORKER_EXTRACT = extract  # inherited by the forked workers (the extractor's set-up is seconds)
    try:
        chunksize = max(1, min(256, len(statements) // (jobs * 8) or 1))
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            for extraction in pool.map(_extract_in_worker, statements, chunksize=chunksize):
                extractions.append(extraction)
                if progress:
                    progress("extract", len(extractions), len(statements))
    finally:
        _WORKER_EXTRACT = None
    return extractions, skipped


def _bounded(statement: Statement, limit: int | None) -> Statement:
    if not limit or len(statement.text) <= limit:
        return statement
    from dataclasses import replace

    warning = InputWarning(
        statement.source, statement.line, f"text of {len(statement.text)} characters cut to --max-statement-chars={limit}"
    )
    return replace(statement, text=statement.text[:limit], warnings=statement.warnings + (warning,))


def resolve_corpus(extractions: list[Extraction], links: Iterable[Path | str] = ()):
    """The corpus's entities, resolved and linked (a Resolution for build_graph)."""
    from clecgraph.link import LinkContext, link_entities

    context = LinkContext(tuple(extractions), tuple(Path(p) for p in links))
    return link_entities(resolve(extractions), context)


def build_dataset(extractions: list[Extraction], base: str = DEFAULT_BASE, links: Iterable[Path | str] = (), curation=None) -> Dataset:
    """The graph of `extractions`; `curation` (corrections, clecgraph.curation) applied and recorded if given."""
    if curation:
        from clecgraph.curation.apply import curate
        from clecgraph.curation.record import record
        from clecgraph.vocab import IRIs

        curated = curate(curation, extractions, links)
        dataset = build_graph(curated.extractions, curated.resolution, base)
        record(dataset, curated.outcomes, IRIs(base))
        return dataset
    return build_graph(extractions, resolve_corpus(extractions, links), base)


def note_left_out(report: dict, left_out: Iterable[LeftOut]) -> None:
    """List in the report the files of input folders that no reader reads, if there are any."""
    entries = [{"file": entry.path.as_posix(), "reason": entry.reason} for entry in left_out]
    if entries:
        report["files_left_out"] = entries
