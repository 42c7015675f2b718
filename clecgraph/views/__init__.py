"""Network views of a built graph: projections of its facts, written as pages or files for Gephi.

`VIEWS` (a clecgraph.registry.Registry) maps a view kind to its projection,
a function from clecgraph.graph.facts.Facts to a networkx graph; outside
packages add one through the entry-point group ``clecgraph.views``.
"""

from __future__ import annotations

from clecgraph.registry import Registry, lazy

VIEWS: Registry = Registry("views")
for _kind in ("overview", "coalitions", "actors", "focus"):
    VIEWS.register(_kind, lazy(f"clecgraph.views.projections:{_kind}"))
