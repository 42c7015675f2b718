"""The rdflib backend: a Dataset in memory whose default graph is the union of all graphs."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset

from ..errors import UsageError
from . import Answer


class RdflibStore:
    name = "rdflib"

    def __init__(self, dataset: Dataset | None = None):
        self.dataset = dataset if dataset is not None else Dataset(default_union=True)
        self.dataset.default_union = True

    def load_file(self, path: Path) -> None:
        from ..query import load_graph

        self.dataset = load_graph(path)

    def add_dataset(self, dataset: Dataset) -> None:
        self.dataset.addN(dataset.quads((None, None, None, None)))

    def add_quads(self, quads: Iterable[tuple]) -> None:
        self.dataset.addN(quads)

    def replace(self, parts: Iterable) -> None:
        """Hold exactly these parts' quads: rdflib Datasets or N-Quads bytes."""
        self.clear()
        for part in parts:
            if isinstance(part, bytes):
                self.dataset.parse(data=part.decode("utf-8"), format="nquads")
            else:
                self.add_dataset(part)

    def clear(self) -> None:
        self.dataset = Dataset(default_union=True)

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def query(self, text: str, bindings: dict | None = None) -> Answer:
        try:
            result = self.dataset.query(text, initBindings=bindings or {})
        except Exception as err:  # rdflib raises parser- and evaluator-specific types
            raise UsageError(f"query failed: {type(err).__name__}: {str(err).strip()[:500]}") from None
        if result.type == "ASK":
            return Answer("ASK", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return Answer("GRAPH", triples=list(result.graph))
        names = [str(v) for v in result.vars]
        return Answer("SELECT", vars=names, rows=[tuple(row) for row in result])

    def close(self) -> None:
        pass
