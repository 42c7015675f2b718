"""Protection of victims' names: persons who are not public figures get stable pseudonyms.

`protect(extractions, key)` is applied to the extractions before the graph is
assembled (clecgraph build --protect). A person stays named when they are a
public figure:
  - a known person of ontology/authorities/ (leaders, politicians, public figures);
  - stated to hold a public role in an organisation (an affiliation whose role
    is an office: director, spokesperson, minister, president, lawyer, ...);
  - named after a role word in the text ("Interior Minister Sar Kheng",
    "police spokesperson Kirth Chantharith", "Sar Kheng, the minister").
Everyone else (victims, witnesses, family members, community members) is
replaced by a pseudonym, "Person" and six letters and digits taken from an
HMAC-SHA256 of the person's resolved name under the user's key: the same
person gets the same pseudonym in every build with the same key, and the
mapping is written nowhere. Their names (every written form the resolver
ties to them) are removed from texts, titles, URLs, metadata, mention
surfaces, event participants and affiliations; every character span is
moved to the rewritten text, so annotations still point at the right words.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from clecgraph.model import PERSON, Extraction, Span
from clecgraph.names import fold

PUBLIC_ROLES = re.compile(
    r"\b(?:minister|spokes(?:wo)?(?:man|person)|president|prime|premier|governor|director|secretary|chair(?:man|woman|person)?|"
    r"coordinator|officer|official|commissioner|ambassador|judge|prosecutor|lawyer|attorney|advocate|counsel|mayor|chief|"
    r"general|colonel|commander|deputy|head|founder|executive|manager|leader|senator|mp|lawmaker|parliamentarian|"
    r"king|queen|prince|princess|samdech|rapporteur|representative|staff|researcher|investigator|monitor|"
    r"police (?:chief|commissioner)|chairman|vice)\b",
    re.I,
)
ROLE_REACH = 40  # characters before or after a name searched for a role word


@dataclass(frozen=True)
class Protection:
    """What protection did, without the mapping: how many persons, which pseudonyms."""

    protected: int  # persons replaced by pseudonyms
    kept: int  # persons kept named as public figures
    pseudonyms: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # the names removed: in memory only (tests check no output holds them), never written
    unmatched: int = 0  # names of the curator's lists no person of the corpus bears (counted, never written)


PSEUDONYM = re.compile(r"^Person [A-Z2-7]{6}$")  # already protected (a build added to a protected one)


def pseudonym(key: bytes, name: str) -> str:
    digest = hmac.new(key, fold(name).encode("utf-8"), hashlib.sha256).digest()
    return "Person " + base64.b32encode(digest).decode("ascii")[:6]


def _public_by_role(extractions: list[Extraction], names_of: dict[str, set[str]]) -> set[str]:
    """Person keys written next to a role word in some statement, or holding a public role."""
    public = set()
    key_of = {fold(n): k for k, names in names_of.items() for n in names}
    for extraction in extractions:
        for affiliation in extraction.affiliations:
            if affiliation.role and PUBLIC_ROLES.search(affiliation.role):
                public.add(key_of.get(fold(affiliation.person)))
        for mention in extraction.mentions:
            if mention.kind != PERSON:
                continue
            text = extraction.statement.field_text(mention.span.field)
            before = text[max(0, mention.span.start - ROLE_REACH) : mention.span.start]
            after = text[mention.span.end : mention.span.end + ROLE_REACH]
            # The role must be in the words next to the name, not across a sentence's end.
            before, after = re.split(r"[.;!?]\s", before)[-1], re.split(r"[.;!?]\s", after)[0]
            if (
                PUBLIC_ROLES.search(before[-25:])
                or re.match(r"\s*,\s*(?:the\s+|a\s+|an\s+)?[^,]{0,20}", after)
                and PUBLIC_ROLES.search(after[:30])
            ):
                public.add(key_of.get(fold(mention.name)))
    public.discard(None)
    return public


def person_names(extractions: list[Extraction], resolution) -> dict[str, set[str]]:
    """Each person entity key -> every written form of its name (labels, and the exact words of its mentions)."""
    names_of: dict[str, set[str]] = {}
    for (kind, name), entity_key in resolution.index.items():
        if kind == PERSON:
            names_of.setdefault(entity_key, set())
    for (kind, entity_key), entity in resolution.entities.items():
        if kind == PERSON:
            names_of[entity_key] = {entity.label, *entity.alt_labels}
    for extraction in extractions:  # the exact words written, which the resolver may have folded
        for mention in extraction.mentions:
            if mention.kind == PERSON and (PERSON, fold(mention.name)) in resolution.index:
                names_of[resolution.key(PERSON, mention.name)].update({mention.name, mention.surface} - {""})
    return names_of


def public_persons(
    extractions: list[Extraction], resolution, keep: set[str] = frozenset(), names_of=None, hide: set[str] = frozenset()
) -> set[str]:
    """Keys of the persons who are public figures: known authorities, holders of an office, named beside a
    role word, or named in `keep`; never one named in `hide` (a curator's decision overrides the rules)."""
    from clecgraph.knowledge.ontology import default_knowledge

    names_of = person_names(extractions, resolution) if names_of is None else names_of
    known = {fold(n) for a in default_knowledge().authorities_of(PERSON) for n in (a.label, *a.alt_labels)}
    keep_folded = {fold(n) for n in keep}
    public = _public_by_role(extractions, names_of)
    public |= {k for k, names in names_of.items() if {fold(n) for n in names} & (known | keep_folded)}
    public |= {k for k, names in names_of.items() if all(PSEUDONYM.match(n) for n in names)}
    hide_folded = {fold(n) for n in hide}
    public -= {k for k, names in names_of.items() if {fold(n) for n in names} & hide_folded}
    return public


def protect(
    extractions: list[Extraction], key: bytes, keep: set[str] = frozenset(), hide: set[str] = frozenset()
) -> tuple[list[Extraction], Protection]:
    """The extractions with non-public persons pseudonymised; `keep` are names always kept, `hide` names always
    protected (a curator's lists, clecgraph.incidents.protect_curation)."""
    if not key:
        raise ValueError("protection needs a non-empty key")
    from clecgraph.resolve.entities import resolve

    resolution = resolve(extractions)
    names_of = person_names(extractions, resolution)
    public = public_persons(extractions, resolution, keep, names_of, hide)
    hidden = {k: pseudonym(key, resolution.entities[(PERSON, k)].label) for k in names_of if k not in public}
    replacement = {}
    for entity_key, alias in hidden.items():
        for name in names_of[entity_key]:
            if len(name.strip()) > 1:
                replacement[fold(name)] = alias
    pattern = _names_pattern({n for k in hidden for n in names_of[k]})
    protected = [_rewrite(e, pattern, replacement) for e in extractions] if hidden else list(extractions)
    removed = tuple(sorted({n for k in hidden for n in names_of[k] if len(n.strip()) > 1}))
    written = {fold(n) for names in names_of.values() for n in names}
    unmatched = sum(1 for n in {fold(n) for n in (*keep, *hide)} if n not in written)
    return protected, Protection(len(hidden), len(names_of) - len(hidden), tuple(sorted(set(hidden.values()))), removed, unmatched)


def _names_pattern(names: set[str]) -> re.Pattern | None:
    names = sorted((n for n in names if len(n.strip()) > 1), key=len, reverse=True)
    if not names:
        return None
    # Any run of spaces or hyphens between a name's words; whole words only.
    parts = [r"[\s\-_]+".join(re.escape(w) for w in re.split(r"[\s\-_]+", n.strip())) for n in names]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)


