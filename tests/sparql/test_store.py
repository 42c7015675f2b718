"""Store backends: every library query gives the same answer in rdflib and Oxigraph."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from clecgraph.cli.commands import cli
from clecgraph.errors import UsageError
from clecgraph.sparql.library import library, run
from clecgraph.sparql.query import parse_param
from clecgraph.sparql.stores import STORES, is_store_spec, load, open_store, parse_spec


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
        result = runner.invoke(
            cli, ["query", str(out / "graph.trig"), "--name", "statements-per-organisation-year", "--store", store, "--format", "csv"]
        )
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

    from clecgraph.sparql.stores.memory import planned

    def first_patterns(prepared) -> list:
        found = []
        traverse(
            prepared.algebra,
            visitPost=lambda n: found.append(n.triples[0]) if isinstance(n, CompValue) and n.name == "BGP" and n.triples else None,
        )
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


OA = "http://www.w3.org/ns/oa#"
GRAPH_QUERIES = {  # query -> the shortcut expected to answer its GRAPH group
    # an unbound graph: only the graphs holding the first pattern's matches
    f"SELECT ?g ?a WHERE {{ GRAPH ?g {{ ?a <{OA}hasBody> ?entity }} }}": "_in_graphs",
    # no graph holds a match
    "SELECT ?g WHERE { GRAPH ?g { ?a <urn:x:no-such-property> ?entity } }": "_in_graphs",
    # a property path first: left to rdflib
    f"SELECT ?g ?s WHERE {{ GRAPH ?g {{ ?a <{OA}hasTarget>/<{OA}hasSource> ?s }} }}": None,
    # a subquery joined row by row to a GRAPH group: each graph bound in turn, and indexed
    f"""SELECT ?s ?quote WHERE {{
         {{ SELECT DISTINCT ?s WHERE {{ ?s <https://schema.org/mentions> ?entity }} ORDER BY ?s LIMIT 3 }}
         GRAPH ?s {{ ?a <{OA}hasBody> ?entity ; <{OA}hasTarget>/<{OA}hasSelector>/<{OA}exact> ?quote ;
                     ^<{OA}hasBody>|<{OA}motivatedBy> ?why }} }}""": "_in_small_graph",
    # a bound graph too big to index (the entities graph, SMALL_GRAPH lowered below): left to rdflib
    "SELECT ?n WHERE { GRAPH <https://clecgraph.example/id/graph/entities> { ?entity <http://www.w3.org/2004/02/skos/core#prefLabel> ?n } }": None,
}


@pytest.mark.parametrize("text", sorted(GRAPH_QUERIES))
def test_rdflib_shortcuts_give_rdflib_s_own_answers(stores, text, monkeypatch):
    from rdflib import Dataset

    from clecgraph.sparql.library import find_entity
    from clecgraph.sparql.stores import rdflib_graphs

    store = stores["rdflib"]
    bindings = {"entity": find_entity(store, "CLEC")}
    used = []
    for name in ("_in_graphs", "_in_small_graph"):
        shortcut = getattr(rdflib_graphs, name)
        monkeypatch.setattr(
            rdflib_graphs, name, lambda *args, name=name, shortcut=shortcut: used.append((name, args[2])) or shortcut(*args)
        )
    sizes = {str(graph.identifier): len(graph) for graph in store.dataset.graphs()}
    biggest_statement = max(size for name, size in sizes.items() if "/statement/" in name)
    assert sizes["https://clecgraph.example/id/graph/entities"] > biggest_statement
    monkeypatch.setattr(rdflib_graphs, "SMALL_GRAPH", biggest_statement)  # statements' graphs are small, the entities graph not
    fast = store.query(text, bindings)
    expected = GRAPH_QUERIES[text]
    assert {name for name, _ in used} == ({expected} if expected else set())
    if text.startswith("SELECT ?g ?a"):  # only some of the graphs were visited
        assert 0 < len(used[0][1]) < len(list(store.dataset.graphs())) - 1
    plain = Dataset(default_union=True)  # not the store's: rdflib evaluates it its own way
    plain.addN(store.dataset.quads((None, None, None, None)))
    slow = plain.query(text, initBindings=bindings)
    assert sorted(fast.rows) == sorted(tuple(row) for row in slow)
    assert fast.rows or "no-such" in text


def test_a_subquery_is_joined_row_by_row_only_to_plain_patterns():
    from rdflib.plugins.sparql.algebra import traverse
    from rdflib.plugins.sparql.parserutils import CompValue

    from clecgraph.sparql.stores.memory import planned

    def joins(text):
        found = []
        traverse(
            planned(text).algebra,
            visitPost=lambda n: found.append(bool(n.get("lazy"))) if isinstance(n, CompValue) and n.name == "Join" else None,
        )
        return found

    sub = "{ SELECT ?s WHERE { ?s ?p ?o } LIMIT 2 }"
    assert joins(f"SELECT * WHERE {{ {sub} GRAPH ?s {{ ?s ?q ?x }} }}") == [True]
    assert joins(f"SELECT * WHERE {{ {sub} ?s ?q ?x }}") == [True]
    # A subquery on the right keeps rdflib's join: its LIMIT must not see the left side's values.
    assert joins(f"SELECT * WHERE {{ ?s ?q ?x {sub} }}") == [False]
