"""Exporters: a built graph -> files, registered by format name.

Each exporter is `write(dataset, path, **options)`; `EXPORTERS` (a
clecgraph.registry.Registry) maps a format name to its default file name and
writer. Built-in writers are lazy references, so `import clecgraph` stays
light; the network pages are written by clecgraph.views.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from clecgraph.registry import Registry, lazy

Writer = Callable[..., None]


@dataclass(frozen=True)
class Exporter:
    name: str
    filename: str
    write: Writer
    description: str
    reads_built: bool = False  # takes the build's BuiltGraph (clecgraph.graph.quads), not an rdflib Dataset


EXPORTERS: Registry[Exporter] = Registry("exporters")


def register_exporter(name: str, filename: str, write: Writer, description: str, *, reads_built: bool = False) -> None:
    EXPORTERS.register(name, Exporter(name, filename, write, description, reads_built))


_BUILTIN: dict[str, Exporter] = {}


def _builtin(name: str, filename: str, write: Writer, description: str) -> None:
    _BUILTIN[name] = Exporter(name, filename, write, description, reads_built=True)
    EXPORTERS.register(name, _BUILTIN[name])


# Formats that one writer makes together from one reading of the graph, `write(graph, path, path...)`
# -> {path: (wall, CPU seconds)}; each file the bytes its own exporter writes.
TOGETHER: dict[tuple[str, ...], Writer] = {("turtle", "jsonld"): lazy("clecgraph.export.rdf:write_turtle_and_jsonld")}


def together(names: list[str]) -> list[tuple[str, ...]]:
    """`names` in the order given, as groups to write at once: a TOGETHER group when all of its
    formats are asked for and still the built-in exporters (at the place of its first), else one by one."""
    groups, done = [], set()
    for name in names:
        if name in done:
            continue
        group = next((g for g in TOGETHER if name in g and all(n in names and EXPORTERS[n] is _BUILTIN.get(n) for n in g)), (name,))
        groups.append(group)
        done.update(group)
    return groups


# N-Triples first: within a build's write, Turtle and JSON-LD are read from the graph.nt it wrote (export.rdf).
_builtin("ntriples", "graph.nt", lazy("clecgraph.export.rdf:write_ntriples"), "all triples as sorted N-Triples")
_builtin("turtle", "graph.ttl", lazy("clecgraph.export.rdf:write_turtle"), "all triples as Turtle")
_builtin("jsonld", "graph.jsonld", lazy("clecgraph.export.rdf:write_jsonld"), "all triples as JSON-LD with a @context")
_builtin("trig", "graph.trig", lazy("clecgraph.export.rdf:write_trig"), "a named graph per statement, as TriG")
_builtin(
    "extractions",
    "extractions.jsonl",
    lazy("clecgraph.export.extractions:write_extractions"),
    "one record per statement (equal to those read back from the graph)",
)
_builtin(
    "cases",
    "cases.jsonl",
    lazy("clecgraph.export.cases:write_cases"),
    "one record per incident and per case thread, read back from the graph",
)
_builtin("network", "network.html", lazy("clecgraph.views.exporters:write_network"), "interactive network page (pyvis), works offline")
_builtin(
    "coalitions",
    "coalitions.html",
    lazy("clecgraph.views.exporters:write_coalitions"),
    "organisations linked by the statements they issued together (page)",
)
_builtin(
    "actors", "actors.html", lazy("clecgraph.views.exporters:write_actors"), "persons and organisations, their events and places (page)"
)
_builtin(
    "gexf",
    "network.gexf",
    lazy("clecgraph.views.exporters:write_overview_gexf"),
    "the overview network for Gephi, with dates for its timeline",
)
_builtin(
    "geojson", "places.geojson", lazy("clecgraph.export.geojson:write_geojson"), "places with coordinates and the events there, for any GIS"
)

DEFAULT_FORMATS = EXPORTERS.registered()  # the built-ins; a plugin's format is written when asked for
