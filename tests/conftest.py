"""Shared fixtures: the sample corpus, and one build of it per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "clec-2012.jsonl"
ALIASES = SHARED / "gold" / "aliases.tsv"
SCORER = SHARED / "tools" / "score.py"


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    from clecgraph.pipeline import sample_corpus

    return sample_corpus()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The bundled corpus built once into a temporary folder (all formats)."""
    from clecgraph import build

    out = tmp_path_factory.mktemp("sample-build")
    result = build(out=out)
    return result, out
