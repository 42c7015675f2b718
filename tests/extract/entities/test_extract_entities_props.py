"""Entity extraction never crashes and its spans always point at the words they claim."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clecgraph.extract.rules import make_entity_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import ENTITY_KINDS, Statement
from clecgraph.names import fold

# Pieces of statement-like text, so generated texts reach the name patterns.
PIECES = [
    "Mr. ",
    "Ms. ",
    "H.E. ",
    "Venerable ",
    "Lok Chumteav ",
    "Sok ",
    "Chan ",
    "Virak",
    "Sonando",
    " said ",
    "Community Legal Education Center",
    " (CLEC)",
    "CLEC",
    "LICADHO",
    "ADHOC, CCHR and LICADHO condemn ",
    "We, ",
    "a new report by ",
    " and ",
    ", ",
    ". ",
    " – ",
    "\n",
    "\u00a0",
    "  ",
    "’s ",
    "'s ",
    "(",
    ")",
    "Kampong Thom",
    " province",
    " village",
    " district",
    "Phnom Penh",
    " Municipal Court",
    "Co., Ltd.",
    "Ministry of ",
    "Interior",
    " Union",
    " Association",
    "Executive Director of ",
    "the owner of ",
    "Group 78",
    " community",
    "Boeung Kak (BK)",
    "BK",
    "ភ្នំពេញ",
    "សម រង្ស៊ី",
    "<p>",
    "</p>",
    "&amp;",
    "&",
    "ÉCOLE",
    "İstanbul",
    "ß",
    "\u200b",
    "\ufeff",
    "NGO",
    "URGENT APPEAL",
    "Asia Floor Wage",
    "Thailand",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=30).map("".join),
)


@pytest.fixture(scope="module")
def find():
    return make_entity_finder(default_knowledge())


def check(find, statement: Statement) -> None:
    found = find(statement)
    for mention in found.mentions:
        assert mention.kind in ENTITY_KINDS
        text = statement.field_text(mention.span.field)
        assert 0 <= mention.span.start < mention.span.end <= len(text)
        assert text[mention.span.start : mention.span.end] == mention.surface
        assert mention.surface.strip() == mention.surface and fold(mention.name)
    for affiliation in found.affiliations:
        text = statement.field_text(affiliation.span.field)
        assert 0 <= affiliation.span.start < affiliation.span.end <= len(text)
        assert affiliation.person and affiliation.organisation
    assert all(isinstance(name, str) and name for name in found.issuers)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, title=st.one_of(st.none(), texts), publisher=st.one_of(st.none(), st.text(max_size=20)))
def test_never_crashes_and_spans_hold(find, text, title, publisher):
    check(find, Statement(source="p.jsonl", line=1, text=text, title=title or None, publisher=publisher))


def test_very_long_line_and_html(find):
    chunk = "<div>LICADHO staff met Mr. Sok Chea in Kampong Cham province &amp; the Ministry of Interior.</div> "
    statement = Statement(source="p.jsonl", line=1, text=chunk * 2000)
    check(find, statement)
    assert len(find(statement).mentions) >= 4 * 2000


def test_khmer_script_only(find):
    check(find, Statement(source="p.jsonl", line=1, text="សហគមន៍បឹងកក់ បានតវ៉ា នៅភ្នំពេញ ។ " * 50))
