"""A build writes network.html and network.gexf from one overview projection: the page's evidence stays on the page."""

from __future__ import annotations

from clecgraph import build
from clecgraph.graph.facts import shared_reading
from clecgraph.views.exporters import write_network, write_overview_gexf


def test_the_gexf_written_after_the_page_in_one_reading_is_the_gexf_written_alone(sample_corpus, tmp_path):
    graph = build([sample_corpus], out=None, validate=False).graph
    write_overview_gexf(graph, tmp_path / "alone.gexf")
    with shared_reading(graph):
        write_network(graph, tmp_path / "network.html")
        write_overview_gexf(graph, tmp_path / "after.gexf")
    after = (tmp_path / "after.gexf").read_text(encoding="utf-8")
    assert "evidence" in (tmp_path / "network.html").read_text(encoding="utf-8")
    assert "evidence" not in after
    assert after == (tmp_path / "alone.gexf").read_text(encoding="utf-8")


def test_pages_written_twice_in_one_reading_are_the_same(sample_corpus, tmp_path):
    graph = build([sample_corpus], out=None, validate=False).graph
    with shared_reading(graph):
        write_network(graph, tmp_path / "one.html")
        write_network(graph, tmp_path / "two.html")
    assert (tmp_path / "one.html").read_bytes() == (tmp_path / "two.html").read_bytes()
