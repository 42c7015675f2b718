"""Extraction: Statement -> Extraction (mentions with spans, events, roles).

Extractors are registered by name; each is a factory taking the loaded
`Knowledge` and returning a function from a Statement to an Extraction.
Extraction is pure and per statement, so it can run in any process.
"""
from __future__ import annotations

from collections.abc import Callable

from ..errors import UsageError
from ..model import Extraction, Statement
from .knowledge import Knowledge, default_knowledge

ExtractFn = Callable[[Statement], Extraction]
ExtractorFactory = Callable[[Knowledge], ExtractFn]

EXTRACTORS: dict[str, ExtractorFactory] = {}
DEFAULT_EXTRACTOR = "rules"


def register_extractor(name: str, factory: ExtractorFactory) -> None:
    EXTRACTORS[name] = factory


def get_extractor(name: str = DEFAULT_EXTRACTOR, knowledge: Knowledge | None = None) -> ExtractFn:
    if name not in EXTRACTORS:
        _load_builtins()
    if name not in EXTRACTORS:
        raise UsageError(f"unknown extractor {name!r}; known: {', '.join(sorted(EXTRACTORS))}")
    return EXTRACTORS[name](knowledge or default_knowledge())


def _load_builtins() -> None:
    from .rules import make_rule_extractor

    register_extractor("rules", make_rule_extractor)
