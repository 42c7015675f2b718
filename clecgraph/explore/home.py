"""The home page (counts, latest statements, most active organisations) and search by any name."""

from __future__ import annotations

from clecgraph.explore.data import string_literal
from clecgraph.explore.render import CLASS_NAMES, ENTITY_CLASSES, entity_link, labels, statement_rows
from clecgraph.explore.web import esc, layout, page_response, pager

COUNTED = (("statements", "clec:Statement"), ("organisations", "org:Organization"), ("persons", "schema:Person"))
COUNTED += (("places", "schema:Place"), ("events", "sem:Event"))
SEARCH_PAGE = 50


def counts(explorer) -> dict[str, int]:
    return explorer.remember("counts", lambda: _counts(explorer))


def _counts(explorer) -> dict[str, int]:
    values = " ".join(f'("{name}" {cls})' for name, cls in COUNTED)
    rows = explorer.data.rows(f"SELECT ?kind (COUNT(?x) AS ?n) WHERE {{ VALUES (?kind ?class) {{ {values} }} ?x a ?class }} GROUP BY ?kind")
    found = {row["kind"].value: int(row["n"].value) for row in rows}
    return {name: found.get(name, 0) for name, _ in COUNTED}


def most_active(explorer, limit: int = 10) -> list[tuple[str, int]]:
    """Organisations by statements issued: from the build's statistics when it has them (cheap), else counted."""
    return explorer.remember(("most active", limit), lambda: _most_active(explorer, limit))


def _most_active(explorer, limit: int) -> list[tuple[str, int]]:
    rows = explorer.data.rows(
        f"""SELECT ?o (SUM(?c) AS ?n) WHERE {{ ?obs qb:dataSet ?set ; clec:organisation ?o ; clec:statementCount ?c .
  ?set qb:structure clec:StatementsPerOrganisationYear }} GROUP BY ?o ORDER BY DESC(?n) LIMIT {limit}"""
    )
    if not rows:
        rows = explorer.data.rows(
            f"SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a clec:Statement ; dcterms:creator ?o }} GROUP BY ?o ORDER BY DESC(?n) LIMIT {limit}"
        )
    return [(row["o"].value, int(row["n"].value)) for row in rows]


def home(explorer, request):
    numbers = counts(explorer)
    latest = explorer.data.rows(
        """SELECT ?s ?date ?title WHERE { { SELECT ?s ?date WHERE { ?s a clec:Statement ; dcterms:issued ?date } ORDER BY DESC(?date) LIMIT 10 }
  OPTIONAL { ?s dcterms:title ?t } OPTIONAL { ?s rdfs:label ?l } BIND(COALESCE(?t, ?l) AS ?title) } ORDER BY DESC(?date)"""
    )
    active = most_active(explorer)
    names = labels(explorer, [o for o, _ in active])
    figures = "".join(f'<li><b class="count" data-kind="{esc(k)}">{n:,}</b> {esc(k)}</li>' for k, n in numbers.items())
    orgs = "".join(f'<li>{entity_link(explorer, o, names.get(o))} <span class="count">{n:,} statements</span></li>' for o, n in active)
    body = (
        f'<h1>An archive of statements</h1><ul class="figures">{figures}</ul>'
        f'<form action="/search" method="get" class="big-search"><label>Find an organisation, person or place by any of its names '
        f'<input type="search" name="q" id="home-q" placeholder="LICADHO, Yorm Bopha, Phnom Penh…"></label> <button type="submit">Search</button></form>'
        f'<div class="columns"><section><h2>Latest statements</h2>{statement_rows(explorer, latest, {})}</section>'
        f'<section><h2>Most active organisations</h2><ol class="active">{orgs or "<li>none</li>"}</ol></section></div>'
        f'<p class="base">IRIs of this graph start with <code>{esc(explorer.data.base)}</code> and are served here under '
        f"<code>{esc(explorer.paths.mount)}</code>: ask for one with <code>Accept: text/turtle</code> for its description.</p>"
    )
    return page_response(layout("Home", body))


def find(explorer, text: str, limit: int, offset: int = 0) -> list[dict]:
    """Entities with a name or alias containing `text` (any case); exact names first, then names that start with it."""
    needle = string_literal(text.lower())
    classes = " ".join(f"<{c}>" for c in sorted(ENTITY_CLASSES))
    return explorer.data.rows(
        f"""SELECT ?x ?type (SAMPLE(?pref) AS ?label) (MIN(?rank) AS ?best) (SAMPLE(?hit) AS ?matched) WHERE {{
  ?x skos:prefLabel|skos:altLabel|rdfs:label ?hit .
  BIND(LCASE(STR(?hit)) AS ?low)
  FILTER(CONTAINS(?low, {needle}))
  ?x a ?type . VALUES ?type {{ {classes} }}
  BIND(IF(?low = {needle}, 0, IF(STRSTARTS(?low, {needle}), 1, 2)) AS ?rank)
  OPTIONAL {{ ?x skos:prefLabel ?pref }}
}} GROUP BY ?x ?type ORDER BY ?best LIMIT {limit} OFFSET {offset}"""
    )


def search(explorer, request):
    text = request.arg("q")
    page = request.number("page")
    if not text:
        return page_response(layout("Search", "<h1>Search</h1><p>Type a name or an alias above.</p>"))
    rows = find(explorer, text, SEARCH_PAGE + 1, (page - 1) * SEARCH_PAGE)
    more = len(rows) > SEARCH_PAGE
    # The store ranks (exact, starts with, contains); names are put in order here, within the page.
    rows = sorted(rows[:SEARCH_PAGE], key=lambda r: (int(r["best"].value), (r["label"].value if r.get("label") else "").lower()))
    items = []
    for row in rows[:SEARCH_PAGE]:
        iri = row["x"].value
        label = row["label"].value if row.get("label") else iri
        matched = row["matched"].value if row.get("matched") else ""
        also = f' <span class="alias">(as “{esc(matched)}”)</span>' if matched and matched != label else ""
        kind = CLASS_NAMES.get(row["type"].value, "")
        items.append(f'<li class="hit"><span class="kind">{esc(kind)}</span> {entity_link(explorer, iri, label)}{also}</li>')
    found = f'<ul class="hits">{"".join(items)}</ul>' if items else f"<p>Nothing is called “{esc(text)}”.</p>"
    body = f"<h1>Search: “{esc(text)}”</h1>{found}{pager('/search', page, more, q=text)}"
    return page_response(layout(f"Search {text}", body, search=text))
