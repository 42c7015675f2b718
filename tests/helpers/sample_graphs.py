"""Small hand-made graphs (with and without script payloads) for view and page tests."""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from clecgraph.vocab import CLEC, EVENT_TYPE, GEO, ORG, SCHEMA, SEM

BASE = "https://t.example/id/"
XSS_SCRIPT = "<script>document.body.setAttribute('data-pwned', 'script')</script>"
XSS_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\">"


def iri(path: str) -> URIRef:
    return URIRef(BASE + path)


def small_graph(payload: bool = False) -> Dataset:
    """Three organisations issuing four statements about events in two places.

    With `payload`, one organisation's name (an issuer, and an actor of the
    trial) and one statement's title and text carry script and img-onerror
    payloads.
    """
    ds = Dataset()
    entities = ds.graph(iri("graph/entities"))
    kinds = {"org": ORG.Organization, "person": SCHEMA.Person, "place": SCHEMA.Place}

    def entity(path, label, *alts):
        node = iri(path)
        entities.add((node, RDF.type, kinds[path.split("/")[0]]))
        entities.add((node, SKOS.prefLabel, Literal(label)))
        entities.add((node, RDFS.label, Literal(label)))
        for alt in alts:
            entities.add((node, SKOS.altLabel, Literal(alt)))
        return node

    licadho = entity("org/licadho", "LICADHO", "Cambodian League for the Promotion and Defense of Human Rights")
    adhoc = entity("org/adhoc", "ADHOC")
    cchr = entity("org/cchr", "Cambodian Center for Human Rights", "CCHR")
    court = entity("org/court", "Phnom Penh Municipal Court")
    bopha = entity("person/yorm-bopha", "Yorm Bopha")
    khmer = entity("person/sok-chan", "សុខ ចាន់")
    penh = entity("place/phnom-penh", "Phnom Penh", "ភ្នំពេញ")
    entities.add((penh, GEO.lat, Literal("11.562500", datatype=XSD.decimal)))
    entities.add((penh, GEO.long, Literal("104.916000", datatype=XSD.decimal)))
    kak = entity("place/boeung-kak", "Boeung Kak")
    evil = entity("org/evil", XSS_IMG) if payload else None
    types = ds.graph(iri("graph/event-types"))
    for name in ("arrest", "trial", "eviction"):
        types.add((EVENT_TYPE[name], SKOS.prefLabel, Literal(name, lang="en")))

    def statement(key, date, title, creators, mentions=(), events=(), text=None):
        node = iri(f"statement/{key}")
        g = ds.graph(node)
        g.add((node, RDF.type, CLEC.Statement))
        g.add((node, RDFS.label, Literal(title)))
        g.add((node, SCHEMA.text, Literal(text or f"{title}. More words follow here.")))
        g.add((node, DCTERMS.issued, Literal(date, datatype=XSD.date if len(date) == 10 else XSD.gYear)))
        for org in creators:
            g.add((node, DCTERMS.creator, org))
            g.add((node, SCHEMA.mentions, org))
        for other in mentions:
            g.add((node, SCHEMA.mentions, other))
        for number, (etype, place, stamp, actors_) in enumerate(events, 1):
            event = iri(f"event/{key}-{number}")
            g.add((node, SCHEMA.about, event))
            g.add((event, RDF.type, SEM.Event))
            g.add((event, SEM.eventType, EVENT_TYPE[etype]))
            g.add((event, RDFS.label, Literal(f"{etype} in {place.rsplit('/', 1)[-1]}")))
            g.add((event, SEM.hasPlace, place))
            if stamp:
                g.add((event, SEM.hasTimeStamp, Literal(stamp, datatype=XSD.date)))
            for actor in actors_:
                g.add((event, SEM.hasActor, actor))
        return node

    first_creators = (licadho, adhoc, evil) if payload else (licadho, adhoc)
    statement(
        "2010-05-03-a",
        "2010-05-03",
        XSS_SCRIPT if payload else "Arrest of Yorm Bopha",
        first_creators,
        (bopha, court),
        [("arrest", penh, "2010-05-02", (bopha,))],
        text=(XSS_IMG + " " + XSS_SCRIPT) if payload else None,
    )
    statement(
        "2011-02-10-b",
        "2011-02-10",
        "Trial at Boeung Kak",
        (licadho, adhoc, cchr),
        (khmer,),
        [("trial", kak, None, (court, evil) if payload else (court,))],
    )
    statement("2012-c", "2012", "Eviction in Phnom Penh", (cchr,), (licadho,), [("eviction", penh, "2012-06-01", ())])
    statement("2012-06-02-d", "2012-06-02", "Second arrest", (licadho, adhoc), (), [])
    return ds
