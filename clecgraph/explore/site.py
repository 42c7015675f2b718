"""The explorer: one object holding what every page needs, and the table of its paths.

    /                  home: counts, search, latest statements, most active organisations
    /search?q=         entities by any name or alias
    <base path>...     the graph's own IRIs (`/id/org/licadho`): HTML, or Turtle / JSON-LD / N-Triples by Accept
    /resource?iri=     the same description for any IRI the graph holds (outside the base too)
    /timeline          events in date order, filtered by type, place, organisation, years
    /map               events on a map of country outlines (offline)
    /map.json          the map's places, for the map page's script
    /editor            the query editor (answers as a sortable table)
    /static/...        the explorer's own CSS and scripts, and the vendored map library

`Explorer.handle(request)` answers a `web.Request` with a `web.Response`, or
None for a path that is not the explorer's (the endpoint's /sparql, say).
"""

from __future__ import annotations

import mimetypes
import threading
from dataclasses import dataclass, field
from importlib import resources

from clecgraph.explore import editor, home, mapview, resource, timeline
from clecgraph.explore.data import Data, DataError, Paths
from clecgraph.explore.index import Index
from clecgraph.explore.web import Request, Response, esc, layout, page_response, text_response


@dataclass
class Explorer:
    data: Data
    paths: Paths
    index: Index  # lists and counts over the whole archive, read once (index.py)
    library: dict = field(default_factory=dict)  # name -> LibraryQuery
    network: bool = False  # whether the server has a network page at /network
    # Small answers every page of a kind shows (the event types offered as filters): the store is served
    # read-only, so they hold while the server runs.
    cache: dict = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def over(cls, evaluator, index: Index, base: str | None = None, *, library: dict | None = None, network: bool = False) -> Explorer:
        """An explorer over anything that answers `query(text, accepted, dataset)` (sparql.limits.Evaluator)
        and the index of the same store (index.py).

        `library` (name -> sparql.library.LibraryQuery) is what the query editor offers.
        """
        data = Data(evaluator, base)
        return cls(data, Paths(data.base), index, dict(library or {}), network)

    def remember(self, key, read):
        with self.lock:
            if key in self.cache:
                return self.cache[key]
        value = read()
        with self.lock:
            return self.cache.setdefault(key, value)

    def handle(self, request: Request) -> Response | None:
        handler = self.route(request.path)
        if handler is None:
            return None
        if request.method not in ("GET", "HEAD"):
            return Response(405, "text/plain", b"the explorer is read-only: GET only\n", (("Allow", "GET, HEAD"),))
        try:
            return handler(self, request)
        except DataError as err:
            body = f"<h1>This page could not be read</h1><p>{esc(err)}</p>"
            return page_response(layout("error", body), err.status)

    def route(self, path: str):
        if path.startswith(self.paths.mount):
            return resource.by_path
        if path.startswith("/static/"):
            return static
        return {
            "/": home.home,
            "/search": home.search,
            "/resource": resource.by_query,
            "/timeline": timeline.timeline,
            "/map": mapview.map_page,
            "/map.json": mapview.map_data,
            "/editor": editor.editor,
        }.get(path)


STATIC_TYPES = {".js": "application/javascript", ".css": "text/css", ".json": "application/json", ".png": "image/png"}


def static(explorer: Explorer, request: Request) -> Response:
    """A file from clecgraph/explore/static (no directory listing, no path outside it)."""
    parts = request.path.removeprefix("/static/").split("/")
    if not parts or any(p in ("", ".", "..") or p.startswith(".") or "\\" in p for p in parts):
        return text_response(404, "not found")
    node = resources.files("clecgraph.explore").joinpath("static", *parts)
    if not node.is_file():
        return text_response(404, "not found")
    suffix = "." + parts[-1].rsplit(".", 1)[-1] if "." in parts[-1] else ""
    kind = STATIC_TYPES.get(suffix) or mimetypes.guess_type(parts[-1])[0] or "application/octet-stream"
    return Response(200, kind, node.read_bytes(), (("Cache-Control", "max-age=3600"),))
