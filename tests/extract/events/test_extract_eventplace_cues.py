"""The indexed place choice and clause edges give what the plain all-pairs / rescanning definitions give."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clecgraph.extract.events import cues
from clecgraph.extract.events.place_candidates import _CONTAINED_GAP, _POSSESSIVE_GAP, PlaceSpot, most_specific

WORDS = [
    "Tokyo",
    "Japan",
    "Phnom Penh",
    "Group 78",
    "in",
    "of",
    "the",
    "'s",
    ",",
    " ",
    "  ",
    "and",
    "which",
    "who",
    "but",
    "arrested",
    "–",
    " - ",
    "(",
    "butarrested",
    "whichever",
    "\n",
]


def reference_most_specific(text, spots, near):
    """The definition: every pair compared, then min over the pool."""
    containers = set()
    for a in spots:
        for b in spots:
            if a is b or a.name == b.name:
                continue
            if a.end <= b.start and _CONTAINED_GAP.match(text[a.end : b.start]):
                containers.add(id(b))
            if b.end <= a.start and _POSSESSIVE_GAP.match(text[b.end : a.start]):
                containers.add(id(b))
    pool = [s for s in spots if id(s) not in containers] or spots
    return min(pool, key=lambda s: (s.rank, s.start - near if s.start >= near else near - s.end, s.start))


def reference_clause_start(text, sentence_start, position):
    start = sentence_start
    for match in cues._CLAUSE_EDGE.finditer(text, sentence_start, position):
        start = match.end()
    return start


texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=texts, data=st.data())
def test_most_specific_is_the_all_pairs_choice(text, data):
    names = [m for m in re.finditer(r"Tokyo|Japan|Phnom Penh|Group 78|in|the", text)]
    picked = data.draw(st.lists(st.sampled_from(names), min_size=1, unique_by=lambda m: m.start())) if names else []
    ranks = st.sampled_from([1, 3.5, 6])
    spots = [PlaceSpot(m[0], m.start(), m.end(), "locative", data.draw(ranks)) for m in picked]
    if not spots:
        assert most_specific(text, spots, 0) is None
        return
    nears = data.draw(st.lists(st.integers(0, len(text)), min_size=1, max_size=5))
    for near in nears:  # the same list asked about again, as for every trigger of a sentence
        assert most_specific(text, spots, near) is reference_most_specific(text, spots, near)


@settings(max_examples=300, deadline=None)
@given(text=texts, data=st.data())
def test_clause_edges_are_those_of_a_rescan(text, data):
    sentence_start = data.draw(st.integers(0, len(text)))
    positions = data.draw(st.lists(st.integers(sentence_start, len(text)), min_size=1, max_size=8))
    for position in positions:  # in any order, as the dates of a sentence are
        assert cues.clause_start(text, sentence_start, position) == reference_clause_start(text, sentence_start, position)
        got = cues.relative_clause(text, sentence_start, len(text), position)
        edge = None
        for edge in cues._CLAUSE_EDGE.finditer(text, sentence_start, position):
            pass
        if edge is None or not cues._RELATIVE.fullmatch(edge[0]):
            assert got is None
        else:
            following = cues._CLAUSE_EDGE.search(text, position, len(text))
            assert got == (edge.start(), following.start() if following else len(text))


def test_a_long_sentence_keeps_the_contained_and_nearest_place():
    text = "Police arrested activists in Tokyo, Japan, and " * 500 + "evicted families in Kandal"
    spots = [PlaceSpot(m[0], m.start(), m.end(), "locative", 3.5) for m in re.finditer("Tokyo|Japan|Kandal", text)]
    assert most_specific(text, spots, text.index("evicted")).name == "Tokyo"  # Japan holds Tokyo; the last Tokyo is nearest
    assert most_specific(text, spots, len(text) - 6) is spots[-1]
    assert most_specific(text, spots, 0) is spots[0]
