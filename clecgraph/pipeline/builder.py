"""The main job: input files -> graph -> output folder, with a build report."""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset

from clecgraph.errors import UsageError
from clecgraph.extract import DEFAULT_EXTRACTOR
from clecgraph.incidents.protect import note_protection, protect_if_asked
from clecgraph.model import Extraction, InputWarning
from clecgraph.pipeline.outputs import hold, output_folder, refuse_empty
from clecgraph.pipeline.stages import BuildResult, LeftOut, Progress, build_dataset, extract_all, note_left_out, sample_corpus
from clecgraph.sources import survey
from clecgraph.vocab import DEFAULT_BASE


def make_report(
    dataset: Dataset,
    extractions: list[Extraction],
    skipped: list[InputWarning],
    files: list[Path],
    carried: Iterable[InputWarning] = (),
    left_out: Iterable[LeftOut] = (),
) -> dict:
    """The build report; `carried` are an earlier build's warnings (clecgraph build --add),
    `left_out` the files of input folders that no reader reads (listed only if there are any)."""
    from clecgraph.graph.readback import records
    from clecgraph.link.coverage import link_coverage

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


def write_outputs(result: BuildResult, out: Path, formats: Iterable[str]) -> dict[str, Path]:
    """Write every format into a private staging folder, then swap the whole set in
    (clecgraph.pipeline.outputs): an interrupted build leaves the previous output as it was,
    and a reader sees the old set or the new, never a mix."""
    from clecgraph.export import EXPORTERS
    from clecgraph.graph.facts import shared_reading

    formats = list(formats)
    unknown = [name for name in formats if name not in EXPORTERS]
    if unknown:
        raise UsageError(f"unknown format {unknown[0]!r}; known: {', '.join(EXPORTERS)}")
    out = Path(out)
    written = {}
    with output_folder(out) as staging:
        # The page, GEXF and GeoJSON exporters all walk the same graph: walk it once.
        with shared_reading(result.dataset):
            for name in formats:
                exporter = EXPORTERS[name]
                exporter.write(result.dataset, staging / exporter.filename)
                written[name] = out / exporter.filename
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
    validate: bool = True,
    links: Iterable[Path | str] = (),
    store: str | None = None,
    add: bool = False,
    jobs: int = 1,
    allow_empty: bool = False,
    curation: Path | str | None = None,
) -> BuildResult:
    """Build a knowledge graph from statement files (default: the sample corpus).

    Writes the output files into `out` (skip writing with `out=None`) and
    returns the dataset, the extractions and the build report. With
    `validate` (the default) the graph is checked against ontology/shapes.ttl
    and the report records the verdict under "validation". `links` are
    review files (clecgraph link --review) whose accepted rows are applied.

    Incremental builds (clecgraph.pipeline.incremental): with `store` 'oxigraph:PATH'
    the statements are added to that store and no files are written; with
    'oxigraph' (in memory) the graph is written to `out` as graph.nq; with
    `add` they are added to the build already in `out`.
    `jobs` > 1 extracts in that many processes (same output).
    `curation` is a curation file (clecgraph.curation; default: curation.tsv beside the inputs or in `out`).
    A build with no statement to write raises EmptyBuild and leaves `out` as it was,
    unless `allow_empty`. `out` is locked for the whole build (clecgraph.pipeline.outputs).
    """
    inputs = list(inputs) if inputs else [sample_corpus()]
    if store and store != "rdflib":
        from clecgraph.pipeline.incremental import build_into_store

        if curation is not None:
            raise UsageError("--curation applies to builds into files; a store build does not take it yet")

        return build_into_store(
            inputs,
            store,
            base=base,
            encoding=encoding,
            input_kind=input_kind,
            extractor=extractor,
            max_statement_chars=max_statement_chars,
            progress=progress,
            links=links,
            workers=jobs,
            out=out,
            allow_empty=allow_empty,
        )
    with hold(out) if out is not None else contextlib.nullcontext():
        return _build_files(
            inputs, out, base=base, formats=formats, encoding=encoding, input_kind=input_kind, extractor=extractor,
            max_statement_chars=max_statement_chars, progress=progress, validate=validate, links=links, add=add,
            jobs=jobs, allow_empty=allow_empty, curation=curation,
        )  # fmt: skip


def _build_files(inputs, out, *, base, formats, encoding, input_kind, extractor, max_statement_chars, progress, validate, links, add, jobs, allow_empty, curation=None):  # fmt: skip
    """build() into files, with `out` locked (held from reading the earlier build, for --add, to the swap)."""
    from clecgraph.export import DEFAULT_FORMATS

    found = survey(inputs)  # the files to read, and those of the folders no reader reads, for the report
    extractions, skipped, files = extract_all(
        found.files,
        encoding=encoding,
        input_kind=input_kind,
        extractor=extractor,
        max_statement_chars=max_statement_chars,
        progress=progress,
        jobs=jobs,
    )
    read, merged, carried = len(extractions) + len(skipped), None, []
    if add and out is not None:
        from clecgraph.pipeline.incremental import carried_from_folder, merge_with_folder

        extractions, merged = merge_with_folder(extractions, Path(out), extractor)
        carried = carried_from_folder(Path(out), files)
    if progress:
        progress("graph", len(extractions))
    extractions = protect_if_asked(extractions)  # build --protect: victims' names pseudonymised (clecgraph/incidents/protect.py)
    from clecgraph.curation import corrections_for_build

    corrections = corrections_for_build(curation, inputs, out, add)
    dataset = build_dataset(extractions, base, links, corrections)
    result = BuildResult(
        dataset=dataset, extractions=extractions, report=make_report(dataset, extractions, skipped, files, carried, found.left_out)
    )
    note_protection(result.report)
    if merged is not None:
        result.report.update(merged, statements_read=read)
    if corrections:
        from clecgraph.curation.record import curation_report

        result.report["curation"] = curation_report(dataset)
    result.report["validation"] = {"conforms": None, "violations": None}
    if validate:
        from clecgraph.graph.validate import validate as run_validation

        if progress:
            progress("validate", len(extractions))
        result.validation = run_validation(dataset)
        result.report["validation"] = result.validation.summary()
    if out is not None:
        refuse_empty(result.report["statements_written"], result.report["records_skipped"], out, allow_empty)
        result.files = write_outputs(result, Path(out), formats or DEFAULT_FORMATS)
    return result
