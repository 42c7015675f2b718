"""Who asserts an event: the statement's issuer, or a source it quotes or cites.

A statement reports what others said: "according to police", "witnesses
said", "the ministry claimed", `X said "..."`, `"...", X told reporters`.
For an event, the sentence holding its trigger is read for such a cue; if
one is found, the event is asserted by that source (its words: "police",
"witnesses", "the Ministry of Interior"; and the person or organisation
mention they name, if any), with the quotation and its speaker when the
sentence quotes one. Otherwise the issuer asserts it.

This is a pure function of a statement, its events and its mentions, so it
can run as an extraction step or after extraction.

    >>> from clecgraph.model import Event, Span, Statement
    >>> s = Statement("a.txt", 1, "According to police, 14 workers were arrested on Monday.")
    >>> e = Event("arrest", Span("text", 36, 44), "rules")
    >>> a = attribute(s, (e,), ())[0]
    >>> a.kind, a.source, a.cue
    ('quoted', 'police', 'according to')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clecgraph.extract.text.sentences import sentences
from clecgraph.model import ORGANISATION, PERSON, Event, Mention, Span, Statement

ISSUER, QUOTED = "issuer", "quoted"
# Verbs of saying: "said", "told reporters", "claimed", "alleged", "reported", "stated".
_SAY = r"(?P<verb>said|says|say|told(?:\s+\w+){0,2}|claimed|claims|claim|alleged|alleges|stated|states|reported|reports|insisted|denied|added|explained|confirmed)"
_SOURCE = r"((?:the\s+|a\s+|an\s+|local\s+|several\s+|two\s+|three\s+|many\s+)?[A-Z\w][\w.’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z\w][\w.’'\-]*){0,5})"
CUES = (
    ("according to", re.compile(r"\baccording\s+to\s+" + _SOURCE, re.I)),
    ("said", re.compile(_SOURCE + r",?\s+(?:has\s+|had\s+|have\s+)?" + _SAY + r"\b")),
    ("said", re.compile(r"[\"“”],?\s+" + _SOURCE + r"\s+" + _SAY + r"\b")),
    ("said", re.compile(r"[\"“”],?\s+" + _SAY + r"\s+" + _SOURCE)),
)
# Common sources written in lower case ("witnesses said", "police claimed").
_LOWER_SOURCES = re.compile(
    r"\b(?:police|witnesses|villagers|residents|officials?|authorities|the\s+(?:government|ministry|army|military|court|company|police|authorities)|"
    r"family\s+members|relatives|workers|activists|lawyers?|sources|reports|media|state\s+media|the\s+\w+\s+ministry)\b",
    re.I,
)
_QUOTE = re.compile(r"[\"“]([^\"“”]{8,400})[\"”]")
_NOT_SOURCES = re.compile(r"^(?:it|this|that|he|she|they|we|i|which|who|the\s+statement|the\s+report)$", re.I)


@dataclass(frozen=True)
class Attribution:
    """Who asserts one event of a statement (events are numbered from 1, as in the graph)."""

    event: int
    kind: str  # ISSUER or QUOTED
    source: str | None = None  # the source's words, for QUOTED
    cue: str | None = None  # "according to", "said"
    speaker: str | None = None  # the name of a person or organisation mention the source is, if any
    quote: str | None = None  # the quotation the sentence gives, without its marks
    quote_span: Span | None = None


def _sentence_of(text: str, offset: int) -> tuple[int, int]:
    for sentence in sentences(text):
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return 0, len(text)


def _speaker(source: str, start: int, end: int, mentions: tuple[Mention, ...], field: str) -> str | None:
    for mention in mentions:
        if mention.kind in (PERSON, ORGANISATION) and mention.span.field == field:
            if mention.span.start < end and start < mention.span.end:
                return mention.name
    return None


def _source_ok(source: str) -> bool:
    words = source.strip()
    return bool(words) and not _NOT_SOURCES.match(words) and (words[0].isupper() or _LOWER_SOURCES.search(words) is not None)


def attribute(statement: Statement, events: tuple[Event, ...], mentions: tuple[Mention, ...]) -> tuple[Attribution, ...]:
    """One Attribution per event, in the events' order."""
    out = []
    for number, event in enumerate(events, 1):
        field = event.trigger.field
        text = statement.field_text(field)
        start, end = _sentence_of(text, event.trigger.start)
        sentence = text[start:end]
        found = None
        for cue, pattern in CUES:
            for match in pattern.finditer(sentence):
                source = match.group(1).strip()
                if _source_ok(source):
                    verb = match.groupdict().get("verb")
                    found = (verb.split()[0].lower() if verb else cue, source, start + match.start(1), start + match.end(1))
                    break
            if found:
                break
        quote = _QUOTE.search(sentence)
        if not found:
            out.append(Attribution(number, ISSUER))
            continue
        cue, source, s_start, s_end = found
        out.append(
            Attribution(
                number,
                QUOTED,
                source=source,
                cue=cue,
                speaker=_speaker(source, s_start, s_end, mentions, field),
                quote=quote.group(1).strip() if quote else None,
                quote_span=Span(field, start + quote.start(1), start + quote.end(1)) if quote else None,
            )
        )
    return tuple(out)
