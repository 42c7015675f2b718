"""A build folder's own Oxigraph store: made from its graph.trig once, used until the files change.

Parsing a 10,000-statement graph file again for every query takes a minute;
opening an Oxigraph store on disk takes a fraction of a second. So when
`query`, `view` or `validate` is given an output folder of `clecgraph build`, or any
RDF file in one, it uses the store kept inside that folder:

    output/.clecgraph-store/         the store (every named graph of graph.trig)
    output/.clecgraph-store.stamp    size and modification time of graph.trig it was made from

A file of the folder other than graph.trig that is newer than report.json
(edited after the build) is read as it is, not through the store. The store
is made on first use (the first query pays one bulk load) and
made again whenever graph.trig differs from the stamp; a new build swaps
in a fresh folder, which does not carry it over (its name starts with
`.clecgraph-`). It is written beside its place and renamed in, so two
first queries at once do not see half a store; it is opened read-only, so
any number of readers share it.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

STORE = ".clecgraph-store"
STAMP = ".clecgraph-store.stamp"
SOURCE = "graph.trig"  # the one file that keeps every named graph


def build_folder(source: Path | str) -> Path | None:
    """The build folder `source` is, or is an RDF file in; None for anything else."""
    from clecgraph.graph.files import RDF_FORMATS

    path, given = Path(source), None
    if path.is_file():
        if path.suffix.lower() not in RDF_FORMATS:
            return None
        path, given = path.parent, path
    if not (path.is_dir() and (path / SOURCE).is_file() and (path / "report.json").is_file()):
        return None
    # Another file of the folder counts as the build's only if it is not newer than the build's
    # report (written last): an edited graph.ttl is read as it now is, not from graph.trig.
    if given is not None and given.name != SOURCE and given.stat().st_mtime_ns > (path / "report.json").stat().st_mtime_ns:
        return None
    return path


def _stamp(folder: Path) -> dict:
    status = (folder / SOURCE).stat()
    return {"file": SOURCE, "size": status.st_size, "mtime_ns": status.st_mtime_ns, "inode": status.st_ino}


def is_current(folder: Path) -> bool:
    """Does the folder's store hold what its graph.trig holds now?"""
    try:
        made_from = json.loads((folder / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (folder / STORE).is_dir() and made_from == _stamp(folder)


def refresh(folder: Path) -> Path:
    """The folder's store, (re)made from graph.trig first if it is missing or out of date."""
    import pyoxigraph as ox

    from clecgraph.errors import InputError

    folder = Path(folder)
    if is_current(folder):
        return folder / STORE
    stamp = _stamp(folder)
    fresh = folder / f"{STORE}.new-{os.getpid()}"
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        store = ox.Store(str(fresh))
        try:
            store.bulk_load(path=str(folder / SOURCE), format=ox.RdfFormat.TRIG)
        except (SyntaxError, ValueError) as err:
            raise InputError(folder / SOURCE, f"is not valid TriG ({str(err).strip()[:300]})") from None
        store.flush()
        del store  # closed: pyoxigraph closes the database with its last reference
        old = folder / f"{STORE}.old-{os.getpid()}"
        if (folder / STORE).exists():
            os.replace(folder / STORE, old)
        os.replace(fresh, folder / STORE)
        shutil.rmtree(old, ignore_errors=True)
        (folder / f"{STAMP}.new-{os.getpid()}").write_text(json.dumps(stamp), encoding="utf-8")
        os.replace(folder / f"{STAMP}.new-{os.getpid()}", folder / STAMP)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
    return folder / STORE


def folder_graph(folder: Path):
    """The folder's graph as a BuiltGraph (clecgraph.graph.quads), read from its store."""
    import pyoxigraph as ox

    from clecgraph.graph.quads import BuiltGraph

    store = open_folder_store(folder)
    try:
        return BuiltGraph.from_parts([store.store.dump(format=ox.RdfFormat.N_QUADS)])
    finally:
        store.close()


def open_folder_store(folder: Path):
    """The folder's store, up to date, opened read-only as a clecgraph OxigraphStore."""
    from clecgraph.sparql.stores.oxigraph import OxigraphStore

    return OxigraphStore(refresh(folder), read_only=True)


__all__ = ["build_folder", "folder_graph", "is_current", "open_folder_store", "refresh"]
