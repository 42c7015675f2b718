"""Affiliations: a named person's stated role in a named organisation.

Read from the words between a person mention and an organisation mention
of the same sentence:
  "Yeng Virak, Executive Director of CLEC"       person, role of org
  "Sonando is also the founder and president of the Democrat Association"
  "Mr. Sonando, who ..., is the owner of Beehive Radio"
  "LICADHO director Naly Pilorge", "CLEC's lawyer Sok Sam Oeun"   org role person
  "the director of ADHOC, Thun Saray"                              role of org, person
  "Thun Saray, who heads ADHOC"                                    person, verb, org
(a body not named beside the person: unnamed_bodies.py)
"""

from __future__ import annotations

import re
from bisect import bisect_left

from clecgraph.extract.text.chunks import Candidate
from clecgraph.knowledge.lexicon import EN, FUNCTION_WORDS, KIND_WORDS, ORG_HEADS, ORG_KINDS, ROLE_HEADS, ROLE_PREFIXES, ROLE_WORDS, TITLES
from clecgraph.model import ORGANISATION, PERSON, Affiliation, Span

_ROLE = r"(?P<role>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,5}?)"
# "of the now-dissolved X", "for the opposition newspaper X", "of the local farmers' group X", "of human rights group X"
_OF = (
    r"\s+(?:of|at|for|with|from|in)\s+(?:the\s+)?"
    r"(?:(?!(?:of|at|for|with|from|in|that|which|who|and|or|to|by|on|is|are|was|were|has|had)\s)(?:now-)?[a-z][a-z-]*(?:s['’])?\s+){0,4}"
)
# "of the Ugandan opposition party, the X", "of the NGO “X”": the body named after its kind, in apposition
_KINDS = "|".join(sorted(ORG_KINDS, key=len, reverse=True))
_OF_KIND = (
    r"\s+(?:of|at|for|with|from|in)\s+(?:the\s+)+(?:[A-Z][\w-]*\s+)?(?:[a-z][a-z-]*\s+){0,3}(?i:" + _KINDS + r")"
    r"(?:\s*,\s*(?:the\s+)?|\s+[“\"‘'])"
)
_ARTICLE = r"(?:(?:both|all)\s+)?(?:(?:the|a|an|its|their|two|three|four|five|six|several|some)\s+)?"
_UNIT = (
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:division|department|programme|program|desk|unit|team|office|section|bureau))?"
)
_OF = r"(?:" + _OF_KIND + r"|" + _OF + r")"
_EARLIER_ROLE = r"(?:[^,.;()]{0,80}?\s+and\s+(?:now|also|later|currently|the\s+current|the|a|an)\s+)?"
PERSON_ROLE_ORG = [
    # (an age may come first: "X, 61, a member of Y")
    re.compile(
        r"(?:\s*,\s*\d{1,3})?\s*,\s*(?:who\s+is\s+|who\s+was\s+)?(?:also\s+)?" + _EARLIER_ROLE + _ARTICLE + _ROLE + _UNIT + _OF + r"$", re.I
    ),
    re.compile(
        r"(?:\s*,[^.;]{0,120}?,)?\s+(?:is|was|has\s+been|serves\s+as|works\s+as)\s+(?:also\s+)?" + _ARTICLE + _ROLE + _OF + r"$", re.I
    ),
    re.compile(r"\s*\(\s*" + _ROLE + r"\s*(?:,|of|at)\s*(?:the\s+)?$", re.I),
    # "James Akena a photojournalist with the X": an apposition without its comma (an article opens it)
    re.compile(r"[^\S\n]+(?:a|an)\s+" + _ROLE + _OF + r"$"),
    re.compile(r"\s*,\s*" + _ARTICLE + _ROLE + r"\s*,\s*(?:the\s+)?$", re.I),  # "X, Head of Land Program, ADHOC"
]
# "Ham Sok Pheng from the Cambodian Defenders Project": a member, role unsaid.
PERSON_FROM_ORG = re.compile(
    r"\s*,?\s+(?:(?:who\s+)?(?:works|worked|working)\s+(?:with|for|at)|of|from|with)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+)?(?:[a-z][a-z-]*\s+){0,3}(?i:" + _KINDS + r")\s*,\s*(?:the\s+)?)?"
)
# (ranks abbreviated before the name: "chief Comr. Gen. X", "commander Lt. Col. Y")
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Venerable|Ven|Oknha|Okhna|Lok\s+Chumteav|H\.\s*E)\.?\s+)?(?:[A-Z][a-z]{1,4}\.\s*){0,3}"
ORG_ROLE_PERSON = re.compile(
    r"(?:['’]s|\)?\s*,\s*whose|\)|[^\S\n]+\([A-Z][\w.&-]{1,14}\))?\s+" + _ROLE + r"\s*,?\s*" + _TITLE + r"$", re.I
)  # "X's director Y", "X, whose president, Y", "X (XYZ) leader Y"
# "X Company, owned by Oknha Y": the verb says the role.
ORG_VERB_PERSON = re.compile(
    r"\s*,?\s*(?:which\s+is\s+|that\s+is\s+)?(?P<verb>owned|founded|led|headed|run|chaired|directed|managed)\s+by\s+" + _TITLE + r"$", re.I
)
_VERB_ROLE = {
    "owned": "owner",
    "founded": "founder",
    "led": "leader",
    "headed": "head",
    "run": "head",
    "chaired": "chair",
    "directed": "director",
    "managed": "manager",
}
# "Y, X's Deputy Director for ...": the organisation between person and role.
PERSON_ORG_ROLE = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:former\s+)?$")
ROLE_OF_ORG_PERSON = re.compile(_ROLE + _OF + r"$", re.I)
# "Thun Saray, who heads ADHOC": the verb says the role.
PERSON_VERB_ORG = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:also\s+|now\s+|currently\s+)?(?P<verb>heads|headed|leads|led|chairs|chaired|directs|directed|runs|ran|founded|co-founded|manages|managed)\s+(?:the\s+)?$",
    re.I,
)
_PERSON_VERB_ROLE = {
    "heads": "head",
    "headed": "head",
    "leads": "leader",
    "led": "leader",
    "chairs": "chair",
    "chaired": "chair",
    "directs": "director",
    "directed": "director",
    "runs": "head",
    "ran": "head",
    "founded": "founder",
    "co-founded": "co-founder",
    "manages": "manager",
    "managed": "manager",
}
MAX_GAP = 160
PRONOUN_ROLE_ORG = re.compile(r"\b(?:He|She|he|she)\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?" + _ARTICLE + _ROLE + _OF + r"$")


