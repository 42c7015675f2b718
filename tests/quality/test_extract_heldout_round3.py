"""Held-out set, round 3: 30 statements written and annotated before any run (tests/quality/heldout_round3/,
see its README). Organisations, countries and years the earlier sets used little; JSON Lines and CSV.

The floors are the figures measured after the round-3 rules (see the README) minus about 0.03: a
change that loses what those rules gained here fails. The set is no longer blind: the rules were
tuned by studying its errors, so these are not held-out figures any more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_checks import assert_floors, statement_counts

HERE = Path(__file__).parent / "heldout_round3"

# field -> F1 floor (measured after tuning, minus about 0.03, rounded down; places and event places
# raised after the round-5 rules lifted them: JSONL places 0.953 -> 0.967, event places 0.789 -> 0.810,
# CSV event places 0.786 -> 0.857)
JSONL_FLOORS = {
    "issuers": 0.94,
    "organisations": 0.92,
    "persons": 0.95,
    "places": 0.93,
    "event_types": 0.95,
    "event_places": 0.78,
    "event_dates": 0.90,
    "affiliations": 0.91,
    "date": 1.0,
}
CSV_FLOORS = {
    "issuers": 0.90,
    "organisations": 0.91,
    "persons": 0.97,
    "places": 0.97,
    "event_types": 0.94,
    "event_places": 0.82,
    "event_dates": 0.80,
    "affiliations": 0.89,
    "date": 1.0,
}


@pytest.mark.parametrize(
    "gold, inputs, floors",
    [("gold.jsonl", "statements.jsonl", JSONL_FLOORS), ("gold-csv.jsonl", "statements.csv", CSV_FLOORS)],
)
def test_heldout_round3_floors(gold, inputs, floors):
    assert_floors(HERE, gold, inputs, floors)


def test_round3_gold_pairs_every_statement():
    statements, gold, csv_gold = statement_counts(HERE)
    assert statements == gold >= 20 and csv_gold >= 5
