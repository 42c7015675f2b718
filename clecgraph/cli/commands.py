"""The `clecgraph` command: a thin click layer over the library.

Each command parses its options, calls one library function and prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from clecgraph.cli.protection import protect_options, protection
from clecgraph.cli.review import review as review_command
from clecgraph.errors import ClecgraphError
from clecgraph.vocab import DEFAULT_BASE


class ErrorsAsMessages(click.Group):
    """Show errors a user can cause as one line and exit 2, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ClecgraphError as err:
            click.echo(f"clecgraph: error: {err}", err=True)
            ctx.exit(err.exit_code)
        except OSError as err:
            where = f"{err.filename}: " if getattr(err, "filename", None) else ""
            click.echo(f"clecgraph: error: {where}{err.strerror or err}", err=True)
            ctx.exit(2)


@click.group(cls=ErrorsAsMessages, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="clecgraph")
def cli():
    """Turn archives of NGO press statements into an RDF knowledge graph.

    \b
    Start with the bundled sample corpus:
        clecgraph build
        clecgraph query output/graph.ttl 'SELECT ?s WHERE { ?s a <https://clecgraph.example/ns#Statement> }'
    then open output/network.html in a browser.
    """


# The kinds clecgraph.sources reads (kept here as a list: the CLI starts without importing the readers).
INPUT_KIND = click.option(
    "--input-kind",
    type=click.Choice(["listing", "jsonl", "json", "csv"]),
    default=None,
    help="Read every input as this kind instead of going by file suffix.",
)


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out", "-o", type=click.Path(path_type=Path), default=Path("output"), show_default=True, help="Folder for the output files."
)
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI for everything the graph mints.")
@click.option("--format", "formats", multiple=True, help="Write only these formats (repeatable); default: all.")
@click.option("--encoding", default=None, help="Text encoding of the inputs (default UTF-8, with or without BOM).")
@INPUT_KIND
@click.option(
    "--max-statement-chars",
    type=click.IntRange(min=1),
    default=1_000_000,
    show_default=True,
    help="Cut longer statement texts (with a warning).",
)
@click.option(
    "--validate/--no-validate",
    default=None,
    help="Check the graph against the SHACL shapes. Default: yes for files, no for --store (large graphs: run 'clecgraph validate' on a build when wanted).",
)
@click.option(
    "--shacl-engine",
    type=click.Choice(["native", "pyshacl"]),
    default="native",
    show_default=True,
    help="SHACL engine: native (fast, the same results) or pyshacl (the reference).",
)
@click.option(
    "--timings",
    is_flag=True,
    help="Record each stage's seconds in report.json (off by default: the files stay byte-identical between builds).",
)
@click.option(
    "--links",
    "links",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Review file from 'clecgraph link --review': add its accepted rows as owl:sameAs (repeatable).",
)
@click.option(
    "--store",
    default=None,
    metavar="STORE",
    help="Add the statements to a store instead of writing files: oxigraph (in memory) or oxigraph:PATH (on disk, kept; build again to add more; its report goes to PATH.report.json).",
)
@click.option("--add", is_flag=True, help="Add the statements to the build already in --out (its graph.trig) instead of replacing it.")
@click.option(
    "--curation",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Curation file of corrections (docs/curation.md); default: curation.tsv beside the inputs or in --out, else (with --add) the earlier build's.",
)
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Extract in this many processes (same output)."
)
@click.option(
    "--allow-empty", is_flag=True, help="Write the output even if no statement is left (otherwise such a build fails and changes nothing)."
)
@protect_options
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(inputs, out, base, formats, encoding, input_kind, max_statement_chars, validate, shacl_engine, timings, links, store, add, curation, jobs, allow_empty, protect, protect_key_file, quiet):  # fmt: skip
    """Build the graph and its files from statement files or folders.

    INPUTS are listing (.txt), JSON Lines (.jsonl), JSON (.json: an array of
    records) or CSV (.csv) files, or folders of them; with none, the bundled
    sample corpus is built. Other files in those folders are left out, and
    the summary and report.json list them.

    \b
    Examples:
        clecgraph build
        clecgraph build archive/ --out graph-out --base https://data.example.org/
        clecgraph build new-statements.txt --out output --add
        clecgraph build archive/ --store oxigraph:graph-store
    """
    from clecgraph.cli.progress import Progress
    from clecgraph.pipeline.builder import build as run_build

    progress = Progress(not quiet)
    try:
        with protection(protect, protect_key_file, store, quiet):  # build --protect (clecgraph/cli/protection.py)
            result = run_build(
                inputs,
                out,
                base=base,
                formats=formats or None,
                encoding=encoding,
                input_kind=input_kind,
                max_statement_chars=max_statement_chars,
                progress=progress,
                validate=validate,
                shacl_engine=shacl_engine,
                timings=timings,
                links=links,
                store=store,
                add=add,
                jobs=jobs,
                allow_empty=allow_empty,
                curation=curation,
            )
    finally:
        progress.close()
    if not quiet:
        from clecgraph.cli.summary import show

        show(result, out)


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Nodes listed per kind of violation.")
@click.option(
    "--shacl-engine",
    type=click.Choice(["native", "pyshacl"]),
    default="native",
    show_default=True,
    help="SHACL engine: native (fast, the same results) or pyshacl (the reference).",
)
def validate(graph, limit, shacl_engine):
    """Check a graph file against the clecgraph shapes (ontology/shapes.ttl).

    GRAPH is any RDF file the project writes (.ttl, .nt, .jsonld, .trig),
    or a build's output folder (read from the folder's own store, see query).
    Prints a report grouped by rule, each with its focus nodes and paths.
    Exit code: 0 if the graph conforms, 1 if it does not, 2 if it cannot be read.

    \b
    Examples:
        clecgraph validate output/graph.ttl
        clecgraph validate output/graph.trig --limit 50
    """
    from clecgraph.graph.validate import validate as run_validation
    from clecgraph.graph.validate_parts import validate_built
    from clecgraph.sparql.stores.folder import build_folder, folder_graph

    folder = build_folder(graph)  # a build folder, or a file in one: its store, validated part by part
    if folder is not None:
        result = validate_built(folder_graph(folder), engine=shacl_engine)
    else:
        result = run_validation(graph, engine=shacl_engine)
    click.echo(f"{graph}: {result.report(limit)}", nl=False)
    if not result.conforms:
        sys.exit(1)


