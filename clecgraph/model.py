"""Plain, frozen records that the pipeline stages hand to each other.

Only these types cross stage boundaries: readers make `Statement`s,
extractors make `Extraction`s, the resolver makes `Entity`s. None of them
knows about RDF, click or the file system.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity kinds, in the order reports and pages list them.
ORGANISATION = "organisation"
PERSON = "person"
PLACE = "place"
ENTITY_KINDS = (ORGANISATION, PERSON, PLACE)

# Fields of a statement that extraction reads; spans are relative to one of them.
TITLE = "title"
TEXT = "text"


@dataclass(frozen=True)
class InputWarning:
    """Something a user should know about their input, with where it is."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Statement:
    """One press statement as read from an input file.

    `source` is the file name without folders and `line` the 1-based line
    where the statement starts; together they identify it.
    """

    source: str
    line: int
    text: str
    date: str | None = None  # ISO 8601 from the header or record, if valid
    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()  # extra record fields, sorted
    warnings: tuple[InputWarning, ...] = ()  # problems found while reading it

    def fields(self) -> tuple[tuple[str, str], ...]:
        """The (field name, text) pairs extraction reads, title first."""
        out = []
        if self.title:
            out.append((TITLE, self.title))
        out.append((TEXT, self.text))
        return tuple(out)

    def field_text(self, name: str) -> str:
        return self.title or "" if name == TITLE else self.text


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of one field of a statement."""

    field: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A name of an entity as written in a statement."""

    kind: str  # one of ENTITY_KINDS
    name: str  # the fullest name the statement uses for this entity
    span: Span
    extractor: str  # which extractor found it, for provenance
    surface: str = ""  # the words exactly as written at `span`
    subtype: str | None = None  # e.g. "court", "country", "village"


# How a statement tells of an event (ontology/factuality.ttl): only asserted events are what it is about.
ASSERTED = "asserted"
FACTUALITIES = (ASSERTED, "negated", "hedged", "planned", "called-for", "background")


# Who asserts an event: the statement's issuer itself, or a source it quotes or cites.
ISSUER, QUOTED = "issuer", "quoted"


@dataclass(frozen=True)
class Assertion:
    """Who asserts an event: the issuer, or a source the statement cites ("according to police") or quotes."""

    kind: str = ISSUER  # ISSUER or QUOTED
    source: str | None = None  # the source's words, for QUOTED ("police", "The Ministry of Interior")
    cue: str | None = None  # the words that cite it: "according to", "said", "claimed" ...
    speaker: str | None = None  # the name of the person or organisation mention the source is, if any
    quote: str | None = None  # the quotation the sentence gives, without its marks
    quote_span: Span | None = None


@dataclass(frozen=True)
class Event:
    """An event the statement reports."""

    type: str  # notation of a concept in ontology/event-types.ttl
    trigger: Span  # the words that announce it
    extractor: str
    place: str | None = None  # name of a place mention of the same statement
    date: str | None = None  # ISO 8601 at the precision the text gives
    participants: tuple[str, ...] = ()  # names of persons/organisations involved
    factuality: str = "asserted"  # notation of a concept of ontology/factuality.ttl (FACTUALITIES)
    narrower: str | None = None  # a narrower type of `type` its words name ("killing" under violence)
    asserted_by: Assertion | None = None  # who asserts it (None: the extractor did not say)

    @property
    def asserted(self) -> bool:
        return self.factuality == ASSERTED


@dataclass(frozen=True)
class Affiliation:
    """A person's stated role in an organisation."""

    person: str
    organisation: str
    role: str | None
    span: Span
    extractor: str


@dataclass(frozen=True)
class Extraction:
    """Everything read from one statement, before cross-corpus resolution."""

    statement: Statement
    date: str | None  # the statement's date (header, record or dateline)
    issuers: tuple[str, ...]  # organisation names, each also among mentions
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...] = ()  # what the statement asserts happened
    affiliations: tuple[Affiliation, ...] = ()
    warnings: tuple[InputWarning, ...] = ()
    named_events: tuple[Event, ...] = ()  # events it names without asserting them (negated, called for...)


@dataclass(frozen=True)
class Entity:
    """One real-world organisation, person or place across the corpus."""

    kind: str
    key: str  # slug used in the IRI, unique within the kind
    label: str  # preferred name
    alt_labels: tuple[str, ...] = ()
    subtype: str | None = None
    same_as: tuple[str, ...] = ()  # verified external IRIs
    latitude: float | None = None
    longitude: float | None = None
    contained_in: str | None = None  # key of a containing place entity
    extra: tuple[tuple[str, str], ...] = field(default=())  # e.g. ("iso3166", "KH")
