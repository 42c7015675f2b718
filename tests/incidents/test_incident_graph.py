"""Incidents and cases in the built graph: an added layer over the statement events, read back into cases.jsonl."""

from __future__ import annotations

import json

from incident_corpus import report
from rdflib import URIRef
from rdflib.namespace import RDF

from clecgraph.graph.assemble import build_graph, union_graph
from clecgraph.graph.validate import validate
from clecgraph.incidents.readback import case_records
from clecgraph.resolve.entities import resolve
from clecgraph.vocab import CLEC, SCHEMA, SEM


def built(corpus):
    return build_graph(corpus, resolve(corpus))


CORROBORATED = [
    report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",), text="Police arrested 14 women and Tep Vanny."),
    report(2, "2015-03-09", "ADHOC", "arrest", when="2015-03-02", who=("Tep Vanny",), text="Police arrested 15 women and Tep Vanny."),
    report(3, "2015-06-10", "CCHR", "trial", when="2015-06-09", who=("Tep Vanny",)),
]


def test_the_statement_events_stay_and_the_incident_points_to_them():
    dataset = union_graph(built(CORROBORATED))
    events = set(dataset.subjects(RDF.type, SEM.Event))
    assert len(events) == 3  # one per statement, as before
    incidents = set(dataset.subjects(RDF.type, CLEC.Incident))
    assert len(incidents) == 2
    reported = {e for i in incidents for e in dataset.objects(i, CLEC.report)}
    assert reported == events
    assert all((None, SCHEMA.about, e) in dataset for e in events)


def test_incidents_and_cases_meet_the_shapes():
    result = validate(built(CORROBORATED))
    assert result.conforms, result.summary()


def test_cases_jsonl_records_corroboration_disagreements_and_gaps():
    records = list(case_records(built(CORROBORATED)))
    incidents = [r for r in records if r["record"] == "incident"]
    (arrest,) = [r for r in incidents if r["type"] == "arrest"]
    assert arrest["issuer_count"] == 2 and arrest["report_count"] == 2
    assert (arrest["first_reported"], arrest["last_reported"]) == ("2015-03-02", "2015-03-09")
    assert {d["aspect"] for d in arrest["disagreements"]} == {"date", "count"}
    (case,) = [r for r in records if r["record"] == "case"]
    assert case["subject"]["name"] == "Tep Vanny"
    assert [step["type"] for step in case["steps"]] == ["arrest", "trial"]
    assert case["gaps"][0]["expected"] == ["release"]
    json.dumps(records)  # plain JSON


def test_the_sample_build_writes_cases_beside_extractions(sample_build):
    _, out = sample_build
    records = [json.loads(line) for line in (out / "cases.jsonl").read_text(encoding="utf-8").splitlines()]
    events = sum(len(json.loads(line)["events"]) for line in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines())
    assert sum(r["report_count"] for r in records if r["record"] == "incident") == events
    cases = {r["subject"]["name"]: r for r in records if r["record"] == "case"}
    assert [s["type"] for s in cases["Mam Sonando"]["steps"]] == ["arrest", "trial"]
    assert URIRef(cases["Mam Sonando"]["case"])


def test_the_build_graph_read_as_text_gives_the_records_rdflib_terms_give():
    from clecgraph.graph.quads import BuiltGraph

    dataset = built(CORROBORATED)
    assert list(case_records(BuiltGraph.from_dataset(dataset))) == list(case_records(dataset))


def test_objects_read_as_text_are_what_rdflib_reads():
    from rdflib import BNode, Dataset, Literal
    from rdflib.namespace import XSD

    from clecgraph.graph.quads import BuiltGraph
    from clecgraph.incidents.readback import _plain, _Table

    p, s = URIRef("http://p/value"), URIRef("http://s/1")
    objects = [
        Literal(3), Literal("-12", datatype=XSD.nonNegativeInteger), Literal(2.5), Literal("1.50", datatype=XSD.decimal),
        Literal(True), Literal("2015-03-01", datatype=XSD.date), Literal("x", datatype=XSD.integer), Literal("say \"hi\"\n"),
        Literal("Phnom Penh", lang="en"), Literal("Phnom Penh", lang="fr"), Literal("Phnom Penh"), URIRef("http://o/1"), BNode("b1"),
    ]  # fmt: skip
    dataset = Dataset()
    for number, o in enumerate(objects):
        dataset.graph(URIRef(f"http://g/{number % 2}")).add((s, p, o))
    dataset.graph(URIRef("http://g/2")).add((s, p, Literal(3)))  # the same triple in another graph: once
    by_rdflib = _Table(dataset)(p)[str(s)]
    by_text = _Table(BuiltGraph.from_dataset(dataset))(p)[str(s)]
    assert len(by_text) == len(by_rdflib) == len(objects)
    assert sorted(map(str, by_text)) == sorted(map(str, by_rdflib))
    plain = lambda values: sorted(repr(_plain(v)) for v in values)
    assert plain(by_text) == plain(by_rdflib)
