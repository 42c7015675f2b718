"""The statistics graph says what the statement graphs say.

The library's counting queries read counts written at build time
(clecgraph/statistics.py). Each is checked here against the same question
asked by aggregating the statement graphs directly, in rdflib and Oxigraph,
on the sample and on a synthetic corpus with many co-signed statements.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from clecgraph import build
from clecgraph.sparql.library import run
from clecgraph.sparql.stores import load
from clecgraph.vocab import CLEC, QB

ROOT = Path(__file__).resolve().parents[2]
PREFIXES = """PREFIX clec: <https://clecgraph.example/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
"""
# The same questions, counted over the statement graphs at query time.
COUNTED = {
    "cosigning-pairs": PREFIXES
    + """
SELECT ?first ?firstName ?second ?secondName (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement a clec:Statement ; dcterms:creator ?first, ?second .
  FILTER (STR(?first) < STR(?second))
  ?first skos:prefLabel ?firstName . ?second skos:prefLabel ?secondName .
} GROUP BY ?first ?firstName ?second ?secondName""",
    "statements-per-organisation-year": PREFIXES
    + """
SELECT ?organisation ?name ?year (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?statement a clec:Statement ; dcterms:creator ?organisation .
  ?organisation skos:prefLabel ?name .
  OPTIONAL { ?statement dcterms:issued ?issued }
  BIND (IF(BOUND(?issued), SUBSTR(STR(?issued), 1, 4), "undated") AS ?year)
} GROUP BY ?organisation ?name ?year""",
    "events-by-type-and-place": PREFIXES
    + """
SELECT ?type ?place ?placeName (COUNT(DISTINCT ?event) AS ?events) WHERE {
  # counted by top type, as the scorer and extractions.jsonl count them: a narrower type (shooting) is its broader one's
  ?event a sem:Event ; sem:eventType/skos:broader* ?concept . ?concept skos:notation ?type .
  FILTER NOT EXISTS { ?concept skos:broader ?wider }
  OPTIONAL { ?event sem:hasPlace ?place . ?place skos:prefLabel ?placeName }
} GROUP BY ?type ?place ?placeName""",
}


@pytest.fixture(scope="module")
def synthetic_build(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from synthetic import write_listing
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    folder = tmp_path_factory.mktemp("synthetic")
    write_listing(folder / "synthetic.txt", 120)
    build([folder / "synthetic.txt"], folder / "out", formats=["trig"], validate=False)
    return folder / "out"


@pytest.fixture(scope="module")
def graphs(sample_build, synthetic_build):
    _, sample = sample_build
    return {"sample": sample / "graph.trig", "synthetic": synthetic_build / "graph.trig"}


@pytest.mark.parametrize("corpus", ["sample", "synthetic"])
@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("name", sorted(COUNTED))
def test_stored_counts_equal_counting_the_statements(graphs, corpus, backend, name):
    store = load(graphs[corpus], backend)
    stored = run(store, name)
    counted = store.query(COUNTED[name])
    assert stored.vars == counted.vars
    assert stored.canonical_rows() == counted.canonical_rows()
    if corpus == "synthetic":
        assert len(stored.rows) > 5  # many co-signed statements, years and places: a real comparison


def test_statistics_are_data_cube_observations(sample_build):
    result, _ = sample_build
    statistics = result.dataset.graph(next(g.identifier for g in result.dataset.graphs() if str(g.identifier).endswith("graph/statistics")))
    observations = set(statistics.subjects(RDF.type, QB.Observation))
    assert observations
    for node in observations:
        dataset = statistics.value(node, QB.dataSet)
        assert statistics.value(dataset, QB.structure) in {
            CLEC.StatementsPerOrganisationYear,
            CLEC.CosigningPairs,
            CLEC.EventsPerTypeAndPlace,
        }
        count = statistics.value(node, CLEC.statementCount) or statistics.value(node, CLEC.eventCount)
        assert isinstance(count, Literal) and count.toPython() >= 1
