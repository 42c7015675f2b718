"""The endpoint runs a query once, for every result format, and writes what pyoxigraph's own writers would."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import pytest

from clecgraph.sparql.limits import evaluate

DATA = """
<http://ex/a> <http://ex/name> "Aa"@en , "plain" , "3"^^<http://www.w3.org/2001/XMLSchema#integer> , "quote \\" and \\u00e9" .
<http://ex/a> <http://ex/knows> _:b .
_:b <http://ex/name> "line\\nbreak <&> \\t tab, comma" .
<http://ex/a> <http://ex/size> 3.5 , 1.0e3 , true , "07"^^<http://www.w3.org/2001/XMLSchema#integer> , "x"@en-gb .
"""


class Counting:
    """A store that counts the queries it is asked."""

    def __init__(self, store):
        self.store, self.runs = store, 0

    def query(self, text, **options):
        self.runs += 1
        return self.store.query(text, **options)


@pytest.fixture
def store():
    inner = ox.Store()
    inner.load(DATA.encode(), format=ox.RdfFormat.TURTLE)
    return Counting(inner)


def own_writer(store, text, fmt) -> bytes:
    out = io.BytesIO()
    store.store.query(text, use_default_graph_as_union=True).serialize(out, fmt)
    return out.getvalue()


SELECT = "SELECT ?s ?p ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://ex/nothing> ?none } }"


def test_json_solutions_come_from_one_run_and_say_what_pyoxigraph_says(store):
    reply = evaluate(store, SELECT, ["application/sparql-results+json"], 100)
    assert reply.status == 200 and store.runs == 1
    ours = json.loads(reply.body)
    theirs = json.loads(own_writer(store, SELECT, ox.QueryResultsFormat.JSON))
    assert ours["head"] == theirs["head"]
    key = lambda b: json.dumps(b, sort_keys=True)
    # Blank node labels are the store's own in both; rows may come in any order.
    assert sorted(map(key, ours["results"]["bindings"])) == sorted(map(key, theirs["results"]["bindings"]))
    assert len(ours["results"]["bindings"]) == 11


def test_a_graph_comes_from_one_run(store):
    text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    reply = evaluate(store, text, ["application/n-triples"], 100)
    assert reply.status == 200 and store.runs == 1
    ours = ox.Store()
    ours.load(reply.body, format=ox.RdfFormat.N_TRIPLES)
    assert len(ours) == 11


@pytest.mark.parametrize("media", ["application/sparql-results+json", "text/csv"])
def test_too_many_rows_are_refused_whole(store, media):
    reply = evaluate(store, SELECT, [media], 5)
    assert reply.status == 413 and b"more than 5 rows" in reply.body


def test_too_many_triples_are_refused_whole(store):
    reply = evaluate(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", ["text/turtle"], 5)
    assert reply.status == 413 and b"more than 5 triples" in reply.body


def test_an_answer_past_the_byte_limit_is_refused(store):
    reply = evaluate(store, SELECT, ["application/sparql-results+json"], 100, max_bytes=200)
    assert reply.status == 413 and b"larger than the server's limit" in reply.body


@pytest.mark.parametrize(
    ("media", "fmt"),
    [
        ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/csv", ox.QueryResultsFormat.CSV),
        ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ],
)
def test_xml_csv_and_tsv_come_from_one_run_with_pyoxigraphs_bytes(store, media, fmt):
    reply = evaluate(store, SELECT, [media], 100)
    assert reply.status == 200 and reply.content_type == media and store.runs == 1
    # The same store answers the same query in the same order, so the bytes compare whole.
    assert reply.body == own_writer(store, SELECT, fmt)
    assert b"tab, comma" in reply.body and reply.body.count(b"http://ex/a") >= 10


def test_an_ask_answer_comes_from_one_run(store):
    reply = evaluate(store, "ASK { ?s ?p ?o }", ["text/csv"], 100)
    assert reply.status == 200 and store.runs == 1
