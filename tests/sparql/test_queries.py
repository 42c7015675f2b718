"""The query library: well-formed files, listing, safe parameters, entity lookup."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from clecgraph.cli.commands import cli
from clecgraph.errors import UsageError
from clecgraph.sparql.library import PAGE_CLAUSE, find_entity, get, library, run
from clecgraph.sparql.stores import load

QUESTIONS = {  # issue 4's eight questions, by the query that answers each
    "statements-per-organisation-year",
    "cosigning-pairs",
    "events-by-type-and-place",
    "entity-timeline",
    "persons-and-roles",
    "places",
    "entity-mentions",
    "entity-facts",
}


@pytest.fixture(scope="module")
def store(sample_build):
    _, out = sample_build
    return load(out / "graph.trig", "rdflib")


def test_library_files_are_well_formed():
    queries = library()
    assert QUESTIONS <= set(queries)
    for name, query in queries.items():
        assert re.fullmatch(r"[a-z0-9_-]+", name)
        assert query.text.startswith("# title: ")
        assert query.title and query.answers
        assert set(query.needs) <= set(query.params)
        assert set(query.example) <= set(query.params)
        for param in query.params:
            assert re.search(rf"[?$]{param}\b", query.text), f"{name}: parameter {param} is not a variable of the query"


def test_queries_command_lists_name_then_title():
    result = CliRunner().invoke(cli, ["queries"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == len(library())
    for line, (name, query) in zip(lines, library().items()):
        assert line == f"{name}  {query.title}"


def test_query_by_name_on_the_command_line(sample_build):
    _, out = sample_build
    result = CliRunner().invoke(
        cli, ["query", str(out / "graph.trig"), "--name", "entity-facts", "--param", "entity=CLEC", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    header, *rows = result.output.splitlines()
    assert header.split(",") == ["entity", "direction", "property", "value", "valueLabel", "valueDate"]
    assert rows and all(row.startswith("https://clecgraph.example/id/org/clec,") for row in rows)


def test_missing_and_unknown_parameters_are_usage_errors(store):
    with pytest.raises(UsageError, match="needs --param entity"):
        run(store, "entity-timeline")
    with pytest.raises(UsageError, match="no parameter 'year'"):
        run(store, "places", {"year": Literal("2012")})
    with pytest.raises(UsageError, match="no query named"):
        get("no-such-query")
    result = CliRunner().invoke(cli, ["query", "x.trig", "--name", "entity-timeline"])
    assert result.exit_code == 2 and "error" in result.output


def test_a_name_finds_the_same_rows_as_the_iri(store):
    iri = find_entity(store, "CLEC")
    assert isinstance(iri, URIRef) and str(iri).endswith("/org/clec")
    by_name = run(store, "entity-mentions", {"entity": Literal("CLEC")})
    by_iri = run(store, "entity-mentions", {"entity": iri})
    assert by_name.rows == by_iri.rows


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_timeline_names_an_entity_only_where_it_is_not_actor_or_issuer(sample_build, backend):
    _, out = sample_build
    graph = load(out / "graph.trig", backend)
    links = {}
    for name in ("CLEC", "Cambodia"):
        answer = run(graph, "entity-timeline", {"entity": Literal(name)})
        records = answer.records()
        assert records, name
        pairs = [(r["event"], r["statement"]) for r in records]
        assert len(pairs) == len(set(pairs)), f"{name}: an event of a statement is listed twice"
        links[name] = {str(r["link"]) for r in records}
    # CLEC issues every sample statement: it is never only "named"; Cambodia is only ever named.
    assert links["CLEC"] == {"issuer"}
    assert links["Cambodia"] == {"named in the statement"}


HOSTILE = ['CLEC" } ?s ?p ?o . #', "CLEC> } DROP ALL #", "x'\n}\nSELECT * {", "\\u0022 } #"]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_parameter_values_are_data_never_query_text(sample_build, value, backend):
    _, out = sample_build
    store = load(out / "graph.trig", backend)
    # Bound as a literal, the value matches no label: no rows, no syntax error, nothing injected.
    text = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e ?name WHERE { ?e skos:prefLabel|skos:altLabel ?name }"
    assert store.query(text, {"name": Literal(value)}).rows == []
    with pytest.raises(UsageError, match="no entity is named"):
        run(store, "entity-facts", {"entity": Literal(value)})


PAGED = {"entity-facts": "CLEC", "entity-timeline": "CLEC", "entity-mentions": "CLEC"}


def test_queries_whose_answers_grow_with_the_archive_page():
    for name, query in library().items():
        if name in PAGED:
            assert query.page_size == 1000, name
            assert query.page_unit == "rows" or re.search(rf"\?{query.page_unit.removesuffix('s')}\b", query.text), name
            assert not PAGE_CLAUSE.search(query.paged_text(limit=0)) and "LIMIT 7 OFFSET 14" in query.paged_text(7, 14)
        else:
            assert query.page_size is None and query.paged_text() == query.text
            with pytest.raises(UsageError, match="answers in full"):
                query.paged_text(limit=5)


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("name", sorted(PAGED))
def test_pages_put_together_are_the_whole_answer(sample_build, backend, name):
    _, out = sample_build
    graph = load(out / "graph.trig", backend)
    params = {"entity": Literal(PAGED[name])}
    whole = run(graph, name, params, limit=0)
    assert run(graph, name, params).rows == whole.rows  # the sample's answers fit the default page
    query, pages, offset = get(name), [], 0
    while True:
        page = run(graph, name, params, limit=2, offset=offset)
        pages.append(page.rows)
        if not query.page_is_full(page, 2):
            break
        offset += 2
    assert len(pages) > 2 and sum(pages, []) == whole.rows
    if query.page_unit == "statements":  # a page holds every row of its statements
        column = whole.vars.index("statement")
        assert all(len({row[column] for row in rows}) <= 2 for rows in pages)
    else:
        assert all(len(rows) <= 2 for rows in pages)


def test_the_command_line_says_how_to_get_the_next_page(sample_build):
    _, out = sample_build
    args = ["query", str(out / "graph.trig"), "--name", "entity-timeline", "--param", "entity=CLEC", "--format", "csv"]
    full_page = CliRunner().invoke(cli, [*args, "--limit", "3", "--offset", "3"])
    assert full_page.exit_code == 0, full_page.output
    assert len(full_page.stdout.splitlines()) == 4  # header and three rows: the note goes to stderr
    assert "the next page is --offset 6, the whole answer --limit 0" in full_page.stderr
    whole = CliRunner().invoke(cli, [*args, "--limit", "0"])
    assert whole.exit_code == 0 and not whole.stderr
    beyond = CliRunner().invoke(cli, [*args, "--offset", "100000"])
    assert beyond.exit_code == 0 and "the answer ends before it" in beyond.stderr
    for wrong in (["--name", "places", "--limit", "3"], ["SELECT * WHERE { ?s ?p ?o }", "--offset", "3"]):
        result = CliRunner().invoke(cli, ["query", str(out / "graph.trig"), *wrong])
        assert result.exit_code == 2 and "--limit" in result.output


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_mentions_of_an_event_quote_the_words_that_report_it(sample_build, backend):
    _, out = sample_build
    graph = load(out / "graph.trig", backend)
    timeline = run(graph, "entity-timeline", {"entity": Literal("CLEC")}, limit=0)
    event, statement = (timeline.rows[0][timeline.vars.index(name)] for name in ("event", "statement"))
    mentions = run(graph, "entity-mentions", {"entity": event})
    assert mentions.rows and {row[mentions.vars.index("statement")] for row in mentions.rows} == {statement}
    assert all(row[mentions.vars.index("quote")] for row in mentions.rows)
