"""Link: resolved entities -> external identifiers, coordinates, hierarchy.

Linkers are registered by name and run in order after resolution; each
takes a Resolution and a LinkContext (the extractions it came from, and the
review files whose accepted rows to apply) and returns a Resolution
(entities enriched with dataclasses.replace, places added for a hierarchy).
The default build uses only packaged data and never opens a connection.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importing clecgraph.link stays light: the gazetteer loads its sources from here
    from ..model import Extraction
    from ..resolve import Resolution


@dataclass(frozen=True)
class LinkContext:
    extractions: tuple[Extraction, ...] = ()
    accepted: tuple[Path, ...] = ()  # review TSVs (clecgraph link --review) whose accepted rows apply


Linker = Callable[["Resolution", LinkContext], "Resolution"]

LINKERS: dict[str, Linker] = {}
DEFAULT_LINKERS: tuple[str, ...] = ("places", "accepted")


def register_linker(name: str, linker: Linker) -> None:
    LINKERS[name] = linker


def _builtin() -> None:
    # Registered the way an outside package would; imported on first use only.
    if "places" not in LINKERS:
        from .accepted import link_accepted
        from .places import link_places

        register_linker("places", link_places)
        register_linker("accepted", link_accepted)


def link_entities(resolution: Resolution, context: LinkContext | None = None, names: tuple[str, ...] | None = None) -> Resolution:
    _builtin()
    context = context or LinkContext()
    for name in DEFAULT_LINKERS if names is None else names:
        resolution = LINKERS[name](resolution, context)
    return resolution
