"""`clecgraph review`: the review sheet out of a graph, and its marked rows back in as curation entries."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the review sheet (CSV) here.")
@click.option(
    "--apply",
    "apply_sheet",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Turn the rows marked 'yes' in this review sheet into curation entries.",
)
@click.option(
    "--to",
    "curation",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("curation.tsv"),
    show_default=True,
    help="With --apply: the curation file to add the entries to (made if missing).",
)
@click.option("--curator", default="", help="With --apply: who decided (written in the curator column).")
def review(graph, out, apply_sheet, curation, curator):
    """List what a person should check first, or apply what they marked.

    The sheet lists names given to two kinds of entity, candidate merges
    (an acronym and its full name, near-identical names), entities only one
    statement names, unlinked places and organisations, and events without
    a place or a date; each row with the correction it suggests, the
    sentence it rests on and a 'mark' column. Write 'yes' in the mark column
    of the rows to accept (change the suggested action or value first if
    needed), then apply the sheet: the marked rows become lines of the
    curation file that the next build reads (docs/curation.md).

    \b
    Examples:
        clecgraph review output/graph.trig --out review.csv
        clecgraph review --apply review.csv --to archive/curation.tsv --curator "Dara"
    """
    from clecgraph.errors import UsageError

    if apply_sheet:
        if graph or out:
            raise UsageError("--apply reads a marked sheet: give it without GRAPH or --out")
        from clecgraph.curation.review import append_curation, apply_review

        corrections = apply_review(apply_sheet, curator)
        added = append_curation(corrections, curation)
        click.echo(f"{len(corrections)} marked rows -> {added} new entries in {curation}")
        return
    if not graph or not out:
        raise UsageError("give GRAPH and --out review.csv (or --apply review.csv)")
    from collections import Counter

    from clecgraph.curation.review import review_rows, write_review
    from clecgraph.graph.files import load_graph

    rows = review_rows(load_graph(graph))
    write_review(rows, out)
    counts = Counter(row.reason.split(":")[0] for row in rows)
    listed = ", ".join(f"{n} {reason}" for reason, n in counts.most_common())
    click.echo(f"{len(rows)} rows to review -> {out}" + (f" ({listed})" if listed else ""))