@cli.command()
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
@click.option("--user", help="User name for the endpoint (HTTP basic auth).")
@click.option("--password", envvar="CLECGRAPH_PASSWORD", help="Password for --user (or set CLECGRAPH_PASSWORD).")
@click.option(
    "--header",
    "auth_header",
    metavar="'NAME: VALUE'",
    envvar="CLECGRAPH_AUTH_HEADER",
    help="An extra request header, e.g. 'Authorization: Bearer TOKEN' (or set CLECGRAPH_AUTH_HEADER).",
)
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


@cli.command()
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


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option(
    "--kind",
    "-k",
    type=click.Choice(["overview", "coalitions", "actors", "focus", "cases"]),
    default="overview",
    show_default=True,
    help="Which network to draw; 'cases' writes the case threads as a page (.html) with their gaps.",
)
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Output file: .html (page that works offline), .gexf (Gephi) or .graphml.",
)
@click.option(
    "--focus",
    "focus_name",
    metavar="NAME_OR_IRI",
    help="With --kind focus: the entity at the centre (label, alternative label or IRI); with --kind cases: only its cases.",
)
@click.option(
    "--depth", type=click.IntRange(min=0), default=2, show_default=True, help="With --kind focus: how many steps around the centre."
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=1),
    default=None,
    help="Keep at most this many nodes, the most connected (pages default to 1500; files keep all).",
)
@click.option("--years", metavar="YEAR[-YEAR]", help="Only statements issued in these years, e.g. 2010 or 2009-2011.")
@click.option(
    "--allow-empty", is_flag=True, help="Write the file even when the view selects nothing (otherwise: exit 2, --out left as it was)."
)
def view(graph, kind, out, focus_name, depth, max_nodes, years, allow_empty):
    """Draw one network view of a graph file as a page or a file for Gephi.

    GRAPH is any RDF file the project wrote (.ttl, .nt, .jsonld, .trig), or
    an on-disk store (oxigraph:PATH).

    \b
    Examples:
        clecgraph view output/graph.ttl --kind coalitions --out coalitions.html
        clecgraph view oxigraph:graph-store --kind focus --focus LICADHO --out licadho.html
        clecgraph view output/graph.ttl --kind focus --focus LICADHO --depth 2 --out licadho.html
        clecgraph view output/graph.ttl --kind actors --years 2010-2011 --out actors.gexf
        clecgraph view output/graph.trig --kind cases --out cases.html
    """
    if kind == "cases":
        from clecgraph.views.cases import write_cases_page

        if years:
            raise click.UsageError("--years goes with the network views, not --kind cases")
        written = write_cases_page(graph, out, subject=focus_name, allow_empty=allow_empty)
        click.echo(f"cases: {written} case thread{'' if written == 1 else 's'} -> {out}")
        return
    from clecgraph.views.select import view as draw

    result = draw(graph, kind, out, focus=focus_name, depth=depth, max_nodes=max_nodes, years=years, allow_empty=allow_empty)
    left = f"; left out the {result.total_nodes - result.nodes} least connected nodes (--max-nodes)" if result.omitted else ""
    click.echo(f"{result.kind}: {result.nodes} nodes, {result.edges} links -> {result.path}{left}")


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--reconcile", "service", metavar="SERVICE", help="Look up entities with no link online: 'wikidata' or a reconciliation service URL."
)
@click.option("--service", "service_url", metavar="URL", help="With --reconcile: the endpoint to use instead of the service's default one.")
@click.option(
    "--review",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With --reconcile: the TSV of candidates to write (rows already there are kept).",
)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["organisation", "person", "place"]),
    help="Only entities of this kind (repeatable); default: all.",
)
@click.option("--limit", type=click.IntRange(min=1, max=25), default=3, show_default=True, help="Candidates kept per entity.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds to wait for each answer.")
def link(graph, service, service_url, review, kinds, limit, timeout):
    """Show a graph's link coverage, or look up its unlinked entities online.

    Without --reconcile nothing leaves this machine: the command prints the
    share of places linked to GeoNames with coordinates and of organisations
    with an external identifier. With --reconcile it sends the names of the
    entities that have no owl:sameAs to a W3C reconciliation service and
    writes the candidates to a review TSV; mark rows 'yes' in its accept
    column, then build with --links FILE to use them.

    \b
    Examples:
        clecgraph link output/graph.trig
        clecgraph link output/graph.trig --reconcile wikidata --review links.tsv
        clecgraph build --links links.tsv
    """
    from clecgraph.errors import UsageError
    from clecgraph.sparql.query import load_graph

    dataset = load_graph(graph)
    if not service:
        if review or service_url:
            raise UsageError("--review and --service go with --reconcile")
        from clecgraph.link.coverage import link_coverage

        cov = link_coverage(dataset)
        places, mentions, orgs = cov["places"], cov["place_mentions"], cov["organisations"]
        click.echo(
            f"places: {places['geonames_and_coordinates']}/{places['total']} linked to GeoNames with coordinates"
            f" ({mentions['geonames_and_coordinates']}/{mentions['total']} mentions), {places['unlinked']} unlinked;"
            f" organisations: {orgs['with_identifier']}/{orgs['total']} with an external identifier"
            f" ({orgs['dbpedia']} DBpedia, {orgs['wikipedia']} Wikipedia)"
        )
        return
    if not review:
        raise UsageError("--reconcile needs --review FILE.tsv for the candidates")
    from clecgraph.link.reconcile import reconcile

    counts = reconcile(
        dataset,
        review,
        service=service_url or service,
        limit=limit,
        timeout=timeout,
        kinds=tuple(kinds) or ("organisation", "person", "place"),
    )
    click.echo(
        f"{counts['asked']} of {counts['unlinked']} unlinked entities looked up ({counts['already_in_review']} already in the review file);"
        f" {counts['candidates']} candidates -> {counts['review']}; mark rows 'yes' in its accept column, then build with --links {counts['review']}"
    )


