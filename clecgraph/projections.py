"""Projections: views of the graph as networkx graphs, read by walking it."""
from __future__ import annotations

import networkx as nx
from rdflib import Dataset
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from .readback import _entity_graph
from .vocab import CLASS_KIND, CLEC, SCHEMA, SEM

NODE_KINDS = ("statement", "organisation", "person", "place", "event")


def overview(dataset: Dataset) -> nx.MultiDiGraph:
    """Statements, organisations, persons, places and events, and how they touch."""
    everything = _entity_graph(dataset)
    net = nx.MultiDiGraph()

    def add(node, kind: str) -> str:
        key = str(node)
        if key not in net:
            label = everything.value(node, SKOS.prefLabel) or everything.value(node, RDFS.label) or key
            net.add_node(key, kind=kind, label=str(label))
        return key

    def kind_of(node) -> str | None:
        for cls in everything.objects(node, RDF.type):
            if cls in CLASS_KIND:
                return CLASS_KIND[cls]
        return None

    for statement in sorted(everything.subjects(RDF.type, CLEC.Statement)):
        s = add(statement, "statement")
        issued = everything.value(statement, DCTERMS.issued)
        net.nodes[s]["date"] = str(issued) if issued is not None else ""
        for org in sorted(everything.objects(statement, DCTERMS.creator)):
            net.add_edge(add(org, "organisation"), s, relation="issued")
        for entity in sorted(everything.objects(statement, SCHEMA.mentions)):
            kind = kind_of(entity)
            if kind and not (kind == "organisation" and (statement, DCTERMS.creator, entity) in everything):
                net.add_edge(s, add(entity, kind), relation="mentions")
        for event in sorted(everything.objects(statement, SCHEMA.about)):
            e = add(event, "event")
            net.add_edge(s, e, relation="about")
            place = everything.value(event, SEM.hasPlace)
            if place is not None:
                net.add_edge(e, add(place, "place"), relation="in")
            for actor in sorted(everything.objects(event, SEM.hasActor)):
                kind = kind_of(actor)
                if kind:
                    net.add_edge(e, add(actor, kind), relation="involves")
    return net
