"""Checks shared by the held-out harness (tests/quality/test_heldout_sets.py).

Every scored set and its floors are listed in one data file, tests/quality/sets.toml; each set
folder holds its statements (JSON Lines or CSV), their gold, an alias table and a README with
the set's story and first-run figures.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from clecgraph.scoring.evaluate import evaluate

QUALITY = Path(__file__).resolve().parent.parent / "quality"
SETS_FILE = QUALITY / "sets.toml"
FIELDS = (
    "issuers",
    "organisations",
    "persons",
    "places",
    "event_types",
    "event_places",
    "event_dates",
    "affiliations",
    "date",
)


@dataclass(frozen=True)
class ScoredSet:
    name: str
    folder: Path
    gold: str
    inputs: str
    aliases: str
    min_records: int
    inputs_match_gold: bool
    floors: dict[str, float]
    description: str


def load_sets(path: Path = SETS_FILE) -> list[ScoredSet]:
    """The [[set]] tables of the floors file, in file order."""
    tables = tomllib.loads(path.read_text(encoding="utf-8"))["set"]
    return [
        ScoredSet(
            name=t["name"],
            folder=path.parent / t["folder"],
            gold=t["gold"],
            inputs=t["inputs"],
            aliases=t.get("aliases", ""),
            min_records=t["min_records"],
            inputs_match_gold=t["inputs_match_gold"],
            floors=dict(t["floors"]),
            description=t["description"],
        )
        for t in tables
    ]


def measured_f1(scored: ScoredSet) -> dict[str, float]:
    """F1 per field on the set; every statement must be paired with exactly one gold record."""
    aliases = [scored.folder / scored.aliases] if scored.aliases else []
    result = evaluate(scored.folder / scored.gold, [scored.folder / scored.inputs], aliases=aliases)
    assert not result.missing and not result.extra, (result.missing, result.extra)
    return {field: score.f1 for field, score in result.fields.items()}


def below_floors(f1: dict[str, float], floors: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Fields whose F1 falls under their floor, as field -> (measured, floor)."""
    return {field: (round(f1[field], 3), floor) for field, floor in floors.items() if f1[field] < floor}


def lines_of(folder: Path, name: str) -> list[str]:
    return (folder / name).read_text(encoding="utf-8").splitlines()
