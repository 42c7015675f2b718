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


def _first_line(path: Path) -> str:
    """The first line of a module's docstring."""
    import ast

    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
    return doc.strip().splitlines()[0] if doc.strip() else ""


def module_map() -> str:
    """The stages and their modules, read from the code (for docs/architecture.md)."""
    import tomllib

    root = DOCS.parent / "clecgraph"
    config = tomllib.loads((DOCS.parent / "pyproject.toml").read_text(encoding="utf-8"))
    layers = config["tool"]["importlinter"]["contracts"][0]["layers"]
    lines = ["Layers, top to bottom (a layer imports only from the layers below it; `|` and `:` join siblings):", ""]
    lines += [f"{number}. `{layer}`" for number, layer in enumerate(layers, 1)]
    lines += ["", "| module | what it does |", "| --- | --- |"]
    for path in sorted(root.rglob("*.py")):
        if path.name == "__main__.py":
            continue
        name = path.relative_to(root.parent).as_posix()
        shown = name[: -len("__init__.py")] if path.name == "__init__.py" else name
        summary = _first_line(path).replace("|", "\\|")
        lines.append(f"| `{shown}` | {summary} |")
    return "\n".join(lines) + "\n"


def with_region(name: str, marker: str, generate):
    """A doc whose text between `<!-- marker:begin -->` and `<!-- marker:end -->` is generated."""

    def render() -> str:
        text = (DOCS / name).read_text(encoding="utf-8")
        begin, end = f"<!-- {marker}:begin -->", f"<!-- {marker}:end -->"
        head, _, rest = text.partition(begin)
        _, _, tail = rest.partition(end)
        return f"{head}{begin}\n{generate()}{end}{tail}"

    return render


GENERATED = {
    "cli.md": cli_reference,
    "queries.md": query_cookbook,
    "architecture.md": with_region("architecture.md", "modules", module_map),
}


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
