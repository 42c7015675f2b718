"""The RDF writers give pyoxigraph's serializations of the graph, whichever way they get the triples."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hostile_corpus import NASTY
from rdflib import BNode, Dataset, Literal, URIRef

from clecgraph.export import rdf
from clecgraph.graph.facts import shared_reading
from clecgraph.graph.quads import BuiltGraph

TEXTS = [*NASTY, "no\u00a0break space", "tab\tinside", "plain words"]


def hostile_graph() -> BuiltGraph:
    dataset = Dataset()
    for number, text in enumerate(TEXTS):
        graph = dataset.graph(URIRef(f"http://g/{number % 3}"))
        subject = URIRef(f"http://s/{number}")
        graph.add((subject, URIRef("http://p/text"), Literal(text)))
        graph.add((subject, URIRef("http://p/label"), Literal(text[:10], lang="EN-gb")))  # tag in upper case
        graph.add((subject, URIRef("http://p/label"), Literal(text[:10], lang="km")))
        graph.add((subject, URIRef("http://p/same"), URIRef("http://o/shared")))  # in two graphs below
        dataset.graph(URIRef("http://g/all")).add((subject, URIRef("http://p/same"), URIRef("http://o/shared")))
    return BuiltGraph.from_dataset(dataset)


def serialized(graph: BuiltGraph, rdf_format) -> bytes:
    """What pyoxigraph writes for the union of the graph's sorted, distinct triples."""
    triples = sorted({line[: line.rindex(" <")] + " ." for line in graph.lines})
    parsed = ox.parse(("\n".join(triples) + "\n").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return ox.serialize(parsed, format=rdf_format)


def test_union_lines_are_the_distinct_triples_sorted():
    graph = hostile_graph()
    expected = sorted({line[: line.rindex(" <")] + " ." for line in graph.lines})
    assert list(graph.union_lines()) == expected
    assert len(graph.triple_lines) == len(expected) == graph.triple_count()


def test_union_lines_cut_into_many_ranges_are_the_same(monkeypatch):
    # Subjects that are prefixes of each other and a triple in several graphs, sorted a few lines at a time.
    dataset = Dataset()
    for number in range(60):
        subject = URIRef(f"http://s/{number // 4}" + "x" * (number % 3))
        graph = dataset.graph(URIRef(f"http://g/{number % 7}"))
        graph.add((subject, URIRef("http://p/n"), Literal(number)))
        graph.add((subject, URIRef("http://p/same"), URIRef("http://o/shared")))
    graph = BuiltGraph.from_dataset(dataset)
    expected = sorted({line[: line.rindex(" <")] + " ." for line in graph.lines})
    monkeypatch.setattr("clecgraph.graph.quads.UNION_BATCH", 5)
    assert list(graph.union_lines()) == expected


def test_trig_is_what_pyoxigraph_writes_of_the_quads(tmp_path):
    graph = hostile_graph()
    rdf.write_trig(graph, tmp_path / "graph.trig")
    quads = ox.parse(graph.nquads(), format=ox.RdfFormat.N_QUADS)
    expected = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=rdf._prefixes())
    written = (tmp_path / "graph.trig").read_bytes()
    body = lambda text: [line for line in text.split(b"\n") if not line.startswith(b"@prefix ")]  # prefixes: sorted
    assert body(written) == body(expected)
    assert written.startswith(b"@prefix ")


def test_ntriples_are_the_bytes_pyoxigraph_writes(tmp_path):
    graph = hostile_graph()
    rdf.write_ntriples(graph, tmp_path / "graph.nt")
    written = (tmp_path / "graph.nt").read_bytes()
    assert written == serialized(graph, ox.RdfFormat.N_TRIPLES)
    assert b"@en-gb" in written and b"\\t" in written  # the lines that needed pyoxigraph's hand


@pytest.mark.parametrize("name", ["turtle", "jsonld"])
def test_turtle_and_jsonld_read_from_the_written_ntriples_are_the_same(tmp_path, name):
    graph = hostile_graph()
    write = {"turtle": rdf.write_turtle, "jsonld": rdf.write_jsonld}[name]
    write(graph, tmp_path / "alone")
    with shared_reading(graph):
        rdf.write_ntriples(graph, tmp_path / "graph.nt")
        assert rdf.noted(graph, rdf.NTRIPLES_FILE) == tmp_path / "graph.nt"
        write(graph, tmp_path / "after-ntriples")
    assert (tmp_path / "after-ntriples").read_bytes() == (tmp_path / "alone").read_bytes()


def graph_with_blank_nodes() -> BuiltGraph:
    # Subjects of many triples (cut across batches of a few), blank nodes as subjects and objects, an empty literal.
    dataset = Dataset()
    graph = dataset.graph(URIRef("http://g/1"))
    for number in range(40):
        subject = URIRef(f"http://s/{number // 7}")
        graph.add((subject, URIRef(f"http://p/{number % 3}"), Literal(TEXTS[number % len(TEXTS)])))
        node = BNode(f"b{number % 5}")
        graph.add((subject, URIRef("http://p/node"), node))
        graph.add((node, URIRef("http://p/value"), Literal(number)))
    graph.add((URIRef("http://s/empty"), URIRef("http://p/text"), Literal("")))
    return BuiltGraph.from_dataset(dataset)


@pytest.mark.parametrize("batch", [1, 3, 64, 1 << 16])
@pytest.mark.parametrize("make", [hostile_graph, graph_with_blank_nodes, lambda: BuiltGraph([])])
def test_turtle_and_jsonld_written_together_are_the_bytes_each_writer_gives(tmp_path, monkeypatch, batch, make):
    graph = make()
    rdf.write_turtle(graph, tmp_path / "alone.ttl")
    rdf.write_jsonld(graph, tmp_path / "alone.jsonld")
    monkeypatch.setattr(rdf, "SUBJECT_BATCH", batch)
    with shared_reading(graph):
        rdf.write_ntriples(graph, tmp_path / "graph.nt")
        seconds = rdf.write_turtle_and_jsonld(graph, tmp_path / "graph.ttl", tmp_path / "graph.jsonld")
    assert (tmp_path / "graph.ttl").read_bytes() == (tmp_path / "alone.ttl").read_bytes()
    assert (tmp_path / "graph.jsonld").read_bytes() == (tmp_path / "alone.jsonld").read_bytes()
    assert set(seconds) == {tmp_path / "graph.ttl", tmp_path / "graph.jsonld"}


def test_subject_batches_never_part_a_subjects_triples():
    triples = list(
        ox.parse(b"".join(b"<http://s/%d> <http://p/%d> <http://o> .\n" % (n // 4, n) for n in range(30)), format=ox.RdfFormat.N_TRIPLES)
    )
    for size in (1, 3, 4, 5, 100):
        batches = list(rdf._subject_batches(triples, size))
        assert [t for b in batches for t in b] == triples
        subjects = [{t.subject for t in b} for b in batches]
        assert all(not (a & b) for i, a in enumerate(subjects) for b in subjects[i + 1 :])
