"""cases.jsonl: one record per incident, then one per case thread, read back from the graph."""

from __future__ import annotations

import json
from pathlib import Path

from clecgraph.incidents.readback import case_records


def write_cases(dataset, path: Path) -> None:
    """`dataset`: an rdflib Dataset or the build's BuiltGraph (both answer triples((None, predicate, None)))."""
    with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
        for record in case_records(dataset):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
