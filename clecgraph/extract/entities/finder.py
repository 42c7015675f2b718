"""Organisations, persons and places named in a statement; issuers; affiliations.

One pass per field (title, text) proposes typed candidates from the finders
and keeps the best that do not overlap (chunks.select: longest, then most
trusted). A second pass uses what the statement taught: acronyms defined in
it, short references to names found ("Mr. Sonando" after "Mam Sonando",
"Group 78" after "Group 78 community"), and names listed beside others.

    tokens.py         words with spans; phrase tables for known names
    chunks.py         capitalised runs that may be names; choosing candidates
    organisations.py  known bodies, name grammar, appositions, branches
    orgnames.py       "Tate & Lyle", "7NG Company", "X Sugar Industry", "iLaw" beside a cue
    acronyms.py       "Long Name (ACR)", "ACR (Long Name)", bare capitals
    places.py         gazetteer, known places, "X village / X district", sites
    persons.py        titles, role nouns, Khmer names, speakers
    lists.py          names listed beside a typed name share its kind
    signatories.py    "Endorsed by:" blocks
    issuers.py        the publisher and the bodies that speak
    affiliations.py   a person's role in a body
    (the closed word classes the grammars use are in ontology/lexicon/, read by knowledge/lexicon.py)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from clecgraph.extract.components import Component, Work, component
from clecgraph.extract.entities.acronyms import bare_acronym, bracketed_after, definitions, dotted, publisher_definitions
from clecgraph.extract.entities.affiliations import find_affiliations, kind_affiliations, unit_parent
from clecgraph.extract.entities.gazetteer_names import build_place_table
from clecgraph.extract.entities.issuers import find_issuers, publisher_names
from clecgraph.extract.entities.lists import list_members
from clecgraph.extract.entities.ministers import minister_titles
from clecgraph.extract.entities.officers import officer_affiliations, signed_post_persons
from clecgraph.extract.entities.organisations import body_before_role, build_org_table, find_organisations, role_of_bodies
from clecgraph.extract.entities.orgnames import marked_names
from clecgraph.extract.entities.persons import find_persons, name_token
from clecgraph.extract.entities.places import find_places, is_title_case
from clecgraph.extract.entities.posts import post_persons
from clecgraph.extract.entities.signatories import signatory_lines
from clecgraph.extract.text.chunks import Candidate, select
from clecgraph.extract.text.chunks import chunks as find_chunks
from clecgraph.extract.text.datelines import find_dateline
from clecgraph.extract.text.tokens import PhraseTable, fold, sentence_starts, tokenize
from clecgraph.knowledge import gazetteer
from clecgraph.knowledge.lexicon import STOPWORDS, TITLES
from clecgraph.knowledge.ontology import Knowledge
from clecgraph.model import ORGANISATION, PERSON, PLACE, TEXT, TITLE, Affiliation, Mention, Span

# A word with capitals inside it ("IndustriALL", "NagaWorld") is a brand-like name of its own.
_BRAND = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")

# In a Title Case Headline capitals say little: names guessed from their
# shape are dropped there (names found in the text still reach it in the second pass).
_GUESSES = frozenset({"rules.org.grammar", "rules.org.staff", "rules.org.ampersand", "rules.person.described", "rules.person.khmer"})


@dataclass(frozen=True)
class FoundEntities:
    mentions: tuple[Mention, ...]
    issuers: tuple[str, ...]
    affiliations: tuple[Affiliation, ...] = ()


@dataclass
class _Field:
    name: str
    text: str
    tokens: list
    chunks: list
    starts: set
    chosen: list
    candidates: list = field(default_factory=list)


def _known_orgs(knowledge: Knowledge) -> dict[str, str]:
    return {fold(n): a.label for a in knowledge.authorities_of(ORGANISATION) for n in (a.label, *a.alt_labels)}


@component("entities.fields", ["statement"], ["fields"])
def read_fields(knowledge: Knowledge):
    """Each field (title, text) cut into words, capitalised runs and sentence starts."""

    def step(work: Work) -> None:
        fields = []
        for name, text in work.statement.fields():
            tokens = tokenize(text)
            fields.append(_Field(name, text, tokens, find_chunks(text, tokens), sentence_starts(text, tokens), []))
        work.set("fields", fields)

    return step


@component("entities.publisher", ["statement"], ["publishers", "publisher_table"])
def read_publisher(knowledge: Knowledge):
    """The publisher's names; where the text writes one no finder knows, it still names a body."""
    known_orgs = _known_orgs(knowledge)

    def step(work: Work) -> None:
        publisher_table, publisher_words = None, set()
        publishers = publisher_names(work.statement.publisher, known_orgs)
        for label in publishers:
            # (an acronym publisher is read by the acronym rules, which join it to its long name)
            if fold(label) not in known_orgs and len(label) > 3 and not label.isupper() and any(w[:1].isupper() for w in label.split()):
                publisher_table = publisher_table or PhraseTable()
                publisher_table.add(label, label)
                publisher_words.add(label.split()[0])
        work.set("publishers", publishers)
        work.set("publisher_table", (publisher_table, publisher_words))

    return step


