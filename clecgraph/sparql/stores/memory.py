"""The rdflib backend: a Dataset in memory whose default graph is the union of all graphs."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset

from clecgraph.errors import UsageError
from clecgraph.sparql.stores.answer import Answer
from clecgraph.sparql.stores.rdflib_graphs import register_graph_shortcuts


def planned(text: str, bindings: dict | None = None):
    """The query, prepared, with each group's triple patterns ordered knowing which variables are bound.

    rdflib orders a group's triple patterns once, when it parses the query,
    as if no variable had a value. But parameters come bound, and the right
    side of an OPTIONAL is evaluated once per solution of its left side, with
    the left side's variables bound. Ordered blind, a query bound to one
    entity could start from every annotation of the graph (entity-mentions:
    over 60 s on 1,000 statements), and an OPTIONAL could scan every
    membership once per person. Here each group is ordered with rdflib's own
    rule, counting those variables as known. Only the order changes, so the
    answers are the same.
    """
    from rdflib import URIRef, Variable
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.algebra import reorderTriples
    from rdflib.plugins.sparql.parserutils import CompValue

    def reorder(group: CompValue, known: frozenset) -> None:
        # Known variables stand in as constants, one distinct IRI per variable, so that the
        # substituted patterns stay as distinct as the patterns themselves.
        keyed = {
            tuple(URIRef(f"urn:clecgraph:bound:{term}") if term in known else term for term in triple): triple for triple in group.triples
        }
        group["triples"] = [keyed[key] for key in reorderTriples(keyed)]

    def walk(node, known: frozenset) -> None:
        if isinstance(node, CompValue):
            if node.name == "BGP" and node.triples:
                reorder(node, known)
            elif node.name == "Join" and not node.get("lazy") and _plain_patterns(node.p2):
                # rdflib joins a subquery (DISTINCT, LIMIT) to what follows by comparing every
                # pair of rows; plain patterns after it can instead be matched per row, with
                # that row's values bound, as rdflib already does for other joins.
                node["lazy"] = True
            elif node.name == "LeftJoin":
                walk(node.p1, known)
                walk(node.p2, known | frozenset(getattr(node.p1, "_vars", ())))
                return
            for value in node.values():
                walk(value, known)
        elif isinstance(node, list):
            for item in node:
                walk(item, known)

    prepared = prepareQuery(text)
    walk(prepared.algebra, frozenset(Variable(str(name)) for name in (bindings or {})))
    return prepared


def _plain_patterns(part) -> bool:
    """Triple patterns, or a GRAPH of them: evaluating them with some variables
    already bound gives the rows a join with those bindings would keep."""
    if getattr(part, "name", None) == "Graph":
        part = part.p
    return getattr(part, "name", None) == "BGP"


class RdflibStore:
    name = "rdflib"

    def __init__(self, dataset: Dataset | None = None):
        register_graph_shortcuts()
        self.dataset = dataset if dataset is not None else Dataset(default_union=True)
        self._own(self.dataset)

    @staticmethod
    def _own(dataset: Dataset) -> None:
        dataset.default_union = True
        dataset._clecgraph_store = True  # the GRAPH shortcut acts on this store's datasets only

    def load_file(self, path: Path) -> None:
        from clecgraph.sparql.query import load_graph

        self.dataset = load_graph(path)
        self._own(self.dataset)

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
        self._own(self.dataset)

    def __len__(self) -> int:
        return sum(1 for _ in self.dataset.quads((None, None, None, None)))

    def query(self, text: str, bindings: dict | None = None) -> Answer:
        try:
            result = self.dataset.query(planned(text, bindings), initBindings=bindings or {})
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


def open_rdflib_store(location: str | None) -> RdflibStore:
    """The `rdflib` entry of clecgraph.sparql.stores.STORES."""
    if location:
        raise UsageError("the rdflib store lives in memory; it takes no path (use oxigraph:PATH for a store on disk)")
    return RdflibStore()
