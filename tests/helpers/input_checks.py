"""Shared helpers for the input tests: read a file into statements and skips, write one,
and build through the CLI expecting the one-line error users see."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from clecgraph.cli.commands import cli
from clecgraph.model import InputWarning, Statement
from clecgraph.sources import read_file


def read(path: Path, encoding: str | None = None, kind: str | None = None) -> tuple[list[Statement], list[InputWarning]]:
    items = list(read_file(path, encoding, kind))
    return [i for i in items if isinstance(i, Statement)], [i for i in items if isinstance(i, InputWarning)]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def build(*args: str):
    return CliRunner().invoke(cli, ["build", *args, "--no-validate", "--format", "turtle"])


def cli_error(*args: str) -> str:
    """The one error line a failing build prints (exit code 2, no traceback)."""
    result = build(*args)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("clecgraph: error: "), result.output
    assert "Traceback" not in result.output
    return lines[0]
