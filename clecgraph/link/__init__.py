"""Link: resolved entities -> external identifiers, coordinates, hierarchy.

Linkers are registered by name and run in order after resolution; each
takes a Resolution and a LinkContext (the extractions it came from, and the
review files whose accepted rows to apply) and returns a Resolution
(entities enriched with dataclasses.replace, places added for a hierarchy).
The default build uses only packaged data and never opens a connection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from clecgraph.link.context import LinkContext
from clecgraph.registry import Registry, lazy

if TYPE_CHECKING:
    from clecgraph.resolve.entities import Resolution


Linker = Callable[["Resolution", LinkContext], "Resolution"]

LINKERS: Registry[Linker] = Registry("linkers")
DEFAULT_LINKERS: tuple[str, ...] = ("places", "wikipedia", "accepted")


def register_linker(name: str, linker: Linker) -> None:
    LINKERS.register(name, linker)


register_linker("places", lazy("clecgraph.link.places:link_places"))
register_linker("wikipedia", lazy("clecgraph.link.wikipedia:link_wikipedia"))
register_linker("accepted", lazy("clecgraph.link.accepted:link_accepted"))


def link_entities(resolution: Resolution, context: LinkContext | None = None, names: tuple[str, ...] | None = None) -> Resolution:
    context = context or LinkContext()
    for name in DEFAULT_LINKERS if names is None else names:
        resolution = LINKERS[name](resolution, context)
    return resolution
