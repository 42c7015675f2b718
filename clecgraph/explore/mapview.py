"""The map: places with their events, drawn on country outlines shipped with the package (no tile server).

/map is the page (the timeline's filters, a map, and the busiest places as a
list that works without scripts); /map.json gives the map's script the places
with coordinates and event counts, at most MAP_PLACES of them, busiest first.
"""

from __future__ import annotations

import json

from clecgraph.explore.render import entity_link, labels, short
from clecgraph.explore.timeline import choices, filters, select
from clecgraph.explore.web import Response, esc, layout, link, page_response, query_string, text_response

MAP_PLACES = 2000
LISTED = 40


def places(explorer, chosen: dict[str, str]):
    """(place, lat, long, events) of located places with events the filters keep, busiest first."""
    return explorer.index.map_places(chosen, MAP_PLACES)


def map_data(explorer, request):
    try:
        chosen = filters(request)
    except ValueError as err:
        return text_response(400, str(err))
    rows = places(explorer, chosen)
    names = labels(explorer, [r[0] for r in rows])
    found = []
    for iri, lat, long, events in rows:  # the index kept only coordinates on the globe
        found.append(
            {
                "iri": iri,
                "name": names.get(iri) or short(iri),
                "lat": lat,
                "long": long,
                "events": events,
                "page": explorer.paths.href(iri),
                "timeline": "/timeline?" + query_string(**{**chosen, "place": iri}),
            }
        )
    body = json.dumps({"places": found, "limit": MAP_PLACES}, ensure_ascii=False).encode("utf-8")
    return Response(200, "application/json", body)


def map_page(explorer, request):
    try:
        chosen = filters(request)
    except ValueError as err:
        return text_response(400, str(err))
    offered = choices(explorer)
    named = labels(explorer, [v for k, v in chosen.items() if k in ("org", "actor", "type")])
    rows = places(explorer, chosen)[:LISTED]
    names = labels(explorer, [r[0] for r in rows])
    listed = "".join(f'<li>{entity_link(explorer, p, names.get(p))} <span class="count">{n:,} events</span></li>' for p, _, _, n in rows)
    keep = {k: v for k, v in chosen.items() if k != "place"}
    form = (
        '<form class="filters" action="/map" method="get">'
        + select("type", "type", offered["type"], chosen.get("type"), named.get(chosen.get("type", "")))
        + select("org", "organisation", offered["org"], chosen.get("org"), named.get(chosen.get("org", "")))
        + (f'<input type="hidden" name="actor" value="{esc(chosen["actor"])}">' if "actor" in chosen else "")
        + f'<label>from <input name="from" size="4" value="{esc(chosen.get("from", ""))}" placeholder="year"></label>'
        + f'<label>to <input name="to" size="4" value="{esc(chosen.get("to", ""))}" placeholder="year"></label>'
        + '<button type="submit">Filter</button></form>'
    )
    body = (
        f"<h1>Map of events</h1>{form}"
        f'<div id="map" data-places="/map.json?{esc(query_string(**keep))}" data-outlines="/static/vendor/world-atlas/countries-50m.json"></div>'
        f'<p class="note">Country outlines: Natural Earth (public domain). Circles: places named in events, sized by their number of events; '
        f"{link('/timeline?' + query_string(**keep), 'the same events on the timeline')}.</p>"
        f'<h2>Places with most events</h2><ol class="places">{listed or "<li>none with coordinates</li>"}</ol>'
    )
    return page_response(
        layout(
            "Map",
            body,
            scripts=("/static/vendor/leaflet/leaflet.js", "/static/vendor/topojson-client/topojson-client.min.js", "/static/map.js"),
            styles=("/static/vendor/leaflet/leaflet.css",),
        )
    )