def _role_head(part: str) -> bool:
    """A role noun, also with a prefix written with a hyphen ("vice-chairperson", "co-chair")."""
    words = part.split()
    return part in ROLE_HEADS or (len(words) == 2 and words[0] in ROLE_PREFIXES and words[1] in ROLE_HEADS)


def is_role(words: str) -> bool:
    """Role words, ending in a role noun: "Executive Director", "land program coordinator"."""
    parts = [p.replace("-", " ") for p in words.lower().replace(",", " ").split()]
    heads = [n for n, p in enumerate(parts) if _role_head(p) or (p.endswith("s") and p[:-1] in ROLE_HEADS)]  # "members of"
    if not heads or len(parts) > 6:
        return False
    h = heads[-1]
    tail = parts[h + 1 :]
    if tail and all(p in ROLE_WORDS and p not in ("of", "and") for p in tail):
        tail = []  # "secretary general", "director general"
    for n, p in enumerate(parts[:h]):
        # ("activists and volunteers": two roles joined)
        if p in ("of", "and") and (n == 0 or not (parts[n - 1] in ROLE_WORDS or (p == "and" and n - 1 in heads))):
            return False  # "guilty of defaming Prime Minister": words about something else
    # "director of advocacy", "head for Asia": a short field after the role noun
    if tail and (tail[0] not in ("of", "for") or len(tail) > 3 or any(p in FUNCTION_WORDS for p in tail[1:])):
        return False
    return all(p in ROLE_WORDS or (p not in FUNCTION_WORDS and p.replace(" ", "").isalpha()) for p in parts[:h])


def _role(match) -> str | None:
    role = " ".join(match["role"].split())
    # keep only the role words at the end of the matched words
    words = role.split()
    while words and not is_role(" ".join(words)):
        words = words[1:]
    return " ".join(words) if words else None


