"""Every RDF file the build writes parses back, through rdflib, to the same graph."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph

from clecgraph.graph.assemble import union_graph


def quads(dataset):
    return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in dataset.quads((None, None, None, None))}


@pytest.mark.parametrize("name, fmt", [("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")])
def test_triple_files_hold_exactly_the_union_of_the_dataset(sample_build, name, fmt):
    result, out = sample_build
    parsed = Graph().parse(out / name, format=fmt)
    expected = union_graph(result.dataset)
    assert set(parsed) == set(expected)


def test_trig_keeps_a_named_graph_per_statement(sample_build):
    result, out = sample_build
    parsed = Dataset()
    parsed.parse(out / "graph.trig", format="trig")
    assert quads(parsed) == quads(result.dataset)
    names = {str(g.identifier) for g in parsed.graphs() if len(g)}
    statements = [n for n in names if "/statement/" in n]
    assert len(statements) == 22


def test_jsonld_has_a_context_with_prefixes(sample_build):
    import json

    _, out = sample_build
    document = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    context = document["@context"]
    assert context["schema"] == "https://schema.org/"
    assert context["clec"] == "https://clecgraph.example/ns#"