@cli.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--aliases",
    "alias_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Alias table(s), canonical TAB other name (repeatable); default: aliases.tsv beside GOLD.",
)
@INPUT_KIND
@click.option("--encoding", default=None, help="Text encoding of the inputs (default UTF-8, with or without BOM).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold, inputs, alias_files, input_kind, encoding, as_json):
    """Score the extractions of INPUTS against the gold records in GOLD.

    Builds INPUTS (writing nothing), compares each statement's extractions
    with GOLD.jsonl (records paired by source file and line) and prints
    precision, recall and F1 per field, as defined by the gold guidelines.

    \b
    Examples:
        clecgraph evaluate gold/clec-2012.jsonl corpus/clec-2012.txt
        clecgraph evaluate gold.jsonl archive/ --aliases more-aliases.tsv --json
    """
    import json

    from clecgraph.scoring.evaluate import evaluate as run_evaluation

    result = run_evaluation(gold, inputs, aliases=alias_files or None, input_kind=input_kind, encoding=encoding)
    click.echo(json.dumps(result.as_dict(), indent=1) if as_json else result.table(), nl=as_json)


@cli.command()
@click.argument("source", metavar="GRAPH_OR_STORE")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 opens the endpoint to your network).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Stop a query after this many seconds.")
@click.option(
    "--max-results",
    type=click.IntRange(min=1),
    default=10_000,
    show_default=True,
    help="Refuse answers with more rows or triples than this.",
)
@click.option(
    "--network",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Network page to serve at /network (default: network.html beside GRAPH).",
)
@click.option(
    "--max-bytes", type=click.IntRange(min=1024), default=64 << 20, show_default=True, help="Refuse answers larger than this many bytes."
)
@click.option("--workers", type=click.IntRange(min=1, max=64), default=2, show_default=True, help="Query worker processes.")
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests whose Host is NAME (repeatable); addresses, localhost and --host are always answered.",
)
@click.option(
    "--cors",
    multiple=True,
    metavar="ORIGIN",
    help="Let web pages from ORIGIN (e.g. https://example.org) read the answers (repeatable); same-origin pages need nothing.",
)
def serve(source, host, port, timeout, max_results, network, max_bytes, workers, allow_hosts, cors):
    """Serve a graph read-only as a SPARQL 1.1 Protocol endpoint.

    GRAPH_OR_STORE is a graph file (.trig keeps the named graphs) or an
    on-disk store (oxigraph:PATH). The endpoint answers at /sparql and
    /query (GET and POST; JSON, XML, CSV or TSV results, Turtle or JSON-LD
    graphs); / is the explorer (search; entity, statement and event pages;
    /timeline, /map, the query editor at /editor; docs/explorer.md) and
    /network the network page. The graph's IRIs resolve under /id/: a page,
    or their description with Accept: text/turtle. Updates,
    LOAD and SERVICE are refused (the query is parsed), and the query
    workers run without network where the system allows. docs/reliability.md
    says what the endpoint promises.

    \b
    Examples:
        clecgraph serve output/graph.trig
        clecgraph serve oxigraph:graph-store --port 8000 --timeout 10
    """
    from clecgraph.sparql.serve import Endpoint

    endpoint = None
    try:
        endpoint = Endpoint(
            source,
            host,
            port,
            timeout=timeout,
            max_results=max_results,
            network=network,
            workers=workers,
            allow_hosts=allow_hosts,
            cors=cors,
            max_answer_bytes=max_bytes,
        )
        isolated = endpoint.evaluator.isolated()
        from clecgraph.explore.served import prepare

        prepare(endpoint, say=lambda line: click.echo(line, err=True))  # the explorer's index: read once, kept beside a store
        click.echo(f"serving {source} at {endpoint.url}/ (endpoint {endpoint.url}/sparql; read-only; Ctrl-C stops)", err=True)
        if not isolated:
            click.echo("note: the query workers could not be cut off from the network here; SERVICE is refused by parsing only", err=True)
        endpoint.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        if endpoint is not None:
            endpoint.close()


