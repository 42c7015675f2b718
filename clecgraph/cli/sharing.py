"""`clecgraph serve` and `push`: the graph for others, from a read-only endpoint here or in a SPARQL 1.1 store."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

from clecgraph.cli.options import remote_auth_options


@click.command()
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

    GRAPH_OR_STORE is a graph file (.trig keeps the named graphs), a build's
    output folder (or a file in one: answered from the folder's own store, as
    query does, made again only when its graph.trig changes), or an on-disk
    store (oxigraph:PATH). The endpoint answers at /sparql and
    /query (GET and POST; JSON, XML, CSV or TSV results, Turtle or JSON-LD
    graphs); / is the explorer (search; entity, statement and event pages;
    /timeline, /map, the query editor at /editor; docs/explorer.md) and
    /network the network page. The graph's IRIs resolve under /id/: a page,
    or their description with Accept: text/turtle. Updates,
    LOAD and SERVICE are refused (the query is parsed), and the query
    workers run without network where the system allows. While it serves a
    build folder or a store, a build of that same folder or store waits and
    is then refused: stop the server first. docs/reliability.md says what
    the endpoint promises.

    \b
    Examples:
        clecgraph serve output/graph.trig
        clecgraph serve oxigraph:graph-store --port 8000 --timeout 10
    """
    from clecgraph.pipeline.outputs import reading
    from clecgraph.sparql.serve import served_target

    settings = {
        "timeout": timeout,
        "max_results": max_results,
        "network": network,
        "workers": workers,
        "allow_hosts": allow_hosts,
        "cors": cors,
        "max_answer_bytes": max_bytes,
    }
    target = served_target(source)
    # Held shared while serving: a build of the same folder or store waits, then is refused,
    # instead of swapping the files out from under the open store.
    with reading(target) if target is not None else contextlib.nullcontext():
        _serve(source, host, port, settings)


def _serve(source, host: str, port: int, settings: dict) -> None:
    from clecgraph.sparql.serve import Endpoint

    endpoint = None
    try:
        endpoint = Endpoint(source, host, port, **settings)
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


@click.command()
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
@remote_auth_options
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
