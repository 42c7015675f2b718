"""SHACL on a built graph part by part: statement graphs in chunks, the shared graphs once.

`validate.validate` runs the shapes over the union of every graph; pySHACL's
time grows faster than the graph, and the union of 10,000 statements took
four minutes. Yet most shapes look at one statement's graph only:

    per statement   clecsh:StatementShape, EventShape, EventMentionShape, AnnotationShape, TargetShape, SelectorShape
                    (and the span checks): a statement, its events and annotations; what they point
                    at only by its rdf:type (an organisation, a place, an extractor, an event type)
    shared          every other shape: entities, memberships, roles, extractors, the event-type
                    scheme, the statistics, incidents and cases; of the statement graphs they need
                    only which statements a membership is derived from (prov:wasDerivedFrom), and
                    which nodes are statements and events (an incident's reports are events)

So each chunk of statement graphs is validated with the per-statement shapes
together with the rdf:type triples of the shared graphs and the event-type
scheme; the shared graphs once with the other shapes. A shape whose targets
are removed selects no focus node, so each part runs only its own shapes.
The verdict and the violations are those of the union
(tests/graph/test_validate_parts.py compares both on the sample, the
hostile-input suite and broken graphs).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SH

from clecgraph.graph.lines import marked
from clecgraph.graph.quads import BuiltGraph, LineReader, rdflib_triples
from clecgraph.graph.shacl_results import ordered
from clecgraph.graph.validate import (
    DEFAULT_ENGINE,
    NativeUnsupported,
    ValidationResult,
    check,
    check_engine,
    fallback_note,
    native_check_index,
    native_shapes,
)
from clecgraph.vocab import CLEC, OA, PREFIXES, SEM

CHUNK = 250  # statement graphs per pySHACL run
SHARED_GRAPHS = ("entities", "event-types", "statistics", "incidents", "curation")
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
# What a per-statement shape targets: the nodes of a statement's own graph.
STATEMENT_TARGETS = {(SH.targetClass, CLEC.Statement), (SH.targetClass, SEM.Event), (SH.targetClass, OA.Annotation)}
STATEMENT_TARGETS |= {(SH.targetClass, CLEC.EventMention)}  # a mention not asserted, in its statement's graph
STATEMENT_TARGETS |= {(SH.targetObjectsOf, OA.hasTarget), (SH.targetObjectsOf, OA.hasSelector)}
_TYPE = f" <{RDF.type}> "
_DERIVED = f" <{PROV.wasDerivedFrom}> "
_IS_STATEMENT = f" <{RDF.type}> <{CLEC.Statement}> "
_IS_EVENT = f" <{RDF.type}> <{SEM.Event}> "
_SUBCLASS = f" <{RDFS.subClassOf}> "


@lru_cache(maxsize=1)
def split_shapes() -> tuple[Graph, Graph, tuple, tuple]:
    """(per-statement shapes, shared shapes, their SPARQL constraints), each shapes graph
    the core shapes with the other part's targets taken out."""
    from clecgraph.graph.validate import _split_shapes

    core, constraints = _split_shapes()
    per_statement = {s for p, o in STATEMENT_TARGETS for s in core.subjects(p, o)}
    statement_shapes, shared_shapes = Graph(), Graph()
    for s, p, o in core:
        if p in TARGETS:
            (statement_shapes if s in per_statement else shared_shapes).add((s, p, o))
        else:
            statement_shapes.add((s, p, o))
            shared_shapes.add((s, p, o))
    return (
        statement_shapes,
        shared_shapes,
        tuple(c for c in constraints if c.shape in per_statement),
        tuple(c for c in constraints if c.shape not in per_statement),
    )


def _graph_name(line: str) -> str:
    return line[line.rindex(" <") + 2 : -3]


@lru_cache(maxsize=4096)
def _is_shared(name: str) -> bool:
    return any(name.endswith(f"graph/{shared}") for shared in SHARED_GRAPHS)


def parts(graph: BuiltGraph, chunk: int = CHUNK) -> tuple[list[list[str]], list[str], list[str]]:
    """(chunks of statement-graph lines, the context every chunk needs, the shared part's lines)."""
    plan = Plan(graph, chunk)
    return [plan.chunk_lines(number) for number in range(len(plan.chunks))], plan.context(), plan.shared_lines()


