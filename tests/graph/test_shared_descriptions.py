"""What many statements share is described once: no triple sits in two named graphs.

A triple repeated in N statement graphs meets itself N times in a query over
their union (the default graph of `clecgraph query` and `serve`), and a join
of k such patterns makes N^k rows: at 100,000 statements persons-and-roles
ran for minutes. Memberships were the case: each statement stating one
described it again.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from clecgraph.graph.readback import records
from clecgraph.pipeline.builder import build
from clecgraph.sparql.library import run
from clecgraph.sparql.stores import load

SAID = '"We will not stop," said Tep Vanny, community representative of the Boeung Kak Community Association, in {place}.'
OTHER = "Sia Phearum, director of the Housing Rights Task Force, was also in {place}."


@pytest.fixture(scope="module")
def repeated(tmp_path_factory):
    """Five statements that all state Tep Vanny's role; two state another person's too."""
    folder = tmp_path_factory.mktemp("repeated")
    records = []
    for day, place in enumerate(["Phnom Penh", "Kandal", "Takeo", "Kampot", "Kep"], start=1):
        text = f"LICADHO condemns the arrest of villagers in {place} on 2 May 2012. " + SAID.format(place=place)
        if day > 3:
            text += " " + OTHER.format(place=place)
        records.append({"date": f"2012-05-0{day + 2}", "publisher": "LICADHO", "text": text})
    corpus = folder / "repeated.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return build([corpus], folder / "out", formats=["trig"], validate=False)


def test_no_triple_is_in_two_named_graphs(repeated):
    counts = Counter((s, p, o) for s, p, o, _ in repeated.dataset.quads((None, None, None, None)))
    assert sum(counts.values()) > 100
    assert [t for t, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_each_statement_still_states_its_memberships(repeated, backend):
    assert [len(r["affiliations"]) for r in records(repeated.dataset)] == [1, 1, 1, 2, 2]
    store = load(repeated.files["trig"], backend)
    answer = [(str(r["name"]), str(r.get("role")), str(r.get("organisationName"))) for r in run(store, "persons-and-roles").records()]
    assert sorted(answer) == [
        ("Sia Phearum", "director", "Housing Rights Task Force"),
        ("Tep Vanny", "community representative", "Boeung Kak Community Association"),
    ]
