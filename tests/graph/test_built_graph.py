"""BuiltGraph: its lines' order and the distinct-triple count a store build reports."""

import pytest

from clecgraph.graph import quads
from clecgraph.graph.quads import BuiltGraph

LINES = [
    "<http://s2> <http://p> <http://o> <http://g/b> .",
    "<http://s1> <http://p> <http://o> <http://g/b> .",
    "<http://s1> <http://p> <http://o> <http://g/a> .",  # the same triple as above, in another graph
    '<http://s3> <http://p> "a <b" <http://g/a> .',  # a literal holding " <"
    "<http://s2> <http://p> <http://o> <http://g/b> .",  # a repeated quad
]


def test_lines_are_unique_and_sorted_by_graph_then_line():
    graph = BuiltGraph.from_parts(iter([("\n".join(LINES[:3]) + "\n").encode(), ("\n".join(LINES[3:]) + "\n").encode()]))
    expected = sorted(set(LINES), key=lambda line: (line[line.rindex(" <") + 1 :], line))
    assert graph.lines == expected
    assert BuiltGraph(LINES).lines == expected


def test_triple_count_equals_the_triple_lines_without_making_them():
    graph = BuiltGraph(LINES)
    assert graph.triple_count() == 3
    assert "triple_lines" not in graph.__dict__
    assert graph.triple_count() == len(graph.triple_lines)


@pytest.mark.parametrize("code", [lambda text: 0, lambda text: len(text)])
def test_triple_count_is_exact_when_hashes_collide(monkeypatch, code):
    monkeypatch.setattr(quads, "hash", code, raising=False)
    assert BuiltGraph(LINES).triple_count() == 3


def test_drop_caches_forgets_what_readers_made():
    graph = BuiltGraph(LINES)
    assert len(list(graph.triples_of(["http://p"]))) == 4
    assert graph.triple_lines
    graph.drop_caches()
    assert not {"_by_predicate", "_terms", "triple_lines"} & set(graph.__dict__)
    assert len(list(graph.triples_of(["http://p"]))) == 4


def test_values_of_are_the_text_of_the_rdflib_terms():
    lines = [
        *LINES,
        '_:b1 <http://q> "x"@en <http://g/a> .',
        '<http://s4> <http://q> "5"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g/a> .',
    ]
    graph = BuiltGraph(lines)
    expected = sorted((str(s), str(p), str(o)) for s, p, o in graph.triples_of(["http://p", "http://q"]))
    assert sorted(graph.values_of(["http://p", "http://q"])) == expected
    assert list(graph.values_of(["http://nothing"])) == []
