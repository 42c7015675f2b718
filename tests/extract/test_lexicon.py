"""The lexicon: every list the extractor asks for is in the data, once, and bad data is a clear error."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clecgraph.errors import ClecgraphError
from clecgraph.knowledge import lexicon as module
from clecgraph.knowledge.lexicon import Lexicon, lexicon

PACKAGE = Path(module.__file__).resolve().parents[1]
ASKED = re.compile(r"""\bEN\.(?:words|keys|ordered|alternation|map)\(\s*["']([a-z_]+)["']""")


def asked_for() -> set[str]:
    return {name for path in PACKAGE.rglob("*.py") for name in ASKED.findall(path.read_text(encoding="utf-8"))}


def test_every_list_the_code_asks_for_is_in_the_english_lexicon():
    names = asked_for()
    assert len(names) > 50  # (the pattern finds the calls)
    assert names <= set(lexicon().names()), sorted(names - set(lexicon().names()))


def test_no_two_lists_hold_the_same_words():
    english, seen = lexicon(), {}
    for name in english.names():
        if english.ordered(name):
            words = english.words(name)
            assert words not in seen, f"[{name}] holds the same words as [{seen.get(words)}]"
            seen[words] = name


def test_a_list_includes_the_lists_it_names():
    english = lexicon()
    assert english.words("function_words") >= english.words("months") | english.words("weekdays")
    assert english.keys("org_heads") >= english.keys("name_first_heads")


def test_keys_fold_hyphens_as_tokens_do_and_words_keep_them():
    words = Lexicon("xx", {"l": {"words": "sub-decree now-defunct"}})
    assert words.keys("l") == {"sub decree", "now defunct"}
    assert words.words("l") == {"sub-decree", "now-defunct"}


def test_an_alternation_keeps_the_order_and_matches_phrases():
    words = Lexicon("xx", {"l": {"words": "prior_to after e.g"}})
    assert re.fullmatch(words.alternation("l"), "prior   to")
    assert not re.fullmatch(words.alternation("l"), "eXg")
    assert words.alternation("l").startswith("(?:prior")


def test_an_unknown_list_is_an_error_naming_the_file():
    with pytest.raises(ClecgraphError, match=r"ontology/lexicon/en\.toml: no word list \[no_such_list\]"):
        lexicon().words("no_such_list")


def test_an_unknown_language_is_an_error():
    with pytest.raises(ClecgraphError, match="no lexicon for language 'zz'"):
        lexicon("zz")


def test_a_broken_lexicon_file_is_an_error_naming_file_and_line(monkeypatch, tmp_path):
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "qq.toml").write_text('[a]\nwords = "x"\n[b\n', encoding="utf-8")
    monkeypatch.setattr(module, "ontology_file", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(ClecgraphError, match=r"ontology/lexicon/qq\.toml: .*line 3"):
        module.lexicon.__wrapped__("qq")
