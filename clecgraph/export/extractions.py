"""extractions.jsonl: one record per statement, in the gold annotation format."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset

from clecgraph.graph.readback import records


def write_extractions(dataset: Dataset, path: Path) -> None:
    with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
        for record in records(dataset):
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
