"""The GEXF file is what networkx's GEXF writer made of the same network, byte for byte."""

from __future__ import annotations

import networkx as nx
import pytest
from networkx.readwrite.gexf import GEXFWriter
from sample_graphs import small_graph

from clecgraph.graph.facts import read_facts
from clecgraph.views.netfiles import file_graph, write_gexf
from clecgraph.views.pages import OTHER, STYLE
from clecgraph.views.select import project


def networkx_gexf(net: nx.Graph, path) -> None:
    """The GEXF file as networkx's writer makes it (the way clecgraph wrote it before it streamed it)."""
    graph = file_graph(net, timeline=True)
    graph.graph["name"] = graph.graph.get("title", "")
    for _, data in graph.nodes(data=True):
        colour = STYLE.get(data.get("kind"), OTHER)[0]
        data["viz"] = {"color": {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}}
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


def odd_network() -> nx.DiGraph:
    net = nx.DiGraph(kind="odd", title='a "title" <&>')
    net.add_node(
        "a&<b>", kind="person", label='x\ty\n"q"', first="2010", last="2011-02", flag=True, n=3, lat=1.5, far=float("inf"), bad="\x01"
    )
    net.add_node("b", kind="unknown kind", label="")
    net.add_edge("a&<b>", "b", relation="r", weight=2, first="", last="", years="")
    net.add_edge("b", "a&<b>", relation="s", weight=1, first="2012-03-04", last="2012-05", years="2012", extra=None)
    return net


def undirected_network() -> nx.Graph:
    net = nx.Graph(kind="coalitions", title="t")
    for u, v in [("c", "a"), ("b", "c"), ("a", "b"), ("d", "a"), ("d", "d")]:  # edges come out in networkx's order and direction
        net.add_edge(u, v, relation="issued together", weight=1, first="2010", last="2010", years="2010")
    for node in net.nodes:
        net.nodes[node].update(kind="organisation", label=node.upper(), first="2010", last="2010", weight=2)
    return net


NETWORKS = {
    "overview": lambda: project(read_facts(small_graph()), "overview"),
    "coalitions": lambda: project(read_facts(small_graph()), "coalitions"),
    "actors": lambda: project(read_facts(small_graph()), "actors"),
    "odd attributes": odd_network,
    "undirected": undirected_network,
    "empty": lambda: nx.DiGraph(kind="overview", title="nothing"),
    "no dates": lambda: nx.Graph(kind="x"),
}


@pytest.mark.parametrize("name", sorted(NETWORKS))
def test_gexf_is_what_networkx_wrote(tmp_path, name):
    net = NETWORKS[name]()
    if name == "no dates":
        net.add_node("x", kind="place", label="X")
    networkx_gexf(net, tmp_path / "networkx.gexf")
    write_gexf(net, tmp_path / "streamed.gexf")
    assert (tmp_path / "streamed.gexf").read_bytes() == (tmp_path / "networkx.gexf").read_bytes()
