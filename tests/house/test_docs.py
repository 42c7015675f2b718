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


@pytest.mark.parametrize("module", ["clecgraph", "clecgraph.dates", "clecgraph.names"])
def test_docstring_examples_run(module):
    failures, tried = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0
