"""Issuers: the publisher, and organisations the text presents as speaking.

"CCHR, LICADHO and CLEC condemn ..."        a list of organisations opening
                                            a sentence, then a verb of stance
"We, CLEC, ..."  "We, the undersigned, X and Y"
"a new report by X and Y"  "New report X and Y evaluates ..."
"""

from __future__ import annotations

import re
from bisect import bisect_left

from clecgraph.extract.entities.signatories import block_start
from clecgraph.extract.text.chunks import Candidate
from clecgraph.extract.text.tokens import fold
from clecgraph.knowledge.lexicon import EN
from clecgraph.model import ORGANISATION
from clecgraph.names import co_publishers

_JOINT = re.compile(r"\s*(?:[,/]|&|\band\b)\s*", re.I)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]{1,11}")
# "FIDH and its member organisation the PAHRA", "X together with Y": one voice
_SEPARATOR = re.compile(
    r"\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+|together\s+with\s+|along\s+with\s+)"
    r"(?:(?:its|their)\s+(?:\w+\s+)?(?:(?:member|partner|sister)\s+(?:organi[sz]ations?|groups?|unions?)?|affiliates?)\s*,?\s*)?(?:the\s+)?",
    re.I,
)
# ("X and the Indonesian trade union federation Y": the kind of the next body before its name)
_KIND_BEFORE = (
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:group|organi[sz]ation|union|federation|confederation|alliance|network|coalition|movement|watchdog)\s+)?"
)
_PARENTHESIS = re.compile(r"\s*\(\s*|\s*\)\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)?(?:the\s+)?" + _KIND_BEFORE, re.I)
# Present-tense stance verbs: the issuer speaking now ("condemn", "is alarmed",
# "today released"), not a third party reported ("expressed concern").
_VERBS = (
    "condemn|call|urge|welcome|express|demand|denounce|deplore|applaud|appeal|regret|reiterate|protest|oppose|reject|"
    "commend|congratulate|recommend|request|note|question|criticize|criticise|insist|warn|submit|present|announce|object|accuse|"
    "evaluate|find|show|reveal|document|examine|assess|highlight|expose|release|publish|launch|issue|support|stand|join|"
    "remind|ask|encourage|emphasi[sz]e|stress|affirm|reaffirm|believe|hope|mourn"
)
_STANCE = re.compile(
    r"\s*,?\s*(?:(?:strongly|jointly|deeply|gravely|also|hereby|publicly|firmly|together|again|both|all|each|would\s+like\s+to|wish\s+to|want\s+to|continue\s+to|once\s+again)\s+)*"
    r"(?:(?:" + _VERBS + r")(?:e?s)?\b"
    r"|(?:are|is|remain|remains|were|was)\s+(?:\w+ly\s+)?(?:concerned|alarmed|disturbed|dismayed|shocked|saddened|outraged|appalled|troubled|worried|deeply)"
    r"|reports?\s+that\b"  # "The union (CUMW) reports that workers ..."
    r"|(?:today|jointly|hereby)\s+(?:released|published|issued|launched|submitted|sent|called|urged|mourned|condemned|denounced)\b"
    # statements translated into English: "hereby states", "are strongly condemning"
    r"|hereby\s+(?:states?|declares?)\b|(?:are|is)\s+(?:\w+ly\s+)?(?:condemning|calling|urging|demanding|denouncing|protesting)\b"
    r"|(?:have|has)\s+(?:today\s+|jointly\s+)?(?:released|published|issued|launched|submitted|sent|written)\b)",
    re.I,
)
# What may open a sentence before its subject: "The", "On Monday, the".
# ("Farmers' group X condemns": what kind of body speaks, before its name)
# ("But the union said", "the Turkish branch of X condemned": a branch speaks for its body)
_OPENING = re.compile(
    r"\s*(?:[^,\s][^,]{0,60},\s*)?(?:(?:but|and|yet|so)\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:branch|chapter|section)\s+of\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w-]+['’]s\s+)?" + _KIND_BEFORE,
    re.I,
)
_SENTENCE_BREAK = re.compile(r"(?:[.!?;:\n]|[–—]|\s-\s)")
_WE = re.compile(r"\bwe\s*,\s*(?:the\s+(?:undersigned|above|following)[^,]{0,60},\s*(?:including\s+)?)?(?:the\s+)?$", re.I)
_BY = re.compile(
    r"\b(?:report|reports|study|studies|briefing|brief|note|statement|statements|paper|submission|letter|analysis|survey|publication|research|investigation)\s+"
    r"(?:(?:released|published|issued|written|authored|produced|launched|compiled|jointly)\s+(?:(?:today|jointly)\s+)?)?(?:by|from)\s+(?:the\s+)?$",
    re.I,
)
_HEADLINE_REPORT = re.compile(r"\b(?:new|joint|latest)\s+(?:report|study|briefing|survey|research)\s*:?\s*$", re.I)


