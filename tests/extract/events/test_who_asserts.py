"""Who asserts each event, read by the extractor: the issuer, or a source the sentence cites or quotes."""

from __future__ import annotations

import pytest

from clecgraph.extract.events.attribution import assertion_of
from clecgraph.extract.rules import make_rule_extractor
from clecgraph.knowledge.lexicon import lexicon
from clecgraph.knowledge.ontology import default_knowledge
from clecgraph.model import ISSUER, QUOTED, Event, Span, Statement


def attributed(text: str, trigger: str):
    at = text.index(trigger)
    return assertion_of(Statement("a.txt", 1, text), Event("arrest", Span("text", at, at + len(trigger)), "test"), ())


@pytest.fixture(scope="module")
def extract():
    return make_rule_extractor(default_knowledge())


def test_according_to_names_the_source():
    found = attributed("According to police, 14 workers were arrested on Monday.", "arrested")
    assert (found.kind, found.source, found.cue) == (QUOTED, "police", "according to")


def test_witnesses_said_is_a_quoted_source():
    found = attributed("Witnesses said police beat and arrested three villagers.", "arrested")
    assert (found.kind, found.source, found.cue) == (QUOTED, "Witnesses", "said")


def test_the_verb_of_saying_is_kept_as_the_cue():
    found = attributed("The Ministry of Interior claimed the protesters were arrested for violence.", "arrested")
    assert (found.source, found.cue) == ("The Ministry of Interior", "claimed")


def test_a_quotation_comes_with_its_speaker():
    found = attributed('"They arrested my mother at dawn," Chea Dara said.', "arrested")
    assert found.kind == QUOTED and found.source == "Chea Dara"
    assert found.quote == "They arrested my mother at dawn,"


def test_without_a_cue_the_issuer_asserts_the_event():
    assert attributed("LICADHO condemns the arrest of Sok Chea.", "arrest").kind == ISSUER


def test_a_cue_in_another_sentence_does_not_count():
    found = attributed("Police said the road was closed. Sok Chea was arrested on Monday.", "arrested")
    assert found.kind == ISSUER


def test_a_pronoun_is_no_source():
    assert attributed("It said three farmers were arrested.", "arrested").kind == ISSUER


@pytest.mark.parametrize("verb", sorted(lexicon().words("assertion_verbs")))
def test_every_verb_of_the_lexicon_table_cites_a_source(verb):
    found = attributed(f"Villagers {verb} that soldiers arrested three farmers.", "arrested")
    assert (found.kind, found.source, found.cue) == (QUOTED, "Villagers", verb)


def test_a_lower_case_source_of_the_lexicon_table_is_a_source():
    assert "family_members" in lexicon().words("lower_case_sources")
    found = attributed("family members alleged that soldiers arrested him.", "arrested")
    assert (found.source, found.cue) == ("family members", "alleged")


def test_the_extractor_fills_in_who_asserts_each_event(extract):
    extraction = extract(
        Statement(
            "a.txt",
            1,
            "LICADHO condemns the arrest of two activists in Phnom Penh on 3 May 2013. "
            '"Soldiers beat my son in Kampot," Sok Dara told reporters on 4 May 2013.',
            date="2013-05-05",
        )
    )
    by_type = {e.type: e.asserted_by for e in extraction.events}
    assert by_type["arrest"].kind == ISSUER
    violence = by_type["violence"]
    assert (violence.kind, violence.source, violence.cue, violence.speaker) == (QUOTED, "Sok Dara", "told", "Sok Dara")
    assert violence.quote == "Soldiers beat my son in Kampot,"
    text = extraction.statement.text
    assert text[violence.quote_span.start : violence.quote_span.end] == "Soldiers beat my son in Kampot,"
