"""An explorer over a graph file or store, answered in this process (no server), for the explorer's tests."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from clecgraph.explore import Explorer, Request
from clecgraph.sparql.library import library
from clecgraph.sparql.limits import evaluate
from clecgraph.sparql.stores.oxigraph import FORMATS

SAMPLE = Path(__file__).resolve().parents[2] / "output" / "graph.trig"


class InProcess:
    """The evaluator interface (`query(text, accepted, dataset) -> Reply`) over an open pyoxigraph Store."""

    def __init__(self, store, limit: int = 10_000):
        self.store, self.limit = store, limit

    def query(self, text, accepted, dataset=None):
        return evaluate(self.store, text, accepted, self.limit, dataset)


def store_of(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(path), format=FORMATS[path.suffix])
    return store


def store_of_dataset(dataset) -> ox.Store:
    store = ox.Store()
    store.load(dataset.serialize(format="trig").encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


def explorer_of(store: ox.Store, base: str | None = None) -> Explorer:
    return Explorer.over(InProcess(store), base, library=library())


def get(explorer: Explorer, target: str, accept: str = "text/html"):
    return explorer.handle(Request.from_target("GET", target, accept))
