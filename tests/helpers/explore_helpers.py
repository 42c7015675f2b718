"""An explorer over a graph file or store, answered in this process (no server), for the explorer's tests."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from clecgraph.explore import Explorer, Request, index
from clecgraph.sparql.library import library
from clecgraph.sparql.limits import evaluate
from clecgraph.sparql.serve import Endpoint
from clecgraph.sparql.stores.oxigraph import FORMATS, OxigraphStore


def _sample_copy() -> Path:
    """The committed sample build copied to a temporary folder (removed when the process ends):
    serving or querying a build folder makes its store and index beside the files, and the
    tests must not write into the checkout's output/."""
    folder = Path(tempfile.mkdtemp(prefix="sample-output-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    committed = Path(__file__).resolve().parents[2] / "output"
    shutil.copytree(committed, folder, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".*"))
    return folder / "graph.trig"


SAMPLE = _sample_copy()


class InProcess:
    """The evaluator interface (`query(text, accepted, dataset) -> Reply`) over an open pyoxigraph Store."""

    def __init__(self, store, limit: int = 10_000):
        self.store, self.limit = store, limit

    def query(self, text, accepted, dataset=None, trusted=False):
        return evaluate(self.store, text, accepted, self.limit, dataset, trusted=trusted)


def store_of(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(path), format=FORMATS[path.suffix])
    return store


def store_of_dataset(dataset) -> ox.Store:
    store = ox.Store()
    store.load(dataset.serialize(format="trig").encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


def explorer_of(store: ox.Store, base: str | None = None) -> Explorer:
    """An explorer over `store`, with its index made in a temporary folder (removed when the process ends)."""
    folder = Path(tempfile.mkdtemp(prefix="explore-index-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Explorer.over(InProcess(store), index.of_store(store, folder / "index.sqlite"), base, library=library())


def get(explorer: Explorer, target: str, accept: str = "text/html"):
    return explorer.handle(Request.from_target("GET", target, accept))


def start(source) -> tuple[Endpoint, threading.Thread]:
    server = Endpoint(source, port=0, timeout=20, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture(scope="session", params=["file", "store"])
def served(request, tmp_path_factory):
    """(kind, running Endpoint): the sample served from graph.trig, or from an on-disk Oxigraph store."""
    if request.param == "file":
        source = SAMPLE
    else:
        path = tmp_path_factory.mktemp("explore-store") / "store"
        store = OxigraphStore(path)
        try:
            store.load_file(SAMPLE)
        finally:
            store.close()
        source = f"oxigraph:{path}"
    server, thread = start(source)
    try:
        yield request.param, server
    finally:
        server.close()
        thread.join(10)
