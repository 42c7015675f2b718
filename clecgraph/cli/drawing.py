"""`clecgraph view` and `link`: network views of a graph, and its links to outside sources."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
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


@click.command()
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
