"""RDF namespaces and the deterministic IRIs of everything clecgraph mints.

IRIs are `<base><kind>/<slug>`: readable, and the same input always gives
the same IRIs. The default base uses the reserved `.example` domain: pass
your own (`--base https://data.example.org/`) for a graph you publish.
"""

from __future__ import annotations

import hashlib
import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from clecgraph.model import Span, Statement
from clecgraph.names import slugify

DEFAULT_BASE = "https://clecgraph.example/id/"

_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\\x7f]+")


def iri_problem(value: str) -> str | None:
    """Why `value` is not an absolute IRI (RFC 3987: a scheme, then no spaces, controls or <>"{}|^`\\), or None."""
    if not value:
        return "it is empty"
    if not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", value):
        return "it has no scheme (it should start like https://)"
    if not _IRI.fullmatch(value):
        bad = next(c for c in value if c <= " " or c in '<>"{}|^`\\\x7f')
        return f"it contains {bad!r}, which an IRI cannot hold"
    return None


def base_problem(base: str) -> str | None:
    """Why `base` cannot be the base of minted IRIs (it must be an absolute IRI), or None.
    A base that does not end in / or # gets a / (IRIs below)."""
    return iri_problem(base)


CLEC = Namespace("https://clecgraph.example/ns#")
EVENT_TYPE = Namespace("https://clecgraph.example/ns/event-type/")
FACTUALITY = Namespace("https://clecgraph.example/ns/factuality/")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
GN = Namespace("https://www.geonames.org/ontology#")
WD = Namespace("http://www.wikidata.org/entity/")
QB = Namespace("http://purl.org/linked-data/cube#")

PREFIXES = {
    "clec": CLEC,
    "etype": EVENT_TYPE,
    "fact": FACTUALITY,
    "schema": SCHEMA,
    "org": ORG,
    "sem": SEM,
    "oa": OA,
    "geo": GEO,
    "gn": GN,
    "wd": WD,
    "qb": QB,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "owl": OWL,
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "xsd": XSD,
}

# The rdf:type of each entity kind.
KIND_CLASS = {"organisation": ORG.Organization, "person": SCHEMA.Person, "place": SCHEMA.Place}
CLASS_KIND = {cls: kind for kind, cls in KIND_CLASS.items()}
KIND_PATH = {"organisation": "org", "person": "person", "place": "place"}


def statement_id(statement: Statement) -> str:
    """`<date>-<hash>`: sorts by date, and differs for every (file, line, text)."""
    digest = hashlib.sha1(f"{statement.source}\n{statement.line}\n{statement.text}".encode()).hexdigest()[:10]
    return f"{statement.date or 'undated'}-{digest}"


class IRIs:
    """Mints the IRIs of one graph under one base."""

    def __init__(self, base: str = DEFAULT_BASE):
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        self._last: tuple[Statement | None, str] = (None, "")  # the id of the statement asked for last
        self._extractors: dict[str, URIRef] = {}

    def _id(self, statement: Statement) -> str:
        # A statement's mentions and events ask for its id in turn; hashing its text once is enough.
        if self._last[0] is not statement:
            self._last = (statement, statement_id(statement))
        return self._last[1]

    def entity(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{KIND_PATH[kind]}/{key}")

    def statement(self, statement: Statement) -> URIRef:
        return URIRef(f"{self.base}statement/{self._id(statement)}")

    def event(self, statement: Statement, number: int) -> URIRef:
        return URIRef(f"{self.base}event/{self._id(statement)}-{number}")

    def mention(self, statement: Statement, span: Span, kind: str) -> URIRef:
        return URIRef(f"{self.base}mention/{self._id(statement)}/{span.field}-{span.start}-{span.end}-{kind}")

    def membership(self, person_key: str, org_key: str, role: str | None) -> URIRef:
        suffix = f"--{slugify(role)}" if role else ""
        return URIRef(f"{self.base}membership/{person_key}--{org_key}{suffix}")

    def role(self, role: str) -> URIRef:
        return URIRef(f"{self.base}role/{slugify(role)}")

    def extractor(self, name: str) -> URIRef:
        node = self._extractors.get(name)
        if node is None:  # every annotation names its extractor: a handful of names, asked for again and again
            node = self._extractors[name] = URIRef(f"{self.base}agent/{slugify(name)}")
        return node

    def dataset(self, name: str) -> URIRef:
        return URIRef(f"{self.base}dataset/{name}")

    def observation(self, dataset: str, name: str) -> URIRef:
        return URIRef(f"{self.base}observation/{dataset}/{name}")

    def graph(self, name: str) -> URIRef:
        return URIRef(f"{self.base}graph/{name}")
