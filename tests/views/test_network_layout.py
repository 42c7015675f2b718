"""Network pages that read at every size: packed parts, the focus set apart, the sentence behind each link."""

from __future__ import annotations

import json
import math
import re
import shutil

import networkx as nx
import pytest
from explore_helpers import SAMPLE
from rdflib import Dataset, Literal
from rdflib.namespace import RDF, XSD
from sample_graphs import BASE, small_graph

from clecgraph.graph.quads import BuiltGraph
from clecgraph.sparql.stores.oxigraph import OxigraphStore
from clecgraph.views.layout import APART, SPACING, packed
from clecgraph.views.select import view
from clecgraph.vocab import CLEC, SCHEMA


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S).group(1))


def clusters(parts: int, size: int) -> nx.Graph:
    net = nx.Graph()
    for p in range(parts):
        nodes = [f"urn:x:{p}-{i}" for i in range(size)]
        net.add_edges_from((nodes[0], n) for n in nodes[1:])  # a star
        net.add_edge(nodes[1], nodes[2])
    return net


def boxes(net, placed):
    found = []
    for part in nx.connected_components(net):
        xs, ys = [placed[n][0] for n in part], [placed[n][1] for n in part]
        found.append((min(xs), min(ys), max(xs), max(ys)))
    return found


def test_separate_parts_are_packed_close_together_and_never_overlap():
    net = clusters(8, 5)
    placed = packed(net)
    assert set(placed) == set(net.nodes)
    found = boxes(net, placed)
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            apart = a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
            assert apart, (a, b)
    width = max(x for *_, x, _ in found) - min(x for x, *_ in found)
    height = max(y for *_, y in found) - min(y for _, y, *_ in found)
    # Forty nodes fit a window at a zoom where 15 px labels stay over 8 px (a 1200 x 700 canvas).
    assert min(1200 / max(width, 1), 700 / max(height, 1)) >= 8 / 15, (width, height)


def test_no_two_nodes_sit_on_each_other():
    net = nx.complete_graph([f"urn:x:{i}" for i in range(12)])
    placed = packed(net)
    nodes = sorted(placed)
    closest = min(math.dist(placed[a], placed[b]) for i, a in enumerate(nodes) for b in nodes[i + 1 :])
    assert closest >= APART * SPACING - 2


def test_layout_is_the_same_every_time_and_big_networks_keep_physics():
    net = clusters(3, 7)
    assert packed(net) == packed(net.copy())
    assert packed(clusters(60, 5)) is None  # 300 nodes: vis-network lays it out


def test_small_page_opens_laid_out_with_every_node_placed(tmp_path):
    view(small_graph(), "overview", tmp_path / "o.html")
    data = page_data(tmp_path / "o.html")
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n.get("x"), int) and isinstance(n.get("y"), int) for n in data["nodes"])
    assert data["base"] == BASE and data["mount"] == "/id/"


def test_focus_entity_is_set_apart(tmp_path):
    view(small_graph(), "focus", tmp_path / "f.html", focus="LICADHO", depth=1)
    data = page_data(tmp_path / "f.html")
    centre = [n for n in data["nodes"] if n.get("focus")]
    assert [n["id"] for n in centre] == [BASE + "org/licadho"]
    assert (centre[0]["x"], centre[0]["y"]) == (0, 0) and centre[0]["borderWidth"] > 1
    assert all(not n.get("focus") and n.get("borderWidth") is None for n in data["nodes"] if n["id"] != centre[0]["id"])
    assert "Ringed in black: LICADHO" in (tmp_path / "f.html").read_text(encoding="utf-8")


def test_links_carry_the_sentence_and_statement_behind_them(tmp_path):
    dataset = Dataset()
    dataset.parse(SAMPLE, format="trig")
    view(dataset, "overview", tmp_path / "o.html")
    data = page_data(tmp_path / "o.html")
    names = {n["id"]: n["name"] for n in data["nodes"]}
    with_evidence = [e for e in data["edges"] if e.get("statement")]
    assert len(with_evidence) > len(data["edges"]) / 2
    for edge in with_evidence:
        sentence = dict(edge["tip"])["evidence"]
        assert edge["mention"].startswith(edge["statement"].replace("/statement/", "/mention/") + "/")
        if edge["relation"] == "mentions":  # the sentence names what the statement mentions, in its own words
            exact = edge["mention"].rsplit("/", 1)[-1].split("-")
            start, end = int(exact[1]), int(exact[2])
            assert end > start and sentence
        assert sentence.strip()
    places = [e for e in with_evidence if e["relation"] == "in"]
    assert places and any(names[e["to"]].split()[0] in dict(e["tip"])["evidence"] for e in places)


def test_the_builds_own_graph_gives_its_pages_the_same_evidence_as_a_dataset(tmp_path):
    dataset = Dataset()
    dataset.parse(SAMPLE, format="trig")
    statements = sorted({s for s, _, _, _ in dataset.quads((None, RDF.type, CLEC.Statement, None))})
    for number, statement in enumerate(statements):  # the sample's listing gives no URLs: an archive's export does
        dataset.graph(statement).add((statement, SCHEMA.url, Literal(f"https://ngo.example/{number}", datatype=XSD.anyURI)))
    built = BuiltGraph.from_dataset(dataset)  # what `clecgraph build` hands its page exporters
    view(dataset, "overview", tmp_path / "d.html")
    view(built, "overview", tmp_path / "b.html")
    said = lambda data: {(e["from"], e["to"]): (dict(e["tip"]).get("evidence"), e.get("statement"), e.get("url")) for e in data["edges"]}
    from_dataset, from_build = said(page_data(tmp_path / "d.html")), said(page_data(tmp_path / "b.html"))
    assert from_build == from_dataset
    assert sum(1 for sentence, statement, _ in from_build.values() if sentence and statement) > len(from_build) / 2
    assert all(url.startswith("https://ngo.example/") for _, statement, url in from_build.values() if statement)


def test_the_sample_builds_network_page_has_the_evidence_of_its_links():
    data = page_data(SAMPLE.with_name("network.html"))
    linked = [e for e in data["edges"] if e.get("statement")]
    assert linked and all(dict(e["tip"])["evidence"].strip() for e in linked)


def test_view_reads_a_store(tmp_path):
    store = tmp_path / "store"
    opened = OxigraphStore(store)
    try:
        opened.load_file(SAMPLE)
    finally:
        opened.close()
    from_store = view(f"oxigraph:{store}", "overview", tmp_path / "s.html")
    from_file = view(SAMPLE, "overview", tmp_path / "f.html")
    assert (from_store.nodes, from_store.edges) == (from_file.nodes, from_file.edges)
    assert page_data(tmp_path / "s.html")["nodes"] == page_data(tmp_path / "f.html")["nodes"]
    shutil.rmtree(store)


def test_view_of_a_missing_store_is_a_clear_error(tmp_path):
    from clecgraph.errors import UsageError

    with pytest.raises(UsageError, match="no store at"):
        view(f"oxigraph:{tmp_path / 'nothing'}", "overview", tmp_path / "x.html")