def _candidates(name: str, find, doc: str, requires=("fields",)):
    """A component adding one finder's candidates to every field: find(knowledge) -> (work, field) -> candidates."""

    def make(knowledge: Knowledge):
        propose = find(knowledge)

        def step(work: Work) -> None:
            found = []
            for f in work["fields"]:
                found.append(propose(work, f))
                f.candidates += found[-1]
            work.set(key, found)

        return step

    key = f"candidates.{name}"
    return Component(f"entities.{name}", tuple(requires), (key,), make, doc)


def _org_table(knowledge: Knowledge):
    table = build_org_table(knowledge.authorities_of(ORGANISATION))
    countries = frozenset(fold(p.name) for p in gazetteer.all_places() if p.kind == "country" and " " not in p.name)
    return lambda work, f: find_organisations(f.text, f.tokens, f.chunks, table, f.name, countries)


def _publisher_written(knowledge: Knowledge):
    def find(work: Work, f: _Field) -> list[Candidate]:
        table, words = work["publisher_table"]
        if table is None or not any(w in f.text for w in words):
            return []
        return [
            Candidate(i, j, ORGANISATION, label, "rules.org.publisher", 3, None, f.name) for i, j, label in table.scan(f.text, f.tokens)
        ]

    return find


def _place_table(knowledge: Knowledge):
    table = build_place_table(knowledge.authorities_of(PLACE))
    return lambda work, f: find_places(f.text, f.tokens, f.chunks, table, f.name)


def _person_table(knowledge: Knowledge):
    table = PhraseTable()
    for authority in knowledge.authorities_of(PERSON):
        for name in (authority.label, *authority.alt_labels):
            table.add(name, authority.label)
    return lambda work, f: [
        Candidate(i, j, PERSON, label, "rules.person.known", 3, None, f.name) for i, j, label in table.scan(f.text, f.tokens)
    ]


def _signatories(knowledge: Knowledge):
    known_orgs = _known_orgs(knowledge)
    return lambda work, f: signatory_lines(f.text, f.tokens, f.chunks, f.name, known_orgs)


# The finders, in the order their candidates are offered (ties in `select` go to the first).
CANDIDATE_COMPONENTS = (
    _candidates("org.known", _org_table, "known bodies, name grammar, appositions, branches"),
    _candidates("org.role_of", lambda k: lambda w, f: role_of_bodies(f.text, f.tokens, f.chunks, f.name), '"X, a rubber company"'),
    _candidates("org.before_role", lambda k: lambda w, f: body_before_role(f.text, f.tokens, f.chunks, f.name), '"CCHR President X"'),
    _candidates("org.marked", lambda k: lambda w, f: marked_names(f.text, f.tokens, f.name), '"Tate & Lyle", "7NG Company"'),
    _candidates("org.ministers", lambda k: lambda w, f: minister_titles(f.text, f.tokens, f.name), '"Interior Minister X"'),
    _candidates("org.publisher", _publisher_written, "the publisher's name as the text writes it", ("fields", "publisher_table")),
    _candidates("place.found", _place_table, "gazetteer, known places, place kinds, sites"),
    _candidates("person.found", lambda k: lambda w, f: find_persons(f.text, f.tokens, f.starts, f.name), "titles, role nouns, speakers"),
    _candidates(
        "person.post", lambda k: lambda w, f: post_persons(f.text, f.tokens, f.starts, f.name), "posts, bodies and lists around a name"
    ),
    _candidates("person.signed", lambda k: lambda w, f: signed_post_persons(f.text, f.tokens, f.name), '"Chairperson: A B" lines'),
    _candidates("person.known", _person_table, "persons of the authorities"),
    _candidates("org.signatories", _signatories, '"Endorsed by:" blocks'),
    _candidates(
        "place.dateline",
        lambda k: lambda w, f: dateline_places(f.text, f.tokens) if f.name == TEXT else [],
        "the dateline's place",
    ),
)