class Plan:
    """How a BuiltGraph is validated in parts, as line ranges: its lines are read when a part is
    checked (in the worker that checks it), not copied out for every part beforehand."""

    def __init__(self, graph: BuiltGraph, chunk: int = CHUNK):
        self.lines = lines = graph.lines
        self.chunks: list[list[tuple[int, int]]] = []  # each: the (start, end) of `chunk` statement graphs
        self.shared: list[tuple[str, int, int]] = []  # (name, start, end) of each shared graph
        current: list[tuple[int, int]] = []
        count = 0
        for start, end in graph.graph_runs():  # the name read once per graph
            graph_name = _graph_name(lines[start])
            if _is_shared(graph_name):
                self.shared.append((graph_name, start, end))
                continue
            if count == chunk:
                self.chunks.append(current)
                current, count = [], 0
            count += 1
            if current and current[-1][1] == start:  # next to the graph before: one range
                current[-1] = (current[-1][0], end)
            else:
                current.append((start, end))
        if current:
            self.chunks.append(current)

    def chunk_lines(self, number: int) -> list[str]:
        return [line for start, end in self.chunks[number] for line in self.lines[start:end]]

    def context(self) -> list[str]:
        """What every chunk needs of the shared graphs: the event-type scheme, the entities' types,
        the subclass axioms (a value typed with a subclass of the class a shape asks for is of that class)."""
        context: list[str] = []
        for graph_name, start, end in self.shared:
            run = self.lines[start:end]
            if graph_name.endswith("graph/event-types"):
                context.extend(run)
            else:
                entities = graph_name.endswith("graph/entities")
                context.extend(line for line in run if _SUBCLASS in line or (entities and _TYPE in line))
        return context

    def shared_lines(self) -> list[str]:
        """The shared graphs, and what their shapes need of the statement graphs: which statements a
        membership is derived from, which nodes are statements and events, subclass axioms."""
        lines = self.lines
        found: list[str] = []
        for _, start, end in self.shared:
            found.extend(lines[start:end])
        for ranges in self.chunks:
            for start, end in ranges:
                found.extend(marked(lines.text(start, end), (_DERIVED, _IS_STATEMENT, _IS_EVENT, _SUBCLASS)))
        return found


def _data(lines: list[str]) -> Graph:
    data = Graph()
    for prefix, namespace in PREFIXES.items():
        data.bind(prefix, namespace, override=True, replace=True)
    for triple in rdflib_triples(lines):
        data.add(triple)
    return data


def _run(kind: str, lines: list[str]) -> tuple[bool, list]:
    statement_shapes, shared_shapes, statement_constraints, shared_constraints = split_shapes()
    if kind == "statements":
        return check(_data(lines), statement_shapes, statement_constraints)
    return check(_data(lines), shared_shapes, shared_constraints)


def _tasks(graph: BuiltGraph) -> Iterator[tuple[str, list[str]]]:
    chunks, context, shared = parts(graph, CHUNK)
    yield "shared", shared
    for lines in chunks:
        yield "statements", lines + context


def validate_built(graph: BuiltGraph, jobs: int = 1, progress=None, engine: str = DEFAULT_ENGINE) -> ValidationResult:
    """`validate.validate` of a BuiltGraph, part by part (in `jobs` processes if more than one)."""
    note = None
    if check_engine(engine) == "native":
        try:
            return _validate_native(graph, progress, jobs)
        except NativeUnsupported as err:
            note = fallback_note(err)
    tasks = list(_tasks(graph))
    results = []
    if jobs > 1 and len(tasks) > 2:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        split_shapes()  # made once here, inherited by the forked workers
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            for result in pool.map(_run, *zip(*tasks, strict=True)):
                results.append(result)
                if progress:
                    progress("validate", len(results), len(tasks))
    else:
        for kind, lines in tasks:
            results.append(_run(kind, lines))
            if progress:
                progress("validate", len(results), len(tasks))
    violations = ordered(v for _, found in results for v in found)
    conforms = all(ok for ok, _ in results) and not violations
    return ValidationResult(conforms=conforms, violations=violations, triples=len(graph.triple_lines), note=note)


_NATIVE_STATE: dict = {}  # what forked workers validate from (inherited, not pickled)


def _validate_native(graph: BuiltGraph, progress=None, jobs: int = 1) -> ValidationResult:
    """The native engine on the same parts: the context every chunk needs is indexed once and read
    under each chunk's own index, not copied into it. With `jobs` > 1 the parts (the shared graphs
    first, the longest, then the chunks) are checked in that many forked processes, which inherit
    the shapes, that index and the graph, and read their own part's lines; the results are taken in
    the parts' order, so the violations are the same. (The shared graphs were checked here first,
    while the workers waited: a seventh of the stage's time at 3,000 statements.)"""
    statement_shapes, shared_shapes, statement_constraints, shared_constraints = split_shapes()
    for_statements = native_shapes(statement_shapes, statement_constraints)
    for_shared = native_shapes(shared_shapes, shared_constraints)
    plan = Plan(graph, CHUNK)
    terms = IndexTerms()
    base = index_lines(plan.context(), terms, for_statements)
    tasks = [SHARED_PART, *range(len(plan.chunks))]
    _NATIVE_STATE.update(plan=plan, terms=terms, statements=for_statements, shared=for_shared, base=base)
    results: list[tuple[bool, list]] = []
    # The cycle collector off (here and in the forked workers, which inherit it): the parts' indexes
    # are millions of small dicts and sets with no cycle among them, and each collection walked
    # them all again (a fifth of the stage's CPU at 3,000 statements).
    collecting = gc.isenabled()
    gc.disable()
    try:
        if jobs > 1 and len(plan.chunks) > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            with ProcessPoolExecutor(min(jobs, len(tasks)), mp_context=multiprocessing.get_context("fork")) as pool:
                for result in pool.map(_check_part, tasks):
                    results.append(result)
                    if progress:
                        progress("validate", len(results), len(tasks))
        else:
            for task in tasks:
                results.append(_check_part(task))
                if progress:
                    progress("validate", len(results), len(tasks))
    finally:
        _NATIVE_STATE.clear()
        if collecting:
            gc.enable()
    violations = ordered(v for _, found in results for v in found)
    conforms = all(ok for ok, _ in results) and not violations
    return ValidationResult(conforms=conforms, violations=violations, triples=len(graph.triple_lines))


