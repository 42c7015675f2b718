"""extractions.jsonl: one record per statement, in the gold annotation format."""

from __future__ import annotations

import json
from pathlib import Path

from clecgraph.graph.readback import records


def statement_records(source) -> list[dict]:
    """The records a build holds (equal to those read back, see clecgraph.graph.records), else read from the graph."""
    held = getattr(source, "records", None)
    if held is not None:
        return held
    return list(records(getattr(source, "dataset", source)))


def write_extractions(source, path: Path) -> None:
    with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
        for record in statement_records(source):
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
