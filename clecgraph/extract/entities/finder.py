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
    second_pass.py    what the statement taught: acronyms it defines, short and repeated names
    issuers.py        the publisher and the bodies that speak
    affiliations.py   a person's role in a body
    unnamed_bodies.py a role in the publisher or in the one body of a kind, the body unnamed beside the person
    (the closed word classes the grammars use are in ontology/lexicon/, read by knowledge/lexicon.py)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from clecgraph.extract.components import Component, Work, component
from clecgraph.extract.entities.affiliations import bare_unit, find_affiliations, unit_parent
from clecgraph.extract.entities.gazetteer_names import build_place_table
from clecgraph.extract.entities.given_persons import given_name_persons
from clecgraph.extract.entities.issuers import find_issuers, publisher_names
from clecgraph.extract.entities.kind_named import kind_named_bodies
from clecgraph.extract.entities.ministers import minister_titles
from clecgraph.extract.entities.officers import officer_affiliations, signature_affiliations, signature_persons, signed_post_persons
from clecgraph.extract.entities.organisations import body_before_role, build_org_table, find_organisations, role_of_bodies
from clecgraph.extract.entities.orgnames import marked_names, quoted_names, reported_sources
from clecgraph.extract.entities.persons import find_persons
from clecgraph.extract.entities.place_shaped import without_place_shaped
from clecgraph.extract.entities.places import find_places, is_title_case
from clecgraph.extract.entities.posts import post_persons
from clecgraph.extract.entities.second_pass import EntityField, second_pass_names
from clecgraph.extract.entities.signatories import signatory_lines
from clecgraph.extract.entities.unnamed_bodies import kind_affiliations, publisher_affiliations
from clecgraph.extract.text.chunks import Candidate, select
from clecgraph.extract.text.chunks import chunks as find_chunks
from clecgraph.extract.text.datelines import find_dateline
from clecgraph.extract.text.tokens import PhraseTable, fold, sentence_starts, tokenize
from clecgraph.knowledge import gazetteer
from clecgraph.knowledge.demonyms import nationality_words
from clecgraph.knowledge.given_names import given_names
from clecgraph.knowledge.lexicon import ADMIN_PLACE_WORDS, ORG_HEADS, ROLE_HEADS, SITE_WORDS, STOPWORDS, TITLES
from clecgraph.knowledge.ontology import Knowledge
from clecgraph.model import ORGANISATION, PERSON, PLACE, TEXT, TITLE, Affiliation, Mention, Span

# In a Title Case Headline capitals say little: names guessed from their
# shape are dropped there (names found in the text still reach it in the second pass).
_GUESSES = frozenset(
    {"rules.org.grammar", "rules.org.staff", "rules.org.ampersand", "rules.person.described", "rules.person.khmer", "rules.person.given"}
)


@dataclass(frozen=True)
class FoundEntities:
    mentions: tuple[Mention, ...]
    issuers: tuple[str, ...]
    affiliations: tuple[Affiliation, ...] = ()


def _known_orgs(knowledge: Knowledge) -> dict[str, str]:
    return {fold(n): a.label for a in knowledge.authorities_of(ORGANISATION) for n in (a.label, *a.alt_labels)}


@component("entities.fields", ["statement"], ["fields"])
def read_fields(knowledge: Knowledge):
    """Each field (title, text) cut into words, capitalised runs and sentence starts."""

    def step(work: Work) -> None:
        fields = []
        for name, text in work.statement.fields():
            tokens = tokenize(text)
            fields.append(EntityField(name, text, tokens, find_chunks(text, tokens), sentence_starts(text, tokens), []))
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
                for word in _short_names(label):  # "Viasna" for "Human Rights Center Viasna"
                    publisher_table.add(word, label)
                    publisher_words.add(word)
        work.set("publishers", publishers)
        work.set("publisher_table", (publisher_table, publisher_words))

    return step


_COMMON = STOPWORDS | ORG_HEADS | ROLE_HEADS | TITLES | ADMIN_PLACE_WORDS | SITE_WORDS


@lru_cache(maxsize=4096)
def _short_names(label: str) -> tuple[str, ...]:
    """The first or last word of a publisher's name that names it alone: a proper word, no common word, given
    name, nationality or place ("Abahlali" of "Abahlali baseMjondolo", "Viasna" of "Human Rights Center Viasna")."""
    words = label.split()
    if len(words) < 2:
        return ()
    # the first word before a head or of two ("Karapatan Alliance", "Kloop Media"); the last after a head
    keys = [fold(w) for w in words]
    ends = [words[0]] if len(words) == 2 or keys[1] in ORG_HEADS or keys[1] in STOPWORDS else []
    ends += [words[-1]] if keys[-2] in ORG_HEADS else []
    found = []
    for word in ends:
        key = fold(word)
        if (
            len(word) >= 4
            and word.isalpha()
            and word[0].isupper()
            and not word.isupper()
            and key not in _COMMON
            and key not in given_names()
            and key not in nationality_words()
            and not gazetteer.lookup(word)
        ):
            found.append(word)
    return tuple(sorted(found))


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
    countries = frozenset(fold(p.name) for p in gazetteer.countries() if " " not in p.name)
    return lambda work, f: find_organisations(f.text, f.tokens, f.chunks, table, f.name, countries)


