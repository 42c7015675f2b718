"""Projections: views of the graph as networkx graphs, read by walking it.

Every projection starts from `Facts` (read out of the graph in one pass by
`clecgraph.graph.facts`) and returns a networkx graph whose nodes are IRIs with
plain attributes (str / int / float only, so GEXF and GraphML can take
them): `kind`, `label`, `first`, `last`, `years` and, by kind, `date`,
`issuers`, `excerpt`, `event_type`, `place`, `subtype`, `alt_labels`.
Edges carry `relation`, `weight` (how many statements or events say so),
`first`, `last` and `years`.
"""

from __future__ import annotations

import difflib
from itertools import combinations

import networkx as nx

from clecgraph.errors import UsageError
from clecgraph.graph.facts import Facts
from clecgraph.resolve.lookup import AmbiguousName, Named, matches

NODE_KINDS = ("statement", "organisation", "person", "place", "event")
ENTITY_KINDS = ("organisation", "person", "place")


def _years_text(years) -> str:
    return " ".join(str(y) for y in sorted(years))


def _add_node(net: nx.Graph, facts: Facts, node: str) -> str:
    if node in net:
        return node
    kind = facts.kind.get(node, "other")
    attrs = {
        "kind": kind,
        "label": facts.label.get(node) or node.rstrip("/").rsplit("/", 1)[-1],
        "first": facts.first(node),
        "last": facts.last(node),
        "years": _years_text(facts.years(node)),
    }
    if kind == "statement":
        issuers = [facts.label.get(o, o) for o in facts.creators.get(node, [])]
        attrs.update(date=facts.date(node), issuers="; ".join(issuers), excerpt=facts.excerpt.get(node, ""))
    elif kind == "event":
        place = facts.place.get(node)
        attrs.update(date=facts.date(node), event_type=facts.event_type.get(node, ""), place=facts.label.get(place, "") if place else "")
    else:
        attrs.update(subtype=facts.subtype.get(node, ""), alt_labels="; ".join(facts.alt_labels.get(node, [])))
        if node in facts.lat and node in facts.long:
            attrs.update(lat=facts.lat[node], long=facts.long[node])
    net.add_node(node, **attrs)
    return node


def _link(net: nx.Graph, u: str, v: str, relation: str, date: str = "") -> None:
    """Add an edge, or count one more statement saying the same."""
    if net.has_edge(u, v):
        data = net.edges[u, v]
        data["weight"] += 1
        relations = set(data["relation"].split(", ")) | {relation}
        data["relation"] = ", ".join(sorted(relations))
    else:
        net.add_edge(u, v, relation=relation, weight=1, first="", last="", years="")
        data = net.edges[u, v]
    if date:
        data["first"] = min(data["first"] or date, date)
        data["last"] = max(data["last"], date)
        if date[:4].isdigit():
            data["years"] = _years_text({int(y) for y in data["years"].split()} | {int(date[:4])})


def _statements(facts: Facts) -> list[str]:
    return facts.of_kind("statement")


def overview(facts: Facts) -> nx.DiGraph:
    """Statements, organisations, persons, places and events, and how they touch."""
    net = nx.DiGraph(kind="overview", title="Statements, organisations, persons, places and events")
    for statement in _statements(facts):
        s = _add_node(net, facts, statement)
        date = facts.issued.get(statement, "")
        creators = set(facts.creators.get(statement, []))
        for org in sorted(creators):
            _link(net, _add_node(net, facts, org), s, "issued", date)
        for entity in facts.mentions.get(statement, []):
            if entity not in creators and facts.kind.get(entity) in ENTITY_KINDS:
                _link(net, s, _add_node(net, facts, entity), "mentions", date)
        for event in facts.about.get(statement, []):
            e = _add_node(net, facts, event)
            when = facts.date(event) or date
            _link(net, s, e, "about", date)
            place = facts.place.get(event)
            if place:
                _link(net, e, _add_node(net, facts, place), "in", when)
            for actor in facts.actors.get(event, []):
                if facts.kind.get(actor) in ENTITY_KINDS:
                    _link(net, e, _add_node(net, facts, actor), "involves", when)
    return net


