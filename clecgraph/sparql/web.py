"""HTTP plumbing for `clecgraph serve`: the route table, requests and responses, and the
checks every request passes before its handler (clecgraph.sparql.serve has the details).
"""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from clecgraph.registry import Registry

MAX_QUERY_BYTES = 1 << 20  # request bodies
HEADER_TIMEOUT = 10.0  # seconds for the request line, headers and body to arrive
MAX_CONNECTIONS = 64


@dataclass
class Site:
    evaluator: object
    network: Path | None
    examples: dict[str, str]


@dataclass
class Request:
    method: str
    path: str  # without the query string
    query: str  # the raw query string
    headers: object  # email.message.Message: .get(name) is case-insensitive
    body: bytes
    client: str  # the client's address
    site: Site


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        return cls(status, "text/plain", (message + "\n").encode("utf-8"), headers or {})


Handler = Callable[[Request], Response]
ROUTES: Registry[Handler] = Registry("routes")


def register_route(path: str, handler: Handler) -> None:
    """Serve `path` with `handler`; a path ending in "/" (other than "/") serves everything under it."""
    ROUTES.register(path, handler)


def find_route(path: str) -> Handler | None:
    if path in ROUTES:
        return ROUTES[path]
    under = [p for p in ROUTES if p != "/" and p.endswith("/") and path.startswith(p)]
    return ROUTES[max(under, key=len)] if under else None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


def host_name(value: str) -> str:
    """'example.org:7878' -> 'example.org'; '[::1]:80' -> '::1'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guarded(BaseHTTPRequestHandler):
    """Checks every request (deadline, Host, Origin, Content-Length), then calls its route."""

    site: Site  # these are set on the subclass made for each server
    hosts: frozenset[str] = frozenset()
    cors: frozenset[str] = frozenset()
    header_timeout: float = HEADER_TIMEOUT
    max_request_bytes: int = MAX_QUERY_BYTES
    server_version = "clecgraph"
    error_content_type = "text/plain;charset=utf-8"
    error_message_format = "%(code)d %(message)s\n"

    def log_message(self, format, *args) -> None:  # quiet: one line per request is noise for a local tool
        pass

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.header_timeout)
        # The socket timeout bounds each read; this bounds them all: a client that trickles
        # its headers a byte at a time is cut off when the deadline passes.
        self._deadline = threading.Timer(self.header_timeout, self._expire)
        self._deadline.daemon = True
        self._deadline.start()

    def _expire(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def finish(self) -> None:
        self._deadline.cancel()
        try:
            super().finish()
        except OSError:
            pass

    def do_GET(self) -> None:
        self._dispatch()

    do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_GET

    def _dispatch(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        origin = self.headers.get("Origin")
        refused = self._refusal(origin)
        if refused:
            self._deadline.cancel()
            return self._send(refused, None)
        body = b""
        if self.command in ("POST", "PUT", "PATCH"):
            body = self._body()
            if isinstance(body, Response):
                self.close_connection = True
                self._deadline.cancel()
                return self._send(body, None)
        self._deadline.cancel()  # the request is in: the query's own time limit applies from here
        self.connection.settimeout(None)
        allowed = origin if origin in self.cors else None
        if self.command == "OPTIONS":
            return self._send(self._preflight(allowed), allowed)
        handler = find_route(url.path)
        if handler is None:
            return self._send(Response.text(404, "not found: the endpoint is /sparql"), allowed)
        request = Request(self.command, url.path, url.query, self.headers, body, self.client_address[0], self.site)
        try:
            response = handler(request)
        except Exception as err:  # noqa: BLE001 - one bad route must not show a traceback or stop the server
            print(f"clecgraph serve: {url.path}: {type(err).__name__}: {err}", file=sys.stderr)
            response = Response.text(500, "the server failed to answer this request")
        self._send(response, allowed)

    def _refusal(self, origin: str | None) -> Response | None:
        host = self.headers.get("Host")
        if host is not None and not self._known_host(host_name(host)):
            return Response.text(403, f"Host {host!r} is not a name of this server (start it with --allow-host NAME to add one)")
        if origin is not None and origin not in self.cors and not self._same_origin(origin, host):
            return Response.text(
                403, f"requests from the web origin {origin!r} are refused (start the server with --cors {origin} to allow them)"
            )
        return None

    def _known_host(self, name: str) -> bool:
        # An address typed as such cannot be rebound by DNS; a name must be one the server was given.
        return _is_ip(name) or name in self.hosts

    @staticmethod
    def _same_origin(origin: str, host: str | None) -> bool:
        return host is not None and origin.lower() in (f"http://{host.lower()}", f"https://{host.lower()}")

    def _body(self) -> bytes | Response:
        if self.headers.get("Transfer-Encoding"):
            return Response.text(411, "send the body with a Content-Length (chunked bodies are not taken)")
        values = self.headers.get_all("Content-Length") or []
        if not values:
            return Response.text(411, "a request with a body needs a Content-Length")
        if len(set(v.strip() for v in values)) > 1 or not values[0].strip().isdigit():
            return Response.text(400, f"Content-Length {values[0]!r} is not a byte count")
        length = int(values[0].strip())
        if length > self.max_request_bytes:
            return Response.text(413, f"a request body may be at most {self.max_request_bytes} bytes")
        try:
            body = self.rfile.read(length)
        except OSError:
            body = b""
        if len(body) < length:
            return Response.text(408, "the request body did not arrive in time")
        return body

    def _preflight(self, allowed: str | None) -> Response:
        if allowed is None:
            return Response.text(403, "cross-origin requests are allowed only from origins named with --cors")
        return Response(
            204,
            "text/plain",
            b"",
            {
                "Access-Control-Allow-Methods": "GET, POST",
                "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Max-Age": "600",
            },
        )

    def _send(self, response: Response, allowed_origin: str | None) -> None:
        content_type = response.content_type
        if content_type.startswith("text/") and "charset" not in content_type:
            content_type += "; charset=utf-8"
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(response.body)))
            self.send_header("X-Content-Type-Options", "nosniff")
            headers = dict(response.headers)
            if allowed_origin:
                self.send_header("Access-Control-Allow-Origin", allowed_origin)
                # One Vary header naming both (a page's own Vary: Accept included).
                headers["Vary"] = ", ".join(v for v in (headers.get("Vary"), "Origin") if v)
            for name, value in headers.items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)
        except OSError:  # the client went away
            self.close_connection = True


class Server(ThreadingHTTPServer):
    """At most `max_connections` at once: more are answered 503 at once instead of each holding a thread."""

    daemon_threads = True
    max_connections = MAX_CONNECTIONS

    def __init__(self, *args, **kwargs):
        self._open = 0
        self._count = threading.Lock()
        super().__init__(*args, **kwargs)

    def process_request(self, request, client_address) -> None:
        with self._count:
            full = self._open >= self.max_connections
            if not full:
                self._open += 1
        if full:
            try:
                request.sendall(
                    b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 24\r\n\r\ntoo many connections now"
                )
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._count:
                self._open -= 1
