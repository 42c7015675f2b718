"""Store backends by name: where a graph lives and how SPARQL runs over it.

    rdflib            an rdflib Dataset in memory (the default; fine for small graphs)
    oxigraph          a pyoxigraph Store in memory (same SPARQL, much faster)
    oxigraph:PATH     a pyoxigraph Store on disk at PATH, kept between runs
    auto              (for `load`) a build folder's own on-disk store, kept beside its files

Every backend answers queries as an `Answer` of rdflib terms, so results from
different stores (or a remote endpoint) compare equal when they mean the same.
Backends import their engine only when opened: `import clecgraph` stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from clecgraph.errors import UsageError
from clecgraph.registry import Registry, lazy
from clecgraph.sparql.stores.answer import Answer

__all__ = ["Answer", "STORES", "register_store", "parse_spec", "is_store_spec", "open_store", "load"]

DEFAULT_STORE = "rdflib"
AUTO = "auto"  # for load(): a build folder's own store if there is one, else DEFAULT_STORE


Opener = Callable[[str | None], object]
STORES: Registry[Opener] = Registry("stores")


def register_store(name: str, opener: Opener) -> None:
    """`opener(location)` returns a store; location is the text after 'name:' or None."""
    STORES.register(name, opener)


register_store("rdflib", lazy("clecgraph.sparql.stores.memory:open_rdflib_store"))
register_store("oxigraph", lazy("clecgraph.sparql.stores.oxigraph:open_oxigraph_store"))


def parse_spec(spec: str) -> tuple[str, str | None]:
    """'oxigraph:/data/store' -> ('oxigraph', '/data/store'); 'rdflib' -> ('rdflib', None)."""
    name, sep, location = spec.partition(":")
    if name not in STORES:
        raise UsageError(f"unknown store {spec!r}; known: {', '.join(sorted(STORES))} (oxigraph:PATH for one on disk)")
    if sep and not location:
        raise UsageError(f"store {spec!r}: give a path after the colon, e.g. {name}:graph-store")
    return name, location or None


def is_store_spec(text: str) -> bool:
    """True for 'oxigraph:PATH' (a store on disk), as opposed to a graph file path."""
    name, sep, location = str(text).partition(":")
    return bool(sep and location) and name in STORES and not Path(text).is_file()


def open_store(spec: str = DEFAULT_STORE):
    name, location = parse_spec(spec)
    return STORES[name](location)


def load(source: Path | str, store: str = DEFAULT_STORE):
    """A store holding a graph: a graph file loaded into `store`, or an on-disk store named 'oxigraph:PATH'.

    With `store` 'auto', a build's output folder, or any RDF file in one, is
    answered from the folder's own Oxigraph store (clecgraph.sparql.stores.folder:
    made on first use, made again when graph.trig changes); any other file is
    loaded into rdflib.
    """
    if store == AUTO and not is_store_spec(str(source)):
        from clecgraph.sparql.stores.folder import build_folder, open_folder_store

        folder = build_folder(source)
        if folder is not None:
            return open_folder_store(folder)
        store = DEFAULT_STORE
    if is_store_spec(str(source)):
        if not Path(parse_spec(str(source))[1]).is_dir():
            raise UsageError(f"no store at {source}; build one first with 'clecgraph build ... --store {source}'")
        return open_store(str(source))
    opened = open_store(store)
    opened.load_file(Path(source))
    return opened
