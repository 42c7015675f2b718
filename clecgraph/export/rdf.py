"""RDF files: Turtle, N-Triples, JSON-LD and TriG, byte-identical for equal graphs."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from clecgraph.graph.assemble import union_graph
from clecgraph.vocab import PREFIXES


def write_turtle(dataset: Dataset, path: Path) -> None:
    Path(path).write_bytes(union_graph(dataset).serialize(format="turtle", encoding="utf-8"))


def write_ntriples(dataset: Dataset, path: Path) -> None:
    # split("\n"), not splitlines(): literals may hold U+2028, \x0c, \x85... that rdflib leaves raw.
    lines = union_graph(dataset).serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n")
    Path(path).write_text("".join(line + "\n" for line in sorted(set(lines)) if line.strip()), encoding="utf-8")


def write_trig(dataset: Dataset, path: Path) -> None:
    # rdflib's TriG writer visits graphs in set order; write them sorted instead.
    parts = [f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in sorted(PREFIXES.items())]
    for context in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(context) == 0:
            continue
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, override=True, replace=True)
        graph += context
        # Drop only the leading @prefix header, and split on "\n" alone: a literal
        # may hold a line starting "@prefix", or U+2028 that splitlines() splits on.
        lines = graph.serialize(format="turtle").split("\n")
        while lines and (lines[0].startswith("@prefix") or not lines[0].strip()):
            lines.pop(0)
        body = "\n".join(lines).strip()
        # No indenting: lines inside multi-line literals must stay as they are.
        parts.append(f"\n<{context.identifier}> {{\n{body}\n}}\n")
    Path(path).write_text("".join(parts), encoding="utf-8")


def _sorted_values(value):
    """Sort every JSON array: RDF values are a set, so their order carries nothing."""
    if isinstance(value, dict):
        return {key: _sorted_values(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_values(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


def jsonld_context() -> dict:
    return {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}


def write_jsonld(dataset: Dataset, path: Path) -> None:
    text = union_graph(dataset).serialize(format="json-ld", context=jsonld_context(), auto_compact=True, sort_keys=True, indent=1)
    document = json.loads(text)
    # rdflib lists nodes in store order; sort them so equal graphs give equal files.
    document = _sorted_values(document)
    Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
