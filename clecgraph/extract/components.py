"""Extraction as named components run in one declared order.

A component is one step of an extractor: it reads some named values of the
statement's work (`requires`) and adds others (`assigns`), the way spaCy's
pipeline components declare what they need. It is built once from the
loaded `Knowledge` (its `make` returns the step) and then run per statement.
The order lives in one list (rules.RULE_COMPONENTS); `check_order` says
whether every value a component reads was added by an earlier one.

>>> from dataclasses import replace
>>> one = Component("one", (), ("a",), lambda k: lambda work: work.set("a", 1))
>>> two = Component("two", ("a",), ("b",), lambda k: lambda work: work.set("b", work["a"] + 1))
>>> check_order([one, two])
[]
>>> check_order([two, one])
["'two' reads 'a', which no earlier component adds"]
>>> run(build([one, two], None), Work(None))["b"]
2
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from clecgraph.model import Statement

# Every work starts with the statement itself.
GIVEN = ("statement",)


class Work:
    """What the components know of one statement so far: named values."""

    __slots__ = ("statement", "values")

    def __init__(self, statement: Statement | None):
        self.statement = statement
        self.values: dict[str, object] = {"statement": statement}

    def __getitem__(self, name: str):
        return self.values[name]

    def get(self, name: str, default=None):
        return self.values.get(name, default)

    def set(self, name: str, value) -> None:
        self.values[name] = value


Step = Callable[[Work], None]


@dataclass(frozen=True)
class Component:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    make: Callable[[object], Step]  # Knowledge -> the step, built once
    doc: str = ""


def check_order(components: Sequence[Component], given: Iterable[str] = GIVEN) -> list[str]:
    """The problems of an order: values read before any component adds them, names used twice."""
    known, names, problems = set(given), set(), []
    for component in components:
        if component.name in names:
            problems.append(f"{component.name!r} is named twice")
        names.add(component.name)
        for need in component.requires:
            if need not in known:
                problems.append(f"{component.name!r} reads {need!r}, which no earlier component adds")
        known.update(component.assigns)
    return problems


def build(components: Sequence[Component], knowledge) -> tuple[Step, ...]:
    """Each component's step, made once with the knowledge; refuses an inconsistent order."""
    problems = check_order(components)
    if problems:
        raise ValueError("extraction components out of order: " + "; ".join(problems))
    return tuple(component.make(knowledge) for component in components)


def run(steps: Sequence[Step], work: Work) -> Work:
    for step in steps:
        step(work)
    return work


def component(name: str, requires: Iterable[str], assigns: Iterable[str], doc: str = ""):
    """A decorator: the decorated factory (Knowledge -> step) becomes a Component."""

    def wrap(make: Callable[[object], Step]) -> Component:
        return Component(name, tuple(requires), tuple(assigns), make, doc or (make.__doc__ or "").strip())

    return wrap
