"""The accepted-links linker: identifiers a person accepted in a review file."""

from __future__ import annotations

from dataclasses import replace

from clecgraph.errors import InputError
from clecgraph.link.context import LinkContext
from clecgraph.link.review import accepted
from clecgraph.resolve.entities import Resolution


def link_accepted(resolution: Resolution, context: LinkContext) -> Resolution:
    """Add each accepted candidate as owl:sameAs of its entity (kind and key must be in the graph)."""
    if not context.accepted:
        return resolution
    entities = dict(resolution.entities)
    for path in context.accepted:
        for row in accepted(path):
            if not row.candidate.startswith(("http://", "https://")):
                raise InputError(str(path), f"accepted candidate {row.candidate!r} of {row.kind}/{row.key} is not an http(s) IRI")
            entity = entities.get((row.kind, row.key))
            if entity is None:
                continue  # a review file of a larger corpus: rows for entities not in this one do not apply
            entities[(row.kind, row.key)] = replace(entity, same_as=tuple(sorted({*entity.same_as, row.candidate})))
    return Resolution(entities=entities, index=resolution.index)
