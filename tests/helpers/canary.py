"""A throwaway HTTP server on 127.0.0.1 that records every request it gets (for SSRF and redirect tests)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Canary:
    """Records (method, path, headers, body) of each request; `reply` decides the answer
    (status, headers, body); by default an empty SPARQL JSON result."""

    def __init__(self, reply: Callable | None = None):
        self.requests: list[tuple[str, str, dict, bytes]] = []
        canary = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                canary.requests.append((self.command, self.path, dict(self.headers.items()), body))
                status, headers, payload = (reply or _empty)(self)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_HEAD = _any

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Canary:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def _empty(handler) -> tuple[int, dict, bytes]:
    return (
        200,
        {"Content-Type": "application/sparql-results+json"},
        b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"from the canary"}}]}}',
    )
