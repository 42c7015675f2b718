"""Requests, responses and safe HTML for the explorer's handlers (no server here: plain values in and out).

Every piece of data reaches a page through `esc` (text) or `link` (an href
checked to be a local path or an http(s) URL: a `javascript:` or `data:` URL
never becomes a link, only text). Pages run no inline script: the Content
Security Policy sent with them allows scripts from this server's /static/ only,
so even a value that slipped through could not run.
"""

from __future__ import annotations

import html
import urllib.parse
from dataclasses import dataclass, field

CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
HTML = "text/html"
# RDF media types a resource can be asked for, by Accept or ?format=.
RDF_TYPES = {"text/turtle": "ttl", "application/ld+json": "jsonld", "application/n-triples": "nt"}
FORMAT_NAMES = {"ttl": "text/turtle", "turtle": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, list[str]] = field(default_factory=dict)
    accept: str = "*/*"

    @classmethod
    def from_target(cls, method: str, target: str, accept: str | None = None) -> Request:
        """From the request line's target (`/path?a=b`, the path kept percent-encoded) and the Accept header."""
        url = urllib.parse.urlsplit(target)
        return cls(method, url.path, urllib.parse.parse_qs(url.query), accept or "*/*")

    def arg(self, name: str, default: str = "") -> str:
        values = self.query.get(name)
        return values[0].strip() if values else default

    def number(self, name: str, default: int = 1, most: int = 100_000) -> int:
        try:
            return max(1, min(most, int(self.arg(name) or default)))
        except ValueError:
            return default


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    def all_headers(self) -> list[tuple[str, str]]:
        kind = self.content_type
        if kind.startswith("text/") or kind in ("application/json", "application/javascript"):
            kind += "; charset=utf-8"
        out = [("Content-Type", kind), ("Content-Length", str(len(self.body))), ("X-Content-Type-Options", "nosniff")]
        return out + list(self.headers)


def page_response(body: str, status: int = 200, *, vary: bool = False) -> Response:
    headers = [("Content-Security-Policy", CSP), ("Referrer-Policy", "no-referrer")]
    if vary:
        headers.append(("Vary", "Accept"))
    return Response(status, HTML, body.encode("utf-8"), tuple(headers))


def text_response(status: int, message: str) -> Response:
    return Response(status, "text/plain", (message + "\n").encode("utf-8"))


def negotiate(accept: str, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers (q-values honoured), or None."""
    best, best_q = None, 0.0
    for order, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        media = media.lower()
        for candidate in offered:
            if media == candidate or media == "*/*" or (media.endswith("/*") and candidate.startswith(media[:-1])):
                # A more specific match wins a tie, then the client's order, then ours.
                score = q + (0.001 if media == candidate else 0) - order * 1e-6
                if q > 0 and score > best_q:
                    best, best_q = candidate, score
                break
    return best


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def safe_href(href: str) -> str | None:
    """`href` if it is a local path or an http(s) URL, else None."""
    href = (href or "").strip()
    if href.startswith("/") and not href.startswith("//"):
        return href
    scheme = urllib.parse.urlsplit(href).scheme.lower()
    if scheme in ("http", "https") and "\\" not in href and not any(ord(c) < 33 for c in href):
        return href
    return None


def link(href: str, text, *, css: str = "") -> str:
    """An <a> to a safe href, or only the escaped text when the href is not safe."""
    target = safe_href(href)
    if target is None:
        return esc(text)
    outside = "" if target.startswith("/") else ' rel="noopener noreferrer nofollow"'
    kind = f' class="{esc(css)}"' if css else ""
    return f'<a href="{esc(target)}"{kind}{outside}>{esc(text)}</a>'


def query_string(**values) -> str:
    return urllib.parse.urlencode({k: v for k, v in values.items() if v not in (None, "")})


NAV = (("/", "Home"), ("/timeline", "Timeline"), ("/map", "Map"), ("/editor", "Query"), ("/network", "Network"))


def layout(title: str, body: str, *, scripts: tuple[str, ...] = (), styles: tuple[str, ...] = (), search: str = "") -> str:
    """A whole page: header with navigation and search, then `body` (already escaped HTML)."""
    links = "".join(f'<link rel="stylesheet" href="{esc(s)}">' for s in ("/static/explore.css", *styles))
    tail = "".join(f'<script src="{esc(s)}"></script>' for s in scripts)
    nav = " ".join(f'<a href="{h}">{t}</a>' for h, t in NAV)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        f"<title>{esc(title)} · clecgraph</title>{links}</head><body>"
        f'<header><nav>{nav}</nav><form action="/search" method="get" role="search">'
        f'<input type="search" name="q" id="q" value="{esc(search)}" placeholder="a name or an alias" aria-label="search by name">'
        f'<button type="submit">Search</button></form></header><main>{body}</main>{tail}</body></html>'
    )


def pager(path: str, page: int, more: bool, **values) -> str:
    """Previous / next links for a paged list."""
    parts = []
    if page > 1:
        parts.append(f'<a rel="prev" href="{esc(path)}?{esc(query_string(**values, page=page - 1))}">← previous</a>')
    if more:
        parts.append(f'<a rel="next" href="{esc(path)}?{esc(query_string(**values, page=page + 1))}">next →</a>')
    return f'<p class="pager">page {page} {" ".join(parts)}</p>' if parts else ""
