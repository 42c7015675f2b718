"""The timeline: events in date order, a page at a time, filtered by type, place, organisation, person, case thread and years.

The filters are a plain GET form, so every filtered timeline has an address
(an entity page links to its own). The choices offered are the event types
and the places and organisations with most events; any other IRI can still be
given in the address.
"""

from __future__ import annotations

import re

from clecgraph.explore.data import iri_ref
from clecgraph.explore.entity import event_list
from clecgraph.explore.home import most_active
from clecgraph.explore.render import entity_link, labels, short
from clecgraph.explore.web import esc, layout, page_response, pager, text_response

PAGE = 50
CHOICES = 150
YEAR = re.compile(r"^\d{4}$")


def filters(request) -> dict[str, str]:
    """The filters a request gives (IRIs and years), checked; raises ValueError for a bad one."""
    chosen = {}
    for name in ("type", "place", "org", "actor", "case"):
        value = request.arg(name)
        if value:
            iri_ref(value)
            chosen[name] = value
    for name in ("from", "to"):
        value = request.arg(name)
        if value:
            if not YEAR.match(value):
                raise ValueError(f"{name} is a year (four digits), not {value[:20]!r}")
            chosen[name] = value
    return chosen


def page_of_events(explorer, chosen: dict[str, str], page: int):
    """A page of the events the filters keep, latest first (and one more, to tell if there is a next page)."""
    return explorer.index.timeline(chosen, PAGE + 1, (page - 1) * PAGE)


def choices(explorer) -> dict[str, list[tuple[str, str]]]:
    return explorer.remember("choices", lambda: _choices(explorer))


def _choices(explorer) -> dict[str, list[tuple[str, str]]]:
    types = explorer.data.rows(
        "SELECT ?t (SAMPLE(?l) AS ?label) WHERE { ?t a skos:Concept . OPTIONAL { ?t skos:prefLabel ?l } } GROUP BY ?t ORDER BY ?label LIMIT 300"
    )
    places = [p for p, _ in explorer.index.busiest_places(CHOICES)]
    orgs = [o for o, _ in most_active(explorer, CHOICES)]
    names = labels(explorer, places + orgs)
    by_name = lambda pairs: sorted(pairs, key=lambda p: p[1].lower())
    return {
        "type": [(r["t"].value, r["label"].value if r.get("label") else short(r["t"].value)) for r in types],
        "place": by_name([(p, names.get(p, short(p))) for p in places]),
        "org": by_name([(o, names.get(o, short(o))) for o in orgs]),
    }


def select(name: str, title: str, options: list[tuple[str, str]], chosen: str | None, extra_label: str | None) -> str:
    if chosen and chosen not in {v for v, _ in options}:
        options = [(chosen, extra_label or short(chosen)), *options]
    items = "".join(f'<option value="{esc(v)}"{" selected" if v == chosen else ""}>{esc(t)}</option>' for v, t in options)
    return f'<label>{esc(title)} <select name="{name}" id="filter-{name}"><option value="">any</option>{items}</select></label>'


def timeline(explorer, request):
    try:
        chosen = filters(request)
    except ValueError as err:
        return text_response(400, str(err))
    page = request.number("page")
    rows = page_of_events(explorer, chosen, page)
    offered = choices(explorer)
    named = labels(explorer, [v for k, v in chosen.items() if k in ("place", "org", "actor", "type", "case")])
    form = (
        '<form class="filters" action="/timeline" method="get">'
        + select("type", "type", offered["type"], chosen.get("type"), named.get(chosen.get("type", "")))
        + select("place", "place", offered["place"], chosen.get("place"), named.get(chosen.get("place", "")))
        + select("org", "organisation", offered["org"], chosen.get("org"), named.get(chosen.get("org", "")))
        + "".join(f'<input type="hidden" name="{k}" value="{esc(chosen[k])}">' for k in ("actor", "case") if k in chosen)
        + f'<label>from <input name="from" size="4" value="{esc(chosen.get("from", ""))}" placeholder="year"></label>'
        + f'<label>to <input name="to" size="4" value="{esc(chosen.get("to", ""))}" placeholder="year"></label>'
        + '<button type="submit">Filter</button></form>'
    )
    shown = rows[:PAGE]
    groups: dict[str, list] = {}
    for row in shown:
        groups.setdefault(row.date[:4] if row.date else "undated", []).append(row)
    years = "".join(f'<section class="year"><h2>{esc(y)}</h2>{event_list(explorer, g)}</section>' for y, g in groups.items())
    actor = f"<p>Events with {entity_link(explorer, chosen['actor'], named.get(chosen['actor']))}</p>" if "actor" in chosen else ""
    if "case" in chosen:
        actor += f"<p>Events of the case thread {entity_link(explorer, chosen['case'], named.get(chosen['case']))}</p>"
    body = (
        f"<h1>Timeline</h1>{form}{actor}"
        + (years or '<p class="none">No event matches.</p>')
        + pager("/timeline", page, len(rows) > PAGE, **chosen)
    )
    return page_response(layout("Timeline", body))
