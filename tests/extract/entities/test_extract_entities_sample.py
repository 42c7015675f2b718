"""Entity fields scored with the reference scorer: the sample corpus and hand-annotated held-out statements."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOLD, SCORER

FIXTURES = Path(__file__).parent / "entities_fixtures"
ENTITY_TARGETS = {"issuers": 0.95, "organisations": 0.95, "persons": 0.95, "places": 0.95, "affiliations": 0.85}


def score(gold: Path, system: Path) -> dict:
    done = subprocess.run([sys.executable, str(SCORER), str(gold), str(system), "--json"], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)["fields"]


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_sample_corpus_meets_entity_targets(sample_build):
    _, out = sample_build
    fields = score(GOLD, out / "extractions.jsonl")
    for field, target in ENTITY_TARGETS.items():
        assert fields[field]["f1"] >= target, (field, fields[field])


@pytest.mark.skipif(not SCORER.exists(), reason="shared scorer not available")
def test_held_out_statements_meet_entity_targets(tmp_path):
    from clecgraph import build

    build(sorted(FIXTURES.glob("heldout*.*")), out=tmp_path)
    fields = score(FIXTURES / "gold.jsonl", tmp_path / "extractions.jsonl")
    for field, target in ENTITY_TARGETS.items():
        assert fields[field]["f1"] >= target, (field, fields[field])
