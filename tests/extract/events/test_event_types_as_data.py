"""An event type added as data alone: a concept with trigger words and behaviour properties, no Python.

The toy type is written here as Turtle, as a user would add it to ontology/event-types.ttl
(docs/languages-and-event-types.md); the extractor is built with it and finds it.
"""

from __future__ import annotations

import pytest
from rule_checks import dates_of, places_of, run, types

from clecgraph.errors import ClecgraphError
from clecgraph.extract.rules import make_rule_extractor
from clecgraph.knowledge.ontology import Knowledge, default_knowledge, event_types_from_turtle

PREFIXES = """
@prefix clec:  <https://clecgraph.example/ns#> .
@prefix etype: <https://clecgraph.example/ns/event-type/> .
@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .
"""


def toy(behaviour: str = "") -> str:
    return (
        PREFIXES
        + """
etype:swarm a skos:Concept ; skos:inScheme etype: ; skos:topConceptOf etype: ;
    skos:notation "swarm" ; skos:prefLabel "bee swarm"@en ;
    skos:definition "Bees swarming (a made-up type for a test)."@en ;
    """
        + behaviour
        + """
    clec:trigger "swarm*", "!swarm of questions" .
"""
    )


def extractor_with(turtle: str):
    known = default_knowledge()
    types = known.event_types + event_types_from_turtle(turtle, "toy.ttl")
    return make_rule_extractor(Knowledge(event_types=types, authorities=known.authorities))


def test_a_type_added_as_data_is_found_with_its_place_and_date():
    extract = extractor_with(toy())
    x = run(extract, "Bees swarmed the market in Kampot on 3 May 2013.", date="2013-05-06")
    assert "swarm" in types(x)
    assert places_of(x, "swarm") == {"Kampot"}
    assert dates_of(x, "swarm") == {"2013-05-03"}
    # its context words ("!") keep a phrase from announcing it, as for the shipped types
    assert "swarm" not in types(run(extract, "A swarm of questions met the minister.", date="2013-05-06"))


def test_without_the_data_there_is_no_such_type(extract):
    assert "swarm" not in types(run(extract, "Bees swarmed the market in Kampot on 3 May 2013.", date="2013-05-06"))


def test_behaviour_properties_change_how_the_type_is_placed():
    text = "Villagers met in Kampot on 3 May 2013.\nLater, bees swarmed the crowd."
    assert places_of(run(extractor_with(toy()), text, date="2013-05-06"), "swarm") == {"Kampot"}  # the scene's place
    only_own = extractor_with(toy("clec:placedOnlyByOwnWords true ;"))
    assert places_of(run(only_own, text, date="2013-05-06"), "swarm") == {None}


def test_behaviour_properties_change_what_calls_the_type_off():
    text = "Online trolls swarmed on press freedom in Kampot on 3 May 2013."
    assert "swarm" in types(run(extractor_with(toy()), text, date="2013-05-06"))
    figurative = extractor_with(toy('clec:calledOffWhen "figurative" ;'))
    assert "swarm" not in types(run(figurative, text, date="2013-05-06"))


def test_behaviour_properties_change_how_the_type_is_dated():
    text = "Bees have swarmed the market in Kampot since 3 May 2013."
    assert dates_of(run(extractor_with(toy()), text, date="2013-06-06"), "swarm") == {None}
    lasting = extractor_with(toy("clec:lasting true ;"))
    assert dates_of(run(lasting, text, date="2013-06-06"), "swarm") == {"2013-05-03"}


def test_a_behaviour_property_that_is_not_a_boolean_is_refused_with_the_file_named():
    with pytest.raises(ClecgraphError, match=r"toy\.ttl.*clec:lasting must be one boolean"):
        event_types_from_turtle(toy('clec:lasting "yes" ;'), "toy.ttl")


def test_an_unknown_reading_is_refused_when_the_extractor_is_built():
    with pytest.raises(ClecgraphError, match="calledOffWhen"):
        extractor_with(toy('clec:calledOffWhen "sarcastic" ;'))


def test_bad_turtle_is_refused_with_the_file_named():
    with pytest.raises(ClecgraphError, match="toy.ttl"):
        event_types_from_turtle(PREFIXES + 'etype:swarm a skos:Concept ; skos:notation "swarm .', "toy.ttl")


def test_the_shipped_types_say_their_behaviour():
    by_notation = {t.notation: t for t in default_knowledge().event_types}
    assert by_notation["trial"].placed_at_court_seat and by_notation["trial"].placed_by_institution
    assert by_notation["arrest"].lasting and not by_notation["violence"].lasting
    assert by_notation["publication"].placed_where_released and by_notation["publication"].dated_by_release
    assert by_notation["release"].placed_after_from and by_notation["eviction"].placed_after_from
    assert by_notation["violence"].called_off_when == ("figurative",)


def test_every_behaviour_property_is_declared_with_a_label_and_a_comment():
    from rdflib import Graph
    from rdflib.namespace import RDFS

    from clecgraph.knowledge.ontology import BEHAVIOUR_PROPERTIES, ontology_file

    vocabulary = Graph().parse(data=ontology_file("clec.ttl").read_text(encoding="utf-8"), format="turtle")
    for prop in BEHAVIOUR_PROPERTIES:
        assert vocabulary.value(prop, RDFS.label) and vocabulary.value(prop, RDFS.comment), prop
