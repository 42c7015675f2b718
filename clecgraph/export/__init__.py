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


EXPORTERS: Registry[Exporter] = Registry("exporters")


def register_exporter(name: str, filename: str, write: Writer, description: str) -> None:
    EXPORTERS.register(name, Exporter(name, filename, write, description))


register_exporter("turtle", "graph.ttl", lazy("clecgraph.export.rdf:write_turtle"), "all triples as Turtle")
register_exporter("ntriples", "graph.nt", lazy("clecgraph.export.rdf:write_ntriples"), "all triples as sorted N-Triples")
register_exporter("jsonld", "graph.jsonld", lazy("clecgraph.export.rdf:write_jsonld"), "all triples as JSON-LD with a @context")
register_exporter("trig", "graph.trig", lazy("clecgraph.export.rdf:write_trig"), "a named graph per statement, as TriG")
register_exporter(
    "extractions",
    "extractions.jsonl",
    lazy("clecgraph.export.extractions:write_extractions"),
    "one record per statement, read back from the graph",
)
register_exporter(
    "cases",
    "cases.jsonl",
    lazy("clecgraph.export.cases:write_cases"),
    "one record per incident and per case thread, read back from the graph",
)
register_exporter(
    "network", "network.html", lazy("clecgraph.views.exporters:write_network"), "interactive network page (pyvis), works offline"
)
register_exporter(
    "coalitions",
    "coalitions.html",
    lazy("clecgraph.views.exporters:write_coalitions"),
    "organisations linked by the statements they issued together (page)",
)
register_exporter(
    "actors", "actors.html", lazy("clecgraph.views.exporters:write_actors"), "persons and organisations, their events and places (page)"
)
register_exporter(
    "gexf",
    "network.gexf",
    lazy("clecgraph.views.exporters:write_overview_gexf"),
    "the overview network for Gephi, with dates for its timeline",
)
register_exporter(
    "geojson", "places.geojson", lazy("clecgraph.export.geojson:write_geojson"), "places with coordinates and the events there, for any GIS"
)

DEFAULT_FORMATS = EXPORTERS.registered()  # the built-ins; a plugin's format is written when asked for