def find_affiliations(text: str, field: str, candidates: list[Candidate], spans: dict) -> list[Affiliation]:
    persons = [c for c in candidates if c.kind == PERSON]
    orgs = [c for c in candidates if c.kind == ORGANISATION]
    found: dict[tuple[str, str], Affiliation] = {}

    def add(person: Candidate, org: Candidate, role: str | None) -> None:
        start = min(spans[person][0], spans[org][0])
        end = max(spans[person][1], spans[org][1])
        body = _parent_body(text, org, orgs, spans)  # "the Steering Committee of X": a role in X
        key = (person.name, body)
        if key not in found:
            found[key] = Affiliation(person.name, body, role, Span(field, start, end), "rules.affiliation")

    orgs.sort(key=lambda c: spans[c][0])
    org_starts = [spans[c][0] for c in orgs]
    persons.sort(key=lambda c: spans[c][0])
    person_starts = {spans[c][0] for c in persons}

    def add_listed(person: Candidate, org: Candidate, role: str | None) -> None:
        """ "Long Kunthea, Phuon Keoreaksmey and Thun Ratha, members of X": every person of the list."""
        add(person, org, role)
        k = persons.index(person)
        while k > 0 and _LIST_GAP.fullmatch(text, spans[persons[k - 1]][1], spans[persons[k]][0]):
            k -= 1
            add(persons[k], org, role)

    for person in persons:
        p_start, p_end = spans[person]
        lo = bisect_left(org_starts, p_start - MAX_GAP - 300)
        hi = bisect_left(org_starts, p_end + MAX_GAP + 1)
        for org in orgs[lo:hi]:
            o_start, o_end = spans[org]
            if p_end <= o_start and o_start - p_end <= MAX_GAP:
                gap = text[p_end:o_start]
                if _crosses_sentence(gap) or _named_after(text, o_end, person_starts):
                    continue  # ("A, head of X (XYZ) B": the role is B's)
                for pattern in PERSON_ROLE_ORG:
                    match = pattern.fullmatch(gap)
                    if match and (role := _role(match)):
                        add_listed(person, org, role)
                        break
                else:
                    if match := PERSON_VERB_ORG.fullmatch(gap):
                        add(person, org, _PERSON_VERB_ROLE[match["verb"].lower()])
                    elif PERSON_ORG_ROLE.fullmatch(gap) and (role := _role_after(text[o_end : o_end + 80])):
                        add(person, org, role)
                    elif PERSON_FROM_ORG.fullmatch(gap):
                        # "lawyers A, B and C from X": each of the list (not "Post photographer A, B from X")
                        (add if _body_before_list(text, persons, person, spans, orgs) else add_listed)(person, org, None)
            elif o_end <= p_start and p_start - o_end <= MAX_GAP:
                gap = text[o_end:p_start]
                if _crosses_sentence(gap):
                    continue
                match = ORG_ROLE_PERSON.fullmatch(gap)
                if match and (role := _role(match)) and role.split()[0].lower() == match["role"].split()[0].lower():
                    add(person, org, role)
                    m = persons.index(person)  # "Reuters journalists Wa Lone and Kyaw Soe Oo": the whole list
                    while m + 1 < len(persons):
                        # (each with a post of its own: "X Executive Director A, Administrative Director B and ...")
                        posted = _NEXT_POST.fullmatch(text, spans[persons[m]][1], spans[persons[m + 1]][0])
                        if not (
                            _LIST_GAP.fullmatch(text, spans[persons[m]][1], spans[persons[m + 1]][0])
                            or (posted and is_role(posted["post"]))
                        ):
                            break
                        m += 1
                        if _own_body_after(text, spans[persons[m]][1], org_starts):
                            break  # "photographer Nabil, Archicco Guilliano from ABC and ...": the list's own bodies
                        add(persons[m], org, " ".join(posted["post"].split()) if posted else role)
                    continue
                if _ACRONYM_GAP.fullmatch(gap) and _bracketed(text, org, spans):
                    add(person, org, None)  # "the Electoral Commission (EC) Jane Doe": the body's own person, role unsaid
                    continue
                if _POSSESSIVE_GAP.fullmatch(gap):
                    add(person, org, None)  # "the HRDC's Timothy Mtambo": the body's own person, role unsaid
                    continue
                if re.fullmatch(r"\s*", gap) and org.extractor == "rules.org.minister":
                    add(person, org, "Minister")  # "Minister of Interior Sar Kheng"
                    continue
                match = ORG_VERB_PERSON.fullmatch(gap)
                if match:
                    add(person, org, _VERB_ROLE[match["verb"].lower()])
                    continue
                if _AFTER_ROLE_OF_ORG.fullmatch(gap):
                    before = text[max(0, o_start - 60) : o_start]
                    match = ROLE_OF_ORG_PERSON.search(before)
                    if match and (role := _role(match)):
                        add(person, org, role)
    # "ADHOC ... four of its senior staff members, Ny Sokha, Nay Vanda and Lim Mony": the body named last before "its"
    for k, person in enumerate(persons):
        p_start = spans[person][0]
        match = _ITS_ROLE.search(text, max(0, p_start - 80), p_start)
        if not match or (match["pronoun"] == "their" and not match["comma"]) or not (role := _role(match)):
            continue  # ("their lawyer X" may be the villagers' lawyer: only "its", or "their staff, X")
        body = [o for o in orgs if spans[o][1] <= match.start() and not _crosses_sentence(text[spans[o][1] : match.start()])]
        if not body:
            continue
        m = k
        while True:
            add(persons[m], body[-1], role)
            if m + 1 >= len(persons) or not _LIST_GAP.fullmatch(text, spans[persons[m]][1], spans[persons[m + 1]][0]):
                break
            m += 1
    for person in persons:
        if (found_body := _possessive_body(text, spans[person][0], orgs, spans)) is not None:
            add(person, *found_body)
    # "He is a member of X": the person last named before the pronoun
    person_ends = sorted((spans[p][1], n) for n, p in enumerate(persons))
    for org in orgs:
        o_start = spans[org][0]
        match = PRONOUN_ROLE_ORG.search(text[max(0, o_start - 100) : o_start])
        if not match or not person_ends:
            continue
        at = o_start - len(text[max(0, o_start - 100) : o_start]) + match.start()
        k = bisect_left(person_ends, (at, -1)) - 1
        if k >= 0 and at - person_ends[k][0] <= 400 and (role := _role(match)):
            add(persons[person_ends[k][1]], org, role)
    return list(found.values())


