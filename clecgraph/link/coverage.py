"""Link coverage, read back out of the built graph (never from a side path).

- place mentions: annotations identifying a schema:Place; linked when that
  place has a GeoNames owl:sameAs and a geo:lat/geo:long point;
- distinct places: places that statements mention or put events in;
- organisations: organisations with any external identifier (owl:sameAs,
  schema:sameAs or skos:exactMatch), and of those with a DBpedia resource
  (owl:sameAs) and with an English Wikipedia article (foaf:isPrimaryTopicOf).
Places added only to complete a hierarchy are counted apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Dataset, URIRef
from rdflib.namespace import FOAF, OWL, RDF, SKOS

from clecgraph.vocab import CLEC, GEO, OA, ORG, SCHEMA, SEM

GEONAMES_PREFIXES = ("https://sws.geonames.org/", "http://sws.geonames.org/")
DBPEDIA_PREFIXES = ("https://dbpedia.org/resource/", "http://dbpedia.org/resource/")
WIKIPEDIA_PREFIX = "https://en.wikipedia.org/wiki/"
IDENTITY = (OWL.sameAs, SCHEMA.sameAs, SKOS.exactMatch)
_PROPERTIES = (RDF.type, *IDENTITY, FOAF.isPrimaryTopicOf, GEO.lat, GEO.long, CLEC.unlinked, OA.motivatedBy)
PREDICATES = (*_PROPERTIES, OA.hasBody, SCHEMA.mentions, SEM.hasPlace)  # every predicate link_coverage reads
# Text every line link_coverage_of_lines reads holds (and some others: it checks each line's predicate):
# the predicates, and of rdf:type only the two classes the figures ask about.
LINE_MARKERS = (
    *(f" <{p}> " for p in PREDICATES if p != RDF.type),
    *(f" <{RDF.type}> <{c}> " for c in (SCHEMA.Place, ORG.Organization)),
)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def link_coverage(dataset: Dataset) -> dict:
    """The coverage of an rdflib Dataset (or anything with rdflib's `quads`)."""
    return _coverage(((s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))), URIRef)


def link_coverage_of_lines(lines: Iterable[str]) -> dict:
    """The same figures from N-Quads lines (a BuiltGraph's, `S P O G .`, S and P an IRI or blank
    node, G an IRI): read as text, no term made; an IRI stands for itself without its brackets.
    The same as `link_coverage` of the graph (tests/link/test_link_places.py)."""
    wanted = {f"<{p}>" for p in PREDICATES}
    a, classes = f"<{RDF.type}>", {f"<{SCHEMA.Place}>", f"<{ORG.Organization}>"}  # the only classes _coverage asks about

    def triples():
        for line in lines:
            i = line.index(" ")
            j = line.index(" ", i + 1)
            p = line[i + 1 : j]
            if p in wanted:
                s, o = line[:i], line[j + 1 : line.rindex(" <")]
                if p == a and o not in classes:
                    continue  # (most of the lines read: every statement, event and note has a type)
                yield (s[1:-1] if s[0] == "<" else s), p[1:-1], (o[1:-1] if o[0] == "<" else o)

    return _coverage(triples(), str)


def _coverage(triples: Iterable[tuple], iri) -> dict:
    """The figures from (s, p, o) nodes; `iri(text)` is how an IRI is written among them."""
    a, place_class, same_as, identifying, motivated = (
        iri(str(t)) for t in (RDF.type, SCHEMA.Place, OWL.sameAs, OA.identifying, OA.motivatedBy)
    )
    lat, long, has_body = iri(str(GEO.lat)), iri(str(GEO.long)), iri(str(OA.hasBody))
    used_by = (iri(str(SCHEMA.mentions)), iri(str(SEM.hasPlace)))
    unlinked, primary_topic, organisation_class = iri(str(CLEC.unlinked)), iri(str(FOAF.isPrimaryTopicOf)), iri(str(ORG.Organization))
    identity = tuple(iri(str(p)) for p in IDENTITY)
    properties = {iri(str(p)) for p in _PROPERTIES}
    props: dict = defaultdict(lambda: defaultdict(set))
    bodies = []
    for s, p, o in triples:
        if p in properties:
            props[s][p].add(o)
        elif p == has_body:
            bodies.append((s, o))
        elif p in used_by:
            props[o]["used"].add(s)

    def is_place(node) -> bool:
        return place_class in props[node][a]

    def geonames(node) -> bool:
        return any(str(i).startswith(GEONAMES_PREFIXES) for i in props[node][same_as])

    def located(node) -> bool:
        return bool(props[node][lat] and props[node][long])

    mentions = [body for note, body in bodies if identifying in props[note][motivated] and is_place(body)]
    places = sorted({n for n in list(props) if is_place(n) and props[n]["used"]})
    added = sorted({n for n in list(props) if is_place(n) and not props[n]["used"]})
    organisations = sorted(n for n in list(props) if organisation_class in props[n][a])
    with_id = [n for n in organisations if any(props[n][p] for p in identity)]
    linked = [n for n in places if geonames(n) and located(n)]
    dbpedia = [n for n in organisations if any(str(i).startswith(DBPEDIA_PREFIXES) for i in props[n][same_as])]
    wikipedia = [n for n in organisations if any(str(i).startswith(WIKIPEDIA_PREFIX) for i in props[n][primary_topic])]
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
            "unlinked": len([n for n in places if props[n][unlinked]]),
        },
        "places_added_for_hierarchy": len(added),
        "organisations": {
            "total": len(organisations),
            "with_identifier": len(with_id),
            "share": _share(len(with_id), len(organisations)),
            "dbpedia": len(dbpedia),
            "wikipedia": len(wikipedia),
        },
    }


