"""A view that selects nothing fails and writes nothing (issue 19).

`clecgraph view ... --years 1990` wrote an empty page and exited 0, over
whatever good file was there before.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sample_graphs import small_graph

from clecgraph.cli.commands import cli

KINDS = [["--kind", "overview"], ["--kind", "coalitions"], ["--kind", "actors"], ["--kind", "focus", "--focus", "LICADHO"]]


@pytest.fixture
def graph_file(tmp_path):
    path = tmp_path / "graph.trig"
    small_graph().serialize(path, format="trig")
    return path


def _view(graph_file, out, *args):
    return CliRunner().invoke(cli, ["view", str(graph_file), "--out", str(out), *args])


def _one_error_line(result) -> str:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("clecgraph: error: ") and "Traceback" not in result.output, result.output
    return lines[0]


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k[1])
@pytest.mark.parametrize("suffix", [".html", ".gexf", ".graphml"])
def test_years_that_select_no_statement_fail_and_write_nothing(graph_file, tmp_path, kind, suffix):
    out = tmp_path / f"view{suffix}"
    error = _one_error_line(_view(graph_file, out, *kind, "--years", "1990"))
    assert "--years 1990" in error and "no statement" in error and "2010-2012" in error  # what the graph holds
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]  # no temporary file left either


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k[1])
def test_an_empty_selection_does_not_replace_an_earlier_good_file(graph_file, tmp_path, kind):
    out = tmp_path / "view.html"
    first = _view(graph_file, out, *kind, "--years", "2010-2011")
    assert first.exit_code == 0, first.output
    good = out.read_bytes()
    error = _one_error_line(_view(graph_file, out, *kind, "--years", "1990-1995"))
    assert "left as it was" in error
    assert out.read_bytes() == good


@pytest.mark.parametrize("kind", ["overview", "coalitions", "actors"])
def test_a_view_with_no_node_fails_unless_allowed(tmp_path, kind):
    # a graph of entities and no statement: nothing to draw
    quads = [q for q in small_graph().serialize(format="nquads").splitlines() if q.strip()]
    path = tmp_path / "graph.nq"
    path.write_text("\n".join(q for q in quads if "/statement/" not in q.split(" ")[-2]) + "\n", encoding="utf-8")
    out = tmp_path / "view.html"
    error = _one_error_line(_view(path, out, "--kind", kind))
    assert f"the {kind} view" in error and "has no node" in error and not out.exists()
    allowed = _view(path, out, "--kind", kind, "--allow-empty")
    assert allowed.exit_code == 0 and f"{kind}: 0 nodes" in allowed.output and out.exists(), allowed.output


def test_a_view_that_selects_something_is_written(graph_file, tmp_path):
    out = tmp_path / "view.gexf"
    result = _view(graph_file, out, "--kind", "coalitions", "--years", "2011")
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"<?xml")
