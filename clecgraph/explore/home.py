"""The home page (counts, latest statements, most active organisations) and search by any name."""

from __future__ import annotations

from clecgraph.explore.render import entity_link, labels, statement_rows
from clecgraph.explore.web import esc, layout, page_response, pager

SEARCH_PAGE = 50
LATEST = 10


def counts(explorer) -> dict[str, int]:
    return explorer.index.counts


def most_active(explorer, limit: int = 10) -> list[tuple[str, int]]:
    """Organisations by statements issued, most first."""
    return explorer.index.most_active(limit)


def home(explorer, request):
    numbers = counts(explorer)
    latest = explorer.index.latest(LATEST)
    active = most_active(explorer)
    names = labels(explorer, [o for o, _ in active])
    figures = "".join(f'<li><b class="count" data-kind="{esc(k)}">{n:,}</b> {esc(k)}</li>' for k, n in numbers.items())
    orgs = "".join(f'<li>{entity_link(explorer, o, names.get(o))} <span class="count">{n:,} statements</span></li>' for o, n in active)
    body = (
        f'<h1>An archive of statements</h1><ul class="figures">{figures}</ul>'
        f'<form action="/search" method="get" class="big-search"><label>Find an organisation, person or place by any of its names '
        f'<input type="search" name="q" id="home-q" placeholder="LICADHO, Yorm Bopha, Phnom Penh…"></label> <button type="submit">Search</button></form>'
        f'<div class="columns"><section><h2>Latest statements</h2>{statement_rows(explorer, latest)}</section>'
        f'<section><h2>Most active organisations</h2><ol class="active">{orgs or "<li>none</li>"}</ol></section></div>'
        f'<p class="base">IRIs of this graph start with <code>{esc(explorer.data.base)}</code> and are served here under '
        f"<code>{esc(explorer.paths.mount)}</code>: ask for one with <code>Accept: text/turtle</code> for its description.</p>"
    )
    return page_response(layout("Home", body))


def search(explorer, request):
    text = request.arg("q")
    page = request.number("page")
    if not text:
        return page_response(layout("Search", "<h1>Search</h1><p>Type a name or an alias above.</p>"))
    # The index finds the names (clecgraph.resolve.lookup first: whole names and aliases, then names starting
    # with or holding the words; case, accents and punctuation aside).
    rows = explorer.index.search(text, SEARCH_PAGE + 1, (page - 1) * SEARCH_PAGE)
    more = len(rows) > SEARCH_PAGE
    items = []
    for iri, kind, label, matched in rows[:SEARCH_PAGE]:
        also = f' <span class="alias">(as “{esc(matched)}”)</span>' if matched and matched != label else ""
        items.append(f'<li class="hit"><span class="kind">{esc(kind)}</span> {entity_link(explorer, iri, label)}{also}</li>')
    found = f'<ul class="hits">{"".join(items)}</ul>' if items else f"<p>Nothing is called “{esc(text)}”.</p>"
    body = f"<h1>Search: “{esc(text)}”</h1>{found}{pager('/search', page, more, q=text)}"
    return page_response(layout(f"Search {text}", body, search=text))
