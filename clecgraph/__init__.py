"""clecgraph: knowledge graphs from archives of NGO press statements.

    >>> from clecgraph import build
    >>> result = build(out=None)            # the bundled sample corpus
    >>> result.report["statements_written"]
    22

Heavy parts (pyvis, servers, stores) load only when used.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["build", "query", "__version__"]


def __getattr__(name: str):
    # Keep `import clecgraph` light: load the pipeline on first use.
    if name == "build":
        from clecgraph.pipeline.builder import build

        return build
    if name == "query":
        from clecgraph.sparql.query import query

        return query
    raise AttributeError(f"module 'clecgraph' has no attribute {name!r}")
