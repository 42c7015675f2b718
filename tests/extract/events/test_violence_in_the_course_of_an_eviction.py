"""Violence told in the course of an eviction is the eviction (clec:absorbs); a killing stays violence. Made-up texts."""

from __future__ import annotations

import pytest

from clecgraph.extract.rules import make_event_finder
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import Statement


@pytest.fixture(scope="module")
def find_events():
    return make_event_finder(default_knowledge())


def types(find_events, text, title=None):
    statement = Statement("t.jsonl", 1, text, date="2021-06-02", title=title)
    return {e.type for e in find_events(statement, (), "2021-06-02") if e.asserted}


def test_injuries_in_the_sentence_of_an_eviction_are_the_eviction(find_events):
    text = "Several residents were injured when guards demolished the homes of 40 families in Riverside on Monday."
    assert types(find_events, text) == {"eviction"}


def test_a_beating_in_the_sentence_after_an_eviction_is_the_eviction(find_events):
    text = "Police forcibly evicted 30 families from the market on Monday. Women and children were beaten and tear gas was fired."
    assert types(find_events, text) == {"eviction"}


def test_a_title_that_tells_only_an_eviction_takes_in_the_violence_of_its_story(find_events):
    text = "The residents had lived there for years. Reporters saw the guards. Several people were injured."
    assert types(find_events, text, title="Shack demolitions continue in Riverside") == {"eviction"}


def test_a_killing_during_an_eviction_is_violence_of_its_own(find_events):
    text = "The eviction turned deadly when police shot and killed two residents of Riverside on Monday."
    assert types(find_events, text) == {"eviction", "violence"}


def test_a_shooting_during_an_eviction_is_violence_of_its_own(find_events):
    text = "Soldiers evicted 62 families from Riverside on 11 March, burned their huts and shot one villager in the leg."
    assert types(find_events, text) == {"eviction", "violence"}


def test_violence_far_from_an_eviction_stays_violence(find_events):
    text = (
        "Guards demolished the homes of 40 families in Riverside in March. The union held a meeting in April. "
        "The union asked for a review. On 1 June, unknown men beat a union organiser in the capital."
    )
    assert types(find_events, text) == {"eviction", "meeting", "violence"}


def test_an_eviction_protested_against_is_not_the_scene_of_the_violence_beside_it(find_events):
    text = "Fifty villagers were injured when riot police broke up a camp of villagers protesting against their eviction."
    assert "violence" in types(find_events, text)


def test_a_title_that_tells_of_an_arrest_too_takes_in_no_violence(find_events):
    text = "The residents had lived there for years. Reporters saw the guards. Several people were injured."
    assert "violence" in types(find_events, text, title="Activists arrested over the Riverside demolition")


def test_the_eviction_type_says_it_absorbs_violence():
    by_notation = {t.notation: t for t in default_knowledge().event_types}
    assert by_notation["eviction"].absorbs == ("violence",)
    assert by_notation["violence"].absorbs == ()
