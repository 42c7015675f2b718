"""Corrections in the graph, with their provenance, and the report read back from it.

Every correction of the file becomes a node in the named graph
`<base>graph/curation`:

    <base>correction/<hash> a clec:Correction ;
        rdfs:label "merge organisation IndustriALL + IndustriALL Global Union" ;
        clec:entry "merge\torganisation\tIndustriALL\t..." ;   # the line, in COLUMNS order
        clec:sourceFile "curation.tsv" ; clec:sourceLine 4 ;
        prov:wasAttributedTo <base>agent/curator/<curator or file> ;
        clec:applied true ;                      # false: clec:problem says why
        clec:corrects <base>org/industriall ;    # what it changed
        dcterms:source <https://...> ;           # where an identifier was checked
        rdfs:comment "the note" .

The curator is a prov:Agent; the agent `curation` that the facts a
correction set are attributed to acted on the curator's behalf
(prov:actedOnBehalfOf). The build report's `curation` section is read back
from these nodes, so it cannot disagree with the graph.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from clecgraph.curation.apply import AGENT, Outcome
from clecgraph.curation.entries import COLUMNS, Correction, parse_curation
from clecgraph.names import slugify
from clecgraph.vocab import CLEC, IRIs

GRAPH = "curation"


def describe(c: Correction) -> str:
    joined = {"merge": " + ", "kind": " -> ", "rename": " -> ", "member": " in "}.get(c.action, " ")
    text = f"{c.action} {c.kind} {c.name}".replace("  ", " ")
    if c.value:
        text += f"{joined}{c.value}"
    if c.detail and c.action == "member":
        text += f" as {c.detail}"
    return text


def record(dataset: Dataset, outcomes: list[Outcome], iris: IRIs) -> None:
    """Add the curation graph (module docstring) to a built dataset."""
    graph = dataset.graph(iris.graph(GRAPH))
    curators = set()
    for outcome in outcomes:
        c = outcome.correction
        digest = hashlib.sha1((c.file + "\n" + c.row()).encode()).hexdigest()[:12]
        node = URIRef(f"{iris.base}correction/{digest}")
        curator = URIRef(f"{iris.base}agent/curator/{slugify(c.curator or c.file)}")
        curators.add((curator, c.curator or f"curation file {c.file}"))
        graph.add((node, RDF.type, CLEC.Correction))
        graph.add((node, RDFS.label, Literal(describe(c))))
        graph.add((node, CLEC.entry, Literal(c.row())))
        graph.add((node, CLEC.sourceFile, Literal(c.file)))
        graph.add((node, CLEC.sourceLine, Literal(c.line)))
        graph.add((node, PROV.wasAttributedTo, curator))
        graph.add((node, CLEC.applied, Literal(outcome.applied)))
        if outcome.message:
            graph.add((node, CLEC.problem if not outcome.applied else RDFS.comment, Literal(outcome.message)))
        for target in outcome.targets:
            graph.add((node, CLEC.corrects, URIRef(iris.base + target)))
        if c.source:
            source = c.source.startswith(("http://", "https://")) and " " not in c.source
            graph.add((node, DCTERMS.source, URIRef(c.source) if source else Literal(c.source)))
        if c.note:
            graph.add((node, RDFS.comment, Literal(c.note)))
    agent = iris.extractor(AGENT)
    for curator, label in sorted(curators):
        graph.add((curator, RDF.type, PROV.Agent))
        graph.add((curator, RDFS.label, Literal(label)))
        graph.add((agent, PROV.actedOnBehalfOf, curator))
    if curators:
        graph.add((agent, RDF.type, PROV.SoftwareAgent))


def corrections_in(dataset: Dataset) -> list[tuple[Correction, bool, str]]:
    """The corrections a graph records: (correction, applied, problem), in file and line order."""
    found = []
    header = "\t".join(COLUMNS)
    for node, _, _, context in set(dataset.quads((None, RDF.type, CLEC.Correction, None))):
        graph = dataset.graph(context) if not hasattr(context, "value") else context
        entry, applied = graph.value(node, CLEC.entry), graph.value(node, CLEC.applied)
        if entry is None:
            continue
        name, line = str(graph.value(node, CLEC.sourceFile) or ""), int(graph.value(node, CLEC.sourceLine) or 0)
        for c in parse_curation(f"{header}\n{entry}", name):
            c = Correction(**{k: getattr(c, k) for k in COLUMNS}, file=name, line=line)
            found.append((c, applied is not None and bool(applied.toPython()), str(graph.value(node, CLEC.problem) or "")))
    return sorted(found, key=lambda item: (item[0].file, item[0].line, item[0].row()))


def curation_report(dataset: Dataset) -> dict:
    """The build report's `curation` section: how many corrections, applied by action, and those not applied."""
    found = corrections_in(dataset)
    return {
        "files": sorted({c.file for c, _, _ in found}),
        "corrections": len(found),
        "applied": dict(sorted(Counter(c.action for c, applied, _ in found if applied).items())),
        "not_applied": [
            {"source": c.file, "line": c.line, "action": c.action, "name": c.name, "message": problem}
            for c, applied, problem in found
            if not applied
        ],
    }


__all__ = ["corrections_in", "curation_report", "describe", "record"]
