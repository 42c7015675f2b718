"""The graph's N-Quads lines, written as text from made-up extractions: rdflib reads them to the same
terms and writes them back byte for byte, awkward text survives, and one process or several give the
same lines."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset, URIRef

from clecgraph.graph.assemble import build_graph, graph_lines
from clecgraph.graph.quads import BuiltGraph, GraphBlocks, sorted_block, term
from clecgraph.model import ORGANISATION, PERSON, PLACE, TEXT, TITLE, Affiliation, Event, Extraction, Mention, Span, Statement
from clecgraph.pipeline import parallel
from clecgraph.resolve.entities import resolve
from clecgraph.vocab import DEFAULT_BASE, OA, SCHEMA

TEXTS = [
    'The "Groupe Défense" said: police in Town A detained Sok San,\nits field officer.\r\nA back\\slash and 😀 stay.',
    "Ωmega Rights reports that Sok San of Ωmega Rights was detained in Town A.\tNo < or > harm done.",
    'He said " <http://x> ." was written on the wall; Town A residents protested.',
]


def _find(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(TEXT, start, start + len(words))


def _extraction(number: int, text: str) -> Extraction:
    title = 'Title with "quotes" and ភ្នំពេញ' if number % 2 else None
    statement = Statement(
        "made-up.jsonl", number, text, date="2024-02-29" if number != 2 else "2024-03",
        publisher="Ωmega Rights; Groupe Défense", title=title,
        url=f"https://example.org/a?b={number}&c=d", metadata=(("note", 'x="1"\ny'),),
    )  # fmt: skip
    mentions = [Mention(PLACE, "Town A", _find(text, "Town A"), "rules", "Town A")]
    if "Sok San" in text:
        mentions.append(Mention(PERSON, "Sok San", _find(text, "Sok San"), "rules", "Sok San"))
    for name in ("Ωmega Rights", "Groupe Défense"):
        if name in text:
            mentions.append(Mention(ORGANISATION, name, _find(text, name), "rules", name))
    if title:
        mentions.append(Mention(PLACE, "Phnom Penh", Span(TITLE, title.index("ភ្នំពេញ"), len(title)), "rules", "ភ្នំពេញ"))
    events = (Event("arrest", _find(text, "detained" if "detained" in text else "protested"), "rules", place="Town A", date="2024-02-28"),)
    affiliations = ()
    if "Sok San" in text and "Ωmega Rights" in text:
        affiliations = (Affiliation("Sok San", "Ωmega Rights", 'Field "Officer"', _find(text, "Sok San"), "rules"),)
    issuers = tuple(m.name for m in mentions if m.kind == ORGANISATION)[:1]
    return Extraction(statement, statement.date, issuers, tuple(mentions), events, affiliations)


@pytest.fixture(scope="module")
def made_up():
    extractions = [_extraction(number, text) for number, text in enumerate(TEXTS, 1)]
    return extractions, resolve(extractions)


def test_rdflib_reads_the_lines_and_writes_them_back_byte_for_byte(made_up):
    lines = set(graph_lines(*made_up))
    dataset = Dataset()
    dataset.parse(data="\n".join(sorted(lines)) + "\n", format="nquads")
    written = {f"{term(s)} {term(p)} {term(o)} {term(g)} ." for s, p, o, g in dataset.quads((None, None, None, None))}
    assert written == lines


def test_awkward_text_reads_back_as_it_was_written(made_up):
    extractions, resolution = made_up
    graph = BuiltGraph(graph_lines(extractions, resolution))
    texts = {value for _, _, value in graph.values_of([SCHEMA.text])}
    assert texts == {text for text in TEXTS}
    exact = {value for _, _, value in graph.values_of([OA.exact])}
    assert {"Groupe Défense", "Ωmega Rights", "ភ្នំពេញ"} <= exact
    metadata = {value for _, _, value in graph.values_of([URIRef("https://clecgraph.example/ns#metadata")])}
    assert metadata == {'note=x="1"\ny'}


def test_the_rdflib_dataset_holds_the_lines_quads(made_up):
    lines = BuiltGraph(graph_lines(*made_up)).lines
    dataset = build_graph(*made_up)
    assert BuiltGraph.from_dataset(dataset).lines == lines


@pytest.mark.parametrize(("workers", "chunk"), [(1, 1), (1, 250), (2, 1), (2, 2)])
def test_processes_and_chunks_give_the_lines_of_one_process(made_up, monkeypatch, workers, chunk):
    extractions, resolution = made_up
    monkeypatch.setattr(parallel, "SERIAL_BELOW", 0)
    monkeypatch.setattr(parallel, "CHUNK", chunk)
    blocks = parallel.graph_blocks(extractions, resolution, DEFAULT_BASE, workers, fork=True)
    assert BuiltGraph.from_blocks(blocks).lines == BuiltGraph(graph_lines(extractions, resolution)).lines


@pytest.mark.parametrize("spill", [False, True])
def test_graph_blocks_given_in_parts_merge_to_the_sorted_unique_lines(spill):
    lines = [
        "<http://s2> <http://p> <http://o> <http://g/b> .",
        "<http://s1> <http://p> <http://o> <http://g/b> .",
        '<http://s3> <http://p> "a <b" <http://g/a> .',
        "<http://s1> <http://p> <http://o> <http://g/a> .",
    ]
    blocks = GraphBlocks(spill=spill)
    blocks.add_block("<http://g/b>", sorted_block(lines[:1]))
    blocks.add_lines("<http://g/b>", [lines[1], lines[0]])  # the same graph again, a line repeated
    blocks.add_part(("\n".join(lines[2:]) + "\n").encode())
    built = BuiltGraph.from_blocks(blocks)
    assert built.lines.spilled is spill
    assert built.lines == BuiltGraph(lines).lines
    assert built.graph_runs() == BuiltGraph(lines).graph_runs()


def test_a_build_holds_its_lines_in_a_temporary_file_not_in_memory(made_up):
    extractions, resolution = made_up
    lines = BuiltGraph.from_blocks(parallel.graph_blocks(extractions, resolution, DEFAULT_BASE)).lines
    assert lines.spilled
    assert lines == BuiltGraph(graph_lines(extractions, resolution)).lines


def test_every_line_parses_as_n_quads(made_up):
    lines = BuiltGraph(graph_lines(*made_up)).lines
    assert len(list(ox.parse(("\n".join(lines) + "\n").encode(), format=ox.RdfFormat.N_QUADS))) == len(lines)
