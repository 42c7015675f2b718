"""What a SHACL run found, whichever engine ran it: violations, the verdict, a readable report."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import astuple, dataclass, field

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import SH

CLECSH = Namespace("https://clecgraph.example/ns/shapes#")

REPORT_LIMIT = 10  # focus nodes listed per kind of violation


@dataclass(frozen=True, order=True)
class Violation:
    """One failed rule: which node, which property, what is wrong."""

    message: str
    focus: str
    path: str | None = None
    value: str | None = None
    shape: str | None = None
    severity: str = "Violation"
    component: str | None = None  # the constraint component, as sh:sourceConstraintComponent names it

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        value = f" (value: {self.value})" if self.value else ""
        return f"{where}: {self.message}{value}"


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0
    note: str | None = None  # how it was validated, when not as asked (the native engine fell back to pySHACL)

    def __bool__(self) -> bool:
        return self.conforms

    def summary(self) -> dict:
        """What the build report records."""
        return {"conforms": self.conforms, "violations": len(self.violations)}

    def grouped(self) -> dict[str, list[Violation]]:
        """Violations by message, most frequent first."""
        groups: dict[str, list[Violation]] = defaultdict(list)
        for violation in self.violations:
            groups[violation.message].append(violation)
        return dict(sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])))

    def report(self, limit: int = REPORT_LIMIT) -> str:
        """A readable report: a verdict line, then each kind of violation with its nodes."""
        note = f"({self.note})\n" if self.note else ""
        if self.conforms:
            return f"conforms: {self.triples} triples meet every shape of ontology/shapes.ttl\n{note}"
        n = len(self.violations)
        lines = [f"does not conform: {n} violation{'s' if n != 1 else ''} of ontology/shapes.ttl"]
        for message, group in self.grouped().items():
            lines.append("")
            lines.append(f"{message} [{len(group)}]")
            for violation in group[:limit]:
                path = f"  {violation.path}" if violation.path else ""
                value = f"  value: {violation.value}" if violation.value else ""
                lines.append(f"  {violation.focus}{path}{value}")
            if len(group) > limit:
                lines.append(f"  ... and {len(group) - limit} more")
        return "\n".join(lines) + "\n" + note


def ordered(violations) -> list[Violation]:
    """Violations once each, sorted (a missing path or value sorts first)."""
    return sorted(set(violations), key=lambda v: tuple("" if part is None else part for part in astuple(v)))


def format_row(constraint, values: dict, names) -> Violation:
    """The violation a SPARQL constraint's result row makes (`names`: a namespace manager, or a graph)."""
    names = getattr(names, "namespace_manager", names)
    message = re.sub(r"\{[?$](\w+)\}", lambda m: str(values.get(m[1], "")), constraint.message)
    component = show(SH.SPARQLConstraintComponent, names)
    return Violation(message=message, focus=show(values["this"], names), shape=show(constraint.shape, names), component=component)


def show(node, names, width: int = 80) -> str:
    if isinstance(node, URIRef):
        try:
            return names.normalizeUri(node)
        except Exception:  # an IRI rdflib cannot shorten
            return f"<{node}>"
    if isinstance(node, Literal):
        text = str(node)
        text = text if len(text) <= width else text[: width - 1] + "…"
        shown = repr(text)
        return f"{shown}^^{names.normalizeUri(node.datatype)}" if node.datatype else shown
    return "[]" if node is not None else ""