class _Rewritten:
    """A text with names replaced, and the way from old offsets to new ones."""

    def __init__(self, text: str, pattern: re.Pattern | None, replacement: dict[str, str]):
        self.spans: list[tuple[int, int, int]] = []  # (old start, old end, length of the alias)
        out, last = [], 0
        for match in pattern.finditer(text) if pattern else ():
            alias = replacement.get(fold(re.sub(r"[\s\-_]+", " ", match.group(0))))
            if alias is None:
                continue
            out += [text[last : match.start()], alias]
            self.spans.append((match.start(), match.end(), len(alias)))
            last = match.end()
        out.append(text[last:])
        self.text = "".join(out)

    def move(self, offset: int, end: bool = False) -> int:
        """Where an old offset lands; an offset inside a replaced name goes to the alias's start or end."""
        before = 0
        for start, stop, size in self.spans:
            if offset <= start:
                break
            if offset < stop:
                return start + before + (size if end else 0)
            before += size - (stop - start)
        return offset + before


def _rewrite(extraction: Extraction, pattern, replacement: dict[str, str]) -> Extraction:
    statement = extraction.statement
    fields = {"text": _Rewritten(statement.text, pattern, replacement)}
    if statement.title:
        fields["title"] = _Rewritten(statement.title, pattern, replacement)

    def span(old: Span) -> Span:
        field = fields.get(old.field)
        if field is None:
            return old
        return Span(old.field, field.move(old.start), field.move(old.end, end=True))

    def name(value: str) -> str:
        return _Rewritten(value, pattern, replacement).text if value else value

    def surface(mention, new_span: Span) -> str:
        field = fields.get(new_span.field)
        return field.text[new_span.start : new_span.end] if field else name(mention.surface)

    mentions = []
    for mention in extraction.mentions:
        new_span = span(mention.span)
        mentions.append(replace(mention, name=name(mention.name), span=new_span, surface=surface(mention, new_span)))

    def asserted(found):
        if found is None or found.kind == "issuer":
            return found
        return replace(
            found,
            source=name(found.source),
            speaker=name(found.speaker),
            quote=name(found.quote),
            quote_span=span(found.quote_span) if found.quote_span else None,
        )

    def moved(event):
        return replace(
            event,
            trigger=span(event.trigger),
            participants=tuple(name(p) for p in event.participants),
            asserted_by=asserted(event.asserted_by),
        )

    events = tuple(moved(event) for event in extraction.events)
    named_events = tuple(moved(event) for event in extraction.named_events)
    affiliations = tuple(replace(a, person=name(a.person), span=span(a.span)) for a in extraction.affiliations)
    new_statement = replace(
        statement,
        text=fields["text"].text,
        title=fields["title"].text if "title" in fields else statement.title,
        url=_url(statement.url, pattern, replacement),
        metadata=tuple((k, name(v)) for k, v in statement.metadata),
    )
    return replace(
        extraction, statement=new_statement, mentions=tuple(mentions), events=events, named_events=named_events, affiliations=affiliations
    )


