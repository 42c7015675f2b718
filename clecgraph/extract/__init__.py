"""Extraction: Statement -> Extraction (mentions with spans, events, roles).

Extractors are registered by name; each is a factory taking the loaded
`Knowledge` and returning a function from a Statement to an Extraction.
Extraction is pure and per statement, so it can run in any process.
"""

from __future__ import annotations

from collections.abc import Callable

from clecgraph.knowledge.ontology import Knowledge, default_knowledge
from clecgraph.model import Extraction, Statement
from clecgraph.registry import Registry, lazy

ExtractFn = Callable[[Statement], Extraction]
ExtractorFactory = Callable[[Knowledge], ExtractFn]

EXTRACTORS: Registry[ExtractorFactory] = Registry("extractors")
DEFAULT_EXTRACTOR = "rules"


def register_extractor(name: str, factory: ExtractorFactory) -> None:
    EXTRACTORS.register(name, factory)


register_extractor("rules", lazy("clecgraph.extract.rules:make_rule_extractor"))


# Extractors made with the default knowledge, by name and factory: made once per process (a build asks more
# than once; making one reads the tables and compiles the patterns of every finder).
_MADE: dict[tuple[str, object], ExtractFn] = {}


def get_extractor(name: str = DEFAULT_EXTRACTOR, knowledge: Knowledge | None = None) -> ExtractFn:
    factory = EXTRACTORS.get_or_fail(name, "extractor")
    if knowledge is not None:
        return factory(knowledge)
    made = _MADE.get((name, factory))
    if made is None:
        made = _MADE[(name, factory)] = factory(default_knowledge())
    return made
