"""GEXF (Gephi) and GraphML (Cytoscape, yEd, Gephi) files of a projection, via networkx.

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


def _rgb(colour: str) -> dict:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def write_gexf(net: nx.Graph, path: Path) -> None:
    from networkx.readwrite.gexf import GEXFWriter

    from clecgraph.views.pages import OTHER, STYLE

    graph = file_graph(net, timeline=True)
    graph.graph["name"] = graph.graph.get("title", "")
    for node, data in graph.nodes(data=True):
        data["viz"] = {"color": _rgb(STYLE.get(data.get("kind"), OTHER)[0])}
    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    meta = writer.xml.find("meta")
    ends = [data["end"] for _, data in graph.nodes(data=True) if "end" in data]
    if ends:
        meta.set("lastmodifieddate", max(ends))
    else:
        del meta.attrib["lastmodifieddate"]
    meta.find("creator").text = "clecgraph"
    writer.add_graph(graph)
    with open(path, "wb") as handle:
        writer.write(handle)


def write_graphml(net: nx.Graph, path: Path) -> None:
    nx.write_graphml(file_graph(net), str(path), encoding="utf-8", prettyprint=True)
