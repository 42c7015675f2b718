"""The explorer: a read-only website over a built graph, served by `clecgraph serve`.

Pages for every entity, statement and event (the graph's own IRIs resolve:
HTML for a browser, Turtle / JSON-LD / N-Triples by content negotiation),
search by any name, a timeline, a map drawn offline, and a query editor.
Every page is read with SPARQL from the same read-only store the endpoint
answers from, a page at a time, so it works alike on a graph file and on an
Oxigraph store of any size. See `site.py` for the paths and docs/explorer.md.

Handlers are plain functions: `handler(explorer, web.Request) -> web.Response`.
"""

from clecgraph.explore.site import Explorer
from clecgraph.explore.web import Request, Response

__all__ = ["Explorer", "Request", "Response"]
