"""Regenerate the docs that are written from the code, so they cannot drift.

python docs/generate.py          # rewrite the generated files
python docs/generate.py --check  # exit 1 if any is out of date (CI does this via pytest)
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent


def cli_reference() -> str:
    """docs/cli.md: every command's --help, as the user sees it."""
    from click.testing import CliRunner

    from clecgraph.cli.commands import cli

    runner = CliRunner()
    parts = [
        "# Command-line reference\n",
        "Generated from `--help` by `python docs/generate.py`; do not edit by hand.\n",
    ]
    for args in [[], *([name] for name in sorted(cli.commands))]:
        result = runner.invoke(cli, [*args, "--help"], prog_name="clecgraph", terminal_width=100)
        title = " ".join(["clecgraph", *args])
        parts.append(f"\n## `{title}`\n\n```text\n{result.output.rstrip()}\n```\n")
    return "".join(parts)


def query_cookbook() -> str:
    """docs/queries.md: every library query with its answer on the sample corpus."""
    from clecgraph.pipeline.builder import build
    from clecgraph.sparql.cookbook import render
    from clecgraph.sparql.stores.memory import RdflibStore

    return render(RdflibStore(build(out=None, validate=False).dataset))


GENERATED = {"cli.md": cli_reference, "queries.md": query_cookbook}


def main(argv: list[str]) -> int:
    stale = []
    for name, generate in GENERATED.items():
        path = DOCS / name
        text = generate()
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python docs/generate.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
