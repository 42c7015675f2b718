"""docs/queries.md is what the cookbook generator writes: it cannot drift from the queries or the sample build."""
from __future__ import annotations

from pathlib import Path

from clecgraph.cookbook import render
from clecgraph.queries import library
from clecgraph.stores.memory import RdflibStore

COOKBOOK = Path(__file__).resolve().parent.parent / "docs" / "queries.md"


def test_cookbook_is_up_to_date(sample_build):
    result, _ = sample_build
    expected = render(RdflibStore(result.dataset))
    assert COOKBOOK.read_text(encoding="utf-8") == expected, "run: python -m clecgraph.cookbook --write docs/queries.md"


def test_cookbook_covers_every_query():
    text = COOKBOOK.read_text(encoding="utf-8")
    for name, query in library().items():
        assert f"## {query.title}" in text and f"--name {name}" in text
