"""GEXF (Gephi) and GraphML (Cytoscape, yEd, Gephi) files of a projection.

GraphML is written by networkx; GEXF is streamed here, the bytes networkx's
GEXF writer gave (tests/views/test_gexf.py compares them), without the tree of
the whole network it built first.

Both files keep every attribute of the projection. GEXF nodes and edges
also get `start` and `end` dates (the first and last day they are seen on),
so Gephi's timeline can play the network through the years, and a `viz`
colour by kind. Output is stable: nodes and edges are written sorted and
the GEXF modification date is the newest date in the graph, not today.
"""

from __future__ import annotations

import calendar
import re
from pathlib import Path

import networkx as nx

_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def day_span(first: str, last: str) -> tuple[str, str] | None:
    """ISO dates of any precision -> (first day, last day): '2010', '2011-02' -> ('2010-01-01', '2011-02-28')."""
    start, end = _DATE.fullmatch(first or ""), _DATE.fullmatch(last or "")
    if not start or not end:
        return None
    year, month, day = start.groups()
    begin = f"{year}-{month or '01'}-{day or '01'}"
    year, month, day = end.groups()
    if day:
        finish = f"{year}-{month}-{day}"
    elif month:
        finish = f"{year}-{month}-{calendar.monthrange(int(year), int(month))[1]:02d}"
    else:
        finish = f"{year}-12-31"
    return begin, finish


# XML 1.0 cannot hold these even escaped; one in a label made the whole file unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _plain(value):
    value = value if isinstance(value, (str, int, float, bool)) else str(value)
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def file_graph(net: nx.Graph, timeline: bool = False) -> nx.Graph:
    """A sorted copy with plain attribute values (and start/end dates for a timeline)."""
    out = net.__class__()
    out.graph.update({k: v for k, v in sorted(net.graph.items()) if isinstance(v, (str, int, float, bool))})
    if isinstance(net.graph.get("omitted"), dict):
        out.graph["omitted"] = ", ".join(f"{kind}={n}" for kind, n in sorted(net.graph["omitted"].items()))
    for node in sorted(net.nodes):
        attrs = {k: _plain(v) for k, v in sorted(net.nodes[node].items())}
        if timeline:
            span = day_span(attrs.get("first", ""), attrs.get("last", ""))
            if span:
                attrs["start"], attrs["end"] = span
        out.add_node(node, **attrs)
    for u, v in sorted(net.edges):
        attrs = {k: _plain(w) for k, w in sorted(net.edges[u, v].items())}
        if timeline:
            span = day_span(attrs.get("first", ""), attrs.get("last", ""))
            if span:
                attrs["start"], attrs["end"] = span
        out.add_edge(u, v, **attrs)
    return out


# GEXF as networkx's GEXFWriter (version 1.2draft, prettyprinted) writes it, byte for byte, streamed:
# it built an ElementTree of the whole network first (the largest memory of a build's write).
_GEXF_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<gexf xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns="http://www.gexf.net/1.2draft" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
)
_XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_SPECIAL_FLOATS = {"inf": "INF", "-inf": "-INF", "nan": "NaN"}


