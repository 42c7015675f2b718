"""Events told without their usual trigger verbs: a prison term, talks, a raid, a training disrupted. Made-up texts."""

from __future__ import annotations

import pytest

from clecgraph.extract.rules import make_event_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement


@pytest.fixture(scope="module")
def find_events():
    return make_event_finder(default_knowledge())


def types(find_events, text):
    return {e.type for e in find_events(Statement("t.jsonl", 1, text, date="2019-04-02"), (), "2019-04-02") if e.asserted}


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The poet spent four years in prison for a single verse.", "arrest"),
        ("Talks took place between the union and the owners on Friday.", "meeting"),
        ("Soldiers raided the office of the farmers' association.", "restriction"),
        ("Local officials disrupted a training for village paralegals.", "restriction"),
        ("The detained women were held without charge.", "arrest"),
    ],
)
def test_an_event_told_without_a_trigger_verb(find_events, text, kind):
    assert kind in types(find_events, text)
