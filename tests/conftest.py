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
    from clecgraph.pipeline.stages import sample_corpus

    return sample_corpus()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The bundled corpus built once into a temporary folder (all formats)."""
    from clecgraph import build

    out = tmp_path_factory.mktemp("sample-build")
    result = build(out=out)
    return result, out


# Hypothesis: derandomized so CI runs the same examples every time; a few
# dozen examples a property keep the hostile-input suite well under a minute.
# HYPOTHESIS_PROFILE=thorough hunts longer (more examples, random seeds).
def _hypothesis_profiles() -> None:
    import os

    from hypothesis import HealthCheck, settings

    relaxed = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile("clecgraph", max_examples=60, deadline=None, derandomize=True, suppress_health_check=relaxed)
    settings.register_profile("thorough", max_examples=1000, deadline=None, suppress_health_check=relaxed)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "clecgraph"))


_hypothesis_profiles()


@pytest.fixture(scope="session")
def extract():
    """The default extractor, built once (its gazetteer and tables take a second or two)."""
    from clecgraph.extract import get_extractor

    return get_extractor()
