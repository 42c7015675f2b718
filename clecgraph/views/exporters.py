"""The views `clecgraph build` writes into its output folder, as exporters (see clecgraph.export)."""

from __future__ import annotations

from pathlib import Path

from clecgraph.views.select import view


def _page(kind: str):
    def write(dataset, path: Path, **options) -> None:
        view(dataset, kind, path, graph_name=options.get("graph_name", "graph.ttl"), allow_empty=True)

    write.__name__ = f"write_{kind}"
    return write


write_network = _page("overview")
write_coalitions = _page("coalitions")
write_actors = _page("actors")


def write_overview_gexf(dataset, path: Path, **options) -> None:
    """The `gexf` exporter: the whole overview network, nothing left out."""
    view(dataset, "overview", path, allow_empty=True)
