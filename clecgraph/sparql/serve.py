"""`clecgraph serve`: the graph over HTTP, read-only, as a SPARQL 1.1 Protocol endpoint.

The routes, path -> handler (a Request in, a Response out; clecgraph.sparql.web):

    /sparql, /query   the endpoint (clecgraph.sparql.protocol)
    /network          the build's network page, when there is one
    /, /id/..., ...   the explorer (clecgraph.explore: pages, resolvable IRIs, map, timeline, editor)

A route is one line below, `register_route("/entity/", lazy("module:function"))`
(a path ending in "/" takes everything under it); an installed package can
add one through the entry-point group ``clecgraph.routes``.

What every request goes through before its handler (docs/reliability.md):
a Host header that is not a name of this server is refused (DNS
rebinding: an address is always accepted, a name only if it is the bound
one, localhost, or given with --allow-host); a cross-origin request is
refused unless its origin was named with --cors (same-origin pages need
nothing); the request line, headers and body must all arrive within
`header_timeout` seconds; a body needs an honest Content-Length of at most
`max_request_bytes`; at most `MAX_CONNECTIONS` connections are open at once.
Queries run in worker processes with their own limits (clecgraph.sparql.limits):
time, rows, answer bytes, workers per client, and no network.

Given a build's output folder, or any RDF file in one, the server answers
from the folder's own store (clecgraph.sparql.stores.folder, as `query`,
`view` and `validate` do): made on first use, made again only when
graph.trig changes, never copied. Any other graph file is loaded into a
temporary copy. That copy is private (mode 0700) and removed on
close, on SIGTERM/SIGINT/SIGHUP, at exit, and, if a server was killed
outright, by the next server that starts.

Why not the `oxigraph serve-read-only` server itself: it cannot refuse
SERVICE (which would make the server fetch URLs on a user's behalf), cap the
size of results, or serve the pages. So this is a thin standard-library
front over pyoxigraph.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

from clecgraph.errors import UsageError
from clecgraph.registry import lazy
from clecgraph.sparql.guard import refusal
from clecgraph.sparql.web import MAX_QUERY_BYTES, ROUTES, Guarded, Request, Response, Server, Site, register_route

__all__ = ["Endpoint", "ROUTES", "Request", "Response", "Site", "register_route", "refusal", "MAX_QUERY_BYTES"]

register_route("/sparql", lazy("clecgraph.sparql.protocol:sparql"))
register_route("/query", lazy("clecgraph.sparql.protocol:sparql"))
register_route("/network", lazy("clecgraph.sparql.protocol:network_page"))
register_route("/reconcile/", lazy("clecgraph.sparql.reconciliation:handle"))
# The explorer (clecgraph.explore, docs/explorer.md): pages, the graph's own IRIs, the map's files;
# its home at / and its query editor at /editor take the place of protocol.query_page.
register_route("/", lazy("clecgraph.explore.served:handle"))
register_route("/id/", lazy("clecgraph.explore.served:handle"))
register_route("/resource", lazy("clecgraph.explore.served:handle"))
register_route("/search", lazy("clecgraph.explore.served:handle"))
register_route("/timeline", lazy("clecgraph.explore.served:handle"))
register_route("/map", lazy("clecgraph.explore.served:handle"))
register_route("/map.json", lazy("clecgraph.explore.served:handle"))
register_route("/editor", lazy("clecgraph.explore.served:handle"))
register_route("/static/", lazy("clecgraph.explore.served:handle"))

SCRATCH_PREFIX = "clecgraph-serve-"
LOCAL_NAMES = ("localhost",)


def clear_stale_scratch() -> list[Path]:
    """Remove temporary graph copies left by servers that were killed (their pid is gone)."""
    removed = []
    for path in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"):
        pid = path.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        try:
            if not pid.isdigit() or not path.is_dir() or path.stat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        except OSError:
            pass
    return removed


def served_target(source: str | Path) -> Path | None:
    """The folder or store a rebuild would replace under a server of `source`; None when the
    server reads its own private copy (a graph file outside a build folder)."""
    from clecgraph.sparql.stores import is_store_spec, parse_spec
    from clecgraph.sparql.stores.folder import build_folder

    if is_store_spec(str(source)):
        return Path(parse_spec(str(source))[1])
    return build_folder(source)


class Endpoint:
    """A running (or ready) server; `serve_forever` blocks, `close` stops it and removes what it made."""

    def __init__(
        self,
        source: str | Path,
        host: str = "127.0.0.1",
        port: int = 7878,
        *,
        timeout: float = 30.0,
        max_results: int = 10_000,
        network: Path | None = None,
        workers: int = 2,
        allow_hosts: Iterable[str] = (),
        cors: Iterable[str] = (),
        max_answer_bytes: int | None = None,
        max_request_bytes: int = MAX_QUERY_BYTES,
        header_timeout: float | None = None,
        per_client: int | None = None,
    ):
        from clecgraph.sparql.library import library
        from clecgraph.sparql.limits import MAX_ANSWER_BYTES, Evaluator
        from clecgraph.sparql.stores import is_store_spec, parse_spec

        self.scratch = self.evaluator = self.server = None
        self.running, self._closed, self._signals = False, threading.Event(), {}
        if threading.current_thread() is threading.main_thread():
            # SIGTERM and SIGHUP stop the server as Ctrl-C does, so that close() runs and removes the copy.
            # SIGINT too: a server started in the background by a non-interactive shell inherits SIGINT
            # ignored, and Python then installs no KeyboardInterrupt handler of its own.
            for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
                self._signals[sig] = signal.signal(sig, _interrupt)
        from clecgraph.sparql.stores.folder import build_folder

        self.folder = None if is_store_spec(str(source)) else build_folder(source)
        if is_store_spec(str(source)):
            path = Path(parse_spec(str(source))[1])
            if not path.is_dir():
                raise UsageError(f"no store at {source}; build one first with 'clecgraph build ... --store {source}'")
        elif self.folder is not None:
            # A build folder, or a file in one: its own store (made again only if graph.trig changed), no copy.
            from clecgraph.sparql.stores.folder import refresh

            path = refresh(self.folder)
            beside = self.folder / "network.html"
            network = network or (beside if beside.is_file() else None)
        else:
            from clecgraph.sparql.stores.oxigraph import OxigraphStore

            clear_stale_scratch()
            self.scratch = Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-"))  # mode 0700
            atexit.register(self.close)
            path = self.scratch / "store"
            try:
                store = OxigraphStore(path)
                try:
                    store.load_file(Path(source))
                finally:
                    store.close()
            except BaseException:
                self.close()
                raise
            beside = Path(source).with_name("network.html")
            network = network or (beside if beside.is_file() else None)
        self.evaluator = Evaluator(
            str(path),
            workers=workers,
            timeout=timeout,
            limit=max_results,
            max_bytes=max_answer_bytes or MAX_ANSWER_BYTES,
            per_client=per_client,
        )
        site = Site(self.evaluator, Path(network) if network else None, {n: q.text for n, q in library().items()})
        names = {name.lower() for name in (host, *LOCAL_NAMES, *allow_hosts)}
        settings = {
            "site": site,
            "hosts": frozenset(names),
            "cors": frozenset(o.rstrip("/") for o in cors),
            "max_request_bytes": max_request_bytes,
        }
        if header_timeout is not None:
            settings["header_timeout"] = header_timeout
        handler = type("SiteHandler", (Guarded,), settings)
        try:
            self.server = Server((host, port), handler)
        except OSError as err:
            self.close()
            raise UsageError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
        self.host, self.port = self.server.server_address[:2]

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def serve_forever(self) -> None:
        try:
            # Set inside the try: a signal arriving just here must not leave `running` true, or close()
            # would wait forever for a shutdown of a loop that never started.
            self.running = True
            self.server.serve_forever()
        finally:
            self.running = False

    def close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        if self.server is not None:
            if self.running:
                self.server.shutdown()  # waits for serve_forever to return; only while it runs
            self.server.server_close()
        if self.evaluator is not None:
            self.evaluator.close()
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)
        atexit.unregister(self.close)
        for sig, handler in self._signals.items():
            signal.signal(sig, handler)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt(f"signal {signum}")
