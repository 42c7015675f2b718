"""Incremental builds: add new statements to a graph built before.

Entity resolution is corpus-wide (a name seen more often can become an
entity's label), so adding statements can change facts about old ones. The
honest way to make "build A, then add B" equal "build A and B together" is
to read the old statements back out of the graph (it keeps everything a
statement was read with), merge them with the new ones, and rebuild:

    same (source, line, text)  ->  the same statement, kept once
    anything else              ->  another statement

Two places hold a graph: an output folder (its graph.trig) and a store
(`oxigraph:PATH`). The store is rebuilt in chunks straight into Oxigraph
(clecgraph.pipeline.parallel), so a large corpus never has to fit in an rdflib graph;
its report is written beside it, as PATH.report.json.

The graph keeps statements, not the records an earlier build skipped or the
warnings it gave: those are carried over from the earlier report, for every
input file not read again, so an added build still accounts for them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from clecgraph.errors import UsageError
from clecgraph.model import Extraction, InputWarning, Statement


def key(statement: Statement) -> tuple[str, int, str]:
    return statement.source, statement.line, statement.text


def merge(existing: list[Statement], new: list[Extraction], extractor: str) -> tuple[list[Extraction], dict]:
    """Old statements not read again, extracted anew, plus the new extractions."""
    from clecgraph.extract import get_extractor

    fresh = {key(e.statement) for e in new}
    kept = [s for s in existing if key(s) not in fresh]
    extract = get_extractor(extractor) if kept else None
    merged = [extract(s) for s in kept] + list(new)
    merged.sort(key=lambda e: key(e.statement))
    info = {"statements_before": len(existing), "statements_added": len(fresh - {key(s) for s in existing})}
    return merged, info


def store_report_path(location: str | Path) -> Path:
    """Where an on-disk store's build report goes: beside the store, not inside its database."""
    location = Path(location)
    return location.with_name(location.name + ".report.json")


def earlier_warnings(report: Path, read_now: Iterable[Path]) -> list[InputWarning]:
    """The warnings of the earlier build's report about files this build does not read again."""
    if not report.is_file():
        return []
    again = {Path(p).name for p in read_now}
    try:
        entries = json.loads(report.read_text(encoding="utf-8"))["warnings"]
        warnings = [InputWarning(str(w["source"]), int(w["line"]), str(w["message"])) for w in entries]
    except (OSError, ValueError, KeyError, TypeError) as err:
        # The statements are safe in the graph; only the old report's list is unreadable: say so in the new one.
        return [InputWarning(report.name, 0, f"earlier build report unreadable ({type(err).__name__}); its warnings are not carried over")]
    return [w for w in warnings if w.source not in again]


def merge_with_folder(new: list[Extraction], out: Path, extractor: str) -> tuple[list[Extraction], dict]:
    """`new` merged with the statements of the graph in `out` (none if it holds no build yet)."""
    from clecgraph.graph.readback import read_statements
    from clecgraph.sparql.stores.memory import RdflibStore

    trig = Path(out) / "graph.trig"
    if not trig.is_file():
        if Path(out).is_dir() and any(Path(out).glob("graph.*")):
            raise UsageError(f"--add reads the earlier build from {trig}, which is missing; build with the trig format")
        return sorted(new, key=lambda e: key(e.statement)), {
            "statements_before": 0,
            "statements_added": len({key(e.statement) for e in new}),
        }
    store = RdflibStore()
    store.load_file(trig)
    return merge(read_statements(store), new, extractor)


def carried_from_folder(out: Path, read_now: Iterable[Path]) -> list[InputWarning]:
    return earlier_warnings(Path(out) / "report.json", read_now)