@cli.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The store's Graph Store Protocol address, e.g. http://127.0.0.1:7878/store (Oxigraph) or http://localhost:3030/clec/data (Fuseki).",
)
@click.option(
    "--graph",
    "graph_iri",
    metavar="IRI",
    help="Put the triples into this named graph (for .ttl/.nt files; a .trig file keeps its own graphs).",
)
@click.option("--append", is_flag=True, help="Add to what the store holds (POST) instead of replacing it (PUT).")
@click.option(
    "--query-endpoint",
    metavar="URL",
    help="The store's query endpoint, where push checks that queries see the pushed triples "
    "(default: found from --endpoint for Oxigraph, Fuseki, GraphDB and Virtuoso).",
)
@click.option(
    "--copy-to-default",
    is_flag=True,
    help="Also put every triple into the default graph, for a store whose default graph is not the union of its named graphs.",
)
@click.option("--user", help="User name (HTTP basic auth).")
@click.option("--password", envvar="CLECGRAPH_PASSWORD", help="Password for --user (or set CLECGRAPH_PASSWORD).")
@click.option(
    "--header",
    "auth_header",
    metavar="'NAME: VALUE'",
    envvar="CLECGRAPH_AUTH_HEADER",
    help="An extra request header, e.g. 'Authorization: Bearer TOKEN' (or set CLECGRAPH_AUTH_HEADER).",
)
def push(graph, endpoint, graph_iri, append, query_endpoint, copy_to_default, user, password, auth_header):
    """Send a built graph to a SPARQL 1.1 store (Graph Store HTTP Protocol).

    The library queries read the default graph, so push then asks the store
    whether its default graph shows the pushed triples (it must be the union
    of the named graphs for a .trig file), says what it found, and fails if
    queries would see nothing.

    \b
    Examples:
        clecgraph push output/graph.trig --endpoint http://127.0.0.1:7878/store
        clecgraph push output/graph.ttl --endpoint http://localhost:3030/clec/data --graph https://data.example.org/clec --user admin
    """
    from clecgraph.sparql.push import push_and_check
    from clecgraph.sparql.remote import Auth

    auth = Auth(user, password, auth_header)
    pushed = push_and_check(graph, endpoint, graph_iri, auth, not append, query_endpoint, copy_to_default)
    click.echo(f"{graph} -> {endpoint}{' graph ' + graph_iri if graph_iri else ''} (HTTP {pushed.status}); {pushed.default_graph}")


cli.add_command(review_command)


def main() -> None:
    cli(prog_name="clecgraph")
