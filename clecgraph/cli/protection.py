"""`clecgraph build --protect`: the options, and where the key comes from.

The key is a secret the user keeps (a file, or the CLECGRAPH_PROTECT_KEY
environment variable); the same key gives the same pseudonyms in every
build, and no output holds the key or the mapping.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from clecgraph.errors import UsageError

KEY_VARIABLE = "CLECGRAPH_PROTECT_KEY"
MIN_KEY_BYTES = 16


def protect_options(command):
    command = click.option(
        "--protect-curation",
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="With --protect: a file marking persons 'public' or 'protect' by name, over the role-based decision (docs/incidents.md).",
    )(command)
    command = click.option(
        "--protect-key-file",
        type=click.Path(dir_okay=False, path_type=Path),
        help=f"With --protect: the file holding the secret key (or set {KEY_VARIABLE}). Keep it: the same key gives the same pseudonyms.",
    )(command)
    return click.option(
        "--protect",
        is_flag=True,
        help="Replace persons who are not public figures (victims, witnesses, relatives) by stable pseudonyms and remove their names from every output.",
    )(command)


def read_key(key_file: Path | None) -> bytes:
    if key_file is not None:
        try:
            key = Path(key_file).read_bytes().strip()
        except OSError as err:
            raise UsageError(f"{key_file}: cannot read the protection key ({err.strerror or err})") from None
        source = str(key_file)
    else:
        key = os.environ.get(KEY_VARIABLE, "").strip().encode("utf-8")
        source = KEY_VARIABLE
        if not key:
            raise UsageError(f"--protect needs a secret key: --protect-key-file FILE or the {KEY_VARIABLE} environment variable")
    if len(key) < MIN_KEY_BYTES:
        raise UsageError(f"{source}: the protection key is too short ({len(key)} bytes; use at least {MIN_KEY_BYTES})")
    return key


@contextmanager
def protection(protect: bool, key_file: Path | None, quiet: bool, curation: Path | None = None) -> Iterator[None]:
    """Around a build (into files or a store): protection on when asked, and one line on what it did."""
    if not protect:
        if key_file is not None or curation is not None:
            raise UsageError(f"{'--protect-key-file' if key_file is not None else '--protect-curation'} is used only with --protect")
        yield
        return
    from clecgraph.incidents.protect import protecting
    from clecgraph.incidents.protect_curation import ProtectCuration, read_protect_curation

    key = read_key(key_file)
    marked = read_protect_curation(curation) if curation is not None else ProtectCuration()
    with protecting(key, marked.public, marked.protected) as state:
        yield
    if not quiet and state["done"] is not None:
        done = state["done"]
        click.echo(f"protected: {done.protected} persons replaced by pseudonyms; {done.kept} kept as public figures")
        if done.unmatched:
            click.echo(f"protected: {done.unmatched} names of {curation} match no person of the corpus")
