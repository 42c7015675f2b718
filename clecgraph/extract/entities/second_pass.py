"""The second pass over a statement's fields: what the statement taught the first.

Acronyms defined in it ("Long Name (ACR)", and the publisher's own long name),
short references to names found ("Mr. Sonando" after "Mam Sonando", "Seng Hak"
after "Mann Seng Hak", "Group 78" after "Group 78 community"), a brand-like
name's first word, dotted and bare acronyms, names listed beside others, and a
Title Case headline's names cut where the text's names end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clecgraph.extract.entities.acronyms import (
    bare_acronym,
    bracketed_after,
    bracketed_short_names,
    definitions,
    dotted,
    names_a_body,
    publisher_definitions,
)
from clecgraph.extract.entities.lists import list_members
from clecgraph.extract.entities.persons import name_token
from clecgraph.extract.text.chunks import Candidate, select
from clecgraph.extract.text.tokens import PhraseTable, fold, joined
from clecgraph.knowledge.lexicon import STOPWORDS, TITLES
from clecgraph.model import ORGANISATION, PERSON, PLACE, TITLE

# A word with capitals inside it ("IndustriALL", "NagaWorld") is a brand-like name of its own.
_BRAND = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")


@dataclass
class EntityField:
    """One field (title or text) as the entity finder reads it: words, capitalised runs, the names chosen."""

    name: str
    text: str
    tokens: list
    chunks: list
    starts: set
    chosen: list
    candidates: list = field(default_factory=list)


def _place_by_its_words(candidate: Candidate) -> bool:
    """A place typed by the words of its name (a site word), not found in the gazetteer."""
    return candidate.kind == PLACE and candidate.extractor != "rules.place.gazetteer"


def second_pass_names(fields: list[EntityField], publishers: list[str] = ()) -> None:
    """Acronyms defined in the statement, short names of persons, repeated names."""
    acronyms: dict[str, tuple[str, str, str | None] | None] = {}
    short_names: list[tuple[str, Candidate]] = []
    published_by = {fold(p) for p in publishers}
    for f in fields:
        defined = definitions(f.text, f.tokens, f.chunks)
        for acronym, span in publisher_definitions(f.text, f.tokens, published_by).items():
            defined.setdefault(acronym, span)
        for acronym, (a, b) in defined.items():
            typed = next((c for c in f.chosen if c.start <= a and b <= c.end and c.kind != PERSON), None)
            crossing = any(c.start < a < c.end or c.start < b < c.end for c in f.chosen)
            if typed is not None and _place_by_its_words(typed) and names_a_body(f.text, f.tokens, a, b, acronym):
                # "Southern African Development Community (SADC)": a place only by its last word, which the
                # spelled acronym says names a body
                f.chosen = [c for c in f.chosen if c is not typed]
                typed = None
            if typed is None and not crossing and (fold(acronym) in published_by or names_a_body(f.text, f.tokens, a, b, acronym)):
                # "The Khmer Rights Coalition (KRC)" in a statement KRC publishes: the publisher's own long name;
                # "Community Network in Action (CNA)": a long form nothing else named, spelling its acronym
                long_name = f.text[f.tokens[a].start : f.tokens[b - 1].end]
                extractor = "rules.acronym.publisher" if fold(acronym) in published_by else "rules.acronym.long_form"
                typed = Candidate(a, b, ORGANISATION, long_name, extractor, 2, None, f.name)
                f.chosen = select([c for c in f.chosen if not (a <= c.start and c.end <= b)] + [typed])
            acronyms[acronym] = (typed.kind, typed.name, typed.subtype) if typed else None
        for acronym, end in bracketed_after(f.text, f.tokens).items():
            # "Corruption Eradication Commission (KPK)": an acronym of another language names the body before it
            body = next((c for c in f.chosen if c.end == end and c.kind == ORGANISATION), None)
            if body is not None and acronym not in acronyms:
                acronyms[acronym] = (body.kind, body.name, body.subtype)
        for short, end in bracketed_short_names(f.text, f.tokens).items():
            # "National Confederation of Trade Unions (Zenroren)": the body's own short name, found again later
            body = next((c for c in f.chosen if c.end == end and c.kind == ORGANISATION), None)
            named = any(c.start <= end < c.end for c in f.chosen)  # a place or person in brackets is not a short name
            if body is not None and not named and fold(short) not in STOPWORDS:
                short_names.append((short, body))
    persons = _person_names(fields)
    repeat = PhraseTable()
    for short, body in short_names:
        repeat.add(short, (ORGANISATION, body.name, body.subtype, "rules.org.short"))
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
            if extractor == "rules.person.short" and i and name_token(f.tokens[i - 1]) and joined(f.text, f.tokens[i - 1], f.tokens[i]):
                continue  # "Amandlenkosi Mathuthu" beside "Advent Mathuthu": another of the family, not a short name
            if not covered.intersection(range(i, j)) and (kind != PERSON or name_token(f.tokens[i])):
                extra.append(Candidate(i, j, kind, name, extractor, 0, subtype, f.name))
                covered.update(range(i, j))
        for n, token in enumerate(f.tokens):
            if n in covered:
                continue
            # (a dotted acronym's words are capitals: a word in lower case is none, and dotted() need not look)
            m, k = dotted(f.text, f.tokens, n) if token.cap else (n, n + 1)
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


def _headline_names(fields: list[EntityField]) -> None:
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


def _person_names(fields: list[EntityField]) -> dict[str, str | None]:
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
