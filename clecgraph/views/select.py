"""Network views of a built graph: one projection, written as a page or a file for Gephi.

    >>> from clecgraph.views.select import view
    >>> result = view("output/graph.ttl", "coalitions", "coalitions.html")   # doctest: +SKIP
    >>> result.nodes, result.omitted                                          # doctest: +SKIP

The writer goes by the suffix of `out`: `.html` (an interactive page that
works offline), `.gexf` (Gephi, with dates for its timeline) or `.graphml`
(Cytoscape, yEd, Gephi). Pages keep at most `max_nodes` nodes (default
1,500), the most connected, and say on the page what they left out; GEXF
and GraphML files keep everything unless `max_nodes` is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from clecgraph.errors import UsageError
from clecgraph.views import VIEWS

KINDS = VIEWS.registered()  # the built-in kinds
PAGE_MAX_NODES = 1500


def _write_page(net, path: Path, **options) -> None:
    from clecgraph.views.pages import write_page

    write_page(net, path, **options)


def _write_gexf(net, path: Path, **options) -> None:
    from clecgraph.views.netfiles import write_gexf

    write_gexf(net, path)


def _write_graphml(net, path: Path, **options) -> None:
    from clecgraph.views.netfiles import write_graphml

    write_graphml(net, path)


# Writers by file suffix; each is `write(network, path, **page_options)`.
WRITERS: dict[str, Callable[..., None]] = {".html": _write_page, ".gexf": _write_gexf, ".graphml": _write_graphml}


@dataclass
class ViewResult:
    path: Path
    kind: str
    nodes: int
    edges: int
    total_nodes: int
    omitted: dict[str, int] = field(default_factory=dict)


def parse_years(text: str | None) -> tuple[int, int] | None:
    """'2010' or '2009-2011' -> (first, last) years; None stays None."""
    if not text:
        return None
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-–:]\s*(\d{4})\s*)?", str(text))
    if not match:
        raise UsageError(f"--years {text!r}: expected a year (2010) or a range (2009-2011)")
    first, last = int(match[1]), int(match[2] or match[1])
    if first > last:
        raise UsageError(f"--years {text!r}: the first year comes after the last")
    return first, last


def load_facts(source):
    """Facts from a Graph / Dataset, or from an RDF file the project wrote."""

    from clecgraph.graph.facts import Facts, read_facts

    if isinstance(source, Facts):
        return source
    if not isinstance(source, (str, Path)):  # a Graph, Dataset or the build's BuiltGraph
        return read_facts(source)
    from clecgraph.sparql.stores.folder import build_folder, open_folder_store

    folder = build_folder(source)
    if folder is not None:  # a build folder or a file in one: read its own store, not the file again
        store = open_folder_store(folder)
        try:
            return read_facts(store)
        finally:
            store.close()
    return read_facts(load_source(source))


def load_source(source):
    """An rdflib Dataset of a graph file, or of an on-disk store named 'oxigraph:PATH' (opened read-only)."""
    from clecgraph.sparql.stores import is_store_spec, parse_spec

    if not is_store_spec(str(source)):
        from clecgraph.sparql.query import load_graph

        return load_graph(source)
    import pyoxigraph as ox
    from rdflib import Dataset

    path = Path(parse_spec(str(source))[1])
    if not path.is_dir():
        raise UsageError(f"no store at {source}; build one first with 'clecgraph build ... --store {source}'")
    try:
        store = ox.Store.read_only(str(path))
    except OSError as err:
        raise UsageError(f"cannot open the store {source}: {err}") from None
    dataset = Dataset()
    # N-Quads keeps the named graphs; rdflib reads it back as the same dataset a .trig file gives.
    dataset.parse(data=store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return dataset


def project(source, kind: str, *, focus: str | None = None, depth: int = 2, years: str | tuple[int, int] | None = None):
    """The networkx graph of one projection (see `clecgraph.views.projections`)."""
    projection = VIEWS.get_or_fail(kind, "view kind")
    if kind == "focus" and not focus:
        raise UsageError("the focus view needs --focus NAME_OR_IRI")
    if kind != "focus" and focus:
        raise UsageError(f"--focus goes with --kind focus, not --kind {kind}")
    facts = load_facts(source)
    span = years if isinstance(years, tuple) else parse_years(years)
    if span:
        facts = facts.within_years(*span)
    net = projection(facts, focus, depth) if kind == "focus" else projection(facts)
    if span:
        net.graph["years"] = f"{span[0]}-{span[1]}" if span[0] != span[1] else str(span[0])
    return net


def view(
    source,
    kind: str,
    out: Path | str,
    *,
    focus: str | None = None,
    depth: int = 2,
    max_nodes: int | None = None,
    years: str | tuple[int, int] | None = None,
    graph_name: str | None = None,
    allow_empty: bool = False,
) -> ViewResult:
    """Write one view of a graph (Graph, Dataset or RDF file) to `out`, by its suffix.

    A view that selects nothing (`years` without a statement, or no node at
    all) raises UsageError and writes nothing, unless `allow_empty` (a
    build's own pages are written whatever they hold). The file is written
    beside `out` and renamed over it, so an earlier file stays whole until
    the new one is complete.
    """
    from clecgraph.views.projections import keep_most_connected

    out = Path(out)
    writer = WRITERS.get(out.suffix.lower())
    if writer is None:
        raise UsageError(f"--out {str(out)!r}: unknown file type {out.suffix!r}; use one of {', '.join(WRITERS)}")
    if max_nodes is not None and max_nodes < 1:
        raise UsageError(f"--max-nodes must be 1 or more, not {max_nodes}")
    if graph_name is None and isinstance(source, (str, Path)):
        graph_name = str(source)
    from rdflib import Graph

    page = out.suffix.lower() == ".html"
    # Pages show the sentence behind each link, read from the graph's Web Annotations: an rdflib graph,
    # or the build's own graph (its N-Quads lines, read by predicate).
    graph = load_source(source) if page and isinstance(source, (str, Path)) else source
    facts = load_facts(graph)
    projected = _projection(graph, facts, kind, focus=focus, depth=depth, years=years)
    if not allow_empty:
        _refuse_nothing(projected, facts, kind, years, out, graph_name or "the graph")
    limit = max_nodes if max_nodes is not None else (PAGE_MAX_NODES if page else None)
    net = keep_most_connected(projected, limit)
    if page and net is projected:  # a page's links get their evidence: not on a projection others may share
        net = net.copy()
    if page and (isinstance(graph, Graph) or hasattr(graph, "triples_of")):
        from clecgraph.views.evidence import annotate

        annotate(net, graph, facts)  # the sentence behind each link, for its tooltip
    _write_whole(writer, net, out, graph_name=graph_name or "GRAPH")
    return ViewResult(out, kind, net.number_of_nodes(), net.number_of_edges(), net.graph["total_nodes"], dict(net.graph.get("omitted", {})))


def _projection(graph, facts, kind: str, **options):
    """project(), made once for two writers of a graph read in a shared_reading block
    (clecgraph.graph.facts): a build's network.html and network.gexf are the same overview, kept
    whole in the file, cut in the page; its writers leave it as it is. It is handed over once, to
    the second writer, and not held after it (a big graph's projection is large)."""
    if options["focus"] or options["years"] or isinstance(graph, (str, Path)):
        return project(facts, kind, **options)
    from clecgraph.graph.facts import note, noted

    key = f"projection:{kind}"
    made = noted(graph, key)
    if made is not None:
        note(graph, key, None)
        return made
    made = project(facts, kind, **options)
    note(graph, key, made)
    return made


def _refuse_nothing(net, facts, kind: str, years, out: Path, graph_name: str) -> None:
    """UsageError when the view selected no statement (--years) or has no node: an empty file helps no one."""
    kept = "; nothing written" + (f", {out} left as it was" if out.exists() else "")
    span = years if isinstance(years, tuple) else parse_years(years)
    if span and not _statements_within(facts, span):
        dated = sorted(d[:4] for d in facts.issued.values() if d[:4].isdigit())
        held = f"its statements are dated {dated[0]}-{dated[-1]}" if dated else "none of its statements is dated"
        asked = f"{span[0]}-{span[1]}" if span[0] != span[1] else str(span[0])
        raise UsageError(f"--years {asked}: no statement in {graph_name} was issued then ({held}){kept}")
    if net.number_of_nodes() == 0:
        raise UsageError(f"the {kind} view of {graph_name} has no node{kept}; --allow-empty writes it anyway")


def _statements_within(facts, span: tuple[int, int]) -> int:
    return sum(1 for d in facts.issued.values() if d[:4].isdigit() and span[0] <= int(d[:4]) <= span[1])


def _write_whole(writer, net, out: Path, **options) -> None:
    """Write to a hidden file beside `out`, then rename it over `out` (one step for readers)."""
    import os

    partial = out.with_name(f".{out.name}.partial-{os.getpid()}{out.suffix}")
    try:
        writer(net, partial, **options)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
