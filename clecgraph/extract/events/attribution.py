"""Who asserts an event: the statement's issuer, or a source it quotes or cites.

A statement reports what others said: "according to police", "witnesses
said", "the ministry claimed", `X said "..."`, `"...", X told reporters`.
For an event, the sentence holding its trigger is read for such a cue; if
one is found, the event is asserted by that source (its words: "police",
"witnesses", "the Ministry of Interior"; and the person or organisation
mention they name, if any), with the quotation and its speaker when the
sentence quotes one. Otherwise the issuer asserts it.

The cue words are tables of ontology/lexicon/en.toml (citing_phrases,
assertion_verbs, telling_verbs, source_openers, lower_case_sources,
not_sources). The extractor runs this as its component "events.attribution"
(events/finder.py), which fills each Event's `asserted_by`.

    >>> from clecgraph.model import Event, Span, Statement
    >>> s = Statement("a.txt", 1, "According to police, 14 workers were arrested on Monday.")
    >>> e = Event("arrest", Span("text", 36, 44), "rules")
    >>> a = attribute(s, (e,), ())[0]
    >>> a.kind, a.source, a.cue
    ('quoted', 'police', 'according to')
"""

from __future__ import annotations

import re
from dataclasses import replace

from clecgraph.extract.components import Work, component
from clecgraph.extract.text.sentences import sentences
from clecgraph.knowledge.lexicon import EN
from clecgraph.model import ISSUER, ORGANISATION, PERSON, QUOTED, Assertion, Event, Mention, Span, Statement

_SAY = r"(?P<verb>" + EN.alternation("telling_verbs") + r"(?:\s+\w+){0,2}|" + EN.alternation("assertion_verbs") + ")"
_SOURCE = r"((?:" + EN.alternation("source_openers") + r"\s+)?[A-Z\w][\w.’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z\w][\w.’'\-]*){0,5})"
_CITING = EN.ordered("citing_phrases")[0].replace("_", " ")  # the cue a citing phrase is recorded as
CUES = (
    ("citing", re.compile(r"\b" + EN.alternation("citing_phrases") + r"\s+" + _SOURCE, re.I)),
    ("said", re.compile(_SOURCE + r",?\s+(?:has\s+|had\s+|have\s+)?" + _SAY + r"\b")),
    ("said", re.compile(r"[\"“”],?\s+" + _SOURCE + r"\s+" + _SAY + r"\b")),
    ("said", re.compile(r"[\"“”],?\s+" + _SAY + r"\s+" + _SOURCE)),
)
# Sources written in lower case ("witnesses said", "police claimed", "the interior ministry").
_LOWER_SOURCES = re.compile(r"\b(?:" + EN.alternation("lower_case_sources") + r"|the\s+\w+\s+ministry)\b", re.I)
_NOT_SOURCES = re.compile(r"^" + EN.alternation("not_sources") + r"$", re.I)
_QUOTE = re.compile(r"[\"“]([^\"“”]{8,400})[\"”]")
# A sentence with no speech verb cannot match the "said" cues; looking for the verb first spares
# trying a source at every word of every sentence (most sentences cite no one).
_ANY_SAY = re.compile(r"\b(?:" + EN.alternation("telling_verbs") + "|" + EN.alternation("assertion_verbs") + r")\b")

__all__ = ["ISSUER", "QUOTED", "CUES", "assertion_of", "attribute", "attribution"]


def _sentence_of(text: str, offset: int, bounds: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    for start, end in bounds if bounds is not None else ((s.start, s.end) for s in sentences(text)):
        if start <= offset < end:
            return start, end
    return 0, len(text)


def _speaker(start: int, end: int, mentions: tuple[Mention, ...], field: str) -> str | None:
    for mention in mentions:
        if mention.kind in (PERSON, ORGANISATION) and mention.span.field == field:
            if mention.span.start < end and start < mention.span.end:
                return mention.name
    return None


def _source_ok(source: str) -> bool:
    words = source.strip()
    return bool(words) and not _NOT_SOURCES.match(words) and (words[0].isupper() or _LOWER_SOURCES.search(words) is not None)


def _cue(statement_text: str, start: int, end: int) -> tuple[str, str, int, int] | None:
    """The first cue of the sentence text[start:end]: (cue, source words, source start, source end)."""
    sentence = statement_text[start:end]
    speaks = _ANY_SAY.search(sentence) is not None
    for cue, pattern in CUES:
        if cue == "said" and not speaks:
            continue
        for match in pattern.finditer(sentence):
            source = match.group(1).strip()
            if _source_ok(source):
                verb = match.groupdict().get("verb")
                said = verb.split()[0].lower() if verb else (_CITING if cue == "citing" else cue)
                return said, source, start + match.start(1), start + match.end(1)
    return None


def assertion_of(statement: Statement, event: Event, mentions: tuple[Mention, ...], bounds=None) -> Assertion:
    """Who asserts one event of the statement (`bounds`: the sentences of its field, if already cut)."""
    field = event.trigger.field
    text = statement.field_text(field)
    start, end = _sentence_of(text, event.trigger.start, bounds)
    found = _cue(text, start, end)
    if not found:
        return Assertion(ISSUER)
    cue, source, s_start, s_end = found
    quote = _QUOTE.search(text, start, end)
    return Assertion(
        QUOTED,
        source=source,
        cue=cue,
        speaker=_speaker(s_start, s_end, mentions, field),
        quote=quote.group(1).strip() if quote else None,
        quote_span=Span(field, quote.start(1), quote.end(1)) if quote else None,
    )


def attribute(statement: Statement, events: tuple[Event, ...], mentions: tuple[Mention, ...]) -> tuple[Assertion, ...]:
    """Who asserts each event, in the events' order: what the extractor filled in, else read now."""
    return tuple(event.asserted_by or assertion_of(statement, event, mentions) for event in events)


@component("events.attribution", ["events", "mentions"], ["events"])
def attribution(knowledge):
    """Who asserts each event: the issuer, or a source its sentence cites or quotes, with the quotation
    and its speaker (Event.asserted_by)."""

    def step(work: Work) -> None:
        statement, mentions = work.statement, work["mentions"]
        bounds: dict[str, list[tuple[int, int]]] = {}  # each field cut into sentences once
        events = []
        for event in work["events"]:
            field = event.trigger.field
            if field not in bounds:
                bounds[field] = [(s.start, s.end) for s in sentences(statement.field_text(field))]
            events.append(replace(event, asserted_by=assertion_of(statement, event, mentions, bounds[field])))
        work.set("events", events)

    return step