def build_into_store(
    inputs: Iterable[Path | str],
    spec: str,
    *,
    base: str,
    encoding: str | None = None,
    input_kind: str | None = None,
    extractor: str,
    max_statement_chars: int | None = None,
    progress=None,
    links: Iterable[Path | str] = (),
    workers: int = 1,
    out: Path | str | None = None,
    allow_empty: bool = False,
):
    """Add the statements of `inputs` to the store `spec` (e.g. 'oxigraph:graph-store').

    An in-memory store ('oxigraph') starts empty and is written to `out` as
    graph.nq with report.json. Returns a pipeline.BuildResult without a
    dataset (the graph is in the store).
    """
    from clecgraph.graph.readback import read_statements
    from clecgraph.pipeline.outputs import refuse_empty, spool_path, store_folder
    from clecgraph.pipeline.parallel import graph_parts
    from clecgraph.pipeline.stages import BuildResult, extract_all, note_left_out, resolve_corpus
    from clecgraph.sources import survey
    from clecgraph.sparql.stores import open_store, parse_spec

    on_disk = parse_spec(spec)[1] is not None
    store = open_store(spec)
    try:
        existing = read_statements(store)
        if on_disk:
            store.close()  # closed while extraction forks worker processes
        found = survey(inputs)  # the files to read, and those of the folders no reader reads
        new, skipped, files = extract_all(
            found.files,
            encoding=encoding,
            input_kind=input_kind,
            extractor=extractor,
            max_statement_chars=max_statement_chars,
            progress=progress,
            jobs=workers,
        )
        extractions, info = merge(existing, new, extractor)
        if progress:
            progress("graph", len(extractions))
        resolution = resolve_corpus(extractions, links)
        location = parse_spec(spec)[1]
        refuse_empty(len(extractions), len(skipped), location if on_disk else out, allow_empty)
        if on_disk:
            with store_folder(location) as fresh:  # written beside the old store, swapped in whole
                store.write_new(graph_parts(extractions, resolution, base, workers), fresh, spool_path(location))
            store = open_store(spec)
        else:
            store.replace(graph_parts(extractions, resolution, base, workers))
        carried = earlier_warnings(store_report_path(location), files) if on_disk else []
        report = store_report(store, new, skipped, files, carried)
        report.update(info)
        note_left_out(report, found.left_out)
        result = BuildResult(dataset=None, extractions=extractions, report=report)
        if on_disk:
            report["store"] = spec  # where the graph is; an in-memory store's graph goes to `out`
            result.files = {"report": write_report(report, store_report_path(location))}
        elif out is not None:
            result.files = write_store_files(store, report, Path(out))
        return result
    finally:
        if store.store is not None:
            store.close()


def write_store_files(store, report: dict, out: Path) -> dict[str, Path]:
    """graph.nq and report.json, swapped into `out` together (clecgraph.pipeline.outputs)."""
    from clecgraph.pipeline.outputs import output_folder

    with output_folder(out) as staging:
        store.dump(staging / "graph.nq")
        (staging / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {"nquads": Path(out) / "graph.nq", "report": Path(out) / "report.json"}


def write_report(report: dict, path: Path) -> Path:
    """report.json written beside its place and moved in when complete."""
    from clecgraph.pipeline.outputs import write_text

    return write_text(Path(path).parent, Path(path).name, json.dumps(report, ensure_ascii=False, indent=1) + "\n")


COUNTS = """PREFIX clec: <https://clecgraph.example/ns#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
SELECT ?kind (COUNT(DISTINCT ?node) AS ?n) WHERE {
  VALUES (?class ?kind) { (clec:Statement "statement") (org:Organization "organisation") (schema:Person "person") (schema:Place "place") }
  ?node a ?class .
} GROUP BY ?kind"""
EVENTS = """PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?type (COUNT(DISTINCT ?event) AS ?n) WHERE { ?event a sem:Event ; sem:eventType/skos:notation ?type } GROUP BY ?type"""
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
# Counting distinct triples holds them all in memory (4.7 GB at 100,000 statements): big stores report quads only.
TRIPLES_COUNTED_UP_TO = 2_000_000


def store_report(store, new: list[Extraction], skipped: list, files: list[Path], carried: Iterable = ()) -> dict:
    """The build report, counted in the store by SPARQL (the graph is the source of truth);
    `carried` are an earlier build's warnings, listed with this build's."""
    counts = {str(kind): int(n) for kind, n in store.query(COUNTS).rows}
    events = {str(kind): int(n) for kind, n in store.query(EVENTS).rows}
    quads = len(store)  # counted once: Oxigraph walks an index to count (3 s at 100,000 statements)
    warnings = sorted(
        {w for e in new for w in (*e.statement.warnings, *e.warnings)} | set(skipped) | set(carried),
        key=lambda w: (w.source, w.line, w.message),
    )
    return {
        "inputs": [p.name for p in files],
        "statements_read": len(new) + len(skipped),
        "statements_written": counts.get("statement", 0),
        "records_skipped": len(skipped),
        "entities": {kind: counts.get(kind, 0) for kind in ("organisation", "person", "place")},
        "events": dict(sorted(events.items())),
        "triples": int(store.query(TRIPLES).rows[0][0]) if quads <= TRIPLES_COUNTED_UP_TO else None,
        "quads": quads,
        "validation": {"conforms": None, "violations": None},  # SHACL runs on files: clecgraph validate
        "warnings": [{"source": w.source, "line": w.line, "message": w.message} for w in warnings],
    }
