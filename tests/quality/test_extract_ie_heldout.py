"""Held-out check on nine statements written and annotated by hand before the
extractor was run on them (tests/quality/ie_fixtures/): other organisations and years,
issuers named in lists, publishers' acronyms, dotted acronyms, affiliations
written several ways, events in subordinate clauses. Loose thresholds: the
aim is to catch regressions, not to pin today's numbers.
"""

from __future__ import annotations

from pathlib import Path

from clecgraph.scoring.evaluate import evaluate

FIXTURES = Path(__file__).parent / "ie_fixtures"


def test_ie_heldout_scores():
    result = evaluate(FIXTURES / "gold.jsonl", [FIXTURES / "statements.jsonl"], aliases=[FIXTURES / "aliases.tsv"])
    f1 = {field: score.f1 for field, score in result.fields.items()}
    assert not result.missing and not result.extra
    assert f1["date"] == 1.0
    assert f1["issuers"] >= 0.8
    assert f1["organisations"] >= 0.9
    assert f1["persons"] >= 0.9
    assert f1["places"] >= 0.9
    assert f1["event_types"] >= 0.85
    assert f1["affiliations"] >= 0.7
