"""Narrower event types: a killing is a violence event, an enforced disappearance an arrest. Made-up texts."""

from __future__ import annotations

import pytest

from clecgraph import build
from clecgraph.extract.rules import make_event_finder
from clecgraph.graph.assemble import union_graph
from clecgraph.graph.readback import records
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement
from clecgraph.vocab import EVENT_TYPE, SEM


@pytest.fixture(scope="module")
def find_events():
    return make_event_finder(default_knowledge())


def types(find_events, text, date="2019-04-02"):
    """(finest type, date) of each asserted event."""
    return {(e.narrower or e.type, e.date) for e in find_events(Statement("t.jsonl", 1, text, date=date), (), date) if e.asserted}


def test_a_narrower_event_keeps_its_broader_type_for_every_other_step(find_events):
    (event,) = [e for e in find_events(Statement("t.jsonl", 1, "Gunmen killed a union leader.", date="2019-04-02"), (), "2019-04-02")]
    assert (event.type, event.narrower) == ("violence", "killing")


def test_a_killing_is_named_killing_and_dated_like_violence(find_events):
    assert types(find_events, "Gunmen killed a union leader on 30 March.") == {("killing", "2019-03-30")}


def test_a_beating_stays_violence(find_events):
    assert types(find_events, "Guards beat two vendors on 30 March.") == {("violence", "2019-03-30")}


def test_an_enforced_disappearance_is_named_so(find_events):
    assert {t for t, _ in types(find_events, "The activist was forcibly disappeared on 12 March.")} == {"enforced-disappearance"}


def test_the_narrower_types_are_in_the_scheme_under_their_broader_ones():
    found = {t.notation: [n for n, _ in t.narrower] for t in default_knowledge().event_types}
    assert found["violence"] == ["killing", "shooting"]
    assert found["arrest"] == ["enforced-disappearance"]
    assert "killing" not in found  # matched as violence: 14 top types


def test_the_graph_names_the_narrower_type_and_extractions_give_the_top_type(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"date": "2019-04-02", "text": "Gunmen killed a union leader on 30 March in Town A."}\n', encoding="utf-8")
    result = build([path], out=None, validate=True)
    assert EVENT_TYPE.killing in set(union_graph(result.dataset).objects(None, SEM.eventType))
    (record,) = records(result.dataset)
    assert [(e["type"], e["date"]) for e in record["events"]] == [("violence", "2019-03-30")]
    assert result.validation is None or result.validation.conforms
