"""`clecgraph serve` running in a thread, over the sample graph file and over an Oxigraph store of it."""

from __future__ import annotations

import threading

import pytest
from explore_helpers import SAMPLE

from clecgraph.sparql.serve import Endpoint
from clecgraph.sparql.stores.oxigraph import OxigraphStore


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
