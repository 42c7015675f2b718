"""Projections and view files, on a small graph built by hand to the data model.

`small_graph()` is also used by the page, browser and GeoJSON tests.
"""

from __future__ import annotations

import re

import networkx as nx
import pytest
from sample_graphs import BASE, iri, small_graph  # noqa: E402,F401

from clecgraph.errors import UsageError
from clecgraph.graph.facts import read_facts
from clecgraph.views.projections import actors, coalitions, find_node, focus, keep_most_connected, overview
from clecgraph.views.select import parse_years, project, view


@pytest.fixture()
def facts():
    return read_facts(small_graph())


def test_overview_has_every_kind_and_relation(facts):
    net = overview(facts)
    kinds = {d["kind"] for _, d in net.nodes(data=True)}
    assert kinds == {"statement", "organisation", "person", "place", "event"}
    assert net.edges[str(iri("org/licadho")), str(iri("statement/2010-05-03-a"))]["relation"] == "issued"
    # An issuer is not also drawn as "mentioned" by its own statement.
    assert not net.has_edge(str(iri("statement/2010-05-03-a")), str(iri("org/licadho")))
    assert net.edges[str(iri("event/2010-05-03-a-1")), str(iri("person/yorm-bopha"))]["relation"] == "involves"
    assert net.nodes[str(iri("statement/2010-05-03-a"))]["issuers"] == "ADHOC; LICADHO"


def test_coalitions_weight_is_the_number_of_joint_statements(facts):
    net = coalitions(facts)
    lic, adhoc, cchr = (str(iri(f"org/{k}")) for k in ("licadho", "adhoc", "cchr"))
    assert set(net.nodes) == {lic, adhoc, cchr}  # the court never issued anything
    assert net.edges[lic, adhoc]["weight"] == 3
    assert net.edges[lic, cchr]["weight"] == 1
    assert (net.edges[lic, adhoc]["first"], net.edges[lic, adhoc]["last"]) == ("2010-05-03", "2012-06-02")
    assert net.nodes[lic]["weight"] == 3 and net.nodes[cchr]["weight"] == 2
    assert net.nodes[cchr]["years"] == "2011 2012"


def test_actors_ties_people_to_events_and_events_to_places(facts):
    net = actors(facts)
    event = str(iri("event/2010-05-03-a-1"))
    assert net.edges[str(iri("person/yorm-bopha")), event]["relation"] == "involved in"
    assert net.edges[str(iri("org/court")), event]["relation"] == "mentioned with"
    assert net.edges[event, str(iri("place/phnom-penh"))]["relation"] == "in"
    assert str(iri("org/adhoc")) not in net  # issuers are not actors
    assert str(iri("event/2012-c-1")) in net  # LICADHO is named in a statement about it
    assert {d["kind"] for _, d in net.nodes(data=True)} == {"organisation", "person", "event", "place"}


@pytest.mark.parametrize(
    "name", ["LICADHO", "licadho", "Cambodian League for the Promotion and Defense of Human Rights", BASE + "org/licadho", "org/licadho"]
)
def test_focus_finds_an_entity_by_label_alt_label_or_iri(facts, name):
    assert find_node(facts, name) == BASE + "org/licadho"


def test_focus_depth_bounds_the_neighbourhood(facts):
    one = focus(facts, "Yorm Bopha", depth=1)
    two = focus(facts, "Yorm Bopha", depth=2)
    assert set(one) < set(two)
    assert str(iri("org/licadho")) not in one and str(iri("org/licadho")) in two
    assert one.graph["focus"] == str(iri("person/yorm-bopha"))


def test_unknown_focus_is_a_user_error_with_a_suggestion(facts):
    with pytest.raises(UsageError, match="did you mean 'LICADHO'"):
        find_node(facts, "LICADOH")


def test_most_connected_nodes_are_kept_and_the_rest_counted(facts):
    net = overview(facts)
    total = net.number_of_nodes()
    kept = keep_most_connected(net, 5)
    assert kept.number_of_nodes() == 5
    assert sum(kept.graph["omitted"].values()) == total - 5
    assert str(iri("org/licadho")) in kept  # the most connected node
    assert keep_most_connected(focus(facts, "sok-chan", 2), 1).nodes == {
        str(iri("person/sok-chan")): focus(facts, "sok-chan", 2).nodes[str(iri("person/sok-chan"))]
    }