def publisher_names(publisher: str | None, known: dict[str, str]) -> list[str]:
    """The publishers' names, expanded through known names ("CLEC" -> the centre).

    ";" always separates co-publishers ("A; B", `co_publishers`). Within a
    part, a joint publisher ("CCHR, LICADHO & ADHOC") gives each body when
    every piece is a known name or an acronym; otherwise the part is one name.
    """
    names: list[str] = []
    for part in co_publishers(publisher):
        for name in _one_part(part, known):
            if name not in names:
                names.append(name)
    return names


def _one_part(name: str, known: dict[str, str]) -> list[str]:
    if fold(name) in known:
        return [known[fold(name)]]
    parts = [p.strip() for p in _JOINT.split(name) if p.strip()]
    if len(parts) > 1 and all(fold(p) in known or _ACRONYM.fullmatch(p) for p in parts):
        return [known.get(fold(p), p) for p in parts]
    return [name]


def org_lists(text: str, orgs: list[Candidate], spans: dict) -> list[list[Candidate]]:
    """Organisations written as one list: "X, Y and Z"."""
    lists: list[list[Candidate]] = []
    for org in orgs:
        if lists:
            previous = lists[-1][-1]
            between = text[spans[previous][1] : spans[org][0]]
            if _SEPARATOR.fullmatch(between) or _PARENTHESIS.fullmatch(between):
                lists[-1].append(org)
                continue
        lists.append([org])
    return lists


# Past tense counts for a list that names the publisher among its members:
# "Human Rights Watch, Amnesty International and X called for ..." in HRW's statement.
_PAST_STANCE = re.compile(
    r"\s*,?\s*(?:(?:strongly|jointly|also|today|together|publicly)\s+)*"
    r"(?:called|urged|condemned|welcomed|expressed|demanded|denounced|deplored|appealed|released|published|issued|launched|said|stated|warned)\b",
    re.I,
)


# What a body said or did as a speaker, reported by others (a news report quoting it):
# "X condemned", "X has urged", "X, a rights group, said", "X said in a statement".
_REPORTED = re.compile(
    r"\s*(?:,[^,.;]{3,80},)?\s*(?:(?:also|further|strongly|jointly|publicly|today|recently|earlier|repeatedly|had|has|have|on\s+\w+)\s+)*"
    r"(?:" + EN.alternation("reported_speech_verbs") + r"|called\s+(?:on|for|upon))\b",
    re.I,
)
# ... or named after its own quoted words: "'...,' the union said."
_AFTER_QUOTE = re.compile(r"[,.!?]\s*[”\"]\s*(?:the\s+)?" + _KIND_BEFORE + "$", re.I)
# Bodies whose reported words are news, not a statement they issue: outlets, governments, courts,
# companies and intergovernmental bodies ("the ministry said", "the newspaper reported").
_NOT_SPEAKERS = {"media", "government", "court", "company", "international"}
_NEWS_WORDS = EN.keys("reporting_not_issuing")


# ... unless the name's head says it is a body of members that speaks for itself ("X Press Association",
# "Police Reforms Working Group")
_SPEAKING_HEADS = EN.keys("speaking_heads")


def _reports_news(org: Candidate) -> bool:
    if org.subtype in _NOT_SPEAKERS:
        return True
    words = [fold(word) for word in org.name.split()]
    return any(word in _NEWS_WORDS for word in words) and words[-1] not in _SPEAKING_HEADS


def find_issuers(text: str, candidates: list[Candidate], spans: dict, publishers: list[str] = ()) -> list[str]:
    """Names of organisations in `text` that speak for themselves."""
    published_by = {fold(p) for p in publishers}
    # (a body named only as a source of news, "according to X", is not the statement's voice)
    orgs = [c for c in candidates if c.kind == ORGANISATION and c.extractor != "rules.org.source"]
    other_starts = sorted(spans[c][0] for c in candidates if c.kind != ORGANISATION)
    signed = block_start(text)
    found = [o.name for o in orgs if signed is not None and spans[o][0] >= signed]
    for group in org_lists(text, orgs, spans):
        start, end = spans[group[0]][0], spans[group[-1]][1]
        k = bisect_left(other_starts, start)
        if k < len(other_starts) and other_starts[k] < end:
            continue
        before = text[max(0, start - 200) : start]
        breaks = list(_SENTENCE_BREAK.finditer(before))
        lead = before[breaks[-1].end() :] if breaks else before
        after = re.sub(r"^\s*\)", "", text[end : end + 80])
        speaking = (
            (_OPENING.fullmatch(lead) and _STANCE.match(after))
            or _WE.search(lead)
            or _BY.search(lead)
            or (_HEADLINE_REPORT.search(lead) and _STANCE.match(after))
            or (
                len(group) > 1
                and _OPENING.fullmatch(lead)
                and _PAST_STANCE.match(after)
                and any(fold(o.name) in published_by for o in group)
            )
        )
        reported = (
            not speaking
            and (_OPENING.fullmatch(lead) or _AFTER_QUOTE.search(before))
            and _REPORTED.match(after)
            and not any(_reports_news(o) for o in group)
        )
        if speaking or reported:
            found.extend(o.name for o in group)
    return found
