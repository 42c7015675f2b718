"""Nationality words of every country ("Egyptian", "Colombian", "Sri Lankan"), from countryinfo's data.

A nationality word is capitalised and stands before names of things ("the
Egyptian government", "a Sri Lankan national"): never a person's name. Words
that are also given names somewhere (knowledge/given_names.py: "German",
"Georgian", "Lucian") are left out. The lexicon's own nationality words
(ontology/lexicon/en.toml, [demonyms.map]) are added, and the names of
peoples, faiths and languages that stand where they do ([peoples]: "the
Mapuche community", "Adivasi villagers").

    >>> {"egyptian", "colombians", "lankan"} <= nationality_words(), "german" in nationality_words()
    (True, False)
    >>> "lankan" in name_tails(), "welsh" in name_tails()
    (True, False)
"""

from __future__ import annotations

import re
from functools import cache

from clecgraph.knowledge.given_names import given_names
from clecgraph.knowledge.lexicon import EN
from clecgraph.names import fold


@cache
def _demonyms() -> tuple[frozenset[str], frozenset[str]]:
    from countryinfo import all_countries  # (read on first use: about 0.05 s)

    single: set[str] = set()
    tails: set[str] = set()
    for country in all_countries():
        try:
            demonym = country.demonym()
        except (KeyError, AttributeError, TypeError):
            continue
        # "Bosnian,Herzegovinian", "Serbian/Montenegrin", "Kittian and Nevisian": each part
        for part in re.split(r"[,/]|\band\b", demonym or ""):
            folded = fold(part).split()
            if folded and folded[-1] != "island":
                (tails if len(folded) > 1 else single).update((folded[-1], folded[-1] + "s"))
    # (and the lexicon's nationality words: "Kyrgyz", where countryinfo writes "Kirghiz")
    single.update(w for key in EN.map("demonyms") for w in (key, key + "s") if " " not in key)
    single.update(w for key in EN.keys("peoples") for w in (key, key + "s"))
    names = given_names()
    return frozenset(single - names), frozenset(tails - names)


@cache  # (asked for per word by several finders: the union is made once)
def nationality_words() -> frozenset[str]:
    """Folded nationality words and their plurals ("egyptian", "colombians"; "lankan" of "Sri Lankan").

    A one-word nationality word may still end a person's name ("David Welsh"): see name_tails().
    """
    single, tails = _demonyms()
    return single | tails


def name_tails() -> frozenset[str]:
    """The last words of nationality words of two or more words ("lankan", "rican", "zealander"): never in a name."""
    return _demonyms()[1]
