"""Factuality in the graph: what a statement asserts is what it is about; what it only names stays queryable."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDF, SKOS

from clecgraph.graph.assemble import build_graph, union_graph
from clecgraph.graph.readback import records
from clecgraph.graph.statistics import tallies
from clecgraph.graph.validate import validate
from clecgraph.model import FACTUALITIES, PLACE, TEXT, Event, Extraction, Mention, Span, Statement
from clecgraph.resolve.entities import resolve
from clecgraph.vocab import CLEC, EVENT_TYPE, FACTUALITY, SCHEMA, SEM

TEXT_ = "Police arrested two monks in Town A. We call for the release of the monks."


def _extraction() -> Extraction:
    statement = Statement("made-up.jsonl", 1, TEXT_, date="2020-05-02")
    town = Mention(PLACE, "Town A", Span(TEXT, 31, 37), "test", "Town A")
    return Extraction(
        statement=statement,
        date="2020-05-02",
        issuers=(),
        mentions=(town,),
        events=(Event("arrest", Span(TEXT, 7, 15), "test", place="Town A", date="2020-05-02"),),
        named_events=(Event("release", Span(TEXT, 54, 61), "test", factuality="called-for"),),
    )


def _dataset():
    extraction = _extraction()
    return build_graph([extraction], resolve([extraction]))


def test_an_asserted_event_is_what_the_statement_is_about_and_says_so():
    dataset = union_graph(_dataset())
    about = list(dataset.objects(None, SCHEMA.about))
    assert len(about) == 1
    assert dataset.value(about[0], SEM.eventType) == EVENT_TYPE.arrest
    assert dataset.value(about[0], CLEC.factuality) == FACTUALITY.asserted


def test_an_event_called_for_is_kept_as_a_mention_with_its_factuality_not_as_an_event():
    dataset = union_graph(_dataset())
    named = list(dataset.objects(None, CLEC.mentionsEvent))
    assert len(named) == 1
    node = named[0]
    assert (node, RDF.type, CLEC.EventMention) in dataset
    assert (node, RDF.type, SEM.Event) not in dataset
    assert dataset.value(node, SEM.eventType) == EVENT_TYPE.release
    assert dataset.value(node, CLEC.factuality) == FACTUALITY["called-for"]


def test_extractions_and_counts_hold_only_asserted_events():
    extraction = _extraction()
    dataset = build_graph([extraction], resolve([extraction]))
    (record,) = records(dataset)
    assert [e["type"] for e in record["events"]] == ["arrest"]
    _, _, events = tallies([extraction], resolve([extraction]))
    assert {kind for kind, _ in events} == {"arrest"}


def test_the_factuality_scheme_is_in_the_graph_and_the_graph_conforms():
    dataset = _dataset()
    scheme = dataset.graph(URIRef("https://clecgraph.example/id/graph/event-types"))
    notations = {str(n) for c in scheme.subjects(SKOS.inScheme, URIRef(str(FACTUALITY))) for n in scheme.objects(c, SKOS.notation)}
    assert notations == set(FACTUALITIES)
    result = validate(dataset)
    assert result.conforms, result.report()


def test_an_event_mention_claiming_to_be_asserted_breaks_the_shapes():
    dataset = _dataset()
    named = next(union_graph(dataset).objects(None, CLEC.mentionsEvent))
    graph = next(g for g in dataset.graphs() if (named, CLEC.factuality, None) in g)
    graph.remove((named, CLEC.factuality, None))
    graph.add((named, CLEC.factuality, FACTUALITY.asserted))
    assert not validate(dataset).conforms
