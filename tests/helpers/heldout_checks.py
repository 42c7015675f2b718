"""Checks shared by the held-out floor tests (test_extract_heldout_*.py).

Each held-out folder holds statements (JSON Lines, and CSV for some), their
gold, and an alias table; each test file keeps that set's floors and story.
"""

from __future__ import annotations

from pathlib import Path

from clecgraph.scoring.evaluate import evaluate


def assert_floors(folder: Path, gold: str, inputs: str, floors: dict[str, float]) -> None:
    """Every field's F1 at or above its floor, and every statement paired with its gold record."""
    result = evaluate(folder / gold, [folder / inputs], aliases=[folder / "aliases.tsv"])
    assert not result.missing and not result.extra
    scores = {field: round(score.f1, 3) for field, score in result.fields.items()}
    below = {field: (scores[field], floor) for field, floor in floors.items() if scores[field] < floor}
    assert not below, f"F1 below the floor (measured, floor): {below}"


def lines_of(folder: Path, name: str) -> list[str]:
    return (folder / name).read_text(encoding="utf-8").splitlines()


def statement_counts(folder: Path) -> tuple[int, int, int]:
    """JSON Lines statements, their gold records, and the CSV gold records of a held-out folder."""
    return tuple(len(lines_of(folder, name)) for name in ("statements.jsonl", "gold.jsonl", "gold-csv.jsonl"))
