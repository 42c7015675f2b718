"""Who asserts what, in the graph: the issuer, or a source the statement quotes or cites, with the quotation.

The reading of the cues is tested with the extractor (tests/extract/events/test_who_asserts.py)."""

from __future__ import annotations

from dataclasses import replace

from incident_corpus import report
from rdflib import Literal
from rdflib.namespace import PROV

from clecgraph.graph.assemble import build_graph, union_graph
from clecgraph.model import QUOTED, Assertion, Span
from clecgraph.resolve.entities import resolve
from clecgraph.vocab import CLEC, SCHEMA


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


def test_the_graph_writes_the_assertion_the_extractor_filled_in():
    text = "Tep Vanny was arrested, a report says."
    (base,) = [report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", text=text)]
    given = Assertion(QUOTED, source="the commune chief", cue="told", quote="She was taken away", quote_span=Span("text", 0, 9))
    event = replace(base.events[0], asserted_by=given)
    corpus = [replace(base, events=(event,))]
    graph = union_graph(build_graph(corpus, resolve(corpus)))
    (node,) = graph.subjects(CLEC.assertionKind, Literal("quoted"))
    assert (str(graph.value(node, CLEC.sourceText)), str(graph.value(node, CLEC.cue))) == ("the commune chief", "told")
    (quotation,) = graph.subjects(None, SCHEMA.Quotation)
    assert str(graph.value(quotation, SCHEMA.text)) == "She was taken away"
