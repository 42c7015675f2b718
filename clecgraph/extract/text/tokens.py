"""Words with their character spans, and a phrase table looked up by words.

Name finders work on tokens rather than on thousands of regexes: a phrase
table holds every known name (folded) and every prefix of one, so a scan
tries a longer phrase only while some name still starts that way. Spans
always point into the original text, so mentions keep the exact words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from clecgraph.knowledge.lexicon import EN
from clecgraph.knowledge.placenames import key as _fold  # names.fold, with a fast path for ASCII words

# Names recur across statements: fold each once.
fold = lru_cache(maxsize=1 << 17)(_fold)

# A word: letters/digits with inner hyphens or apostrophes ("Timor-Leste",
# "People's"); a possessive "'s" is split off so "Court's" ends at "Court".
# Dotted initials ("U.N.", "H.E.") are one word whose key is the letters.
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:[-‐'’][^\W_]+)*|&")
# Abbreviations whose full stop does not end a name ("Co. Ltd", "H.E.").
_ABBREVIATIONS = EN.words("name_abbreviations")
_SENTENCE_OPENERS = EN.words("sentence_openers")
_COMPANY_ABBREVIATIONS = EN.words("company_abbreviations")


class Token(NamedTuple):
    """One word (a named tuple: texts hold many, and a tuple is made several times faster than a frozen
    dataclass). `cap` and `upper` follow from `text`, so comparing them changes no equality."""

    start: int
    end: int
    text: str
    key: str  # folded form used for lookups
    possessive: bool = False  # followed by 's / ’s (not part of the token)
    cap: bool = False  # starts with a capital
    upper: bool = False  # acronym-like: most letters capitals


@lru_cache(maxsize=1 << 16)
def _word_facts(word: str) -> tuple[str, bool, bool]:
    if word.endswith(".") and len(word) >= 4:
        word = word.replace(".", "")
    key = fold(word) if word != "&" else "and"
    cap = word[:1].isupper()
    letters = [c for c in word if c.isalpha()]
    upper = cap and len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
    return key, cap, upper


@lru_cache(maxsize=1 << 16)
def _shape(matched: str) -> tuple[str, int, str, bool, bool, bool]:
    """What a matched word makes of a token: its text (a possessive "'s" cut off), length, key and facts."""
    possessive = len(matched) > 2 and matched[-2] in "'’" and matched[-1] == "s"
    word = matched[:-2] if possessive else matched
    key, cap, upper = _word_facts(word)
    return word, len(word), key, possessive, cap, upper


_new_token = tuple.__new__  # (Token(...) without its Python-level __new__: texts hold thousands of words)


def tokenize(text: str) -> list[Token]:
    tokens = []
    append = tokens.append
    for match in _WORD.finditer(text):
        word, length, key, possessive, cap, upper = _shape(match.group())
        if key:
            start = match.start()
            append(_new_token(Token, (start, start + length, word, key, possessive, cap, upper)))
    return tokens


def gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def joined(text: str, left: Token, right: Token, possessive: bool = False) -> bool:
    """Whether two neighbouring words can belong to one name.

    Only white space (any kind, any amount) may separate them, or the full
    stop of an abbreviation such as "Co." in "Co. Ltd". A possessive
    ("People's Party") joins only where the caller allows it.
    """
    between = text[left.end : right.start]
    if between == " ":
        return True  # (most words are one space apart; a possessive's gap opens with its "'s")
    if left.possessive:
        if not possessive:
            return False
        between = between[2:]
    if not between:
        return left.text == "&" or right.text == "&"
    if between.isspace():
        return "\n" not in between  # a line break ends a name (lists put one name a line)
    if between[0] in "'’" and left.text.endswith(("s", "S")) and between[1:].isspace():
        return True  # plural possessive: "Teachers' Association", "Workers' Party"
    if left.key == "co" and right.key in ("ltd", "limited") and between.strip() in (",", ".,"):
        return True  # "Co., Ltd."
    if possessive and between.strip() == "," and right.cap:
        return True  # known names with commas ("Ministry of Land Management, Urban Planning ...")
    if between.startswith(".") and (between[1:].isspace() or not between[1:]):
        if left.key in _COMPANY_ABBREVIATIONS:
            return right.key in _COMPANY_ABBREVIATIONS  # "Co. Ltd", not "Ltd. The ..."
        # initials ("John F. Kennedy"), not "H&M. The ..."
        return left.key in _ABBREVIATIONS or (
            len(left.text) == 1 and left.text.isupper() and right.cap and right.key not in _SENTENCE_OPENERS
        )
    return False


# Words of letters and digits, joined by single hyphens or spaces: tokenize() folds them to their lower case,
# a hyphen cutting words like a space ("Timor-Leste": "timor", "leste"); most gazetteer names look so.
_PLAIN_PHRASE = re.compile(r"[A-Za-z0-9]+(?:(?: +|-)[A-Za-z0-9]+)*")


@lru_cache(maxsize=1 << 16)
def _phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase's words as token keys, so phrases and texts are cut alike."""
    if _PLAIN_PHRASE.fullmatch(phrase):
        return tuple(phrase.lower().replace("-", " ").split())
    return tuple(" ".join(t.key for t in tokenize(phrase)).split())


