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
