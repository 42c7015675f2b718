"""A query result in rdflib terms, the same whichever store or endpoint answered."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import XSD

NUMERIC = {XSD.decimal, XSD.integer, XSD.double, XSD.float}


@dataclass
class Answer:
    """A query result: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # "SELECT", "ASK" or "GRAPH"
    vars: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # rdflib terms, None where unbound
    boolean: bool | None = None
    triples: list[tuple] = field(default_factory=list)

    def canonical_rows(self) -> list[tuple]:
        """Rows with numbers as values, sorted: for comparing answers of different engines
        (Oxigraph writes "13.000000"^^xsd:decimal back as 13, rdflib keeps the lexical form)."""

        def value(term):
            if isinstance(term, Literal) and term.datatype in NUMERIC:
                number = term.toPython()
                return ("number", str(term.datatype), number.normalize() if isinstance(number, Decimal) else number)
            return (
                type(term).__name__,
                str(term) if term is not None else "",
                getattr(term, "language", None),
                str(getattr(term, "datatype", "") or ""),
            )

        return sorted((tuple(value(t) for t in row) for row in self.rows), key=repr)

    def records(self) -> list[dict]:
        return [{name: value for name, value in zip(self.vars, row) if value is not None} for row in self.rows]

    def to_result(self):
        """The same answer as an rdflib Result, for clecgraph.sparql.query.format_result."""
        from rdflib import Variable
        from rdflib.query import Result

        if self.kind == "ASK":
            result = Result("ASK")
            result.askAnswer = bool(self.boolean)
        elif self.kind == "GRAPH":
            result = Result("CONSTRUCT")
            result.graph = self.graph()
        else:
            result = Result("SELECT")
            result.vars = [Variable(name) for name in self.vars]
            result.bindings = [{Variable(n): v for n, v in zip(self.vars, row) if v is not None} for row in self.rows]
        return result

    def graph(self):
        from rdflib import Graph

        graph = Graph()
        for triple in self.triples:
            graph.add(triple)
        return graph
