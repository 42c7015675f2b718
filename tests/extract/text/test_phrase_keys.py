"""Phrases are stored under the keys a scan of their tokens builds, whatever way the keys are made."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clecgraph.extract.text.tokens import PhraseTable, _phrase_words, tokenize
from clecgraph.knowledge import gazetteer


def token_keys(phrase: str) -> tuple[str, ...]:
    return tuple(" ".join(t.key for t in tokenize(phrase)).split())


@given(st.text(alphabet="aZq09 -'’.&_,éÀ\t", max_size=24))
def test_a_phrase_key_is_its_tokens_keys(phrase):
    assert _phrase_words.__wrapped__(phrase) == token_keys(phrase)


def test_every_gazetteer_name_keys_like_its_tokens():
    names = {n for place in gazetteer.all_places() for n in (place.name, *place.alt_names)}
    assert [n for n in names if _phrase_words.__wrapped__(n) != token_keys(n)] == []


def test_a_table_finds_plain_and_marked_names_in_text():
    table = PhraseTable({"Timor-Leste": 1, "The Hague": 2, "Phnôm Pênh": 3, "U.N. Office": 4})
    text = "From Timor-Leste to the Hague, Phnom Penh and the UN Office."
    found = [(text[tokens[i].start : tokens[j - 1].end], v) for tokens in [tokenize(text)] for i, j, v in table.scan(text, tokens)]
    assert found == [("Timor-Leste", 1), ("Phnom Penh", 3), ("UN Office", 4)]
