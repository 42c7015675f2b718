"""Curation: what the people who own an archive decided, applied over what the rules found.

A curation file (clecgraph.curation.entries; docs/curation.md) lists
corrections; clecgraph.curation.apply applies them between linking and the
graph, and clecgraph.curation.record writes each one into the graph with
its provenance. clecgraph.curation.review makes the review sheet that a
person marks, and turns its marked rows into corrections.

Which file a build uses (corrections_for_build): the one given
(`--curation FILE`), else `curation.tsv` beside the inputs or in the output
folder, else, for `build --add`, the corrections the earlier build recorded
in its graph, so an incremental build keeps them.
"""

from __future__ import annotations

from pathlib import Path

from clecgraph.curation.entries import Correction, find_curation_file, parse_curation, read_curation


def corrections_for_build(curation: Path | str | None, inputs, out: Path | str | None, add: bool = False) -> tuple[Correction, ...] | None:
    """The corrections a build applies (module docstring), or None when there are none to apply."""
    if curation is not None:
        return read_curation(curation)
    found = find_curation_file([Path(p) for p in inputs], Path(out) if out is not None else None)
    if found is not None:
        return read_curation(found)
    if add and out is not None:
        return earlier_corrections(Path(out) / "graph.trig")
    return None


def earlier_corrections(trig: Path) -> tuple[Correction, ...] | None:
    """The corrections recorded in an earlier build's graph (none if it recorded none)."""
    if not trig.is_file() or b"Correction" not in trig.read_bytes():
        return None
    from rdflib import Dataset

    from clecgraph.curation.record import corrections_in

    dataset = Dataset()
    dataset.parse(trig, format="trig")
    found = tuple(c for c, _, _ in corrections_in(dataset))
    return found or None


__all__ = ["Correction", "corrections_for_build", "earlier_corrections", "parse_curation", "read_curation"]
