"""Lines: a graph's lines in one buffer read back as the strings they were made from."""

import pytest

from clecgraph.graph.lines import Lines, marked
from clecgraph.graph.quads import BuiltGraph

TEXTS = ['<http://a> <http://p> "caf\u00e9 \u1780" <http://g/1> .', "", "x", '<http://b> <http://p> "\u201cquoted\u201d" <http://g/2> .']


def test_lines_read_back_as_made_whatever_their_characters():
    lines = Lines.from_lines(TEXTS)
    assert list(lines) == TEXTS
    assert len(lines) == len(TEXTS)
    assert [lines[i] for i in range(len(TEXTS))] == TEXTS
    assert lines[-1] == TEXTS[-1]
    assert lines[1:3] == TEXTS[1:3] and lines[::2] == TEXTS[::2] and lines[3:1] == []
    assert lines.pick([3, 0, 3]) == [TEXTS[3], TEXTS[0], TEXTS[3]]
    with pytest.raises(IndexError):
        lines[len(TEXTS)]


def test_the_buffer_is_the_lines_each_followed_by_a_newline():
    lines = Lines.from_lines(TEXTS)
    assert bytes(lines.data) == "".join(text + "\n" for text in TEXTS).encode("utf-8")


@pytest.mark.parametrize("size", [1, 5, 40, 1 << 20])
def test_chunks_end_at_line_ends_and_add_up_to_the_buffer(size):
    lines = Lines.from_lines(TEXTS * 3)
    chunks = list(lines.chunks(size))
    assert b"".join(chunks) == bytes(lines.data)
    assert all(chunk.endswith(b"\n") for chunk in chunks)


def test_iterating_many_lines_crosses_batches():
    many = [f"line {n} \u00e9" for n in range(10_000)]
    lines = Lines.from_lines(many)
    assert list(lines) == many
    assert [text.count("\n") + 1 for text in lines.texts(3000)] == [3000, 3000, 3000, 1000]


def test_groups_are_where_each_added_text_began():
    lines = Lines()
    lines.add_text("a\nb", group=True)
    lines.add_text("")  # nothing added, no group
    lines.add_text("c", group=True)
    assert lines.group_bounds() == [(0, 2), (2, 3)]
    assert Lines.from_lines(["a", "b"]).group_bounds() is None


def test_equal_lines_compare_equal_to_each_other_and_to_lists():
    assert Lines.from_lines(TEXTS) == Lines.from_texts(["\n".join(TEXTS[:2]), "\n".join(TEXTS[2:])])
    assert Lines.from_lines(TEXTS) == TEXTS
    assert Lines.from_lines(TEXTS) != TEXTS[:-1]
    assert Lines.from_lines(TEXTS) != ["y"] * len(TEXTS)


def test_a_built_graph_knows_its_graphs_runs_and_writes_its_buffer(tmp_path):
    lines = [
        "<http://s2> <http://p> <http://o> <http://g/b> .",
        "<http://s1> <http://p> <http://o> <http://g/b> .",
        '<http://s3> <http://p> "a <b \u00e9" <http://g/a> .',
    ]
    graph = BuiltGraph(lines)
    assert graph.graph_runs() == graph._runs() == [(0, 1), (1, 3)]
    graph.write_nquads(tmp_path / "g.nq")
    assert (tmp_path / "g.nq").read_bytes() == graph.nquads() == "".join(line + "\n" for line in graph.lines).encode()
    assert len(list(graph.ox_quads())) == 3


def test_marked_lines_are_found_once_wherever_the_marker_is():
    text = "a X b\nc\nX d X\ne X"
    assert marked(text, ("X", "d")) == ["a X b", "X d X", "e X"]
    assert marked(text, ("Z",)) == []
    many = Lines.from_lines([f"{n} {'X' if n % 3 == 0 else 'Y'}" for n in range(10_000)])
    assert sorted(many.matching(("X",)), key=lambda line: int(line.split()[0])) == [f"{n} X" for n in range(0, 10_000, 3)]
