"""Network pages: a projection -> one interactive HTML file that works offline.

pyvis ships the vis-network library, which is inlined into the page; the
nodes and edges are the dicts pyvis's Network would collect (made here, in
linear time); the page around it (legend, search, filters, the
note on what was left out) is clecgraph's own (`page.py`), so that nothing
is fetched from another host and every piece of input text is escaped.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import networkx as nx

from clecgraph.views.layout import packed

# kind -> (colour, vis shape, legend symbol, plural)
STYLE = {
    "statement": ("#8c8c8c", "square", "■", "statements"),
    "organisation": ("#1f77b4", "dot", "●", "organisations"),
    "person": ("#d62728", "star", "★", "persons"),
    "place": ("#2ca02c", "triangle", "▲", "places"),
    "event": ("#ff7f0e", "diamond", "◆", "events"),
}
OTHER = ("#777777", "dot", "●", "other nodes")
# relation -> line colour (links keep it on big pages, where they carry no label)
RELATION_COLOURS = {
    "issued": "#6baed6",
    "issued together": "#6baed6",
    "mentions": "#c7c7c7",
    "mentioned with": "#c7c7c7",
    "about": "#fdae6b",
    "in": "#74c476",
    "involves": "#fc9272",
    "involved in": "#fc9272",
}
OTHER_RELATION = "#b0b0b0"
LABEL_CHARS = 40
EDGE_LABEL_NODES = 300
LABEL_ALL = 80  # above this many nodes, labels grow with a node's importance and small ones show when zoomed in
IMPORTANT = 25  # ... and the most important nodes' labels are drawn bold and big
FOCUS_BORDER = "#111111"
SETTLE_NODES, SETTLE_MS = 300, 10_000  # above this many nodes, the layout goes on moving after the first drawing
SEED = 7


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _span(first: str, last: str) -> str:
    return first if first == last else f"{first} to {last}"


def _node_tip(net: nx.Graph, node: str, data: dict) -> list[list[str]]:
    kind = data["kind"]
    rows = [
        [
            "type",
            kind
            + (f" ({data['subtype']})" if data.get("subtype") else "")
            + (f" ({data['event_type']})" if data.get("event_type") else ""),
        ]
    ]
    if kind in ("statement", "event"):
        rows.append(["date", data.get("date") or "undated"])
    elif data.get("first"):
        rows.append(["dates", _span(data["first"], data["last"])])
    if data.get("issuers"):
        rows.append(["issued by", data["issuers"]])
    if data.get("place"):
        rows.append(["place", data["place"]])
    if data.get("alt_labels"):
        rows.append(["also called", data["alt_labels"]])
    if kind == "organisation" and net.graph.get("kind") == "coalitions":
        rows.append(["statements issued", str(data.get("weight", 0))])
    if data.get("excerpt"):
        rows.append(["text", data["excerpt"]])
    rows.append(["links", str(net.degree(node))])
    rows.append(["IRI", node])
    return rows


def _options(count: int, dense: bool, placed: bool = False) -> dict:
    big = count > 300
    if placed:  # laid out before the page opens (layout.py): no physics, the page opens still and at once
        return {
            "layout": {"randomSeed": SEED, "improvedLayout": False},
            "physics": {"enabled": False},
            "interaction": {"hover": True, "tooltipDelay": 120},
            "nodes": {
                "scaling": {"min": 10, "max": 36, "label": {"enabled": count > LABEL_ALL, "min": 13, "max": 22, "drawThreshold": 5}},
                "font": {"size": 15, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                "borderWidth": 1,
            },
            "edges": {
                "smooth": False,
                "font": {"size": 11, "color": "#666666", "strokeWidth": 2, "align": "middle"},
                "scaling": {"min": 1, "max": 8, "label": {"enabled": False}},
            },
        }
    return {
        "layout": {"randomSeed": SEED, "improvedLayout": not big},
        "physics": {
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -20000 if dense else -6000,
                "springLength": 250 if dense else 110,
                "springConstant": 0.01 if dense else 0.03,
                "avoidOverlap": 0.5 if dense else 0.1,
            },
            # Big networks get few layout rounds before the first drawing, so the page opens in
            # a few seconds; they then settle on screen for up to SETTLE_MS (see page.py).
            "stabilization": {"enabled": True, "iterations": max(15, min(300, 30_000 // max(count, 1))), "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        # On big networks labels grow with the node, and zoomed out only the big nodes' labels are drawn.
        "nodes": {
            "scaling": {"min": 8, "max": 40, "label": {"enabled": big, "min": 12, "max": 20, "drawThreshold": 6, "maxVisible": 30}},
            "font": {"size": 14, "face": "sans-serif"},
            "borderWidth": 1,
        },
        "edges": {
            "smooth": False,
            "font": {"size": 11, "color": "#666666", "strokeWidth": 2, "align": "middle"},
            "scaling": {"min": 1, "max": 8, "label": {"enabled": False}},
        },
    }


def _notice(net: nx.Graph, graph_name: str) -> str:
    omitted = net.graph.get("omitted") or {}
    if not omitted:
        return ""
    gone = ", ".join(f"{n:,} {STYLE.get(kind, OTHER)[3]}" for kind, n in sorted(omitted.items(), key=lambda kv: (-kv[1], kv[0])))
    kind = net.graph.get("kind", "overview")
    return (
        f"This page shows the {net.number_of_nodes():,} most connected of {net.graph['total_nodes']:,} nodes. "
        f"Left out: {gone}. To see them, narrow the view to some years "
        f"(clecgraph view {graph_name} --kind {kind} --years 2010 --out {kind}-2010.html), "
        f"to one entity's neighbourhood (clecgraph view {graph_name} --kind focus --focus NAME --out NAME.html), "
        f"raise --max-nodes, or open the .gexf export in Gephi."
    )


class _Page:
    """The nodes and edges of a page, as pyvis's Network(directed=True) collects them (the same
    dicts), without its list scans per node and edge (quadratic on big pages)."""

    def __init__(self):
        self.nodes: list[dict] = []
        self.edges: list[dict] = []
        self.ids: set = set()

    def add_node(self, node: str, label: str, shape: str, color, **options) -> None:
        if node not in self.ids:
            self.ids.add(node)
            self.nodes.append({"color": color, **options, "id": node, "label": label or node, "shape": shape})

    def add_edge(self, source: str, to: str, **options) -> None:
        if source not in self.ids or to not in self.ids:
            raise ValueError(f"an edge between nodes not on the page: {source} -> {to}")
        self.edges.append({**options, "from": source, "to": to})


def page_data(net: nx.Graph) -> dict:
    """Nodes, edges and options for vis-network (the dicts pyvis would collect)."""
    page = _Page()
    directed = net.is_directed()
    weighted = net.graph.get("kind") == "coalitions"
    years: set[int] = set()
    dense = net.number_of_edges() > 4 * max(net.number_of_nodes(), 1)
    label_edges = net.number_of_nodes() <= EDGE_LABEL_NODES and not dense  # else labels are only noise: see tooltips
    centre = net.graph.get("focus")
    positions = packed(net, centre if centre in net else None)
    ranked = sorted(net.nodes, key=lambda n: (-(net.nodes[n].get("weight", 1) if weighted else net.degree(n)), n))
    important = set(ranked[:IMPORTANT]) if net.number_of_nodes() > LABEL_ALL else set()
    for node in sorted(net.nodes):
        data = net.nodes[node]
        color, shape, _, _ = STYLE.get(data["kind"], OTHER)
        node_years = [int(y) for y in data.get("years", "").split()]
        years.update(node_years)
        name = data["label"]
        find = f"{data['date']} {name}" if data["kind"] == "statement" and data.get("date") else name
        value = data.get("weight", 1) if weighted else net.degree(node)
        extra = {}
        if positions:
            extra.update(x=positions[node][0], y=positions[node][1])
        if data.get("url"):
            extra["url"] = data["url"]
        if node in important:
            extra["font"] = {"size": 20, "bold": True}
        if node == centre:  # the focus entity: ringed in black, labelled bold, at the middle
            extra.update(
                focus=True,
                borderWidth=5,
                color={"background": color, "border": FOCUS_BORDER, "highlight": {"background": color, "border": FOCUS_BORDER}},
                font={"size": 22, "bold": True},
            )
            value = max(value, max((net.degree(n) for n in net.nodes), default=1))
        page.add_node(
            node,
            label=_short(name),
            shape=shape,
            color=extra.pop("color", color),
            value=value,
            kind=data["kind"],
            years=node_years,
            name=name,
            find=find,
            tip=_node_tip(net, node, data),
            **extra,
        )
    for u, v in sorted(net.edges):
        data = net.edges[u, v]
        weight = data.get("weight", 1)
        label = data["relation"] + (f" ×{weight}" if weight > 1 else "") if label_edges else ""
        tip = [["relation", data["relation"]], ["statements" if weighted else "times", str(weight)]]
        if data.get("first"):
            tip.append(["dates", _span(data["first"], data["last"])])
        said = {}
        if data.get("evidence"):
            tip.append(["evidence", data["evidence"]])
            said = {"statement": data["evidence_statement"], "mention": data["evidence_mention"]}
            if data.get("evidence_url"):
                said["url"] = data["evidence_url"]
        arrows = "to" if directed else {"to": {"enabled": False}}
        colour = RELATION_COLOURS.get(data["relation"].split(", ")[0], OTHER_RELATION)
        page.add_edge(
            u,
            v,
            label=label,
            value=weight,
            arrows=arrows,
            color={"color": colour, "highlight": "#333333", "hover": "#555555"},
            relation=data["relation"],
            name=f"{net.nodes[u]['label']} – {net.nodes[v]['label']}",
            tip=tip,
            **said,
        )
    settle = 0 if positions else SETTLE_MS if len(page.nodes) > SETTLE_NODES else 0
    base = _base(net)
    return {
        "nodes": page.nodes,
        "edges": page.edges,
        "options": _options(len(page.nodes), dense, positions is not None),
        "years": sorted(years),
        "settle": settle,
        "base": base,
        "mount": urllib.parse.urlsplit(base).path if base and urllib.parse.urlsplit(base).path not in ("", "/") else "/id/",
    }


def _base(net: nx.Graph) -> str:
    """The graph's IRI base, read off a node's IRI (`<base>statement/...`, `<base>org/...`); links to pages need it."""
    for node in sorted(net.nodes):
        kind = net.nodes[node].get("kind")
        part = {"statement": "statement/", "organisation": "org/", "person": "person/", "place": "place/", "event": "event/"}.get(kind)
        if part and part in node:
            return node[: node.rfind(part)]
    return ""


def render_page(net: nx.Graph, graph_name: str = "GRAPH") -> str:
    import pyvis
    from jinja2 import Environment
    from markupsafe import Markup

    from clecgraph.views.page_template import PAGE_CSS, PAGE_JS, TEMPLATE

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    data = page_data(net)
    counts: dict[str, int] = {}
    for node in data["nodes"]:
        counts[node["kind"]] = counts.get(node["kind"], 0) + 1
    order = list(STYLE) + sorted(set(counts) - set(STYLE))
    legend = [
        {
            "kind": kind,
            "color": STYLE.get(kind, OTHER)[0],
            "symbol": STYLE.get(kind, OTHER)[2],
            "name": STYLE.get(kind, OTHER)[3],
            "count": counts[kind],
        }
        for kind in order
        if kind in counts
    ]
    relations: dict[str, int] = {}
    for edge in data["edges"]:
        first = edge["relation"].split(", ")[0]
        relations[first] = relations.get(first, 0) + 1
    links = [{"name": name, "color": RELATION_COLOURS.get(name, OTHER_RELATION), "count": n} for name, n in sorted(relations.items())]
    kind = net.graph.get("kind", "overview")
    about = f"{net.number_of_nodes():,} nodes and {net.number_of_edges():,} links"
    if net.graph.get("years"):
        about += f", from the statements of {net.graph['years']}"
    if kind == "coalitions":
        sizing = "Size: statements issued. Line width: statements issued together."
    else:
        sizing = "Size: number of links. Line width: how many statements say so. Hover for details."
    if any(not edge["label"] for edge in data["edges"]):
        sizing += " Links are unlabelled at this size: hover one for its relation."
    if net.graph.get("focus") in net:
        sizing += f" Ringed in black: {net.nodes[net.graph['focus']]['label']}, the centre."
    sizing += " Click a node or link for its page, its source and the sentence behind it."
    env = Environment(autoescape=True)
    # Names stay readable in the file (diffable); <, >, & and ' are still escaped by |tojson.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    template = env.from_string(TEMPLATE)
    return template.render(
        title=f"clecgraph {kind}: {net.graph.get('title', '')}",
        kind=kind,
        about=about,
        notice=_notice(net, graph_name),
        legend=legend,
        links=links,
        sizing=sizing,
        data=data,
        vis_css=Markup((lib / "vis-network.css").read_text(encoding="utf-8")),
        vis_js=Markup((lib / "vis-network.min.js").read_text(encoding="utf-8")),
        page_css=Markup(PAGE_CSS.strip("\n")),
        page_js=Markup(PAGE_JS.strip("\n")),
    )


def write_page(net: nx.Graph, path: Path, graph_name: str = "GRAPH") -> None:
    Path(path).write_text(render_page(net, graph_name), encoding="utf-8")
