"""Benchmark: the explorer's pages on an Oxigraph store of the synthetic corpus, through `clecgraph serve`.

    python benchmarks/bench_explore.py 10000                    # build a 10,000-statement store, then time
    python benchmarks/bench_explore.py 100000 --keep /tmp/x100k # keep the store for the next run
    python benchmarks/bench_explore.py --store /tmp/x100k/store # time an existing store
    python benchmarks/bench_explore.py --store /tmp/x10k/store --copies 10 --keep /tmp/x100k  # 10 renamed copies of it

Builds the store with `clecgraph build CORPUS --store oxigraph:PATH` (timed,
once), starts the real server over it (`sparql.serve.Endpoint`: the pool of
read-only workers the pages share with /sparql) and asks each page over HTTP,
as a browser would: the first answer (cold) and then the median and worst of
--repeat more. The pages asked are chosen the way a reader would: the most
active organisation (the biggest entity page), a statement and an event of
it, the timeline unfiltered, deep in its pages and filtered, the map, the
editor and a Turtle description. A benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (benchmarks/synthetic.py, beside this file)

ROOT = Path(__file__).resolve().parents[1]


def build(n: int, folder: Path) -> Path:
    corpus = synthetic.write_jsonl(folder / f"syn-{n}.jsonl", n)
    store = folder / "store"
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).with_name("clecgraph")), "build", str(corpus), "--store", f"oxigraph:{store}", "--no-validate"],
        check=True,
        cwd=folder,
        stdout=subprocess.DEVNULL,
    )
    print(f"built a {n:,}-statement store in {time.perf_counter() - started:.1f} s at {store}")
    return store


PER_STATEMENT = (b"/id/statement/", b"/id/event/", b"/id/mention/")  # IRIs minted per statement: renamed in each copy


class Copies(io.RawIOBase):
    """An N-Quads file read `copies` times, the IRIs minted per statement renamed in each copy after the first
    (`statement/x` -> `statement/c3-x`); entities, roles, statistics and vocabularies stay shared."""

    def __init__(self, path: Path, copies: int):
        self.path, self.copies, self.copy = path, copies, 0
        self.handle = open(path, "rb")  # noqa: SIM115 - closed when the last copy is read
        self.pending = self.ready = b""
        self.at = 0

    def readable(self) -> bool:
        return True

    def _next(self) -> bytes:
        while not self.handle.closed:
            block = self.handle.read(8 << 20)
            if block:
                block = self.pending + block
                cut = block.rfind(b"\n") + 1
                block, self.pending = block[:cut], block[cut:]
                for prefix in PER_STATEMENT if self.copy else ():
                    block = block.replace(prefix, prefix + f"c{self.copy}-".encode())
                return block
            self.copy += 1
            if self.copy >= self.copies:
                self.handle.close()
                return b""
            self.handle.seek(0)
        return b""

    def readinto(self, buffer) -> int:
        if self.at >= len(self.ready):  # a block is handed out a piece at a time, by offset (no copies of the rest)
            self.ready, self.at = self._next(), 0
        data = memoryview(self.ready)[self.at : self.at + len(buffer)]
        buffer[: len(data)] = data
        self.at += len(data)
        return len(data)


def replicate(source: Path, copies: int, folder: Path) -> Path:
    """A store of `copies` renamed copies of the store at `source` (bulk loaded, streamed: little memory)."""
    import pyoxigraph as ox

    dump = folder / "source.nq"
    started = time.perf_counter()
    ox.Store.read_only(str(source)).dump(output=str(dump), format=ox.RdfFormat.N_QUADS)
    store_path = folder / "store"
    store = ox.Store(str(store_path))
    store.bulk_load(input=Copies(dump, copies), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    dump.unlink()
    print(f"made a store of {copies} copies of {source} in {time.perf_counter() - started:.1f} s at {store_path}")
    return store_path


def fetch(url: str, accept: str = "text/html") -> tuple[int, int, float]:
    request = urllib.request.Request(url, headers={"Accept": accept})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as err:
        body, status = err.read(), err.code
    return status, len(body), time.perf_counter() - started


def sparql(base: str, text: str) -> list[dict]:
    url = base + "/sparql?" + urllib.parse.urlencode({"query": text})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"}), timeout=120) as r:
        return json.loads(r.read())["results"]["bindings"]


def pages(base: str, mount: str, iri_base: str) -> list[tuple[str, str, str]]:
    """(name, path, Accept) of the pages to time, picked from the store."""
    local = lambda iri: mount + iri[len(iri_base) :]
    org = sparql(
        base,
        "SELECT ?o (COUNT(?s) AS ?n) WHERE { ?s <http://purl.org/dc/terms/creator> ?o } GROUP BY ?o ORDER BY DESC(?n) LIMIT 1",
    )[0]["o"]["value"]
    statement = sparql(
        base, f"SELECT ?s WHERE {{ ?s <http://purl.org/dc/terms/creator> <{org}> ; <https://schema.org/about> ?e }} LIMIT 1"
    )[0]["s"]["value"]
    event = sparql(base, f"SELECT ?e WHERE {{ <{statement}> <https://schema.org/about> ?e }} LIMIT 1")[0]["e"]["value"]
    place = sparql(
        base,
        "SELECT ?p (COUNT(?e) AS ?n) WHERE { ?e <http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace> ?p } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1",
    )[0]["p"]["value"]
    alias = sparql(base, f"SELECT ?a WHERE {{ <{org}> <http://www.w3.org/2004/02/skos/core#altLabel> ?a }} LIMIT 1")
    word = alias[0]["a"]["value"] if alias else "rights"
    q = urllib.parse.quote
    return [
        ("home", "/", "text/html"),
        (f"search {word!r}", f"/search?q={q(word)}", "text/html"),
        ("search 'rights' (names holding it)", "/search?q=rights", "text/html"),
        ("entity: most active organisation", local(org), "text/html"),
        ("entity: its statements, page 100", local(org) + "?page=100", "text/html"),
        ("entity: busiest place", local(place), "text/html"),
        ("entity as Turtle", local(org), "text/turtle"),
        ("statement", local(statement), "text/html"),
        ("event", local(event), "text/html"),
        ("timeline", "/timeline", "text/html"),
        ("timeline page 40", "/timeline?page=40", "text/html"),
        ("timeline of the organisation", f"/timeline?org={q(org)}", "text/html"),
        (
            "timeline: arrests from 2012",
            "/timeline?type=" + q("https://clecgraph.example/ns/event-type/arrest") + "&from=2012",
            "text/html",
        ),
        ("map page", "/map", "text/html"),
        ("map.json", "/map.json", "application/json"),
        ("map.json of the organisation", f"/map.json?org={q(org)}", "application/json"),
        ("editor", "/editor", "text/html"),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=10_000, help="statements in the synthetic corpus (default 10,000)")
    parser.add_argument("--store", type=Path, help="time this existing Oxigraph store instead of building one")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--copies",
        type=int,
        help="with --store: time a store of this many renamed copies of it instead (made in --keep), e.g. 10 copies of a 10,000-statement store",
    )
    args = parser.parse_args(argv)

    from clecgraph.sparql.serve import Endpoint

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-explore-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.store and args.copies:
        store = replicate(args.store, args.copies, folder)
    else:
        store = args.store or build(args.n, folder)
    server = Endpoint(f"oxigraph:{store}", port=0, timeout=60, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        from clecgraph.explore.served import prepare

        started = time.perf_counter()
        explorer = prepare(server, say=print)  # what `clecgraph serve` does before it answers (the index: made, or found)
        print(f"explorer ready in {time.perf_counter() - started:.1f} s")
        count = sparql(server.url, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://clecgraph.example/ns#Statement> }")[0]["n"]["value"]
        print(f"store {store}: {int(count):,} statements; load average {os.getloadavg()[0]:.1f}; {os.cpu_count()} cores")
        print(f"{'page':40} {'status':>6} {'bytes':>9} {'cold':>8} {'median':>8} {'worst':>8}")
        for name, path, accept in pages(server.url, explorer.paths.mount, explorer.data.base):
            status, size, cold = fetch(server.url + path, accept)
            times = [fetch(server.url + path, accept)[2] for _ in range(args.repeat)]
            print(
                f"{name[:40]:40} {status:>6} {size:>9,} {cold * 1000:>6.0f}ms {statistics.median(times) * 1000:>6.0f}ms {max(times) * 1000:>6.0f}ms"
            )
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    finally:
        server.close()


if __name__ == "__main__":
    main()
