"""Held-out set, round 5: 28 statements written and annotated before any run (tests/quality/heldout_round5/,
see its README). Press-freedom groups, trade unions, UN experts and human-rights groups of Africa,
Latin America, the Middle East, South Asia and Eastern Europe, 2003-2024; JSON Lines and CSV.

The floors are the figures measured after the round-5 rules (see the README) minus about 0.03: a
change that loses what those rules gained here fails. The set is no longer blind: the rules were
tuned by studying its errors, so these are not held-out figures any more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_checks import assert_floors, statement_counts

HERE = Path(__file__).parent / "heldout_round5"

# field -> F1 floor (measured after tuning, minus about 0.03, rounded down; event fields raised after the
# round-6 trigger words and rules lifted them: JSONL event types 0.938 -> 0.962, event places 0.740 -> 0.760,
# event dates 0.875 -> 0.909; CSV event places 0.667 -> 0.714, event dates 0.878 -> 0.900)
JSONL_FLOORS = {
    "issuers": 0.87,
    "organisations": 0.89,
    "persons": 0.95,
    "places": 0.88,
    "event_types": 0.93,
    "event_places": 0.73,
    "event_dates": 0.87,
    "affiliations": 0.77,
    "date": 1.0,
}
CSV_FLOORS = {
    "issuers": 0.91,
    "organisations": 0.84,
    "persons": 0.91,
    "places": 0.97,
    "event_types": 0.91,
    "event_places": 0.68,
    "event_dates": 0.87,
    "affiliations": 0.85,
    "date": 1.0,
}


@pytest.mark.parametrize(
    "gold, inputs, floors",
    [("gold.jsonl", "statements.jsonl", JSONL_FLOORS), ("gold-csv.jsonl", "statements.csv", CSV_FLOORS)],
)
def test_heldout_round5_floors(gold, inputs, floors):
    assert_floors(HERE, gold, inputs, floors)


def test_round5_gold_pairs_every_statement():
    statements, gold, csv_gold = statement_counts(HERE)
    assert statements == gold >= 20 and csv_gold >= 5
