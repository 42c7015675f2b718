"""The `clecgraph` command: a thin click layer over the library.

Each command parses its options, calls one library function and prints.
The commands live in their own modules (building, querying, drawing,
sharing, review; option blocks shared between them in options); each is
added here with one line.
"""

from __future__ import annotations

import click

from clecgraph.cli.building import build, evaluate, validate
from clecgraph.cli.drawing import link, view
from clecgraph.cli.querying import queries, query
from clecgraph.cli.review import review
from clecgraph.cli.sharing import push, serve
from clecgraph.errors import ClecgraphError


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


# One line a command: a new command goes in its own module and is added here.
cli.add_command(build)
cli.add_command(validate)
cli.add_command(evaluate)
cli.add_command(query)
cli.add_command(queries)
cli.add_command(view)
cli.add_command(link)
cli.add_command(serve)
cli.add_command(push)
cli.add_command(review)


def main() -> None:
    cli(prog_name="clecgraph")
