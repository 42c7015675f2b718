"""One registry mechanism: built-ins and outside packages (entry points) register the same way."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clecgraph.registry import KINDS, Registry, lazy

PLUGIN = """
from clecgraph.export import Exporter
from clecgraph.model import Statement
from clecgraph.sources import Reader


def write_count(dataset, path, **options):
    path.write_text(str(sum(1 for _ in dataset.quads((None, None, None, None)))), encoding="utf-8")


def read_lines(path, encoding=None):
    for number, line in enumerate(path.read_text(encoding=encoding or "utf-8").splitlines(), 1):
        if line.strip():
            yield Statement(text=line.strip(), source=path.name, line=number)


EXPORTER = Exporter("quadcount", "quads.txt", write_count, "how many quads (a plugin)")
READER = Reader(read_lines, (".lines",))
"""


@pytest.fixture
def fake_distribution(tmp_path, monkeypatch):
    """An installed distribution 'clecgraph-fake' whose entry points add an exporter and a reader."""
    (tmp_path / "clecgraph_fake.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "clecgraph_fake-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: clecgraph-fake\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[clecgraph.exporters]\nquadcount = clecgraph_fake:EXPORTER\n\n[clecgraph.readers]\nlines = clecgraph_fake:READER\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("clecgraph_fake", None)


def test_a_registry_finds_the_entry_points_of_an_installed_distribution(fake_distribution):
    exporters = Registry("exporters")
    assert "quadcount" in exporters
    assert exporters["quadcount"].filename == "quads.txt"


def test_a_plugin_exporter_and_reader_take_part_in_a_build(fake_distribution, tmp_path, monkeypatch):
    from clecgraph import build
    from clecgraph.export import EXPORTERS
    from clecgraph.sources import READERS

    for registry in (EXPORTERS, READERS):
        monkeypatch.setattr(registry, "_items", dict(registry._items))  # undone after the test
        registry.read_plugins()
    archive = tmp_path / "archive.lines"
    archive.write_text("LICADHO condemned the arrest of two activists in Phnom Penh.\n\nA second statement.\n", encoding="utf-8")
    result = build([archive], out=tmp_path / "out", formats=["quadcount"], validate=False)
    assert result.report["statements_written"] == 2
    assert int((tmp_path / "out" / "quads.txt").read_text()) == result.report["quads"]


def test_a_plugin_adds_but_never_replaces_a_builtin(tmp_path, monkeypatch):
    (tmp_path / "clecgraph_shadow.py").write_text("EXPORTER = 'not an exporter'\n", encoding="utf-8")
    info = tmp_path / "clecgraph_shadow-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: clecgraph-shadow\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[clecgraph.exporters]\nturtle = clecgraph_shadow:EXPORTER\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    from clecgraph.export import EXPORTERS

    monkeypatch.setattr(EXPORTERS, "_items", dict(EXPORTERS._items))
    EXPORTERS.read_plugins()
    assert EXPORTERS["turtle"].filename == "graph.ttl"


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_one_registry_with_its_builtins(kind):
    from clecgraph.export import EXPORTERS
    from clecgraph.extract import EXTRACTORS
    from clecgraph.link import LINKERS
    from clecgraph.sources import READERS
    from clecgraph.sparql.stores import STORES
    from clecgraph.views import VIEWS

    registries = {
        "readers": READERS,
        "extractors": EXTRACTORS,
        "linkers": LINKERS,
        "exporters": EXPORTERS,
        "views": VIEWS,
        "stores": STORES,
    }
    registry = registries[kind]
    assert isinstance(registry, Registry) and registry.group == f"clecgraph.{kind}"
    assert registry.registered(), kind


def test_lazy_references_import_on_first_call_only():
    calls = lazy("json:dumps")
    assert calls.__name__ == "dumps"
    assert calls([1]) == "[1]"


def test_an_unknown_name_is_a_usage_error_listing_the_known_ones():
    from clecgraph.errors import UsageError

    registry = Registry("nothing-here")
    registry.register("one", 1)
    with pytest.raises(UsageError, match="known: one"):
        registry.get_or_fail("two")


def test_readers_say_which_file_endings_they_take():
    from clecgraph.sources import suffixes

    assert suffixes()[".jsonl"] == "jsonl" and suffixes()[".txt"] == "listing"
    assert Path("x.csv").suffix in suffixes()
