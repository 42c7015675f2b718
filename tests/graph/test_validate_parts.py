"""SHACL part by part (statement graphs in chunks, shared graphs once) gives the union's verdict and violations."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hostile_corpus import write_hostile_corpus

from clecgraph.graph import validate_parts
from clecgraph.graph.quads import BuiltGraph
from clecgraph.graph.validate import native_index, native_shapes, validate
from clecgraph.pipeline.builder import build


def same_verdict(graph: BuiltGraph, jobs: int = 1):
    union = validate(graph.dataset)  # pySHACL over the union of every graph
    by_parts = validate_parts.validate_built(graph, jobs=jobs)
    assert by_parts.conforms == union.conforms
    assert by_parts.violations == union.violations
    assert by_parts.triples == union.triples
    return by_parts


def test_sample_parts_agree_with_the_union(sample_build, monkeypatch):
    result, _ = sample_build
    monkeypatch.setattr(validate_parts, "CHUNK", 5)  # several chunks even for 22 statements
    assert same_verdict(result.graph).conforms


def test_hostile_parts_agree_with_the_union(tmp_path, monkeypatch):
    folder = write_hostile_corpus(tmp_path / "hostile")
    result = build([folder / "hostile.jsonl", folder / "hostile.csv"], out=None, validate=False)
    monkeypatch.setattr(validate_parts, "CHUNK", 7)
    same_verdict(result.graph, jobs=2)


def broken(lines: list[str]) -> list[str]:
    """Break one rule of each part: a statement's line number, a quote, an entity's label,
    a membership's source, an event's type, an extractor's label."""
    out, seen = [], set()

    def first(marker: str, line: str) -> bool:
        if marker in line and marker not in seen:
            seen.add(marker)
            return True
        return False

    for line in lines:
        if first("#sourceLine>", line):
            continue  # a statement without its line number
        if first("/oa#exact>", line):
            line = line.replace('/oa#exact> "', '/oa#exact> "not the words ', 1)
        if "/org/" in line.split(" ", 1)[0] and first("core#prefLabel>", line):
            continue  # an organisation without its label
        if first("prov#wasDerivedFrom>", line):
            continue  # a membership no statement states
        if first("sem/eventType>", line):
            line = line.replace("/event-type/", "/event-type/not-a-type-", 1)
        if first('rdf-schema#label> "clecgraph extractor', line):
            continue
        out.append(line)
    assert len(seen) >= 5, seen
    return out


@pytest.mark.parametrize(("chunk", "jobs"), [(1, 1), (4, 1), (1000, 1), (4, 2)])
def test_broken_graph_parts_find_the_union_violations(sample_build, monkeypatch, chunk, jobs):
    result, _ = sample_build
    monkeypatch.setattr(validate_parts, "CHUNK", chunk)
    graph = BuiltGraph(broken(result.graph.lines))
    found = same_verdict(graph, jobs=jobs)
    assert not found.conforms and len(found.violations) >= 5


def test_terms_read_from_line_text_equal_the_parsers(tmp_path):
    """The validator reads each line's terms from its text; escapes, languages, datatypes, blank
    nodes and a " <" inside a literal give the terms pyoxigraph's parser gives."""
    folder = write_hostile_corpus(tmp_path / "hostile")
    lines = list(build([folder / "hostile.jsonl", folder / "hostile.csv"], out=None, validate=False).graph.lines)
    lines += [
        '<http://s> <http://p> "a \\"quoted\\" <x> word\\nand a line" <http://g> .',
        '<http://s> <http://p> "caf\\u00E9 \\U0001F600 back\\\\slash" <http://g> .',
        '_:b1 <http://p> "Phnom Penh"@km-latn <http://g> .',
        '<http://s> <http://p> "01"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g> .',
        "<http://s> <http://p> _:b1 <http://g> .",
        "<http://s/caf\\u00E9> <http://p> <http://o/\\u00E9> <http://g> .",
    ]
    assert list(validate_parts._triples(lines)) == list(validate_parts._ox_triples(lines))
    # The engine's index read from the lines in one loop holds what it makes of the parsed triples
    # (typed literals as rdflib writes them back: "01"^^xsd:integer as "1").
    shapes = native_shapes(*validate_parts.split_shapes()[::2])
    from_lines = validate_parts.index_lines(lines, validate_parts.IndexTerms(), shapes)
    from_triples = native_index(validate_parts._ox_triples(lines), shapes)
    assert from_lines.out == from_triples.out and from_lines.back == from_triples.back
    one = ox.Literal("1", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert from_lines.objects(ox.NamedNode("http://s"), ox.NamedNode("http://p")) >= {one}


def test_parts_hold_each_statement_graph_once_and_what_the_shared_shapes_read_of_them(sample_build, monkeypatch):
    result, _ = sample_build
    graph = result.graph
    chunks, context, shared = validate_parts.parts(graph, chunk=4)
    statement_lines = [line for line in graph.lines if not validate_parts._is_shared(validate_parts._graph_name(line))]
    assert [line for chunk in chunks for line in chunk] == statement_lines
    assert len(chunks) == -(-len(validate_parts.statement_graphs(graph)) // 4)
    markers = (validate_parts._DERIVED, validate_parts._IS_STATEMENT, validate_parts._IS_EVENT, validate_parts._SUBCLASS)
    wanted = [line for line in statement_lines if any(marker in line for marker in markers)]
    assert wanted and set(wanted) <= set(shared) and len(shared) == len(set(shared))
    assert set(shared) - set(wanted) == set(graph.lines) - set(statement_lines)
    assert set(context) <= set(shared)
