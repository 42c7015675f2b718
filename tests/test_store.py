"""Store backends: every library query gives the same answer in rdflib and Oxigraph."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from clecgraph.cli import cli
from clecgraph.errors import UsageError
from clecgraph.queries import library, run
from clecgraph.query import parse_param
from clecgraph.stores import STORES, is_store_spec, load, open_store, parse_spec


def example(query) -> dict:
    return dict(parse_param(f"{key}={value}") for key, value in query.example.items())


@pytest.fixture(scope="module")
def stores(sample_build):
    _, out = sample_build
    return {name: load(out / "graph.trig", name) for name in STORES}


@pytest.mark.parametrize("name", sorted(library()))
def test_every_library_query_is_equal_in_every_store(stores, name):
    query = library()[name]
    answers = {backend: run(store, name, example(query)) for backend, store in stores.items()}
    rdflib_answer = answers.pop("rdflib")
    for backend, answer in answers.items():
        assert answer.vars == rdflib_answer.vars
        # Same rows; the queries order fully, but unbound values may sort differently between engines.
        assert answer.canonical_rows() == rdflib_answer.canonical_rows(), backend
        assert len(answer.rows) == len(rdflib_answer.rows)


def test_the_sample_answers_are_not_empty(stores):
    empty = [name for name, query in library().items() if not run(stores["oxigraph"], name, example(query)).rows]
    # The co-signing pairs need statements with two issuers; every other question has an answer.
    assert set(empty) <= {"cosigning-pairs"}


def test_store_specs():
    assert parse_spec("rdflib") == ("rdflib", None)
    assert parse_spec("oxigraph:/data/store") == ("oxigraph", "/data/store")
    with pytest.raises(UsageError, match="unknown store"):
        parse_spec("virtuoso")
    with pytest.raises(UsageError, match="give a path"):
        parse_spec("oxigraph:")
    with pytest.raises(UsageError, match="takes no path"):
        open_store("rdflib:somewhere")
    assert is_store_spec("oxigraph:some/where") and not is_store_spec("output/graph.trig")


def test_an_on_disk_store_persists(tmp_path, sample_build):
    _, out = sample_build
    spec = f"oxigraph:{tmp_path / 'store'}"
    store = open_store(spec)
    store.load_file(out / "graph.trig")
    count = len(store)
    store.close()
    again = load(spec)
    assert len(again) == count > 0
    assert again.query("ASK { ?s a <https://clecgraph.example/ns#Statement> }").boolean is True


def test_query_command_with_each_store(sample_build, tmp_path):
    _, out = sample_build
    runner = CliRunner()
    outputs = {}
    for store in ("rdflib", "oxigraph"):
        result = runner.invoke(cli, ["query", str(out / "graph.trig"), "--name", "statements-per-organisation-year", "--store", store, "--format", "csv"])
        assert result.exit_code == 0, result.output
        outputs[store] = sorted(result.output.splitlines())
    assert outputs["rdflib"] == outputs["oxigraph"]
    missing = runner.invoke(cli, ["query", f"oxigraph:{tmp_path / 'nothing'}", "--name", "places"])
    assert missing.exit_code == 2 and "no store at" in missing.output
    assert not (tmp_path / "nothing").exists()


def test_build_into_a_store_then_query_it(tmp_path, sample_corpus):
    spec = f"oxigraph:{tmp_path / 'store'}"
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(sample_corpus), "--store", spec, "-q"])
    assert built.exit_code == 0, built.output
    result = runner.invoke(cli, ["query", spec, "--name", "entity-facts", "--param", "entity=CLEC", "--format", "tsv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) > 5
    assert not (tmp_path / "output").exists()


def test_rdflib_orders_patterns_knowing_which_are_bound():
    # rdflib orders patterns at parse time; planned() orders them knowing ?entity's value,
    # so a query bound to an entity starts from it instead of from every annotation.
    from rdflib import URIRef, Variable
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.algebra import traverse
    from rdflib.plugins.sparql.parserutils import CompValue

    from clecgraph.stores.memory import planned

    def first_patterns(prepared) -> list:
        found = []
        traverse(prepared.algebra, visitPost=lambda n: found.append(n.triples[0]) if isinstance(n, CompValue) and n.name == "BGP" and n.triples else None)
        return found

    # An annotation path written from the annotation, as entity-mentions once was.
    text = """PREFIX oa: <http://www.w3.org/ns/oa#>
    SELECT ?statement ?quote WHERE {
      ?annotation oa:hasBody ?entity ; oa:hasTarget ?target .
      ?target oa:hasSource ?statement ; oa:hasSelector ?selector .
      ?selector oa:exact ?quote .
    }"""
    entity = Variable("entity")
    assert not any(entity in pattern for pattern in first_patterns(prepareQuery(text)))
    assert any(entity in pattern for pattern in first_patterns(planned(text, {"entity": URIRef("https://x.example/e")})))