def _url(url: str | None, pattern, replacement) -> str | None:
    if not url or pattern is None:
        return url
    text = _Rewritten(url, pattern, replacement).text
    return text.replace(" ", "-")


# --- the build's hook --------------------------------------------------------
# The build asks, between extraction and graph assembly, whether protection is
# on (protect_if_asked) and notes in its report what it did (note_protection).
# Turn it on around a build, from Python as the command line does:
#
#     with protecting(key):
#         clecgraph.build(["archive/"], "out")

_ASKED: ContextVar[dict | None] = ContextVar("clecgraph_protection", default=None)


@contextmanager
def protecting(key: bytes, keep: set[str] = frozenset(), hide: set[str] = frozenset()) -> Iterator[dict]:
    """Within the block, builds pseudonymise non-public persons with `key` (`keep`: names always public,
    `hide`: names always protected); yields what was done."""
    if not key:
        raise ValueError("protection needs a non-empty key")
    state = {"key": bytes(key), "keep": set(keep), "hide": set(hide), "done": None}
    token = _ASKED.set(state)
    try:
        yield state
    finally:
        _ASKED.reset(token)


def protect_if_asked(extractions: list[Extraction]) -> list[Extraction]:
    state = _ASKED.get()
    if state is None:
        return extractions
    protected, state["done"] = protect(list(extractions), state["key"], state["keep"], state.get("hide", set()))
    return protected


def note_protection(report: dict) -> None:
    """Add to a build report how many persons were protected (nothing when protection is off)."""
    state = _ASKED.get()
    if state is not None and state["done"] is not None:
        done = state["done"]
        report["protection"] = {"persons_protected": done.protected, "persons_kept_as_public": done.kept}
        if state["keep"] or state.get("hide"):
            report["protection"]["curation_names_matching_no_person"] = done.unmatched


__all__ = ["Protection", "protect", "pseudonym", "protecting", "protect_if_asked", "note_protection"]