def test_years_keep_only_the_statements_of_those_years():
    net = project(small_graph(), "coalitions", years="2011")
    assert net.edges[BASE + "org/licadho", BASE + "org/adhoc"]["weight"] == 1
    assert parse_years("2009-2011") == (2009, 2011)
    with pytest.raises(UsageError):
        parse_years("2012-2010")


@pytest.mark.parametrize("suffix", [".html", ".gexf", ".graphml"])
@pytest.mark.parametrize("kind", ["overview", "coalitions", "actors"])
def test_view_files_are_byte_identical_on_rebuild(tmp_path, kind, suffix):
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    view(small_graph(), kind, one)
    view(small_graph(), kind, two)
    assert one.read_bytes() == two.read_bytes()


def test_gexf_carries_dates_for_the_timeline(tmp_path):
    out = tmp_path / "net.gexf"
    view(small_graph(), "overview", out)
    text = out.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    back = nx.read_gexf(out)
    cchr = back.nodes[BASE + "org/cchr"]
    assert (cchr["start"], cchr["end"]) == ("2011-02-10", "2012-12-31")  # '2012' reaches to the year's end
    assert back.nodes[BASE + "person/sok-chan"]["label"] == "សុខ ចាន់"


def test_graphml_reads_back_with_weights(tmp_path):
    out = tmp_path / "net.graphml"
    result = view(small_graph(), "coalitions", out, max_nodes=2)
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == result.nodes == 2
    assert back.edges[BASE + "org/licadho", BASE + "org/adhoc"]["weight"] == 3
    assert back.graph["omitted"] == "organisation=1"
    ids = re.findall(r'<key id="([^"]+)"', out.read_text(encoding="utf-8"))
    assert len(ids) == len(set(ids))  # key ids are XML ids: one per (domain, name)


def test_view_rejects_unknown_suffix_and_kind(tmp_path):
    with pytest.raises(UsageError, match="unknown file type"):
        view(small_graph(), "overview", tmp_path / "x.png")
    with pytest.raises(UsageError, match="unknown view kind"):
        view(small_graph(), "galaxy", tmp_path / "x.html")
    with pytest.raises(UsageError, match="needs --focus"):
        view(small_graph(), "focus", tmp_path / "x.html")


def test_cli_view_writes_a_file_and_reports_user_errors_in_one_line(tmp_path):
    from click.testing import CliRunner

    from clecgraph.cli.commands import cli

    graph = tmp_path / "g.trig"
    small_graph().serialize(graph, format="trig")
    out = tmp_path / "focus.html"
    done = CliRunner().invoke(cli, ["view", str(graph), "--kind", "focus", "--focus", "ADHOC", "--depth", "1", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert out.is_file() and "focus:" in done.output
    bad = CliRunner().invoke(cli, ["view", str(graph), "--kind", "focus", "--focus", "Nobody At All", "--out", str(out)])
    assert bad.exit_code == 2
    assert bad.output.count("\n") == 1 and "Nobody At All" in bad.output and "Traceback" not in bad.output


def test_shared_reading_reads_a_graph_once_and_only_inside_the_block():
    from clecgraph.graph.facts import shared_reading

    graph = small_graph()
    with shared_reading(graph):
        first = read_facts(graph)
        assert read_facts(graph) is first
    assert read_facts(graph) is not first
    assert read_facts(graph).label == first.label


def test_facts_of_the_build_graph_equal_those_of_its_rdflib_dataset():
    from dataclasses import fields

    from clecgraph.graph.quads import BuiltGraph

    dataset = small_graph()
    dataset.add((iri("org/licadho"), iri("vocab/ignored"), iri("org/adhoc")))  # a predicate the views do not read
    from_built, from_rdflib = read_facts(BuiltGraph.from_dataset(dataset)), read_facts(dataset)
    assert from_built.kind and from_built.label and from_built.lat
    for name in (f.name for f in fields(from_built)):
        assert getattr(from_built, name) == getattr(from_rdflib, name), name