SHARED_PART = -1  # the task number of the shared graphs (chunks are numbered from 0)


def _check_part(number: int) -> tuple[bool, list]:
    state = _NATIVE_STATE
    plan, terms = state["plan"], state["terms"]
    if number == SHARED_PART:
        prepared = state["shared"]
        return native_check_index(index_lines(plan.shared_lines(), terms, prepared), prepared)
    prepared = state["statements"]
    return native_check_index(index_lines(plan.chunk_lines(number), terms, prepared, state["base"], scheme=False), prepared)


def index_lines(lines: list[str], terms: IndexTerms, prepared, base=None, scheme: bool = True):
    """The native engine's Index of the lines (with the schemes unless `scheme` is false), over `base`:
    what native_index makes of `_triples(lines)`, read in one loop (Index.add_lines)."""
    from clecgraph.graph.shacl_native import Index, backwards

    index = Index((), backwards(prepared.compiled), base)
    index.add_lines(lines, terms)
    if scheme:
        index.add(prepared.scheme)
    return index


def _ox_triples(lines: list[str]):
    """The lines' triples as pyoxigraph's parser reads them (the reference for `_triples`)."""
    import pyoxigraph as ox

    for quad in ox.parse(LineReader(lines), format=ox.RdfFormat.N_QUADS):
        yield quad.subject, quad.predicate, quad.object


def _triples(lines: list[str], terms: OxTerms | None = None):
    """The lines' (s, p, o) as pyoxigraph terms, each distinct term's text read once: a graph
    repeats its IRIs, types, offsets and names, and parsing every line anew made most of
    validation's time. A line is `S P O G .` with S and P an IRI or blank node and G an IRI
    (BuiltGraph's lines), so the object is what lies between P and the last " <"."""
    terms = OxTerms() if terms is None else terms
    for line in lines:
        i = line.index(" ")
        j = line.index(" ", i + 1)
        yield terms[line[:i]], terms[line[i + 1 : j]], terms[line[j + 1 : line.rindex(" <")]]


class OxTerms(dict):
    """N-Quads term text -> the pyoxigraph term, made once per distinct text."""

    def __missing__(self, text: str):
        value = self[text] = _ox_term(text)
        return value


class IndexTerms(OxTerms):
    """OxTerms whose literals are as an Index holds them (shacl_native.indexed)."""

    def __missing__(self, text: str):
        value = _ox_term(text)
        if type(value) is _literal_type():
            from clecgraph.graph.shacl_native import indexed

            value = indexed(value)
        self[text] = value
        return value


@lru_cache(maxsize=1)
def _literal_type():
    import pyoxigraph as ox

    return ox.Literal


def _ox_term(text: str):
    import pyoxigraph as ox

    if "\\" not in text:  # no escape: the text is the value (else the parser reads it, below)
        if text[0] == "<":
            return ox.NamedNode(text[1:-1])
        if text.startswith("_:"):
            return ox.BlankNode(text[2:])
        end = text.rindex('"')
        body, tail = text[1:end], text[end + 1 :]
        if not tail:
            return ox.Literal(body)
        if tail[0] == "@":
            return ox.Literal(body, language=tail[1:])
        if tail.startswith("^^<"):
            return ox.Literal(body, datatype=ox.NamedNode(tail[3:-1]))
    quad = next(iter(ox.parse(f"<urn:x:s> <urn:x:p> {text} .\n".encode(), format=ox.RdfFormat.N_TRIPLES)))
    return quad.object


def statement_graphs(graph: BuiltGraph) -> list[URIRef]:
    """The statement graphs' names (for tests and reports)."""
    return sorted({URIRef(name) for name in map(_graph_name, graph.lines) if not _is_shared(name)})


__all__ = ["parts", "split_shapes", "validate_built"]
