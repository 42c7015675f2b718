"""Docs that cannot drift: generated references match the code; docstring examples run."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"


def load_generator():
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(load_generator().GENERATED))
def test_generated_doc_is_up_to_date(name):
    generator = load_generator()
    expected = generator.GENERATED[name]()
    assert (DOCS / name).read_text(encoding="utf-8") == expected, f"docs/{name} is stale: run python docs/generate.py"


PACKAGE = DOCS.parent / "clecgraph"


def modules_with_examples() -> list[str]:
    """Every module whose docstrings show an example (a `>>>` line): found, not listed by hand."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if ">>> " in path.read_text(encoding="utf-8"):
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            found.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_the_example_finder_finds_the_known_ones():
    assert {"clecgraph", "clecgraph.dates", "clecgraph.names", "clecgraph.registry"} <= set(modules_with_examples())


@pytest.mark.parametrize("module", modules_with_examples())
def test_docstring_examples_run(module):
    failures, tried = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0
