"""The rule extractor's components: a consistent order, and each adds only what it declares."""

from __future__ import annotations

import pytest

from clecgraph.extract.components import GIVEN, Component, Work, build, check_order
from clecgraph.extract.rules import RULE_COMPONENTS, make_rule_extractor
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement
from clecgraph.sources import read_file


def test_the_rule_order_is_consistent():
    assert check_order(RULE_COMPONENTS) == []


def test_every_component_is_named_and_documented():
    for component in RULE_COMPONENTS:
        assert component.name and component.assigns and component.doc, component.name


def test_every_value_the_extraction_reads_is_added():
    added = set(GIVEN).union(*(c.assigns for c in RULE_COMPONENTS))
    assert {"date", "date_warnings", "issuers", "mentions", "events", "affiliations"} <= added


def test_an_order_that_reads_before_it_adds_is_refused():
    components = list(RULE_COMPONENTS)
    selecting = next(n for n, c in enumerate(components) if c.name == "entities.select")
    components.insert(0, components.pop(selecting))
    problems = check_order(components)
    assert problems and all("entities.select" in p for p in problems)
    with pytest.raises(ValueError, match="entities.select"):
        build(components, default_knowledge())


def test_a_name_used_twice_is_refused():
    assert check_order([RULE_COMPONENTS[0], RULE_COMPONENTS[0]]) == ["'text.statement_date' is named twice"]


class _Recording(Work):
    __slots__ = ("written",)

    def __init__(self, statement):
        super().__init__(statement)
        self.written: set[str] = set()

    def set(self, name, value):
        self.written.add(name)
        super().set(name, value)


def test_each_component_adds_exactly_what_it_declares(sample_corpus):
    knowledge = default_knowledge()
    steps = build(RULE_COMPONENTS, knowledge)
    statements = [s for s in read_file(sample_corpus) if isinstance(s, Statement)][:40]
    assert statements
    for statement in statements:
        work = _Recording(statement)
        for component, step in zip(RULE_COMPONENTS, steps):
            work.written = set()
            step(work)
            assert work.written == set(component.assigns), component.name


def test_a_component_can_be_added_to_the_order():
    def make(knowledge):
        def step(work):
            work.set("event_count", len(work["events"]))

        return step

    counting = Component("events.count", ("events",), ("event_count",), make, "how many events")
    assert check_order([*RULE_COMPONENTS, counting]) == []
    extract = make_rule_extractor(default_knowledge(), (*RULE_COMPONENTS, counting))
    extraction = extract(Statement("a.txt", 1, "Police arrested two activists in Phnom Penh on 3 May 2013.", date="2013-05-04"))
    assert [e.type for e in extraction.events] == ["arrest"]
