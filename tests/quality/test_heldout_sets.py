"""Held-out and real-statement sets: each field's F1 stays at or above its floor.

The sets and their floors are data, listed in tests/quality/sets.toml (one table per gold and
inputs pair, with a description); each set's folder README tells its story and its first-run
figures. Adding a set means adding its folder and one table, not a test module.
"""

from __future__ import annotations

import pytest
from heldout_checks import FIELDS, QUALITY, SETS_FILE, below_floors, lines_of, load_sets, measured_f1

SETS = load_sets()


@pytest.mark.parametrize("scored", SETS, ids=[s.name for s in SETS])
def test_every_field_stays_at_or_above_its_floor(scored):
    below = below_floors(measured_f1(scored), scored.floors)
    assert not below, f"{scored.name}: F1 below the floor (measured, floor): {below}"


@pytest.mark.parametrize("scored", SETS, ids=[s.name for s in SETS])
def test_gold_holds_every_statement_of_the_set(scored):
    gold = lines_of(scored.folder, scored.gold)
    assert len(gold) >= scored.min_records
    if scored.inputs_match_gold:
        assert len(lines_of(scored.folder, scored.inputs)) == len(gold)


def test_sets_file_names_known_fields_and_unique_sets():
    names = [s.name for s in SETS]
    assert len(names) == len(set(names)), names
    for scored in SETS:
        assert scored.floors, scored.name
        assert set(scored.floors) <= set(FIELDS), (scored.name, set(scored.floors) - set(FIELDS))
        assert all(0.0 <= floor <= 1.0 for floor in scored.floors.values()), scored.name
        assert scored.description.strip(), scored.name


def test_every_gold_file_under_quality_is_scored():
    """A set folder whose gold is not listed in the floors file would silently go unchecked."""
    listed = {(s.folder.resolve(), s.gold) for s in SETS}
    on_disk = {(g.parent.resolve(), g.name) for g in QUALITY.glob("*/gold*.jsonl")}
    assert on_disk - listed == set(), f"gold files missing from {SETS_FILE.name}: {on_disk - listed}"


def test_below_floors_names_the_field_that_fell():
    # the check itself must be able to fail
    assert below_floors({"persons": 0.5, "places": 0.9}, {"persons": 0.6, "places": 0.9}) == {"persons": (0.5, 0.6)}
