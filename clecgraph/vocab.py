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


XSD_NS = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD_NS + "string"
_INTEGER, _BOOLEAN, _DECIMAL = f"^^<{XSD_NS}integer>", f"^^<{XSD_NS}boolean>", f"^^<{XSD_NS}decimal>"
_DATE_TYPES = {4: f"^^<{XSD_NS}gYear>", 7: f"^^<{XSD_NS}gYearMonth>", 10: f"^^<{XSD_NS}date>"}
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DECIMAL_TEXT = re.compile(r"-?[1-9]?\d\.\d+|-?[1-9]\d+\.\d+")


# RDF terms as N-Triples text (the terms of an N-Quads line), written without making rdflib
# terms: the build writes every line this way. Each gives the bytes rdflib's N-Triples writer
# gives for the same term (tests/graph/test_term_text.py compares them).


def nt_escape(text: str) -> str:
    """A literal's text inside its quotes: N-Triples must escape only the backslash, the quote,
    line feed and carriage return; every other character (UTF-8) stands as it is."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def nt_literal(text: str) -> str:
    """A plain string literal (xsd:string)."""
    return f'"{nt_escape(text)}"'


def nt_lang_literal(text: str, language: str) -> str:
    return f'"{nt_escape(text)}"@{language}'


def nt_typed(text: str, datatype: str) -> str:
    """A literal of the datatype IRI `datatype`, its lexical form as given (xsd:string: a plain literal)."""
    return f'"{nt_escape(text)}"' if datatype == XSD_STRING else f'"{nt_escape(text)}"^^<{datatype}>'


def nt_integer(value: int) -> str:
    return f'"{int(value)}"{_INTEGER}'


def nt_boolean(value: bool) -> str:
    return f'"{"true" if value else "false"}"{_BOOLEAN}'


def nt_decimal(value: float) -> str:
    """An xsd:decimal with six decimals (coordinates)."""
    text = f"{value:.6f}"
    if _DECIMAL_TEXT.fullmatch(text):
        return f'"{text}"{_DECIMAL}'
    from rdflib import Literal  # nan, inf: what rdflib makes of them, as before

    return _rdflib_text(Literal(text, datatype=XSD.decimal))


def nt_date(iso: str) -> str:
    """An ISO date, year-month or year as xsd:date, xsd:gYearMonth or xsd:gYear."""
    text = _DATES.get(iso)
    if text is None:
        text = _DATES[iso] = _date_text(iso)
    return text


_DATES: dict[str, str] = {}  # a corpus has a few thousand distinct dates, written again and again


def _date_text(iso: str) -> str:
    import datetime

    found = _ISO_DATE.fullmatch(iso)
    if found and found.group(3):
        try:
            datetime.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        except ValueError:
            found = None
    if found and (found.group(2) is None or "01" <= found.group(2) <= "12"):
        return f'"{iso}"{_DATE_TYPES[len(iso)]}'
    from rdflib import Literal  # anything else as rdflib writes it (its lexical form kept or normalised)

    from clecgraph.dates import precision

    datatype = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}[precision(iso)]
    return _rdflib_text(Literal(iso, datatype=datatype))


def _rdflib_text(node) -> str:
    body = f'"{nt_escape(str(node))}"'
    if node.language:
        return f"{body}@{node.language}"
    return f"{body}^^<{node.datatype}>" if node.datatype is not None and str(node.datatype) != XSD_STRING else body


def statement_id(statement: Statement) -> str:
    """`<date>-<hash>`: sorts by date, and differs for every (file, line, text)."""
    digest = hashlib.sha1(f"{statement.source}\n{statement.line}\n{statement.text}".encode()).hexdigest()[:10]
    return f"{statement.date or 'undated'}-{digest}"


class IRIs:
    """Mints the IRIs of one graph under one base.

    Each IRI comes as an rdflib URIRef (`entity`, ...) or as N-Triples text,
    in angle brackets (`entity_nt`, ...): the build writes its lines from the
    text (making a URIRef checks the IRI and is slow); the URIRef is made from it.
    """

    def __init__(self, base: str = DEFAULT_BASE):
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        self._last: tuple[Statement | None, str] = (None, "")  # the id of the statement asked for last
        self._extractors: dict[str, str] = {}

    def _id(self, statement: Statement) -> str:
        # A statement's mentions and events ask for its id in turn; hashing its text once is enough.
        if self._last[0] is not statement:
            self._last = (statement, statement_id(statement))
        return self._last[1]

    def entity_nt(self, kind: str, key: str) -> str:
        return f"<{self.base}{KIND_PATH[kind]}/{key}>"

    def statement_nt(self, statement: Statement) -> str:
        return f"<{self.base}statement/{self._id(statement)}>"

    def event_nt(self, statement: Statement, number: int) -> str:
        return f"<{self.base}event/{self._id(statement)}-{number}>"

    def mention_nt(self, statement: Statement, span: Span, kind: str) -> str:
        return f"<{self.base}mention/{self._id(statement)}/{span.field}-{span.start}-{span.end}-{kind}>"

    def membership_nt(self, person_key: str, org_key: str, role: str | None) -> str:
        suffix = f"--{slugify(role)}" if role else ""
        return f"<{self.base}membership/{person_key}--{org_key}{suffix}>"

    def role_nt(self, role: str) -> str:
        return f"<{self.base}role/{slugify(role)}>"

    def extractor_nt(self, name: str) -> str:
        node = self._extractors.get(name)
        if node is None:  # every annotation names its extractor: a handful of names, asked for again and again
            node = self._extractors[name] = f"<{self.base}agent/{slugify(name)}>"
        return node

    def dataset_nt(self, name: str) -> str:
        return f"<{self.base}dataset/{name}>"

    def observation_nt(self, dataset: str, name: str) -> str:
        return f"<{self.base}observation/{dataset}/{name}>"

    def graph_nt(self, name: str) -> str:
        return f"<{self.base}graph/{name}>"

    def entity(self, kind: str, key: str) -> URIRef:
        return URIRef(self.entity_nt(kind, key)[1:-1])

    def statement(self, statement: Statement) -> URIRef:
        return URIRef(self.statement_nt(statement)[1:-1])

    def event(self, statement: Statement, number: int) -> URIRef:
        return URIRef(self.event_nt(statement, number)[1:-1])

    def mention(self, statement: Statement, span: Span, kind: str) -> URIRef:
        return URIRef(self.mention_nt(statement, span, kind)[1:-1])

    def membership(self, person_key: str, org_key: str, role: str | None) -> URIRef:
        return URIRef(self.membership_nt(person_key, org_key, role)[1:-1])

    def role(self, role: str) -> URIRef:
        return URIRef(self.role_nt(role)[1:-1])

    def extractor(self, name: str) -> URIRef:
        return URIRef(self.extractor_nt(name)[1:-1])

    def dataset(self, name: str) -> URIRef:
        return URIRef(self.dataset_nt(name)[1:-1])

    def observation(self, dataset: str, name: str) -> URIRef:
        return URIRef(self.observation_nt(dataset, name)[1:-1])

    def graph(self, name: str) -> URIRef:
        return URIRef(self.graph_nt(name)[1:-1])
