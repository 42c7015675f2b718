"""Exporters: a built graph -> files, registered by format name.

Each exporter is `write(dataset, path, **options)`; `EXPORTERS` maps a format
name to its default file name and writer. Writers that need heavy packages
(pyvis) import them inside the writer, so `import clecgraph` stays light.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

Writer = Callable[..., None]


@dataclass(frozen=True)
class Exporter:
    name: str
    filename: str
    write: Writer
    description: str


EXPORTERS: dict[str, Exporter] = {}


def register_exporter(name: str, filename: str, write: Writer, description: str) -> None:
    EXPORTERS[name] = Exporter(name, filename, write, description)


def _lazy(module: str, function: str) -> Writer:
    def write(dataset: Dataset, path: Path, **options) -> None:
        from importlib import import_module

        getattr(import_module(module, __name__), function)(dataset, path, **options)

    write.__name__ = function
    return write


register_exporter("turtle", "graph.ttl", _lazy(".rdf", "write_turtle"), "all triples as Turtle")
register_exporter("ntriples", "graph.nt", _lazy(".rdf", "write_ntriples"), "all triples as sorted N-Triples")
register_exporter("jsonld", "graph.jsonld", _lazy(".rdf", "write_jsonld"), "all triples as JSON-LD with a @context")
register_exporter("trig", "graph.trig", _lazy(".rdf", "write_trig"), "a named graph per statement, as TriG")
register_exporter("extractions", "extractions.jsonl", _lazy(".extractions", "write_extractions"), "one record per statement, read back from the graph")
register_exporter("network", "network.html", _lazy(".network", "write_network"), "interactive network page (pyvis), works offline")
register_exporter("coalitions", "coalitions.html", _lazy(".network", "write_coalitions"), "organisations linked by the statements they issued together (page)")
register_exporter("actors", "actors.html", _lazy(".network", "write_actors"), "persons and organisations, their events and places (page)")
register_exporter("gexf", "network.gexf", _lazy(".netfiles", "write_overview_gexf"), "the overview network for Gephi, with dates for its timeline")
register_exporter("geojson", "places.geojson", _lazy(".geojson", "write_geojson"), "places with coordinates and the events there, for any GIS")

DEFAULT_FORMATS = tuple(EXPORTERS)
