"""A language's closed word classes, read once from ontology/lexicon/<language>.toml.

The name grammars and cue readers of extract/ use these lists (function
words, titles, role nouns, place kinds, months, cue words...); none is typed
in Python. A list is a TOML table: `words` (white-space separated, in order)
and `also` (other lists it includes); a `map` subtable maps words to values.

>>> lexicon().keys("law_words") >= {"law", "sub decree"}
True
>>> lexicon().ordered("connectors")[:3]
('of', 'for', 'the')
>>> lexicon().map("demonyms")["thai"]
'Thailand'
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from clecgraph.errors import ClecgraphError
from clecgraph.knowledge.ontology import ontology_file

DEFAULT_LANGUAGE = "en"


class Lexicon:
    """The word lists of one language, by name."""

    def __init__(self, language: str, tables: dict[str, dict]):
        self.language = language
        self._tables = tables
        self._ordered: dict[str, tuple[str, ...]] = {}

    def names(self) -> tuple[str, ...]:
        return tuple(self._tables)

    def _table(self, name: str) -> dict:
        try:
            return self._tables[name]
        except KeyError:
            raise ClecgraphError(f"ontology/lexicon/{self.language}.toml: no word list [{name}]") from None

    def ordered(self, name: str) -> tuple[str, ...]:
        """The list's words as written, in order, with the words of the lists it includes after its own."""
        if name not in self._ordered:
            table = self._table(name)
            words = list(table.get("words", "").split())
            for other in table.get("also", ()):
                words += [w for w in self.ordered(other) if w not in words]
            self._ordered[name] = tuple(dict.fromkeys(words))
        return self._ordered[name]

    def words(self, name: str) -> frozenset[str]:
        """The words as written ("now-defunct")."""
        return frozenset(self.ordered(name))

    def keys(self, name: str) -> frozenset[str]:
        """The words as folded token keys: a hyphen is the space a key has ("sub-decree" -> "sub decree")."""
        return frozenset(w.replace("-", " ") for w in self.ordered(name))

    def map(self, name: str) -> dict[str, str]:
        return dict(self._table(name).get("map", {}))

    def alternation(self, name: str) -> str:
        r"""The words as a regular-expression alternation, in the list's order; "_" in a word is a run of spaces.

        >>> lexicon().alternation("role_prefixes")
        '(?:vice|deputy|co|acting|assistant)'
        >>> print(Lexicon("xx", {"l": {"words": "on-going rule_of_law e.g"}}).alternation("l"))
        (?:on-going|rule\s+of\s+law|e\.g)
        """
        return "(?:" + "|".join(_as_pattern(w) for w in self.ordered(name)) + ")"


_SPECIAL = re.compile(r"([.^$*+?{}\[\]\\|()])")


def _as_pattern(word: str) -> str:
    # (a hyphen outside a character class is itself: only the signs that mean something are escaped)
    return _SPECIAL.sub(r"\\\1", word).replace("_", r"\s+")


@cache
def lexicon(language: str = DEFAULT_LANGUAGE) -> Lexicon:
    """The lexicon of a language, loaded once."""
    source = ontology_file("lexicon", f"{language}.toml")
    try:
        text = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ClecgraphError(f"no lexicon for language {language!r} (ontology/lexicon/{language}.toml)") from None
    try:
        tables = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ClecgraphError(f"ontology/lexicon/{language}.toml: {error}") from None
    return Lexicon(language, tables)


# The default language's lexicon, for the modules that read its lists at import.
EN = lexicon()

# The word classes of the name grammars, as folded token keys (see en.toml for what each holds).
NAME_FIRST_HEADS = EN.keys("name_first_heads")
ORG_HEADS = EN.keys("org_heads")
ORG_OPENERS = EN.keys("org_openers")
LEGAL_SUFFIXES = EN.keys("legal_suffixes")
LAW_WORDS = EN.keys("law_words")
WEAK_HEADS = EN.keys("weak_heads")
NOT_A_BODY_AFTER = EN.keys("not_a_body_after")
GENERIC_MODIFIERS = EN.keys("generic_modifiers")
CONNECTORS = EN.keys("connectors")
ADMIN_PLACE_WORDS = EN.keys("admin_place_words")
NATURAL_PLACE_WORDS = EN.keys("natural_place_words")
SITE_WORDS = EN.keys("site_words")
TITLES = EN.keys("titles")
STRONG_TITLES = EN.keys("strong_titles")
PERSON_ROLES = EN.keys("person_roles")
ROLE_PREFIXES = EN.keys("role_prefixes")
PERSON_VERBS = EN.keys("person_verbs")
ROLE_WORDS = EN.keys("role_words")
FUNCTION_WORDS = EN.keys("function_words")
STOPWORDS = EN.keys("stopwords")
NON_ORG_ACRONYMS = EN.keys("non_org_acronyms")
ROLE_HEADS = EN.keys("role_heads")
ORG_KINDS = EN.keys("org_kinds")
KIND_WORDS = EN.keys("kind_words")
PORTFOLIO_WORDS = EN.keys("portfolio_words")
DEMONYMS = EN.map("demonyms")
