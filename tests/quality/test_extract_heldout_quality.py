"""Held-out quality: 36 statements written and annotated before the rules were changed for them
(tests/quality/heldout_quality/, see its README). Other organisations, countries and years than the
sample corpus; JSON Lines and CSV input.

The floors are the figures measured when these rules were written (see the README) minus a
small margin: a change that loses what the rules gained here fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_checks import assert_floors, lines_of

HERE = Path(__file__).parent / "heldout_quality"

# field -> F1 floor (measured, rounded down, minus about 0.03)
JSONL_FLOORS = {
    "issuers": 0.95,
    "organisations": 0.94,
    "persons": 0.94,
    "places": 0.94,
    "event_types": 0.96,
    "event_places": 0.83,
    "event_dates": 0.89,
    "affiliations": 0.93,
    "date": 1.0,
}
CSV_FLOORS = {
    "issuers": 1.0,
    "organisations": 0.92,
    "persons": 0.83,
    "places": 0.72,
    "event_types": 0.95,
    "event_places": 0.80,
    "event_dates": 0.95,
    "affiliations": 0.80,
    "date": 1.0,
}


@pytest.mark.parametrize(
    "gold, inputs, floors",
    [("gold.jsonl", "statements.jsonl", JSONL_FLOORS), ("gold-csv.jsonl", "statements.csv", CSV_FLOORS)],
)
def test_heldout_quality_floors(gold, inputs, floors):
    assert_floors(HERE, gold, inputs, floors)


def test_heldout_gold_pairs_every_statement():
    lines = lines_of(HERE, "statements.jsonl")
    gold = lines_of(HERE, "gold.jsonl")
    assert len(lines) == len(gold) >= 25