def _publisher_written(knowledge: Knowledge):
    def find(work: Work, f: EntityField) -> list[Candidate]:
        table, words = work["publisher_table"]
        if table is None or not any(w in f.text for w in words):
            return []
        found = [(i, j, label) for i, j, label in table.scan(f.text, f.tokens)]
        if any(j - i == 1 for i, j, _ in found):
            # (a short name the text also writes in lower case is a word: "Legal" of "Legal Aid Centre")
            lower = {t.key for t in f.tokens if not t.cap}
            found = [(i, j, label) for i, j, label in found if j - i > 1 or f.tokens[i].key not in lower]
        return [Candidate(i, j, ORGANISATION, label, "rules.org.publisher", 3, None, f.name) for i, j, label in found]

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
    _candidates(
        "org.kind_named",
        lambda k: lambda w, f: kind_named_bodies(f.text, f.tokens, f.chunks, f.name),
        '"the Bernama news agency", "the X garment factory"',
    ),
    _candidates("org.role_of", lambda k: lambda w, f: role_of_bodies(f.text, f.tokens, f.chunks, f.name), '"X, a rubber company"'),
    _candidates("org.before_role", lambda k: lambda w, f: body_before_role(f.text, f.tokens, f.chunks, f.name), '"CCHR President X"'),
    _candidates("org.marked", lambda k: lambda w, f: marked_names(f.text, f.tokens, f.name), '"Tate & Lyle", "7NG Company"'),
    _candidates("org.quoted", lambda k: lambda w, f: quoted_names(f.text, f.tokens, f.name), 'the group "X", the Center "X"'),
    _candidates("org.source", lambda k: lambda w, f: reported_sources(f.text, f.tokens, f.name), '"according to X", "X reported"'),
    _candidates("org.ministers", lambda k: lambda w, f: minister_titles(f.text, f.tokens, f.name), '"Interior Minister X"'),
    _candidates("org.publisher", _publisher_written, "the publisher's name as the text writes it", ("fields", "publisher_table")),
    _candidates("place.found", _place_table, "gazetteer, known places, place kinds, sites"),
    _candidates("person.found", lambda k: lambda w, f: find_persons(f.text, f.tokens, f.starts, f.name), "titles, role nouns, speakers"),
    _candidates(
        "person.post", lambda k: lambda w, f: post_persons(f.text, f.tokens, f.starts, f.name), "posts, bodies and lists around a name"
    ),
    _candidates("person.given", lambda k: lambda w, f: given_name_persons(f.text, f.tokens, f.name), "a known given name, then names"),
    _candidates("person.signed", lambda k: lambda w, f: signed_post_persons(f.text, f.tokens, f.name), '"Chairperson: A B" lines'),
    _candidates(
        "person.signature",
        lambda k: lambda w, f: signature_persons(f.text, f.tokens, f.name) if f.name == TEXT else [],
        "names alone on the last lines",
    ),
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
            candidates = without_place_shaped(f.tokens, f.candidates)  # "West Kalimantan" after "said" is no person
            if f.name == TITLE and is_title_case(f.tokens):
                candidates = [c for c in candidates if c.extractor not in _GUESSES]
            f.chosen = select(candidates)
        work.set("chosen", True)

    return step


@component("entities.second_pass", ["chosen", "publishers"], ["names"])
def second_pass(knowledge: Knowledge):
    """Acronyms defined in the statement, short names of persons, names repeated or listed beside others."""

    def step(work: Work) -> None:
        second_pass_names(work["fields"], work["publishers"])
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


@component("entities.affiliations", ["spans", "publishers"], ["affiliations"])
def affiliations_of(knowledge: Knowledge):
    """A person's role in a body: written beside the name, else named by the body's kind alone."""

    def step(work: Work) -> None:
        fields, field_spans = work["fields"], work["spans"]
        affiliations = []
        for f, spans in zip(fields, field_spans):
            affiliations += find_affiliations(f.text, f.name, f.chosen, spans)
            listed = {(a.person, a.organisation) for a in affiliations}
            affiliations += [a for a in officer_affiliations(f.text, f.name, f.chosen, spans) if (a.person, a.organisation) not in listed]
            if work["publishers"]:
                # "our Executive Council Member X": a role in a unit of the publisher, named by the unit alone
                ours = publisher_affiliations(f.text, f.name, f.chosen, spans, work["publishers"][0])
                ours += signature_affiliations(f.text, f.name, f.chosen, spans, work["publishers"][0])
                mine = {a.person for a in ours}
                affiliations = [a for a in affiliations if a.person not in mine or not bare_unit(a.organisation)]
                listed = {a.person for a in affiliations}
                affiliations += [a for a in ours if a.person not in listed]
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
