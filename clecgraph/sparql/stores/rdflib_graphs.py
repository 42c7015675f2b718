"""How the rdflib store evaluates `GRAPH` groups over a dataset of many small graphs.

A clecgraph dataset holds a named graph per statement. rdflib evaluates
`GRAPH ?g { ... }` once in every named graph (10,000 times at 10,000
statements), and inside one graph it looks each pattern up across all
graphs, then keeps the matches that are in that graph: `?a oa:hasBody ?org`
in one statement's graph walks every annotation of the organisation in the
archive. Registered in rdflib's CUSTOM_EVALS, the functions here take over
`GRAPH` groups of triple patterns in an RdflibStore's datasets only:

- an unbound graph variable: only the graphs holding a match of the
  group's first pattern are visited;
- a bound graph of at most SMALL_GRAPH triples: its triples are indexed
  once, and the group is matched against that index.

Both give rdflib's own answers (tests/test_store.py compares them); any
other part of a query is left to rdflib.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.paths import AlternativePath, InvPath, Path, SequencePath

# A statement's graph holds about 200 triples; a graph much bigger than this
# (the entities graph) is cheaper to leave to the store's own indexes.
SMALL_GRAPH = 5_000


def register_graph_shortcuts() -> None:
    from rdflib.plugins.sparql import CUSTOM_EVALS

    CUSTOM_EVALS.setdefault("clecgraph-graph-groups", _graph_group)


def _graph_group(ctx, part):
    """A generator of solutions for a GRAPH group this module handles; NotImplementedError
    (raised here, before any solution, as CUSTOM_EVALS expects) for everything else."""
    from rdflib.plugins.sparql.evaluate import _join, evalPart

    if part.name != "Graph" or not getattr(ctx.dataset, "_clecgraph_store", False):
        raise NotImplementedError
    if part.p.name != "BGP" or not part.p.triples:
        raise NotImplementedError
    name = ctx[part.term]
    if name is None:
        pattern = tuple(ctx[term] for term in part.p.triples[0])  # a variable's value, None if unbound
        if pattern[1] is not None and not isinstance(pattern[1], URIRef):  # a property path
            raise NotImplementedError
        names = {getattr(graph, "identifier", graph) for *_, graph in ctx.dataset.quads(pattern)}
        return _in_graphs(ctx, part, sorted(names - {None, DATASET_DEFAULT_GRAPH_ID}), _join, evalPart)
    graph = ctx.dataset.get_context(name)
    if len(graph) > SMALL_GRAPH or not all(_indexable(predicate) for _, predicate, _ in part.p.triples):
        raise NotImplementedError
    return _in_small_graph(ctx, part, _GraphIndex(graph.triples((None, None, None))), evalPart)


def _in_graphs(ctx, part, names, join, evaluate):
    """What rdflib's evalGraph does for an unbound graph variable, over `names` only."""
    ctx = ctx.clone()
    previous = ctx.graph
    for name in names:
        inner = ctx.pushGraph(ctx.dataset.get_context(name)).push()
        for solution in join(evaluate(inner, part.p), [{part.term: name}]):
            solution.ctx.graph = previous
            yield solution


def _in_small_graph(ctx, part, index, evaluate):
    """What rdflib's evalGraph does for a bound graph, matched against `index`."""
    ctx = ctx.clone()
    previous = ctx.graph
    for solution in evaluate(ctx.pushGraph(index), part.p):
        solution.ctx.graph = previous
        yield solution


def _indexable(predicate) -> bool:
    """A term, a variable, or a path made of sequences, inverses and alternatives:
    rdflib evaluates those through `triples` alone, which _GraphIndex answers."""
    if isinstance(predicate, (SequencePath, AlternativePath)):
        return all(_indexable(step) for step in predicate.args)
    if isinstance(predicate, InvPath):
        return _indexable(predicate.arg)
    return not isinstance(predicate, Path)


class _GraphIndex:
    """One graph's triples by subject and by object, for `triples` lookups (a pattern
    that names only a predicate scans the graph: a statement's graph is small)."""

    def __init__(self, triples):
        self.every = list(triples)
        self.by_subject, self.by_object = defaultdict(list), defaultdict(list)
        for triple in self.every:
            self.by_subject[triple[0]].append(triple)
            self.by_object[triple[2]].append(triple)

    def triples(self, pattern):
        subject, predicate, obj = pattern
        if isinstance(predicate, Path):
            for s, o in predicate.eval(self, subject, obj):
                yield s, predicate, o
            return
        if subject is not None:
            candidates = self.by_subject.get(subject, ())
        elif obj is not None:
            candidates = self.by_object.get(obj, ())
        else:
            candidates = self.every
        for triple in candidates:
            if (
                (subject is None or triple[0] == subject)
                and (predicate is None or triple[1] == predicate)
                and (obj is None or triple[2] == obj)
            ):
                yield triple