class PhraseTable:
    """Folded phrase -> value, with prefixes so scans stop early."""

    def __init__(self, phrases: dict[str, object] | None = None):
        self.values: dict[str, object] = {}
        self.prefixes: set[str] = set()
        self.longest = 0
        self._starters: frozenset[str] | None = None  # the keys a match may start with (made at the first scan)
        for phrase, value in (phrases or {}).items():
            self.add(phrase, value)

    def add(self, phrase: str, value: object, *, replace: bool = False) -> None:
        words = _phrase_words(phrase)
        if not words:
            return
        key = " ".join(words)
        if replace or key not in self.values:
            self.values[key] = value
        self._starters = None
        for n in range(1, len(words)):
            self.prefixes.add(" ".join(words[:n]))
        self.longest = max(self.longest, len(words))

    def get(self, phrase: str):
        return self.values.get(self.key_of(phrase))

    @staticmethod
    def key_of(phrase: str) -> str:
        """The key a phrase is stored under (its words' keys), as a scan of tokens[i:j] would build it."""
        return " ".join(_phrase_words(phrase))

    def match_at(self, text: str, tokens: list[Token], i: int) -> tuple[int, object] | None:
        """The longest phrase starting at token i: (index after it, value).

        Names start with a capital or a digit: "an amnesty", "turkey" are words.
        """
        first = tokens[i].text[:1]
        if not (first.isupper() or first.isdigit()):
            return None
        best = None
        key = ""
        for j in range(i, min(len(tokens), i + self.longest)):
            if j > i and not joined(text, tokens[j - 1], tokens[j], possessive=True):
                break
            key = tokens[j].key if j == i else f"{key} {tokens[j].key}"
            if key in self.values:
                best = (j + 1, self.values[key])
            if key not in self.prefixes:
                break
        return best

    def scan(self, text: str, tokens: list[Token]):
        """Every non-overlapping longest match, left to right: (i, j, value)."""
        starters = self._starters
        if starters is None:  # (one set, not two look-ups a word: scans outnumber additions by far)
            starters = self._starters = frozenset(self.prefixes).union(self.values)
        # most words start no phrase (a hyphenated word may hold two words of one): the words that may
        # are picked out first, in one pass (t[3] is the key); a match's words are not tried again
        end = 0
        for i in [i for i, t in enumerate(tokens) if t[3] in starters]:
            if i < end:
                continue
            found = self.match_at(text, tokens, i)
            if found:
                yield i, found[0], found[1]
                end = found[0]


_BREAK = re.compile(r"[.!?:;\n•–—\"“(]")


def sentence_starts(text: str, tokens: list[Token]) -> set[int]:
    """Indexes of tokens that open a sentence, a line or a quotation."""
    if not tokens:
        return set()
    starts = {0}
    # (the words after a break mark, found from the marks: a text holds far fewer marks than words)
    begins = [t.start for t in tokens]
    for mark in _BREAK.finditer(text, tokens[0].end, tokens[-1].start):
        n = bisect_right(begins, mark.start())  # the first word after the mark
        if n in starts or tokens[n - 1].end > mark.start():
            continue  # (a word already taken, or the dot of "U.N." inside a word)
        before = text[tokens[n - 1].end : tokens[n].start]
        if not (before.strip() == "." and tokens[n - 1].key in _ABBREVIATIONS):
            starts.add(n)
    return starts
