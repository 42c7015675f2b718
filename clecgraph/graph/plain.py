"""A built graph's lines read as plain strings: its readers' fast path.

`values_of(graph, predicates)` gives what `BuiltGraph.values_of` gives
(subject, predicate and object as `.value` of pyoxigraph's terms: IRIs
without brackets, blank node ids, literals' lexical forms), in the same
order, but cuts each line's text instead of parsing it into term objects:
three times faster on the views' and the cases' predicates, where most lines
hold no escape. A line with a backslash in it is read by the parser, so an
escaped quote, newline or `\\u` comes out as the parser reads it.

A line is `S P O G .` (clecgraph.graph.quads): S and P an IRI or blank node,
which hold no space; G an IRI, the last " <" of the line (a literal before
it may hold " <" too).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox


def values_of(graph, predicates: Iterable) -> Iterator[tuple[str, str, str]]:
    """(subject, predicate, object) of these predicates in every graph of `graph`, as plain strings."""
    lines_of = getattr(graph, "lines_of", None)  # a BuiltGraph (clecgraph.graph.quads)
    if lines_of is None:  # not a BuiltGraph: whatever it offers
        yield from graph.values_of(predicates)
        return
    yield from plain_triples(lines_of({str(p) for p in predicates}))


def plain_triples(lines: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """Each N-Quads line's (subject, predicate, object) values, in the lines' order."""
    for line in lines:
        if "\\" in line:
            yield _parsed(line)
            continue
        i = line.index(" ")
        j = line.index(" ", i + 1)
        o = line[j + 1 : line.rindex(" <")]
        first = o[0]
        if first == '"':
            value = o[1 : o.rindex('"')]
        elif first == "<":
            value = o[1:-1]
        else:  # _:id
            value = o[2:]
        yield (line[1 : i - 1] if line[0] == "<" else line[2:i]), line[i + 2 : j - 1], value


def _parsed(line: str) -> tuple[str, str, str]:
    quad = next(iter(ox.parse((line + "\n").encode("utf-8"), format=ox.RdfFormat.N_QUADS)))
    return quad.subject.value, quad.predicate.value, quad.object.value


__all__ = ["plain_triples", "values_of"]
