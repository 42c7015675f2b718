"""Officers of a body written as a list of posts, after the body is named.

  - a signature block: "Issued by, The Coalition X, Chairperson: A B; Treasurer: C D"
  - a list of posts: "X named its leaders: the former chairperson, A B; the former treasurer, C D"
  - the statement's last lines naming its signatories: "A B", "A B (President), C D (Secretary)"
    (the publisher's people)

Each person belongs to the body named last before the list (same passage),
with the post as written.
"""

from __future__ import annotations

import re

from clecgraph.extract.entities.persons import _name_run
from clecgraph.extract.text.chunks import Candidate
from clecgraph.extract.text.tokens import Token
from clecgraph.knowledge.lexicon import ROLE_HEADS
from clecgraph.model import ORGANISATION, PERSON, Affiliation, Span

# "Chairperson: ", "Deputy Chairperson: " at the start of a line or after a semicolon or comma
_SIGNED_POST = re.compile(r"(?:^|(?<=[;\n,]))[^\S\n]*(?P<post>(?:[A-Z][A-Za-z-]*[^\S\n]+){0,3}[A-Z][A-Za-z-]*)[^\S\n]*:[^\S\n]*(?=[A-Z])")
# "the former chairperson, ", "the treasurer, " after a colon or semicolon of a list
_LISTED_POST = re.compile(
    r"(?<![\w-])the[^\S\n]+(?P<post>(?:(?:former|current|then|new|acting|deputy|vice)[^\S\n]+)?[a-z][a-z-]*(?:[^\S\n]+[a-z][a-z-]*)?)[^\S\n]*,[^\S\n]*$"
)
# a list of posts: "...; the former treasurer, A;" (semicolons between the items)
_LIST_BEFORE = re.compile(r";[^\S\n]*(?:and[^\S\n]+)?$")
_LIST_AFTER = re.compile(r"[^\S\n]*;")
# the body before the list: no sentence ends between them (one may, before a list of posts)
_BODY_REACH = 400
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[A-Z]")


def _post(words: str) -> bool:
    last = words.split()[-1].lower()
    return last in ROLE_HEADS


def signed_post_persons(text: str, tokens: list[Token], field: str) -> list[Candidate]:
    """Persons after "Post:" in a signature block."""
    if ":" not in text:
        return []
    by_start = {t.start: n for n, t in enumerate(tokens)}
    found = []
    for match in _SIGNED_POST.finditer(text):
        if not _post(match["post"]):
            continue
        k = by_start.get(match.end())
        if k is None:
            continue
        j = _name_run(text, tokens, k, most=5)
        if 2 <= j - k <= 5:
            found.append(Candidate(k, j, PERSON, " ".join(t.text for t in tokens[k:j]), "rules.person.signed-post", 2, None, field))
    return found


# a signatory on one of the last lines: a name, maybe a post in brackets, then a comma or the line's end
_SIGNATORY = re.compile(r"[^\S\n]*(?:\((?P<post>[^()\n]{1,40})\))?[^\S\n]*(?:,|$)")
_LAST_LINES = 3
_LINE = re.compile(r"[^\n]*\S[^\n]*")


def signature_persons(text: str, tokens: list[Token], field: str) -> list[Candidate]:
    """Persons named alone on the text's last lines ("Subodh Raj Pyakurel", "A B (President), C D (Secretary)")."""
    # (only the text's end is read: the start of its last few lines)
    cut = len(text)
    for _ in range(_LAST_LINES + 8):
        cut = text.rfind("\n", 0, cut - 1) if cut > 0 else -1
        if cut < 0:
            break
    tail = [m for m in _LINE.finditer(text, max(cut, 0))][-_LAST_LINES:]
    by_start = {t.start: n for n, t in enumerate(tokens)}
    found = []
    for line in tail:
        names, at = [], line.start() + len(line[0]) - len(line[0].lstrip())
        while at < line.end():
            k = by_start.get(at)
            j = _name_run(text, tokens, k) if k is not None else k
            if k is None or not 2 <= j - k <= 4:
                break
            sign = _SIGNATORY.match(text, tokens[j - 1].end, line.end())
            if sign is None or (sign.end() == tokens[j - 1].end and sign.end() != line.end()):
                break  # (more words after the name: not a line of signatories)
            names.append(Candidate(k, j, PERSON, " ".join(t.text for t in tokens[k:j]), "rules.person.signature", 2, None, field))
            at = sign.end() + len(text[sign.end() : line.end()]) - len(text[sign.end() : line.end()].lstrip())
        if names and at >= line.end():
            found += names
    return found


def signature_affiliations(text: str, field: str, candidates: list[Candidate], spans: dict, publisher: str) -> list[Affiliation]:
    """The publisher's signatories, with the post written in brackets after each."""
    found = []
    for person in candidates:
        if person.extractor == "rules.person.signature":
            start, end = spans[person]
            sign = _SIGNATORY.match(text, end)
            post = " ".join(sign["post"].split()) if sign and sign["post"] else None
            found.append(Affiliation(person.name, publisher, post, Span(field, start, sign.end() if sign else end), "rules.affiliation"))
    return found


def officer_affiliations(text: str, field: str, candidates: list[Candidate], spans: dict) -> list[Affiliation]:
    """(person, body, post) for persons listed with their posts after the body is named."""
    orgs = sorted((c for c in candidates if c.kind == ORGANISATION), key=lambda c: spans[c][0])
    found = []
    for person in candidates:
        if person.kind != PERSON:
            continue
        start = spans[person][0]
        post, at = None, None
        if person.extractor == "rules.person.signed-post":
            match = next((m for m in _SIGNED_POST.finditer(text, max(0, start - 60), start + 1) if m.end() == start), None)
            if match:
                post, at = " ".join(match["post"].split()), match.start()
        else:
            match = _LISTED_POST.search(text, max(0, start - 60), start)
            if match and _post(match["post"]):
                post, at = " ".join(match["post"].split()), match.start()
        if post is None:
            continue
        listed = person.extractor == "rules.person.signed-post" or bool(
            _LIST_BEFORE.search(text, max(0, at - 8), at) or _LIST_AFTER.match(text, spans[person][1])
        )
        body = _body_before(text, orgs, spans, at, allow_sentence=listed)
        if body is not None:
            found.append(Affiliation(person.name, body.name, post, Span(field, spans[body][0], spans[person][1]), "rules.affiliation"))
    return found


def _body_before(text: str, orgs: list[Candidate], spans: dict, at: int, allow_sentence: bool) -> Candidate | None:
    before = [o for o in orgs if spans[o][1] <= at and at - spans[o][1] <= _BODY_REACH]
    if not before:
        return None
    body = before[-1]
    breaks = len(_SENTENCE_END.findall(text, spans[body][1], at))
    if breaks > (1 if allow_sentence else 0):
        return None
    return body
