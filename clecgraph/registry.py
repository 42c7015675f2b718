"""One registry mechanism for every kind of replaceable part.

Readers, extractors, linkers, exporters, views and stores each have a
`Registry`: a mapping from a name to a component. Built-ins register
themselves the way an outside package would, and outside packages add
components through Python entry points in the group ``clecgraph.<kind>``,
for example in their pyproject.toml:

    [project.entry-points."clecgraph.exporters"]
    rdfxml = "my_package.rdfxml:EXPORTER"

Entry points are read the first time a registry is looked through or asked
for a name it does not have, so `import clecgraph` stays light. `lazy`
wraps a "module:attribute" reference in a function that imports on first
call, so a built-in's heavy dependencies load only when it is used.

    >>> shapes = Registry("examples")
    >>> shapes.register("square", lambda side: side * side)
    >>> shapes["square"](3), list(shapes)
    (9, ['square'])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from importlib import import_module
from typing import Any, TypeVar

from clecgraph.errors import UsageError

T = TypeVar("T")
KINDS = ("readers", "extractors", "linkers", "exporters", "views", "stores")


def load_reference(reference: str) -> Any:
    """'package.module:attribute' -> that attribute."""
    module, _, attribute = reference.partition(":")
    loaded = import_module(module)
    return getattr(loaded, attribute) if attribute else loaded


def lazy(reference: str) -> Callable[..., Any]:
    """A function that calls `reference` ('module:function'), importing it on the first call."""
    target: list[Callable[..., Any]] = []

    def call(*args, **kwargs):
        if not target:
            target.append(load_reference(reference))
        return target[0](*args, **kwargs)

    call.__name__ = reference.rpartition(":")[2]
    call.__qualname__ = call.__name__
    call.reference = reference  # type: ignore[attr-defined]
    return call


class Registry(MutableMapping[str, T]):
    """Components of one kind by name, in the order they were registered."""

    def __init__(self, kind: str):
        self.kind = kind
        self.group = f"clecgraph.{kind}"
        self._items: dict[str, T] = {}
        self._plugins_read = False

    def register(self, name: str, component: T) -> None:
        self._items[name] = component

    def registered(self) -> tuple[str, ...]:
        """The names registered so far, without reading entry points (the built-ins, at import time)."""
        return tuple(self._items)

    def read_plugins(self) -> None:
        """Add the components that installed distributions declare in this kind's entry-point group.
        A name already registered keeps its component: a plugin adds, it does not replace."""
        from importlib.metadata import entry_points

        self._plugins_read = True
        for entry in entry_points(group=self.group):
            if entry.name not in self._items:
                self._items[entry.name] = entry.load()

    def _plugins(self) -> None:
        if not self._plugins_read:
            self.read_plugins()

    def __getitem__(self, name: str) -> T:
        if name not in self._items:
            self._plugins()
        return self._items[name]

    def __setitem__(self, name: str, component: T) -> None:
        self.register(name, component)

    def __delitem__(self, name: str) -> None:
        del self._items[name]

    def __contains__(self, name: object) -> bool:
        if name not in self._items:
            self._plugins()
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        self._plugins()
        return iter(list(self._items))

    def __len__(self) -> int:
        self._plugins()
        return len(self._items)

    def get_or_fail(self, name: str, what: str | None = None) -> T:
        """The component, or a UsageError that lists the known names."""
        if name not in self:
            raise UsageError(f"unknown {what or self.kind.rstrip('s')} {name!r}; known: {', '.join(sorted(self))}")
        return self[name]

    def __repr__(self) -> str:
        return f"Registry({self.kind!r}: {', '.join(self._items)})"
