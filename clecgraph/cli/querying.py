"""`clecgraph query` and `queries`: SPARQL over a graph file, a store or an endpoint, and the library of named queries."""

from __future__ import annotations

from pathlib import Path

import click

from clecgraph.cli.options import remote_auth_options


@click.command()
@click.argument("graph", required=False)
@click.argument("sparql", required=False)
@click.option(
    "--file", "-f", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Read the query from a .rq file."
)
@click.option("--name", "-n", "query_name", metavar="NAME", help="Run a query of the library by name (see 'clecgraph queries').")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME to VALUE (an IRI if it looks like one, else a string; entity=NAME finds the entity by any name, ignoring case and accents). Repeatable.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
    default="table",
    show_default=True,
    help="Result format (json and xml are the SPARQL results formats).",
)
@click.option(
    "--store",
    default="auto",
    show_default=True,
    help="auto: a build folder's own Oxigraph store (made on first use, again when the files change), else rdflib; "
    "or load GRAPH into rdflib or oxigraph.",
)
@click.option("--endpoint", metavar="URL", help="Query a remote SPARQL 1.1 endpoint instead of GRAPH.")
@remote_auth_options
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    help="With --name, for the queries that page (entity-*): the page size (their default: 1000); 0 answers in full.",
)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="With --name, for the queries that page: where the page starts.")
@click.option(
    "--safe-cells",
    is_flag=True,
    help="With --format csv/tsv: prefix an apostrophe to cells a spreadsheet would run as formulas (=, +, -, @).",
)
def query(graph, sparql, query_file, query_name, params, fmt, store, endpoint, user, password, auth_header, limit, offset, safe_cells):
    """Run a SPARQL query over a graph file, an Oxigraph store or an endpoint.

    GRAPH is any RDF file (.ttl, .nt, .jsonld, .trig, .nq) or an on-disk
    store written by 'clecgraph build --store oxigraph:PATH' (give it as
    oxigraph:PATH). With --endpoint, leave GRAPH out.

    \b
    Examples:
        clecgraph query output/graph.ttl 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
        clecgraph query output/graph.trig -f my-question.rq --format csv
        clecgraph query output/graph.trig --name entity-timeline --param entity=LICADHO
        clecgraph query oxigraph:graph-store -n entity-mentions -p entity=LICADHO --offset 1000
        clecgraph query oxigraph:graph-store --name cosigning-pairs
        clecgraph query --endpoint http://localhost:3030/clec/sparql --name places --user admin
    """
    from clecgraph.errors import UsageError
    from clecgraph.sparql.library import ask, get
    from clecgraph.sparql.query import format_result, parse_param
    from clecgraph.sparql.remote import Auth

    if endpoint and graph and not sparql:
        graph, sparql = None, graph  # no GRAPH with --endpoint: the first argument is the query
    if sparql and query_file:
        raise UsageError("give the query either as an argument or with --file, not both")
    text = query_file.read_text(encoding="utf-8") if query_file else sparql
    bindings = dict(parse_param(p) for p in params)
    answer = ask(
        graph,
        text,
        name=query_name,
        params=bindings,
        store=store,
        endpoint=endpoint,
        auth=Auth(user, password, auth_header),
        limit=limit,
        offset=offset,
    )
    # color=True: click would otherwise strip ANSI escapes (ESC[...m) that are part of the data.
    click.echo(format_result(answer.to_result(), fmt, safe_cells), nl=False, color=fmt != "table")
    if query_name:
        _say_if_more(get(query_name), answer, limit, offset)


def _say_if_more(library_query, answer, limit, offset) -> None:
    """On stderr (the answer stays clean for pipes): how to ask for the next page."""
    if library_query.page_is_full(answer, limit):
        size = limit or library_query.page_size
        click.echo(
            f"This is a page of {size} {library_query.page_unit} from --offset {offset}; there may be more: "
            f"the next page is --offset {offset + size}, the whole answer --limit 0.",
            err=True,
        )
    elif offset and not answer.rows:
        click.echo(f"Nothing from --offset {offset}: the answer ends before it.", err=True)


@click.command()
def queries():
    """List the query library: one query a line, its name then its title.

    Run one with 'clecgraph query GRAPH --name NAME [--param key=value]'.

    \b
    Examples:
        clecgraph queries
        clecgraph query output/graph.trig --name cosigning-pairs
    """
    from clecgraph.sparql.library import library

    for name, item in library().items():
        click.echo(f"{name}  {item.title}")
