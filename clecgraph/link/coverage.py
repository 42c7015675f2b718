"""Link coverage, read back out of the built graph (never from a side path).

- place mentions: annotations identifying a schema:Place; linked when that
  place has a GeoNames owl:sameAs and a geo:lat/geo:long point;
- distinct places: places that statements mention or put events in;
- organisations: organisations with any external identifier (owl:sameAs,
  schema:sameAs or skos:exactMatch).
Places added only to complete a hierarchy are counted apart.
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import Dataset
from rdflib.namespace import OWL, RDF, SKOS

from ..vocab import CLEC, GEO, OA, ORG, SCHEMA, SEM

GEONAMES_PREFIXES = ("https://sws.geonames.org/", "http://sws.geonames.org/")
IDENTITY = (OWL.sameAs, SCHEMA.sameAs, SKOS.exactMatch)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def link_coverage(dataset: Dataset) -> dict:
    props: dict = defaultdict(lambda: defaultdict(set))
    bodies = []
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        if p in (RDF.type, OWL.sameAs, SCHEMA.sameAs, SKOS.exactMatch, GEO.lat, GEO.long, CLEC.unlinked, OA.motivatedBy):
            props[s][p].add(o)
        elif p == OA.hasBody:
            bodies.append((s, o))
        elif p in (SCHEMA.mentions, SEM.hasPlace):
            props[o]["used"].add(s)

    def is_place(node) -> bool:
        return SCHEMA.Place in props[node][RDF.type]

    def geonames(node) -> bool:
        return any(str(i).startswith(GEONAMES_PREFIXES) for i in props[node][OWL.sameAs])

    def located(node) -> bool:
        return bool(props[node][GEO.lat] and props[node][GEO.long])

    mentions = [body for note, body in bodies if OA.identifying in props[note][OA.motivatedBy] and is_place(body)]
    places = sorted({n for n in list(props) if is_place(n) and props[n]["used"]})
    added = sorted({n for n in list(props) if is_place(n) and not props[n]["used"]})
    organisations = sorted(n for n in list(props) if ORG.Organization in props[n][RDF.type])
    with_id = [n for n in organisations if any(props[n][p] for p in IDENTITY)]
    linked = [n for n in places if geonames(n) and located(n)]
    return {
        "place_mentions": {
            "total": len(mentions),
            "geonames_and_coordinates": sum(1 for m in mentions if geonames(m) and located(m)),
            "share": _share(sum(1 for m in mentions if geonames(m) and located(m)), len(mentions)),
        },
        "places": {
            "total": len(places),
            "geonames": sum(1 for n in places if geonames(n)),
            "coordinates": sum(1 for n in places if located(n)),
            "geonames_and_coordinates": len(linked),
            "share": _share(len(linked), len(places)),
            "unlinked": len([n for n in places if props[n][CLEC.unlinked]]),
        },
        "places_added_for_hierarchy": len(added),
        "organisations": {"total": len(organisations), "with_identifier": len(with_id), "share": _share(len(with_id), len(organisations))},
    }
