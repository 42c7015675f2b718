"""The map: places with their events, drawn on country outlines shipped with the package (no tile server).

/map is the page (the timeline's filters, a map, and the busiest places as a
list that works without scripts); /map.json gives the map's script the places
with coordinates and event counts, at most MAP_PLACES of them, busiest first.
"""

from __future__ import annotations

import json

from clecgraph.explore.render import entity_link, labels, short
from clecgraph.explore.timeline import choices, filters, patterns, select
from clecgraph.explore.web import Response, esc, layout, link, page_response, query_string, text_response

MAP_PLACES = 2000
LISTED = 40


def places(explorer, chosen: dict[str, str]):
    dated = "?e sem:hasTimeStamp ?date ." if ("from" in chosen or "to" in chosen) else ""
    return explorer.data.rows(
        f"""SELECT ?p (SAMPLE(?la) AS ?lat) (SAMPLE(?lo) AS ?long) (COUNT(DISTINCT ?e) AS ?n) WHERE {{
  ?e sem:hasPlace ?p . {dated}
  {patterns({k: v for k, v in chosen.items() if k != "place"})}
  ?p geo:lat ?la ; geo:long ?lo .
}} GROUP BY ?p ORDER BY DESC(?n) LIMIT {MAP_PLACES}"""
    )


def map_data(explorer, request):
    try:
        chosen = filters(request)
    except ValueError as err:
        return text_response(400, str(err))
    rows = places(explorer, chosen)
    names = labels(explorer, [r["p"].value for r in rows])
    found = []
    for r in rows:
        try:
            lat, long = float(r["lat"].value), float(r["long"].value)
        except ValueError:
            continue
        if not (-90 <= lat <= 90 and -180 <= long <= 180):
            continue
        iri = r["p"].value
        found.append(
            {
                "iri": iri,
                "name": names.get(iri) or short(iri),
                "lat": lat,
                "long": long,
                "events": int(r["n"].value),
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
    names = labels(explorer, [r["p"].value for r in rows])
    listed = "".join(
        f'<li>{entity_link(explorer, r["p"].value, names.get(r["p"].value))} <span class="count">{esc(r["n"].value)} events</span></li>'
        for r in rows
    )
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
