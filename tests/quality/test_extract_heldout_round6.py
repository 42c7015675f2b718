"""Held-out set, round 6: 19 statements written and annotated before any run (tests/quality/heldout_round6/,
see its README). South-East Asian groups outside Cambodia (Myanmar, Thailand, Viet Nam, Laos, the
Philippines, Indonesia, Malaysia), 1998-2023, statements translated into English, garment and
plantation labour, land and environmental defenders, an urgent action and a monitor update; JSON
Lines and CSV.

The floors are the figures measured after the round-6 rules (see the README) minus about 0.03: a
change that loses what those rules gained here fails. The set is no longer blind: the rules were
tuned by studying its errors, so these are not held-out figures any more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from heldout_checks import assert_floors, statement_counts

HERE = Path(__file__).parent / "heldout_round6"

# field -> F1 floor (measured after tuning, minus about 0.03, rounded down)
JSONL_FLOORS = {
    "issuers": 0.94,
    "organisations": 0.91,
    "persons": 0.92,
    "places": 0.90,
    "event_types": 0.97,
    "event_places": 0.70,
    "event_dates": 0.79,
    "affiliations": 0.85,
    "date": 1.0,
}
CSV_FLOORS = {
    "issuers": 0.97,
    "organisations": 0.87,
    "persons": 0.97,
    "places": 0.93,
    "event_types": 0.97,
    "event_places": 0.93,
    "event_dates": 0.85,
    "affiliations": 0.97,
    "date": 1.0,
}


@pytest.mark.parametrize(
    "gold, inputs, floors",
    [("gold.jsonl", "statements.jsonl", JSONL_FLOORS), ("gold-csv.jsonl", "statements.csv", CSV_FLOORS)],
)
def test_heldout_round6_floors(gold, inputs, floors):
    assert_floors(HERE, gold, inputs, floors)


def test_round6_gold_pairs_every_statement():
    statements, gold, csv_gold = statement_counts(HERE)
    assert statements == gold >= 15 and csv_gold >= 4
