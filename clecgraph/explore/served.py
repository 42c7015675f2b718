"""The explorer's routes in `clecgraph serve` (registered in clecgraph.sparql.serve, one line each).

`handle` takes the server's request (clecgraph.sparql.web.Request: method,
path, raw query string, headers, client, site) and returns a response the
server sends (status, content_type, body, headers as a dict). The server reaches
these by name (the explorer sits above it: it asks the server's evaluator).
One Explorer is kept per served site (its base, and the counts it read once);
each request asks the store through the site's evaluator on behalf of its client,
so the server's per-client share of query workers holds for pages as for /sparql.
"""

from __future__ import annotations

import dataclasses
import threading
import urllib.parse
from types import SimpleNamespace

from clecgraph.explore.data import Data
from clecgraph.explore.index import for_store_folder
from clecgraph.explore.site import Explorer
from clecgraph.explore.web import Request
from clecgraph.sparql.library import library

_made = threading.Lock()


class ForClient:
    """The site's evaluator, asked on behalf of one client."""

    def __init__(self, evaluator, client: str):
        self.evaluator, self.client = evaluator, client

    def query(self, text, accepted, dataset=None, trusted=False):
        return self.evaluator.query(text, accepted, dataset, client=self.client, trusted=trusted)


def explorer_of(site, say=None) -> Explorer:
    """The site's explorer, made on first use: its index is read from the served store (once; kept beside it)."""
    with _made:
        explorer = getattr(site, "explorer", None)
        if explorer is None:
            index = for_store_folder(site.evaluator.path, say)
            explorer = Explorer.over(site.evaluator, index, library=library(), network=bool(site.network))
            site.explorer = explorer
        return explorer


def prepare(endpoint, say=None) -> Explorer:
    """Make the explorer of a server before it answers (`clecgraph serve`), so no reader waits for the index."""
    return explorer_of(endpoint.server.RequestHandlerClass.site, say)


def handle(request):
    explorer = explorer_of(request.site)
    client = getattr(request, "client", "") or ""
    mine = dataclasses.replace(explorer, data=Data(ForClient(request.site.evaluator, client), explorer.data.base))
    target = Request(request.method, request.path, urllib.parse.parse_qs(request.query or ""), request.headers.get("Accept") or "*/*")
    reply = mine.handle(target)
    if reply is None:
        return SimpleNamespace(status=404, content_type="text/plain", body=b"not found\n", headers={})
    return SimpleNamespace(status=reply.status, content_type=reply.content_type, body=reply.body, headers=dict(reply.headers))