@component("entities.select", [c.assigns[0] for c in CANDIDATE_COMPONENTS], ["chosen"])
def select_candidates(knowledge: Knowledge):
    """The best candidates that do not overlap; in a Title Case headline, no names guessed from their shape."""

    def step(work: Work) -> None:
        for f in work["fields"]:
            candidates = f.candidates
            if f.name == TITLE and is_title_case(f.tokens):
                candidates = [c for c in candidates if c.extractor not in _GUESSES]
            f.chosen = select(candidates)
        work.set("chosen", True)

    return step


@component("entities.second_pass", ["chosen", "publishers"], ["names"])
def second_pass(knowledge: Knowledge):
    """Acronyms defined in the statement, short names of persons, names repeated or listed beside others."""

    def step(work: Work) -> None:
        _second_pass(work["fields"], work["publishers"])
        work.set("names", True)

    return step


@component("entities.mentions", ["names"], ["mentions", "spans"])
def mentions_of(knowledge: Knowledge):
    """The chosen names as mentions with character spans."""

    def step(work: Work) -> None:
        mentions, field_spans = [], []
        for f in work["fields"]:
            spans = {c: (f.tokens[c.start].start, f.tokens[c.end - 1].end) for c in f.chosen}
            field_spans.append(spans)
            for c in f.chosen:
                start, end = spans[c]
                mentions.append(Mention(c.kind, c.name, Span(f.name, start, end), c.extractor, f.text[start:end], c.subtype))
        work.set("mentions", tuple(mentions))
        work.set("spans", field_spans)

    return step


@component("entities.issuers", ["spans", "publishers"], ["issuers"])
def issuers_of(knowledge: Knowledge):
    """The publisher and the bodies that speak."""

    def step(work: Work) -> None:
        publishers = work["publishers"]
        issuers = list(publishers)
        for f, spans in zip(work["fields"], work["spans"]):
            issuers += find_issuers(f.text, f.chosen, spans, issuers[:1] and publishers)
        seen, unique = set(), []
        for name in issuers:
            if fold(name) not in seen:
                seen.add(fold(name))
                unique.append(name)
        work.set("issuers", tuple(unique))

    return step


@component("entities.affiliations", ["spans"], ["affiliations"])
def affiliations_of(knowledge: Knowledge):
    """A person's role in a body: written beside the name, else named by the body's kind alone."""

    def step(work: Work) -> None:
        fields, field_spans = work["fields"], work["spans"]
        affiliations = []
        for f, spans in zip(fields, field_spans):
            affiliations += find_affiliations(f.text, f.name, f.chosen, spans)
            listed = {(a.person, a.organisation) for a in affiliations}
            affiliations += [a for a in officer_affiliations(f.text, f.name, f.chosen, spans) if (a.person, a.organisation) not in listed]
        org_names = sorted({c.name for f in fields for c in f.chosen if c.kind == ORGANISATION})
        known = {(a.person, a.organisation) for a in affiliations}
        for f, spans in zip(fields, field_spans):
            for a in kind_affiliations(f.text, f.name, f.chosen, spans, org_names, f.tokens):
                if (a.person, a.organisation) not in known and not any(k[0] == a.person for k in known):
                    known.add((a.person, a.organisation))
                    affiliations.append(a)
        # "Chairperson: X" under "The Steering Committee of BERSIH 2.0": a role in the body the unit belongs to
        written = {f.text[a:b]: c.name for f, spans in zip(fields, field_spans) for c, (a, b) in spans.items() if c.kind == ORGANISATION}
        written |= {name: name for name in org_names}
        parents = {a.organisation: unit_parent(a.organisation, written) for a in affiliations}
        moved, seen = [], set()
        for a in affiliations:
            a = replace(a, organisation=parents[a.organisation])
            if (a.person, a.organisation) not in seen:
                seen.add((a.person, a.organisation))
                moved.append(a)
        work.set("affiliations", tuple(moved))

    return step


