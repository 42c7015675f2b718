"""Lines: a graph's lines in one buffer read back as the strings they were made from."""

import os
import pickle
import stat

import pytest

from clecgraph.graph import lines as lines_module
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


def spilled(texts: list[str], parts: int = 3) -> Lines:
    """The lines in a temporary file, added in `parts` groups."""
    lines = Lines(spill=True)
    step = -(-len(texts) // parts)
    for at in range(0, len(texts), step):
        lines.add_text("\n".join(texts[at : at + step]), group=True)
    return lines


ACCENT = "\u00e9"
MANY = [f'<http://s/{n}> <http://p/{n % 7}> "{ACCENT * (n % 5)}" <http://g/{n // 100}> .' for n in range(5_000)]


def test_spilled_lines_read_back_as_those_held_in_memory():
    held, spill = Lines.from_texts(["\n".join(MANY)]), spilled(MANY)
    assert spill.spilled and not held.spilled
    assert spill == held and held == spill and spill == MANY
    assert list(spill) == MANY and len(spill) == len(MANY)
    assert spill[17] == MANY[17] and spill[-1] == MANY[-1] and spill[10:20] == MANY[10:20]
    assert spill.text(3, 9) == "\n".join(MANY[3:9])
    assert bytes(spill.data) == bytes(held.data) and len(spill.data) == len(held.data)
    assert b"".join(spill.chunks(1000)) == bytes(held.data)
    assert spill.group_bounds() == [(0, 1667), (1667, 3334), (3334, 5000)]
    assert sorted(spill.matching(("<http://p/3>",))) == sorted(held.matching(("<http://p/3>",)))
    assert spill != spilled(MANY[:-1]) and spill != spilled([*MANY[:-1], MANY[0]])


@pytest.mark.parametrize("window", [1, 300, 1 << 16])
def test_spilled_lines_are_picked_in_any_order_whatever_the_window(monkeypatch, window):
    monkeypatch.setattr(lines_module, "WINDOW", window)
    spill = spilled(MANY)
    numbers = [*range(0, 5_000, 7), 4_999, 3, 3, 2_500, 0]
    assert spill.pick(numbers) == [MANY[n] for n in numbers]
    assert spill.pick([]) == []


def test_a_spilled_buffer_is_owner_only_and_has_no_name(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    spill = spilled(MANY)
    assert list(tmp_path.iterdir()) == []  # nothing to find or leave behind
    assert stat.S_IMODE(os.fstat(spill._data.fd).st_mode) & 0o077 == 0
    spill.close()
    with pytest.raises(OSError):
        os.fstat(spill._data.fd)


def test_spilled_lines_pickle_with_their_buffer(tmp_path):
    graph = BuiltGraph(())
    graph.lines = spilled(MANY)
    copy = pickle.loads(pickle.dumps(graph))
    assert not copy.lines.spilled and copy.lines == MANY and copy.graph_runs() == graph.graph_runs()
    graph.write_nquads(tmp_path / "g.nq")
    assert (tmp_path / "g.nq").read_bytes() == "".join(line + "\n" for line in MANY).encode()