def coalitions(facts: Facts) -> nx.Graph:
    """Organisations linked by the statements they issued together; weight = joint statements."""
    net = nx.Graph(kind="coalitions", title="Organisations linked by the statements they issued together")
    issued: dict[str, list[str]] = {}
    for statement in _statements(facts):
        date = facts.issued.get(statement, "")
        orgs = sorted(set(facts.creators.get(statement, [])))
        for org in orgs:
            issued.setdefault(_add_node(net, facts, org), []).append(date)
        for a, b in combinations(orgs, 2):
            _link(net, a, b, "issued together", date)
    for org, dates in issued.items():
        dated = sorted(d for d in dates if d)
        net.nodes[org].update(
            weight=len(dates),
            first=dated[0] if dated else "",
            last=dated[-1] if dated else "",
            years=_years_text({int(d[:4]) for d in dated if d[:4].isdigit()}),
        )
    return net


def actors(facts: Facts) -> nx.DiGraph:
    """Persons and organisations tied to the events they were involved in, and where those happened.

    `involved in`: the event names them as actors (sem:hasActor). `mentioned
    with`: a statement about the event names them, without the graph saying
    they took part. The organisations that issued the statement are left out.
    """
    net = nx.DiGraph(kind="actors", title="Persons and organisations, the events they were involved in, and where")
    for statement in _statements(facts):
        date = facts.issued.get(statement, "")
        creators = set(facts.creators.get(statement, []))
        named = [m for m in facts.mentions.get(statement, []) if m not in creators and facts.kind.get(m) in ("person", "organisation")]
        for event in facts.about.get(statement, []):
            involved = [a for a in facts.actors.get(event, []) if facts.kind.get(a) in ("person", "organisation")]
            mentioned = [m for m in named if m not in involved]
            if not involved and not mentioned:
                continue
            e = _add_node(net, facts, event)
            when = facts.date(event) or date
            for actor in involved:
                _link(net, _add_node(net, facts, actor), e, "involved in", when)
            for other in mentioned:
                _link(net, _add_node(net, facts, other), e, "mentioned with", when)
            place = facts.place.get(event)
            if place:
                _link(net, e, _add_node(net, facts, place), "in", when)
    return net


def find_node(facts: Facts, name: str) -> str:
    """The IRI of the node called `name`: its IRI, IRI tail, label or any alternative label,
    ignoring case and accents (clecgraph.resolve.lookup); organisations, persons and places first."""
    named = [Named(n, facts.label.get(n, ""), tuple(facts.alt_labels.get(n, [])), facts.kind[n]) for n in facts.kind]
    entities = [n for n in named if n.kind in ENTITY_KINDS]
    found = matches(name, entities) or matches(name, named)
    if len(found) == 1:
        return found[0].iri
    if found:
        raise UsageError(f"--focus: {AmbiguousName(name, found, 'nodes')}")
    labels = sorted({e.label for e in entities if e.label})
    close = difflib.get_close_matches(name, labels, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise UsageError(f"--focus {name!r}: no organisation, person, place or other node of that name or IRI{hint}")


def focus(facts: Facts, name: str, depth: int = 2) -> nx.DiGraph:
    """The neighbourhood of one node in the overview, up to `depth` steps away in either direction."""
    if depth < 0:
        raise UsageError(f"--depth must be 0 or more, not {depth}")
    centre = find_node(facts, name)
    whole = overview(facts)
    if centre not in whole:
        _add_node(whole, facts, centre)
    keep = nx.single_source_shortest_path_length(whole.to_undirected(as_view=True), centre, cutoff=depth)
    net = whole.subgraph(sorted(keep)).copy()
    label = whole.nodes[centre]["label"]
    net.graph.update(
        kind="focus", focus=centre, depth=depth, title=f"{label} and everything up to {depth} step{'' if depth == 1 else 's'} away"
    )
    return net


def keep_most_connected(net: nx.Graph, max_nodes: int | None) -> nx.Graph:
    """At most `max_nodes` nodes: the most connected (by weighted degree, then degree, then IRI).

    The graph's `total_nodes` and `omitted` (count by kind) say what went; a
    focus view always keeps its centre.
    """
    total = net.number_of_nodes()
    net.graph.update(total_nodes=total, total_edges=net.number_of_edges())
    if max_nodes is None or total <= max_nodes:
        return net
    pinned = {net.graph["focus"]} if net.graph.get("focus") in net else set()
    ranked = sorted(net.nodes, key=lambda n: (n not in pinned, -net.degree(n, weight="weight"), -net.degree(n), n))
    kept = net.subgraph(sorted(ranked[:max_nodes])).copy()
    omitted: dict[str, int] = {}
    for node in ranked[max_nodes:]:
        kind = net.nodes[node]["kind"]
        omitted[kind] = omitted.get(kind, 0) + 1
    kept.graph.update(net.graph, omitted=omitted)
    return kept