def _attr(text: str) -> str:
    """An XML attribute value, escaped as ElementTree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _value(value) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    return _SPECIAL_FLOATS.get(text, text) if isinstance(value, float) else text


def _timed(attrs: dict) -> dict:
    span = day_span(attrs.get("first", ""), attrs.get("last", ""))
    if span:
        attrs["start"], attrs["end"] = span
    return attrs


def write_gexf(net: nx.Graph, path: Path) -> None:
    """The network for Gephi: every node and edge, sorted, with plain attribute values, start and
    end days for the timeline, a colour by kind; the modification date is the newest end day."""
    from clecgraph.views.pages import OTHER, STYLE

    nodes = [(node, _timed({k: _plain(v) for k, v in sorted(net.nodes[node].items())})) for node in sorted(net.nodes)]
    ids: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}  # title -> (id, type), in order of first use
    counter = 0
    dated = False
    for _, attrs in nodes:
        dated = dated or "start" in attrs or "end" in attrs
        for key, value in attrs.items():
            if key not in ("label", "start", "end") and key not in ids["node"]:
                ids["node"][key], counter = (str(counter), _XML_TYPES[type(value)]), counter + 1
    edges = _edge_order(net)
    for u, v in edges:
        attrs = net.edges[u, v]
        dated = dated or bool(day_span(attrs.get("first", ""), attrs.get("last", "")))
        for key in sorted(attrs):
            if key not in ("label", "weight", "type", "start", "end") and key not in ids["edge"]:
                ids["edge"][key], counter = (str(counter), _XML_TYPES[type(_plain(attrs[key]))]), counter + 1
    ends = [attrs["end"] for _, attrs in nodes if "end" in attrs]
    graph_attrs = {"defaultedgetype": "directed" if net.is_directed() else "undirected"}
    graph_attrs["mode"] = "dynamic" if dated or net.graph.get("mode") == "dynamic" else "static"
    title = net.graph.get("title", "")
    graph_attrs["name"] = title if isinstance(title, (str, int, float, bool)) else ""
    if dated:
        graph_attrs["timeformat"] = "date"
    with open(path, "w", encoding="utf-8", errors="xmlcharrefreplace", newline="\n") as out:
        write = out.write
        # ElementTree declares the viz namespace only where an element uses it (each node's colour)
        write(_GEXF_HEAD if nodes else _GEXF_HEAD.replace('xmlns:viz="http://www.gexf.net/1.2draft/viz" ', ""))
        write(f'  <meta lastmodifieddate="{_attr(max(ends))}">\n' if ends else "  <meta>\n")
        write("    <creator>clecgraph</creator>\n  </meta>\n")
        write("  <graph " + " ".join(f'{k}="{_attr(str(v))}"' for k, v in graph_attrs.items()) + ">\n")
        for kind in ("edge", "node"):  # networkx puts each new block first: the edges' come out first
            if ids[kind]:
                write(f'    <attributes mode="static" class="{kind}">\n')
                for title, (number, xml_type) in ids[kind].items():
                    write(f'      <attribute id="{number}" title="{_attr(title)}" type="{xml_type}" />\n')
                write("    </attributes>\n")
        _write_gexf_nodes(write, nodes, ids["node"], STYLE, OTHER)
        _write_gexf_edges(write, net, edges, ids["edge"])
        write("  </graph>\n</gexf>\n")


def _edge_order(net: nx.Graph) -> list[tuple[str, str]]:
    """The edges in the order (and, undirected, the direction) networkx gives them for a copy
    made with sorted nodes and sorted edges, as the GEXF writer had them."""
    if net.is_directed():
        return sorted(net.edges)
    copy = nx.Graph()
    copy.add_nodes_from(sorted(net.nodes))
    copy.add_edges_from(sorted(net.edges))
    return list(copy.edges())


def _attvalues(write, attrs: dict, ids: dict, indent: str) -> None:
    write(f"{indent}<attvalues>\n")
    for key, value in attrs.items():
        write(f'{indent}  <attvalue for="{ids[key][0]}" value="{_attr(_value(value))}" />\n')
    write(f"{indent}</attvalues>\n")


def _write_gexf_nodes(write, nodes: list, ids: dict, style: dict, other: tuple) -> None:
    if not nodes:
        write("    <nodes />\n")
        return
    write("    <nodes>\n")
    for node, attrs in nodes:
        attrs = dict(attrs)
        head = f'      <node id="{_attr(str(node))}" label="{_attr(str(attrs.pop("label", node)))}"'
        for key in ("start", "end"):
            if key in attrs:
                head += f' {key}="{_attr(str(attrs.pop(key)))}"'
        colour = style.get(attrs.get("kind"), other)[0]
        write(f"{head}>\n")
        write(f'        <viz:color r="{int(colour[1:3], 16)}" g="{int(colour[3:5], 16)}" b="{int(colour[5:7], 16)}" a="1.0" />\n')
        if attrs:
            _attvalues(write, attrs, ids, "        ")
        write("      </node>\n")
    write("    </nodes>\n")


def _write_gexf_edges(write, net: nx.Graph, edges: list, ids: dict) -> None:
    if not edges:
        write("    <edges />\n")
        return
    write("    <edges>\n")
    for number, (u, v) in enumerate(edges):
        attrs = _timed({k: _plain(w) for k, w in sorted(net.edges[u, v].items())})
        head = f'      <edge source="{_attr(str(u))}" target="{_attr(str(v))}" id="{number}"'
        for key in ("label", "weight", "type", "start", "end"):
            if key in attrs:
                head += f' {key}="{_attr(str(attrs.pop(key)))}"'
        if attrs:
            write(f"{head}>\n")
            _attvalues(write, attrs, ids, "        ")
            write("      </edge>\n")
        else:
            write(f"{head} />\n")
    write("    </edges>\n")


def write_graphml(net: nx.Graph, path: Path) -> None:
    nx.write_graphml(file_graph(net), str(path), encoding="utf-8", prettyprint=True)
