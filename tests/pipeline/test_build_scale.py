"""Large store builds: parts are spooled to disk and bulk-loaded once; nothing is left behind.

(Speed and memory are measured by benchmarks/bench_build.py, not asserted here.)
"""

from __future__ import annotations

import pytest
from rdflib import Dataset, Literal, URIRef

from clecgraph.sparql.stores import open_store

EX = "http://example.org/"


def part(n: int, graph: str = "g") -> bytes:
    return "".join(f'<{EX}s{i}> <{EX}p> "{i}" <{EX}{graph}> .\n' for i in range(n)).encode()


def leftovers(folder, store_name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != store_name)


def test_replace_from_a_generator_loads_every_part_and_leaves_no_spool(tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    dataset = Dataset()
    dataset.graph(URIRef(f"{EX}h")).add((URIRef(f"{EX}x"), URIRef(f"{EX}p"), Literal("from a dataset")))
    store.replace(p for p in (part(3), b"", part(5, "g2"), dataset, part(3)))  # the repeated part is stored once
    assert len(store) == 3 + 5 + 1
    assert leftovers(tmp_path, "store") == []
    store.replace(iter([part(2)]))
    assert len(store) == 2
    store.close()


def test_a_failing_build_leaves_the_old_store_whole_and_no_spool(tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    store.replace([part(4)])

    def broken():
        yield part(10)
        raise RuntimeError("a writer process died")

    with pytest.raises(RuntimeError, match="writer process died"):
        store.replace(broken())
    assert leftovers(tmp_path, "store") == []
    assert len(store) == 4
    store.close()
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    assert len(store) == 4
    store.close()


def test_in_memory_store_replace_spools_to_a_temporary_file(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    store = open_store("oxigraph")
    store.replace([part(3), part(2, "g2")])
    assert len(store) == 5
    assert list(tmp_path.iterdir()) == []
    store.replace([])
    assert len(store) == 0


def test_invalid_nquads_fail_the_build_and_leave_nothing_behind(tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 'store'}")
    store.replace([part(2)])
    with pytest.raises(SyntaxError):
        store.replace(iter([part(3), b"not n-quads at all\n", part(3, "g2")]))
    assert leftovers(tmp_path, "store") == []
    assert len(store) == 2
    store.close()