# The same figures by SPARQL, for graphs in a store (the default graph being the union of the named graphs).
_PREFIXES = """PREFIX clec: <https://clecgraph.example/ns#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <https://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
_GEONAMES = (
    '?place owl:sameAs ?g . FILTER(STRSTARTS(STR(?g), "https://sws.geonames.org/") || STRSTARTS(STR(?g), "http://sws.geonames.org/"))'
)
_LOCATED = "?place geo:lat ?lat ; geo:long ?long ."
_USED = "{ ?x schema:mentions ?place } UNION { ?x sem:hasPlace ?place }"
COVERAGE_QUERIES = {
    "mentions": "SELECT (COUNT(DISTINCT ?note) AS ?n) WHERE { ?note oa:motivatedBy oa:identifying ; oa:hasBody ?place . ?place a schema:Place }",
    "mentions_linked": "SELECT (COUNT(DISTINCT ?note) AS ?n) WHERE { ?note oa:motivatedBy oa:identifying ; oa:hasBody ?place . ?place a schema:Place ."
    f" FILTER EXISTS {{ {_GEONAMES} }} FILTER EXISTS {{ {_LOCATED} }} }}",
    "places": f"SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {{ ?place a schema:Place . FILTER EXISTS {{ {_USED} }} }}",
    "places_geonames": f"SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {{ ?place a schema:Place . FILTER EXISTS {{ {_USED} }} FILTER EXISTS {{ {_GEONAMES} }} }}",
    "places_located": f"SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {{ ?place a schema:Place . FILTER EXISTS {{ {_USED} }} FILTER EXISTS {{ {_LOCATED} }} }}",
    "places_linked": f"SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {{ ?place a schema:Place . FILTER EXISTS {{ {_USED} }}"
    f" FILTER EXISTS {{ {_GEONAMES} }} FILTER EXISTS {{ {_LOCATED} }} }}",
    "places_unlinked": f"SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {{ ?place a schema:Place ; clec:unlinked ?u . FILTER EXISTS {{ {_USED} }} }}",
    "places_added": f"SELECT (COUNT(DISTINCT ?place) AS ?n) WHERE {{ ?place a schema:Place . FILTER NOT EXISTS {{ {_USED} }} }}",
    "organisations": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a org:Organization }",
    "organisations_dbpedia": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a org:Organization ; owl:sameAs ?i ."
    ' FILTER(STRSTARTS(STR(?i), "https://dbpedia.org/resource/") || STRSTARTS(STR(?i), "http://dbpedia.org/resource/")) }',
    "organisations_wikipedia": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a org:Organization ; foaf:isPrimaryTopicOf ?w ."
    ' FILTER(STRSTARTS(STR(?w), "https://en.wikipedia.org/wiki/")) }',
    "organisations_linked": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a org:Organization . FILTER EXISTS { { ?o owl:sameAs ?i } UNION { ?o schema:sameAs ?i } UNION { ?o skos:exactMatch ?i } } }",
}


def link_coverage_sparql(ask) -> dict:
    """`link_coverage` for a store: `ask(query)` runs a SPARQL query and returns its rows.

    For example `link_coverage_sparql(lambda q: store.query(q).rows)`; the
    store's default graph must be the union of its named graphs.
    """
    n = {name: int(str(ask(_PREFIXES + text)[0][0])) for name, text in COVERAGE_QUERIES.items()}
    return {
        "place_mentions": {
            "total": n["mentions"],
            "geonames_and_coordinates": n["mentions_linked"],
            "share": _share(n["mentions_linked"], n["mentions"]),
        },
        "places": {
            "total": n["places"],
            "geonames": n["places_geonames"],
            "coordinates": n["places_located"],
            "geonames_and_coordinates": n["places_linked"],
            "share": _share(n["places_linked"], n["places"]),
            "unlinked": n["places_unlinked"],
        },
        "places_added_for_hierarchy": n["places_added"],
        "organisations": {
            "total": n["organisations"],
            "with_identifier": n["organisations_linked"],
            "share": _share(n["organisations_linked"], n["organisations"]),
            "dbpedia": n["organisations_dbpedia"],
            "wikipedia": n["organisations_wikipedia"],
        },
    }
