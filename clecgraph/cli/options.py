"""Option blocks more than one command takes, written once so their names and help stay the same."""

from __future__ import annotations

import click

# The kinds clecgraph.sources reads (kept here as a list: the CLI starts without importing the readers).
INPUT_KIND = click.option(
    "--input-kind",
    type=click.Choice(["listing", "jsonl", "json", "csv"]),
    default=None,
    help="Read every input as this kind instead of going by file suffix.",
)
ENCODING = click.option("--encoding", default=None, help="Text encoding of the inputs (default UTF-8, with or without BOM).")
SHACL_ENGINE = click.option(
    "--shacl-engine",
    type=click.Choice(["native", "pyshacl"]),
    default="native",
    show_default=True,
    help="SHACL engine: native (fast, the same results) or pyshacl (the reference).",
)


def remote_auth_options(command):
    """--user, --password and --header: credentials for a remote store (`query --endpoint`, `push`)."""
    for option in reversed(
        [
            click.option("--user", help="User name for --endpoint (HTTP basic auth)."),
            click.option("--password", envvar="CLECGRAPH_PASSWORD", help="Password for --user (or set CLECGRAPH_PASSWORD)."),
            click.option(
                "--header",
                "auth_header",
                metavar="'NAME: VALUE'",
                envvar="CLECGRAPH_AUTH_HEADER",
                help="An extra request header, e.g. 'Authorization: Bearer TOKEN' (or set CLECGRAPH_AUTH_HEADER).",
            ),
        ]
    ):
        command = option(command)
    return command
