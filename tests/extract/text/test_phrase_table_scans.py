"""A phrase table scanned, then given more phrases, finds the new ones too."""

from __future__ import annotations

from clecgraph.extract.text.tokens import PhraseTable, tokenize


def test_a_phrase_added_after_a_scan_is_found_by_the_next_scan():
    table = PhraseTable({"Phnom Penh": 1})
    text = "From Phnom Penh to Siem Reap and Kampot."
    tokens = tokenize(text)
    assert [v for _, _, v in table.scan(text, tokens)] == [1]
    table.add("Siem Reap", 2)
    table.add("Kampot", 3)
    assert [v for _, _, v in table.scan(text, tokens)] == [1, 2, 3]
