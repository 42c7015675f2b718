"""places.geojson: places with coordinates, and the events that happened there, for any GIS.

Read from the graph: a `schema:Place` with `geo:lat` and `geo:long` becomes a
Point feature; each `sem:Event` whose `sem:hasPlace` is such a place becomes
a Point feature at that place, with its type, date and the statements that
report it. Coordinates are [longitude, latitude] (RFC 7946). Places without
coordinates are counted in the collection's `properties`, not dropped
silently. Output is sorted, so the same graph gives the same file.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from clecgraph.graph.facts import Facts, read_facts


def _point(facts: Facts, place: str) -> dict:
    return {"type": "Point", "coordinates": [round(facts.long[place], 6), round(facts.lat[place], 6)]}


def features(facts: Facts) -> dict:
    """A GeoJSON FeatureCollection (as a dict) of located places and events."""
    located = [p for p in facts.of_kind("place") if p in facts.lat and p in facts.long]
    reported: dict[str, list[str]] = {}
    for statement in facts.of_kind("statement"):
        for event in facts.about.get(statement, []):
            reported.setdefault(event, []).append(statement)
    events_at: dict[str, list[str]] = {}
    for event in facts.of_kind("event"):
        place = facts.place.get(event)
        if place in facts.lat and place in facts.long:
            events_at.setdefault(place, []).append(event)
    out = []
    for place in located:
        out.append(
            {
                "type": "Feature",
                "id": place,
                "geometry": _point(facts, place),
                "properties": {
                    "kind": "place",
                    "name": facts.label.get(place, place),
                    "alt_names": facts.alt_labels.get(place, []),
                    "subtype": facts.subtype.get(place),
                    "same_as": facts.same_as.get(place, []),
                    "events": len(events_at.get(place, [])),
                    "first": facts.first(place) or None,
                    "last": facts.last(place) or None,
                },
            }
        )
    for place in located:
        for event in events_at.get(place, []):
            statements = reported.get(event, [])
            issuers = sorted({facts.label.get(o, o) for s in statements for o in facts.creators.get(s, [])})
            out.append(
                {
                    "type": "Feature",
                    "id": event,
                    "geometry": _point(facts, place),
                    "properties": {
                        "kind": "event",
                        "name": facts.label.get(event, event),
                        "event_type": facts.event_type.get(event),
                        "date": facts.stamp.get(event) or None,
                        "reported": min((facts.issued[s] for s in statements if s in facts.issued), default=None),
                        "place": place,
                        "place_name": facts.label.get(place, place),
                        "statements": statements,
                        "issuers": issuers,
                    },
                }
            )
    unlocated = len(facts.of_kind("place")) - len(located)
    return {"type": "FeatureCollection", "properties": {"places_without_coordinates": unlocated}, "features": out}


def write_geojson(dataset: Graph, path: Path, **options) -> None:
    text = json.dumps(features(read_facts(dataset)), ensure_ascii=False, indent=1, sort_keys=True)
    Path(path).write_text(text + "\n", encoding="utf-8")
