"""Every registered linker keeps the contract: Resolution in, Resolution out, other kinds untouched."""

from __future__ import annotations

import pytest

from clecgraph.link import DEFAULT_LINKERS, LINKERS, LinkContext, link_entities, register_linker
from clecgraph.model import ORGANISATION, PERSON, Entity
from clecgraph.resolve.entities import Resolution

link_entities(Resolution({}, {}), LinkContext(), names=())  # registers the built-in linkers


def people_and_bodies() -> Resolution:
    entities = {
        (ORGANISATION, "licadho"): Entity(ORGANISATION, "licadho", "LICADHO"),
        (PERSON, "mam-sonando"): Entity(PERSON, "mam-sonando", "Mam Sonando"),
    }
    return Resolution(entities, {(ORGANISATION, "licadho"): "licadho", (PERSON, "mam sonando"): "mam-sonando"})


@pytest.mark.parametrize("name", sorted(LINKERS))
def test_linker_on_empty_and_placeless_resolutions(name):
    empty = LINKERS[name](Resolution({}, {}), LinkContext())
    assert empty.entities == {} and empty.index == {}
    before = people_and_bodies()
    after = LINKERS[name](before, LinkContext())
    assert after.index == before.index and after.entities.keys() == before.entities.keys()
    for key, entity in before.entities.items():
        # A linker may add identifiers (same_as, extra); names, kind and key stay as resolved.
        found = after.entities[key]
        assert (found.kind, found.key, found.label, found.alt_labels) == (entity.kind, entity.key, entity.label, entity.alt_labels)
        assert set(entity.same_as) <= set(found.same_as)
    assert after.entities[(PERSON, "mam-sonando")] == before.entities[(PERSON, "mam-sonando")]


def test_the_defaults_are_registered_and_outside_linkers_can_join():
    assert set(DEFAULT_LINKERS) <= set(LINKERS)
    seen = []

    def spy(resolution, context):
        seen.append(len(resolution.entities))
        return resolution

    register_linker("spy", spy)
    try:
        link_entities(people_and_bodies(), names=("places", "spy"))
    finally:
        LINKERS.pop("spy")
    assert seen == [2]
