"""Ministers named by their ministry: "Minister of Labour and Vocational Training Ith Sam Heng".

The title names the body ("Ministry of Labour and Vocational Training") and
the person that follows it. A portfolio before the title ("Interior Minister
Sar Kheng") names an office, not a body: no ministry (the real statements'
gold gives none, as for "the Governor"). Where the ministry's name ends and the person's
begins is read from the shape of personal names: a Khmer family name opens
one (then two or three words), or the words before "said", a comma or the
end of the sentence are the name (the last two words).
"""

from __future__ import annotations

from clecgraph.extract.entities.persons import khmer_family_names, name_token
from clecgraph.extract.text.chunks import Candidate
from clecgraph.extract.text.tokens import Token, joined
from clecgraph.knowledge.lexicon import EN, PORTFOLIO_WORDS
from clecgraph.model import ORGANISATION, PERSON

_SPEECH = EN.words("speech_after_minister")


def minister_titles(text: str, tokens: list[Token], field: str) -> list[Candidate]:
    found = []
    if "inister" not in text and "INISTER" not in text:
        return found
    n = len(tokens)
    families = None
    for i in range(n - 3):
        if tokens[i].key != "minister" or not tokens[i].cap or tokens[i + 1].key != "of" or tokens[i + 1].cap:
            continue
        j = i + 2
        while (
            j < n
            and (tokens[j].cap or (tokens[j].key in ("and", "of", "the") and not tokens[j].cap))
            and joined(text, tokens[j - 1], tokens[j], possessive=True)
        ):
            j += 1
        run = list(range(i + 2, j))  # ministry words, then perhaps a person's name
        if len(run) < 3:
            continue
        families = families or khmer_family_names()
        split = None
        # the ministry's words are words of portfolios; the first other word opens the minister's name
        k = i + 2
        while k < j and (tokens[k].key in PORTFOLIO_WORDS or tokens[k].key in ("and", "of", "the")):
            k += 1
        if k > i + 2 and 2 <= j - k <= 3 and all(name_token(t) for t in tokens[k:j]):
            split = k
        for size in (3, 2):
            if split is not None:
                break
            k = j - size
            if k > i + 2 and tokens[k].key in families and all(name_token(t) for t in tokens[k:j]):
                split = k
                break
        if split is None and j - 2 > i + 2 and all(name_token(t) for t in tokens[j - 2 : j]):
            after = tokens[j] if j < n else None
            gap = text[tokens[j - 1].end : after.start] if after else ""
            if after is None or gap.strip() in (",", ".") or (not after.cap and after.key in _SPEECH):
                split = j - 2
        if split is None or tokens[split - 1].key in ("and", "of", "the"):
            continue
        ministry = "Ministry " + " ".join(text[tokens[i + 1].start : tokens[split - 1].end].split())
        found.append(Candidate(i, split, ORGANISATION, ministry, "rules.org.minister", 2, "government", field))
        found.append(Candidate(split, j, PERSON, " ".join(t.text for t in tokens[split:j]), "rules.person.minister", 2, None, field))
    return found
