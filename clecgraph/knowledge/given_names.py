"""Given names of many countries, from the packaged dictionary of the gender-guesser package.

The dictionary (nam_dict.txt by Jörg Michael, GNU Free Documentation License,
shipped as data in the gender-guesser wheel; its code is not used) lists about
45,000 given names with a frequency in each of 55 countries or regions:
Europe, the Americas through Spain and Portugal, Turkey, the Arab world and
Persia, India and Sri Lanka, East Asia. A word it lists, before another name
word, says a person is named.

The table is read once, on first use (about 0.1 s; a few milliseconds from the disk cache), as a set of
folded words.

    >>> is_given_name("Ammar"), is_given_name("ammar"), is_given_name("Tribunal")
    (True, True, False)
"""

from __future__ import annotations

import warnings
from functools import cache
from importlib import resources

from clecgraph import names as names_module
from clecgraph.knowledge.disk_cache import cached, file_digest, package_versions
from clecgraph.names import fold

_PACKAGE = "gender_guesser"
_FILE = ("data", "nam_dict.txt")
# Columns of a name line: a gender code, the name from column 3 to 29, a sort
# flag in column 29 ('+' marks a duplicate written with expanded umlauts), then
# one frequency digit per country.
_NAME = slice(3, 29)
_SORT_FLAG = 29


_FREQUENCIES = slice(30, 85)
_DIGITS = "123456789ABCD"


@cache
def given_names(least: int = 2) -> frozenset[str]:
    """The given names of the dictionary at least `least` common (1 rare .. 13 very common) in some country, folded.

    A name written with '+' gives each of its parts too. Kept in the disk cache (knowledge/disk_cache.py),
    keyed by the package's version and this code.
    """
    try:
        source = resources.files(_PACKAGE).joinpath(*_FILE)
    except ModuleNotFoundError:
        # An environment installed before the dependency was added: names are still found by the
        # other finders (titles, roles, cues, family names), only not by a given name alone.
        warnings.warn(
            "the given-name table is missing (package gender-guesser is not installed): persons named"
            " without a title or role may be missed; run `pip install -e .` (or `pip install gender-guesser`)",
            stacklevel=2,
        )
        return frozenset()
    stamp = f"{package_versions('gender-guesser')}; code {file_digest(__file__, names_module.__file__)}; least {least}"
    return cached("given-names", stamp, lambda: _read(source, least), read=_names_of)


def _names_of(stored) -> frozenset[str]:
    if not isinstance(stored, frozenset):
        raise TypeError("not a set of names")
    return stored


def _read(source, least: int) -> frozenset[str]:
    names: set[str] = set()
    common = set(_DIGITS[least - 1 :])
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("=") or len(line) <= _SORT_FLAG or line[_SORT_FLAG] == "+":
                continue
            name = line[_NAME].strip()
            if not name or common.isdisjoint(line[_FREQUENCIES]):
                continue
            # "Abd+al+Rahman" stands for "Abd al Rahman", "Abd-al-Rahman" and "Abdalrahman"
            names.add(name.replace("+", ""))
            names.update(part for part in name.split("+") if len(part) > 2)
    # (folding the words is the slow part: ASCII ones only need lower case)
    return frozenset(n.lower() if n.isascii() and n.isalpha() else fold(n) for n in names if " " not in n)


def is_given_name(word: str) -> bool:
    return fold(word) in given_names()
