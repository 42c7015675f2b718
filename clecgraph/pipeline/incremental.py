"""Incremental builds: add new statements to a graph built before.

Entity resolution is corpus-wide (a name seen more often can become an
entity's label), so adding statements can change facts about old ones. The
honest way to make "build A, then add B" equal "build A and B together" is
to read the old statements back out of the graph (it keeps everything a
statement was read with), merge them with the new ones, and rebuild:

    same (source, line, text)  ->  the same statement, kept once
    anything else              ->  another statement

Two places hold a graph: an output folder (its graph.trig) and a store
(`oxigraph:PATH`). Both are targets of the one build (clecgraph.pipeline.builder):
the store is replaced by the rebuilt graph's quads in one bulk load, and its
report is written beside it, as PATH.report.json.

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


def existing_statements(store: str | None, folder: Path | None) -> list[Statement] | None:
    """The statements the build adds to: those of the on-disk store `store` (none for one in
    memory), or of the build in `folder` (with --add). None when the build starts afresh."""
    from clecgraph.graph.readback import read_statements
    from clecgraph.sparql.stores import open_store, parse_spec
    from clecgraph.sparql.stores.memory import RdflibStore

    if store:
        if parse_spec(store)[1] is None:
            return []
        opened = open_store(store)
        try:
            return read_statements(opened)
        finally:
            opened.close()  # closed while extraction forks worker processes
    if folder is None:
        return None
    trig = Path(folder) / "graph.trig"
    if not trig.is_file():
        if Path(folder).is_dir() and any(Path(folder).glob("graph.*")):
            raise UsageError(f"--add reads the earlier build from {trig}, which is missing; build with the trig format")
        return []
    loaded = RdflibStore()
    loaded.load_file(trig)
    return read_statements(loaded)


def carried_from_folder(out: Path, read_now: Iterable[Path]) -> list[InputWarning]:
    return earlier_warnings(Path(out) / "report.json", read_now)


def write_to_store(graph, spec: str, report: dict, out: Path | None, timings=None) -> dict[str, Path]:
    """Hand a BuiltGraph to the store `spec`: it then holds exactly these quads.

    On disk ('oxigraph:PATH') the new store is written beside the old one and
    swapped in whole (clecgraph.pipeline.outputs), its report beside it as
    PATH.report.json; in memory ('oxigraph') the graph is written to `out` as
    graph.nq (sorted, so the same graph gives the same bytes) with report.json.
    """
    from clecgraph.pipeline.outputs import output_folder, spool_path, store_folder
    from clecgraph.sparql.stores import open_store, parse_spec

    location = parse_spec(spec)[1]
    if location is None:
        if out is None:
            return {}
        with output_folder(out) as staging:
            graph.write_nquads(staging / "graph.nq")
            _stamp(report, timings)
            (staging / "report.json").write_text(_json(report), encoding="utf-8")
        return {"nquads": Path(out) / "graph.nq", "report": Path(out) / "report.json"}
    store = open_store(spec)
    store.close()  # written anew beside it, then swapped in
    with store_folder(location) as fresh:
        store.write_new(graph.lines.chunks(8 << 20), fresh, spool_path(location))  # the lines' buffer, in pieces
    report["store"] = spec  # where the graph is
    _stamp(report, timings)
    return {"report": write_report(report, store_report_path(location))}


def _stamp(report: dict, timings) -> None:
    if timings is not None:
        report["timings"] = timings.snapshot()


def _json(report: dict) -> str:
    return json.dumps(report, ensure_ascii=False, indent=1) + "\n"


def write_report(report: dict, path: Path) -> Path:
    """report.json written beside its place and moved in when complete."""
    from clecgraph.pipeline.outputs import write_text

    return write_text(Path(path).parent, Path(path).name, _json(report))
