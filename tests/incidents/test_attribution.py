"""Who asserts what: the issuer, or a source the statement quotes or cites, with the quotation."""

from __future__ import annotations

from incident_corpus import report
from rdflib import Literal
from rdflib.namespace import PROV

from clecgraph.extract.events.attribution import ISSUER, QUOTED, attribute
from clecgraph.graph.assemble import build_graph, union_graph
from clecgraph.model import Event, Span, Statement
from clecgraph.resolve.entities import resolve
from clecgraph.vocab import CLEC, SCHEMA


def attributed(text: str, trigger: str):
    at = text.index(trigger)
    return attribute(Statement("a.txt", 1, text), (Event("arrest", Span("text", at, at + len(trigger)), "test"),), ())[0]


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


def test_the_graph_separates_what_the_issuer_states_from_what_it_reports_others_saying():
    corpus = [
        report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", text="LICADHO condemns the arrest of Tep Vanny."),
        report(2, "2015-03-03", "ADHOC", "arrest", when="2015-03-01", text="According to police, Tep Vanny was arrested for a protest."),
    ]
    graph = union_graph(build_graph(corpus, resolve(corpus)))
    kinds = sorted(str(k) for k in graph.objects(None, CLEC.assertionKind))
    assert kinds == ["issuer", "quoted"]
    (quoted,) = graph.subjects(CLEC.assertionKind, Literal("quoted"))
    assert str(graph.value(quoted, CLEC.sourceText)) == "police"
    (stated,) = graph.subjects(CLEC.assertionKind, Literal("issuer"))
    assert graph.value(stated, PROV.agent) is not None  # the issuing organisation
    assert not list(graph.subjects(None, SCHEMA.Quotation))