ENTITY_COMPONENTS = (
    read_fields,
    read_publisher,
    *CANDIDATE_COMPONENTS,
    select_candidates,
    second_pass,
    mentions_of,
    issuers_of,
    affiliations_of,
)


def dateline_places(text: str, tokens: list) -> list[Candidate]:
    """ "Geneva, 28 December 2016 –", "(Bangkok) –": a dateline names where the statement speaks from."""
    dateline = find_dateline(text)
    if dateline is None or dateline.place_start is None:
        return []
    out, part = [], []
    for n, token in enumerate(tokens):
        if token.start >= dateline.place_end:
            break
        if token.start < dateline.place_start:
            continue
        if part and text[tokens[part[-1]].end : token.start].strip():
            out.append(part)
            part = []
        part.append(n)
    if part:
        out.append(part)
    found = []
    for part in out:
        words = [tokens[n] for n in part]
        if all(t.cap and t.key not in STOPWORDS for t in words):
            name = " ".join(t.text for t in words)
            found.append(
                Candidate(part[0], part[-1] + 1, PLACE, name.title() if name.isupper() else name, "rules.place.dateline", 0, None, TEXT)
            )
    return found


def _second_pass(fields: list[_Field], publishers: list[str] = ()) -> None:
    """Acronyms defined in the statement, short names of persons, repeated names."""
    acronyms: dict[str, tuple[str, str, str | None] | None] = {}
    published_by = {fold(p) for p in publishers}
    for f in fields:
        defined = definitions(f.text, f.tokens, f.chunks)
        for acronym, span in publisher_definitions(f.text, f.tokens, published_by).items():
            defined.setdefault(acronym, span)
        for acronym, (a, b) in defined.items():
            typed = next((c for c in f.chosen if c.start <= a and b <= c.end and c.kind != PERSON), None)
            crossing = any(c.start < a < c.end or c.start < b < c.end for c in f.chosen)
            if typed is None and fold(acronym) in published_by and not crossing:
                # "The Khmer Rights Coalition (KRC)" in a statement KRC publishes: the publisher's own long name
                long_name = f.text[f.tokens[a].start : f.tokens[b - 1].end]
                typed = Candidate(a, b, ORGANISATION, long_name, "rules.acronym.publisher", 2, None, f.name)
                f.chosen = select([c for c in f.chosen if not (a <= c.start and c.end <= b)] + [typed])
            acronyms[acronym] = (typed.kind, typed.name, typed.subtype) if typed else None
        for acronym, end in bracketed_after(f.text, f.tokens).items():
            # "Corruption Eradication Commission (KPK)": an acronym of another language names the body before it
            body = next((c for c in f.chosen if c.end == end and c.kind == ORGANISATION), None)
            if body is not None and acronym not in acronyms:
                acronyms[acronym] = (body.kind, body.name, body.subtype)
    persons = _person_names(fields)
    repeat = PhraseTable()
    for f in fields:
        for c in f.chosen:
            single_acronym = c.end - c.start == 1 and f.tokens[c.start].upper  # found again by the acronym pass
            if c.kind == ORGANISATION and c.end - c.start >= 2 and _BRAND.match(f.tokens[c.start].text):
                # "IndustriALL Global Union" ... "IndustriALL General Secretary": a name's distinctive first word
                repeat.add(f.tokens[c.start].text, (c.kind, c.name, c.subtype, "rules.org.short"))
            if c.kind != PERSON and c.extractor != "rules.place.gazetteer" and c.end - c.start <= 6 and not single_acronym:
                value = (c.kind, c.name, c.subtype, c.extractor)
                repeat.add(" ".join(t.text for t in f.tokens[c.start : c.end]), value)
                if len(c.name.split()) > 1 or not f.tokens[c.start].upper:
                    repeat.add(c.name, value)
    shorts = {short for short in persons.values() if short}
    for name, short in persons.items():
        if name in shorts:
            continue
        repeat.add(name, (PERSON, name, None, "rules.person.repeat"), replace=True)
        if short:
            repeat.add(short, (PERSON, name, None, "rules.person.short"), replace=True)
    for f in fields:
        chosen = [
            persons_full(c, persons)
            for c in f.chosen
            if not (c.kind == ORGANISATION and acronyms.get(f.tokens[c.start].text, 1) is None and c.end - c.start == 1)
        ]
        covered = set()
        for c in chosen:
            covered.update(range(c.start, c.end))
        extra = []
        for i, j, (kind, name, subtype, extractor) in repeat.scan(f.text, f.tokens):
            if not covered.intersection(range(i, j)) and (kind != PERSON or name_token(f.tokens[i])):
                extra.append(Candidate(i, j, kind, name, extractor, 0, subtype, f.name))
                covered.update(range(i, j))
        for n, token in enumerate(f.tokens):
            if n in covered:
                continue
            m, k = dotted(f.text, f.tokens, n)
            if k - m > 1:  # "C.CAWDU", "B.W.T.U.C": one acronym
                if m == n and not covered.intersection(range(m, k)):
                    surface = f.text[f.tokens[m].start : f.tokens[k - 1].end]
                    if acronyms.get(surface):
                        kind, name, subtype = acronyms[surface]
                        extra.append(Candidate(m, k, kind, name, "rules.acronym.defined", 0, subtype, f.name))
                    elif surface not in acronyms and sum(ch.isalpha() for ch in surface) >= 3:
                        extra.append(Candidate(m, k, ORGANISATION, surface.rstrip("."), "rules.org.acronym", 0, None, f.name))
                    covered.update(range(m, k))
                continue
            if not token.upper:
                continue
            if token.text in acronyms:
                if acronyms[token.text]:
                    kind, name, subtype = acronyms[token.text]
                    extra.append(Candidate(n, n + 1, kind, name, "rules.acronym.defined", 0, subtype, f.name))
            elif bare_acronym(f.text, f.tokens, n):
                extra.append(Candidate(n, n + 1, ORGANISATION, token.text, "rules.org.acronym", 0, None, f.name))
        kept = select(chosen + extra)
        for _ in range(8):  # a name found in a list makes its neighbour a list member too
            more = list_members(f.text, f.tokens, f.chunks, kept, f.name)
            if not more:
                break
            kept = select(kept + more)
        f.chosen = kept
    _headline_names(fields)


