"""Reading a built graph's lines as plain strings gives what pyoxigraph's parser gives, in the same order."""

from __future__ import annotations

from hostile_corpus import NASTY
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD

from clecgraph.graph import plain
from clecgraph.graph.quads import BuiltGraph

TEXTS = [*NASTY, 'say "hi"', "back\\slash", "line\nbreak", "a <b> c", 'ends with " <x>', "tab\tinside", "", "ünïcödé ភាសាខ្មែរ"]


def odd_graph() -> BuiltGraph:
    dataset = Dataset()
    for number, text in enumerate(TEXTS):
        graph = dataset.graph(URIRef(f"http://g/{number % 2}"))
        subject = URIRef(f"http://s/{number}")
        graph.add((subject, URIRef("http://p/text"), Literal(text)))
        graph.add((subject, URIRef("http://p/label"), Literal(text, lang="EN-gb")))
        graph.add((subject, URIRef("http://p/typed"), Literal(text, datatype=XSD.token)))
        graph.add((subject, URIRef("http://p/number"), Literal(number)))
        graph.add((subject, URIRef("http://p/link"), URIRef(f"http://o/{number}#x")))
        graph.add((BNode(f"b{number}"), URIRef("http://p/link"), BNode(f"c{number}")))
    return BuiltGraph.from_dataset(dataset)


def test_plain_values_are_the_parsers_values_in_the_graphs_order():
    graph = odd_graph()
    predicates = ["http://p/text", "http://p/label", "http://p/typed", "http://p/number", "http://p/link"]
    expected = list(graph.values_of(predicates))
    assert len(expected) == 6 * len(TEXTS)
    assert list(plain.values_of(graph, predicates)) == expected


def test_plain_values_of_some_predicates_only():
    graph = odd_graph()
    assert list(plain.values_of(graph, [URIRef("http://p/number")])) == list(graph.values_of(["http://p/number"]))
    assert list(plain.values_of(graph, ["http://p/absent"])) == []


def test_every_line_is_read_as_the_parser_reads_it():
    graph = odd_graph()
    assert list(plain.plain_triples(graph.lines)) == list(graph.values_of({line.split(" ")[1][1:-1] for line in graph.lines}))
