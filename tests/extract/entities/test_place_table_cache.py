"""The place table read back from the disk cache is the table built from the gazetteer; other inputs rebuild it."""

from __future__ import annotations

import pytest

from clecgraph.extract.entities import gazetteer_names
from clecgraph.knowledge import disk_cache
from clecgraph.knowledge.ontology import Authority, default_knowledge

PLACES = default_knowledge().authorities_of("place")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(disk_cache.ENV, str(tmp_path / "cache"))
    gazetteer_names.build_place_table.cache_clear()
    yield tmp_path / "cache"
    gazetteer_names.build_place_table.cache_clear()


def state(table):
    return table.values, table.prefixes, table.longest, table.located_only


def test_the_cached_place_table_is_the_built_one(folder, monkeypatch):
    built = state(gazetteer_names._make_table(PLACES))
    assert state(gazetteer_names.build_place_table(PLACES)) == built  # built, then written
    gazetteer_names.build_place_table.cache_clear()
    monkeypatch.setattr(gazetteer_names, "_make_table", lambda authorities: pytest.fail("rebuilt a fresh cache"))
    assert state(gazetteer_names.build_place_table(PLACES)) == built  # read back
    assert (folder / "place-table.cache").exists()


def test_other_known_places_make_another_table(folder):
    extra = Authority("place", "x-camp", "Xyzzy Camp", ("Xyzzy",), "camp")
    plain = gazetteer_names.build_place_table(PLACES)
    more = gazetteer_names.build_place_table((*PLACES, extra))
    assert "xyzzy camp" in more.values and "xyzzy camp" not in plain.values
    assert gazetteer_names._stamp(PLACES) != gazetteer_names._stamp((*PLACES, extra))


def test_a_stored_table_of_another_shape_is_rebuilt(folder):
    disk_cache.store("place-table", gazetteer_names._stamp(PLACES), ({"x": 1}, ["x"], 1, set()))
    table = gazetteer_names.build_place_table(PLACES)
    assert table.get("Phnom Penh") is not None and isinstance(table.prefixes, set)