def _headline_names(fields: list[_Field]) -> None:
    """ "CITA President Rong Chhun Released on Bail": a Title Case headline runs a name into the next
    word; where the text names a person by the first words only, the headline's name is cut there."""
    text_names = {tuple(c.name.split()) for f in fields if f.name != TITLE for c in f.chosen if c.kind == PERSON}
    for f in fields:
        if f.name != TITLE or not text_names:
            continue
        chosen = []
        for c in f.chosen:
            words = tuple(c.name.split())
            if c.kind == PERSON and words not in text_names:
                prefix = max((n for n in text_names if len(n) < len(words) and words[: len(n)] == n), key=len, default=None)
                if prefix:
                    c = Candidate(c.start, c.start + len(prefix), PERSON, " ".join(prefix), c.extractor, c.priority, None, c.field)
            chosen.append(c)
        f.chosen = chosen


def _person_names(fields: list[_Field]) -> dict[str, str | None]:
    """Full person names of the statement -> the short form that may stand for them."""
    names = {c.name for f in fields for c in f.chosen if c.kind == PERSON}
    full = {}
    for name in names:
        words = name.split()
        if len(words) >= 2:
            last = words[-1]
            clash = any(other != name and other.split()[-1] == last for other in names if len(other.split()) >= 2)
            full[name] = None if clash or fold(last) in STOPWORDS or fold(last) in TITLES else last
        else:
            full.setdefault(name, None)
    return full


def persons_full(candidate: Candidate, persons: dict[str, str | None]) -> Candidate:
    """A one-word person ("Sonando" after "Mr.") named by the full name it shortens."""
    if candidate.kind != PERSON:
        return candidate
    if " " in candidate.name:
        # "Seng Hak" after "Mann Seng Hak", "Suu Kyi" after "Aung San Suu Kyi": the given names without the family name
        words = candidate.name.split()
        longer = [name for name in persons if len(name.split()) > len(words) and name.split()[-len(words) :] == words]
        if len(longer) == 1:
            return Candidate(
                candidate.start, candidate.end, PERSON, longer[0], candidate.extractor, candidate.priority, None, candidate.field
            )
        return candidate
    for name, short in persons.items():
        if short == candidate.name:
            return Candidate(candidate.start, candidate.end, PERSON, name, candidate.extractor, candidate.priority, None, candidate.field)
    return candidate
