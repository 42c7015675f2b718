"""report.json compared without its "timings" (each stage's seconds differ from run to run)."""

from __future__ import annotations

import json
from pathlib import Path


def without_timings(path: Path) -> dict:
    report = json.loads(Path(path).read_text(encoding="utf-8"))
    timings = report.pop("timings", None)
    assert isinstance(timings, dict) and all(isinstance(v, float | int) and v >= 0 for v in timings.values()), timings
    return report


def same_file(one: Path, two: Path) -> bool:
    """Byte for byte, except report.json, compared as its JSON without "timings"."""
    if one.name == "report.json":
        return without_timings(one) == without_timings(two)
    return one.read_bytes() == two.read_bytes()