_ITS_ROLE = re.compile(r"\b(?P<pronoun>its|their)\s+" + _ROLE + r"\s*(?P<comma>,)?\s*(?:including\s+)?" + _TITLE + r"$")
# "The union's vice-president, Pav Sina,": a body of that kind named just before (this sentence or the last)
_POSSESSIVE_ROLE = re.compile(r"\b[Tt]he\s+(?P<kind>[a-z]+)['’]s\s+" + _ROLE + r"\s*,?\s*" + _TITLE + r"$")
_ANY_BODY = EN.words("any_body_words")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s+[A-Z\"“]|\n")


def _possessive_body(text: str, start: int, orgs: list[Candidate], spans: dict):
    """(organisation, role) for a person written after "the union's vice-president,", or None."""
    match = _POSSESSIVE_ROLE.search(text, max(0, start - 80), start)
    if not match or not (role := _role(match)):
        return None
    kind = match["kind"]
    if kind not in _ANY_BODY and kind not in KIND_WORDS:
        return None
    before = [
        o
        for o in orgs
        if spans[o][1] <= match.start()
        and match.start() - spans[o][1] <= 400
        and len(_SENTENCE_BREAK.findall(text, spans[o][1], match.start())) <= 1
        and (kind in _ANY_BODY or kind in o.name.lower().replace("-", " ").split())
    ]
    return (before[-1], role) if before else None


# (a post in brackets may follow each: "A (General Secretary) and B (Treasurer)")
_LIST_GAP = re.compile(
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s*)?"
)  # (each name may have its title: "Mr. A, Mr. B and Mr. C, coordinators of X")
# "the director of ADHOC, X", "leaders of the 88 Generation Students, including X", "the chair of the X (XYZ) Carol Ng"
# (or with no comma: "the head of Diyarbakır Bar Association Tahir Elçi")
_AFTER_ROLE_OF_ORG = re.compile(
    r"(?:\s+(?i:"
    + _KINDS
    + r"))?(?:\s*[,:]\s*(?:including\s+)?|\s*\(\s*[A-Z][\w.&-]{1,14}(?:\s+[A-Z][\w.&-]{1,14}){0,2}\s*\)\s*,?\s*|[ \t]+)"
)  # (the body's kind may follow its name: "the editor of The Sun newspaper, Y")
# ("X Chairperson A and Vice Chairperson B": the last post may follow "and" alone)
_NEXT_POST = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<post>(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)\s*,?\s+")
_POSSESSIVE_GAP = re.compile(r"['’]s?[ \t]+")
# a body's acronym in brackets, then a name: "... Commission (EC) Jane Doe"
_ACRONYM_GAP = re.compile(r"\)[ \t]+|[ \t]*\([A-Z][\w.&-]{1,14}\)[ \t]+")


def _bracketed(text: str, org: Candidate, spans: dict) -> bool:
    """The body's name is an acronym in brackets, or a name its acronym in brackets follows."""
    start, end = spans[org]
    return text[start - 1 : start] == "(" if text[end : end + 1] == ")" else text[end : end + 2].lstrip()[:1] == "("


