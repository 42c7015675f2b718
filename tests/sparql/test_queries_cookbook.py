"""docs/queries.md covers the whole library (tests/test_docs.py checks it is up to date)."""

from __future__ import annotations

from pathlib import Path

from clecgraph.sparql.library import library

COOKBOOK = Path(__file__).resolve().parents[2] / "docs" / "queries.md"


def test_cookbook_covers_every_query():
    text = COOKBOOK.read_text(encoding="utf-8")
    for name, query in library().items():
        assert f"## {query.title}" in text and f"--name {name}" in text
