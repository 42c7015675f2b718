"""SPARQL over a built graph file (or an in-memory graph), and result formatting."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from clecgraph.errors import UsageError
from clecgraph.graph.files import RDF_FORMATS, load_graph  # noqa: F401  (part of this module's API)

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")


def parse_param(text: str) -> tuple[str, URIRef | Literal]:
    """`name=value` -> a SPARQL binding; `<...>` or http(s):// values are IRIs."""
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name.isidentifier():
        raise UsageError(f"--param {text!r}: expected name=value")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return name, URIRef(value)
    return name, Literal(value)


def query(source: Path | str | Graph, text: str, bindings: dict | None = None) -> Result:
    """Run a SPARQL query; `bindings` pre-bind variables (values are never pasted into the text)."""
    graph = source if isinstance(source, Graph) else load_graph(source)
    try:
        return graph.query(text, initBindings=bindings or {})
    except Exception as err:
        raise UsageError(f"query failed: {type(err).__name__}: {str(err).strip()[:500]}") from None


def format_result(result: Result, fmt: str = "table", safe_cells: bool = False) -> str:
    """The result as text; with `safe_cells`, CSV/TSV cells a spreadsheet would run as a
    formula get a leading apostrophe (clecgraph.cells; the default keeps values exact)."""
    if fmt not in RESULT_FORMATS:
        raise UsageError(f"unknown result format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    if result.type == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) if fmt == "json" else str(bool(result.askAnswer)).lower()
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    if fmt == "xml":
        return result.serialize(format="xml").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [["" if value is None else str(value) for value in row] for row in result]
    if safe_cells and fmt in ("csv", "tsv"):
        from clecgraph.cells import neutralise

        rows = [[neutralise(cell) for cell in row] for row in rows]
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        # Rows end in CRLF (SPARQL 1.1 CSV results, RFC 4180): then a value holding a bare
        # "\r" is quoted too; with "\n" the csv module leaves it raw and readers split the row.
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue()
    return table(names, rows)


def table(names: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """A plain-text table with a header rule, cells cut to `max_width`."""

    def cut(cell: str) -> str:
        cell = " ".join(cell.split())
        if not cell.isprintable():  # control characters from the data must not reach a terminal (ANSI escapes)
            cell = "".join(c if c.isprintable() else "\ufffd" for c in cell)
        return cell if len(cell) <= max_width else cell[: max_width - 1] + "…"

    cells = [[cut(c) for c in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in cells]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