def _parent_body(text: str, org: Candidate, orgs: list[Candidate], spans: dict) -> str:
    """The body a unit belongs to ("Steering Committee of X", "the Global Council of X"), where the statement names
    it; else the organisation's own name."""
    if _UNIT_OF.match(org.name):
        return unit_parent(org.name, {text[spans[o][0] : spans[o][1]]: o.name for o in orgs} | {o.name: o.name for o in orgs})
    if org.name.split()[-1].casefold() in _UNITS:
        after = _OF_THE.match(text, spans[org][1])
        if after:
            return next((o.name for o in orgs if spans[o][0] == after.end()), org.name)
        # "EIPR's Criminal Justice Unit": the unit of the body whose possessive it follows
        owner = next((o for o in orgs if _POSSESSIVE_GAP.fullmatch(text, spans[o][1], spans[org][0])), None)
        if owner is not None:
            return owner.name
    return org.name


def bare_unit(name: str) -> bool:
    """ "Executive Council", "Kars Branch": a unit named without the body it belongs to."""
    return name.split()[-1].casefold() in _UNITS and not _UNIT_OF.match(name)


def unit_parent(name: str, org_names) -> str:
    """The body a unit named "<Unit> of <Body>" belongs to: the organisation named, or written, that way (the
    longest), else the body as the unit's name writes it if that names a body ("... Office of the National Union
    of Journalists"); else the name itself. `org_names`: names, or a mapping of the words written to the name.

    >>> unit_parent("Steering Committee of BERSIH 2", ["BERSIH 2.0", "BERSIH"]), unit_parent("Office of the Prime Minister", [])
    ('BERSIH 2.0', 'Office of the Prime Minister')
    """
    inner = _UNIT_OF.match(name)
    if not inner:
        return name
    parent = inner["parent"].casefold()
    written = org_names if isinstance(org_names, dict) else {o: o for o in org_names}
    # (or written shorter: "BERSIH" for "... of BERSIH 2.0")
    named = [
        (len(w), o) for w, o in written.items() if o != name and (w.casefold().startswith(parent) or parent.startswith(w.casefold() + " "))
    ]
    if named:
        return max(named)[1]
    words = inner["parent"].replace("-", " ").casefold().split()
    return inner["parent"] if any(w in ORG_HEADS for w in words) else name


_UNITS = EN.words("unit_words")
_UNIT_OF = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?i:" + EN.alternation("unit_words") + r")\s+of\s+(?:the\s+)?(?P<parent>\S.*)$")
# "... of the X", or, in a signature, the body on the line below ("Chairperson of the Global Council\n\nX")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?|[ \t]*\n\s*(?:the\s+)?")


_BARE_GAP = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?")


def _named_after(text: str, end: int, person_starts: set[int]) -> bool:
    """A person's name follows the body's directly ("head of X (XYZ) Metin Y")."""
    return _BARE_GAP.match(text, end).end() in person_starts


def _body_before_list(text: str, persons: list[Candidate], person: Candidate, spans: dict, orgs: list[Candidate]) -> bool:
    """The list that ends with `person` opens just after a body's name: its first member has a body of their own."""
    k = persons.index(person)
    while k > 0 and _LIST_GAP.fullmatch(text, spans[persons[k - 1]][1], spans[persons[k]][0]):
        k -= 1
    first = spans[persons[k]][0]
    return any(0 <= first - spans[o][1] <= 40 and not _crosses_sentence(text[spans[o][1] : first]) for o in orgs)


def _own_body_after(text: str, end: int, org_starts: list[int]) -> bool:
    """A person followed by "from X" or "of X", X a body named there: listed with a body of their own."""
    match = PERSON_FROM_ORG.match(text, end)
    return bool(match) and match.end() in org_starts


def _role_after(text: str) -> str | None:
    """ "'s Deputy Director for Southeast Asia" -> "Deputy Director"."""
    match = re.match(r"(?:['’]s)?\s+((?:[A-Za-z-]+\s+){0,4}[A-Za-z-]+)", text)
    if not match:
        return None
    words = match[1].split()
    for end in range(len(words), 0, -1):
        if is_role(" ".join(words[:end])):
            return " ".join(words[:end])
    return None


_BREAK = re.compile(r"(?P<word>\w*)(?P<stop>[.!?;])\s+[A-Z\"“]|\n")


def _crosses_sentence(gap: str) -> bool:
    """A sentence ends in the gap (not the period of an abbreviated title: "chief Comr. Gen. X")."""
    return any(not (m["stop"] == "." and m["word"].lower() in TITLES and m["word"][:1].isupper()) for m in _BREAK.finditer(gap))
