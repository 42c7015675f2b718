"""An on-disk Oxigraph store is written in several bulk loads of whole N-Quads lines."""

import io

import pyoxigraph as ox
import pytest

from clecgraph.sparql.stores import oxigraph
from clecgraph.sparql.stores.oxigraph import OxigraphStore, _batches

LINES = b"".join(b'<http://s%d> <http://p> "x %d" <http://g/%d> .\n' % (i, i, i % 3) for i in range(500))


@pytest.mark.parametrize("size", [1, 100, 5000, 10**6])
@pytest.mark.parametrize("read_size", [-1, 3, 4096])
def test_batches_are_whole_lines_of_about_the_size_and_lose_nothing(size, read_size):
    texts = []
    for batch in _batches(io.BytesIO(LINES), size):
        texts.append(b"".join(iter(lambda batch=batch: batch.read(read_size), b"")))
    assert b"".join(texts) == LINES
    assert all(text.endswith(b"\n") for text in texts if text)
    longest = max(len(line) for line in LINES.split(b"\n")) + 1
    assert all(len(text) < size + longest for text in texts)
    assert len(texts) > 1 or size >= len(LINES)


def test_a_store_written_in_many_bulk_loads_holds_every_quad(tmp_path, monkeypatch):
    monkeypatch.setattr(oxigraph, "BATCH_BYTES", 1000)
    store = OxigraphStore(None)
    parts = [LINES[: LINES.index(b"\n", 10_000) + 1], LINES[LINES.index(b"\n", 10_000) + 1 :]]
    store.write_new(iter(parts), tmp_path / "fresh", tmp_path / "spool")
    written = OxigraphStore(tmp_path / "fresh")
    assert len(written) == 500
    expected = ox.parse(LINES, format=ox.RdfFormat.N_QUADS)
    assert sorted(str(quad) for quad in written.store) == sorted(str(quad) for quad in expected)
