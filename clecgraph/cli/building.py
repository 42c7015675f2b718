"""`clecgraph build`, `validate` and `evaluate`: make the graph, check it against the shapes, score it against gold records."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from clecgraph.cli.options import ENCODING, INPUT_KIND, SHACL_ENGINE
from clecgraph.cli.protection import protect_options, protection
from clecgraph.vocab import DEFAULT_BASE


@click.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out", "-o", type=click.Path(path_type=Path), default=Path("output"), show_default=True, help="Folder for the output files."
)
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI for everything the graph mints.")
@click.option("--format", "formats", multiple=True, help="Write only these formats (repeatable); default: all.")
@ENCODING
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
@SHACL_ENGINE
@click.option(
    "--timings",
    is_flag=True,
    help="Record each stage's and each written file's seconds in report.json (off by default: the files stay byte-identical between builds).",
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
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Extract, assemble, validate and write in this many processes (the same output). Default: one per CPU, one for fewer than 500 statements.",
)
@click.option(
    "--allow-empty", is_flag=True, help="Write the output even if no statement is left (otherwise such a build fails and changes nothing)."
)
@protect_options
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(inputs, out, base, formats, encoding, input_kind, max_statement_chars, validate, shacl_engine, timings, links, store, add, curation, jobs, allow_empty, protect, protect_key_file, protect_curation, quiet):  # fmt: skip
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
        with protection(protect, protect_key_file, quiet, protect_curation):  # build --protect (clecgraph/cli/protection.py)
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


@click.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="Nodes listed per kind of violation.")
@SHACL_ENGINE
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


@click.command()
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
@ENCODING
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
