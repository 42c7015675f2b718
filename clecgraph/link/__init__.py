"""Link: resolved entities -> external identifiers, coordinates, hierarchy.

Linkers are registered by name and run in order after resolution; each
takes a Resolution and returns one (entities enriched with dataclasses.replace).
The default build uses only packaged data and never opens a connection.
"""
from __future__ import annotations

from collections.abc import Callable

from ..resolve import Resolution

Linker = Callable[[Resolution], Resolution]

LINKERS: dict[str, Linker] = {}
DEFAULT_LINKERS: tuple[str, ...] = ()


def register_linker(name: str, linker: Linker) -> None:
    LINKERS[name] = linker


def link_entities(resolution: Resolution, names: tuple[str, ...] | None = None) -> Resolution:
    for name in DEFAULT_LINKERS if names is None else names:
        resolution = LINKERS[name](resolution)
    return resolution
