"""Queries and views on a build folder use the folder's own store, made once and again only when the files change."""

from __future__ import annotations

import os
import shutil

import pytest

from clecgraph.sparql.library import ask
from clecgraph.sparql.stores import load
from clecgraph.sparql.stores.folder import STAMP, STORE, build_folder, is_current


@pytest.fixture
def folder(sample_build, tmp_path):
    _, out = sample_build
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    return copy


def rows(answer) -> list:
    return sorted(tuple(str(v) for v in row) for row in answer.rows)


def test_a_file_in_a_build_folder_is_answered_from_the_folder_store(folder):
    assert build_folder(folder / "graph.ttl") == folder == build_folder(folder)
    assert not (folder / STORE).exists()
    store = load(folder / "graph.ttl", "auto")
    try:
        assert store.name == "oxigraph" and store.read_only and (folder / STORE).is_dir() and is_current(folder)
    finally:
        store.close()
    for name in ("cosigning-pairs", "places", "events-by-type-and-place"):
        from_store = ask(folder / "graph.ttl", name=name, store="auto")
        from_file = ask(folder / "graph.trig", name=name, store="oxigraph")  # the file loaded into memory
        assert rows(from_store) == rows(from_file) and from_store.rows


def test_the_store_is_made_again_only_when_graph_trig_changes(folder):
    load(folder, "auto").close()
    made = (folder / STORE).stat().st_ino
    load(folder / "graph.nt", "auto").close()
    assert (folder / STORE).stat().st_ino == made  # the same store, not made again
    os.utime(folder / "graph.trig", ns=(1, 1))  # the file changed (as far as anyone can tell)
    assert not is_current(folder)
    load(folder, "auto").close()
    assert is_current(folder) and (folder / STORE).stat().st_ino != made
    assert (folder / STAMP).is_file()


def test_a_lone_file_or_an_explicit_store_does_not_make_a_folder_store(folder, tmp_path):
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy(folder / "graph.ttl", lone / "graph.ttl")
    store = load(lone / "graph.ttl", "auto")
    assert store.name == "rdflib" and not (lone / STORE).exists()
    load(folder / "graph.trig", "oxigraph").close()
    assert not (folder / STORE).exists()


def test_a_view_of_a_build_folder_reads_its_store_and_sees_what_the_file_holds(folder):
    from clecgraph.graph.facts import read_facts
    from clecgraph.sparql.query import load_graph
    from clecgraph.views.select import load_facts

    from_store = load_facts(folder / "graph.ttl")
    assert (folder / STORE).is_dir()
    from_file = read_facts(load_graph(folder / "graph.trig"))
    assert from_store.kind == from_file.kind and from_store.label == from_file.label
    assert dict(from_store.about) == dict(from_file.about) and from_store.issued == from_file.issued
    assert from_store.lat == from_file.lat and dict(from_store.dates) == dict(from_file.dates)


def test_serve_answers_a_build_folder_from_its_store_without_a_copy(folder):
    import json
    import threading
    import urllib.parse
    import urllib.request

    from clecgraph.sparql.serve import Endpoint

    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://clecgraph.example/ns#Statement> }"

    def served(source) -> tuple[Endpoint, int]:
        server = Endpoint(source, port=0, workers=1)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            url = f"{server.url}/sparql?{urllib.parse.urlencode({'query': count})}"
            request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(request, timeout=60) as response:
                answer = json.loads(response.read())
            return server, int(answer["results"]["bindings"][0]["n"]["value"])
        finally:
            server.close()
            thread.join(10)

    server, n = served(folder / "graph.ttl")
    assert server.folder == folder and server.scratch is None  # no temporary copy
    assert n == 22 and is_current(folder)
    made = (folder / STORE).stat().st_ino
    server, again = served(folder)
    assert again == n and (folder / STORE).stat().st_ino == made  # the same store, not made again
    os.utime(folder / "graph.trig", ns=(1, 1))  # graph.trig changed: the store is made again
    server, after = served(folder)
    assert after == n and (folder / STORE).stat().st_ino != made and is_current(folder)
