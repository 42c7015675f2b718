"""Read-only SPARQL evaluation with a time limit and a result limit, for `clecgraph serve`.

Queries run in worker processes that open the Oxigraph store read-only. A
query that runs past the time limit is stopped by ending its worker (a
thread cannot be stopped, a process can), and a fresh worker takes its place.
Parsing, evaluation and result serialisation are all pyoxigraph's.

The RDF dataset of a query: the one a request names with the protocol's
default-graph-uri / named-graph-uri, when it names one (it replaces the
query's FROM / FROM NAMED); else the query's own FROM / FROM NAMED; else the
server's: the default graph is the union of all graphs, every named graph is
available.
"""

from __future__ import annotations

import multiprocessing
import queue
import re
import threading
from dataclasses import dataclass

# Media types by kind of result; the first of each is the default.
SOLUTION_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {"text/turtle": "TURTLE", "application/ld+json": "JSON_LD", "application/n-triples": "N_TRIPLES"}
ALIASES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "nt": "application/n-triples",
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
}


# Strings, IRIs and comments, removed before looking for keywords so that data never counts as one.
NOT_CODE = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\"{}|^`\\\s]*>|#[^\n]*", re.S)
_FROM = re.compile(r"(?<![?$:@\w])FROM(?![\w:])", re.I)


def names_dataset(text: str) -> bool:
    """Whether a query names its own dataset (FROM or FROM NAMED)."""
    return bool(_FROM.search(NOT_CODE.sub(" ", text)))


@dataclass(frozen=True)
class Reply:
    status: int
    content_type: str
    body: bytes


def _pick(accepted: list[str], offered: dict[str, str]) -> str | None:
    for media in accepted:
        media = ALIASES.get(media, media)
        if media in offered:
            return media
        if media in ("*/*", "", "text/*", "application/*"):
            return next(iter(offered)) if media != "text/*" else next((m for m in offered if m.startswith("text/")), None)
    return None


def evaluate(store, text: str, accepted: list[str], limit: int, dataset: tuple[list[str], list[str]] | None = None) -> Reply:
    """One query on an open pyoxigraph Store; results beyond `limit` are refused, not cut.

    `dataset` is the (default graph IRIs, named graph IRIs) a request gave
    with default-graph-uri / named-graph-uri, or None when it gave neither.
    """
    import pyoxigraph as ox

    if dataset is not None:  # the protocol's dataset replaces the query's FROM / FROM NAMED
        try:
            options = {
                "default_graph": [ox.NamedNode(iri) for iri in dataset[0]],
                "named_graphs": [ox.NamedNode(iri) for iri in dataset[1]],
            }
        except ValueError as err:
            return Reply(400, "text/plain", f"a graph IRI is not valid: {err}\n".encode())
    elif names_dataset(text):
        options = {}  # pyoxigraph's union default graph would override FROM; without it the query's dataset holds
    else:
        options = {"use_default_graph_as_union": True}

    def run():
        return store.query(text, **options)

    try:
        result = run()
    except SyntaxError as err:
        return Reply(400, "text/plain", f"SPARQL syntax error: {err}\n".encode())
    except (OSError, RuntimeError, ValueError) as err:
        return Reply(400, "text/plain", f"query failed: {err}\n".encode())
    if isinstance(result, ox.QueryBoolean):
        media = _pick(accepted, SOLUTION_TYPES)
        if media is None:
            return Reply(406, "text/plain", f"an ASK answer comes as one of: {', '.join(SOLUTION_TYPES)}\n".encode())
        return Reply(200, media, result.serialize(format=getattr(ox.QueryResultsFormat, SOLUTION_TYPES[media])))
    graph = isinstance(result, ox.QueryTriples)
    offered = GRAPH_TYPES if graph else SOLUTION_TYPES
    media = _pick(accepted, offered)
    if media is None:
        return Reply(406, "text/plain", f"this query's results come as one of: {', '.join(offered)}\n".encode())
    count = 0
    for _ in result:  # count first: a result is refused whole rather than silently cut
        count += 1
        if count > limit:
            what = "triples" if graph else "rows"
            return Reply(413, "text/plain", f"more than {limit} {what}; add a LIMIT (the server's result limit is {limit})\n".encode())
    result = run()
    if graph:
        return Reply(200, media, result.serialize(format=getattr(ox.RdfFormat, GRAPH_TYPES[media])))
    return Reply(200, media, result.serialize(format=getattr(ox.QueryResultsFormat, SOLUTION_TYPES[media])))


def _work(path: str, connection) -> None:
    import pyoxigraph as ox

    store = ox.Store.read_only(path)
    while True:
        job = connection.recv()
        if job is None:
            return
        text, accepted, limit, dataset = job
        reply = evaluate(store, text, accepted, limit, dataset)
        connection.send((reply.status, reply.content_type, reply.body))


class Worker:
    def __init__(self, context, path: str):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_work, args=(path, child), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class Evaluator:
    """A small pool of worker processes over one on-disk store."""

    def __init__(self, store_path: str, *, workers: int = 2, timeout: float = 30.0, limit: int = 10_000):
        self.path, self.timeout, self.limit = store_path, timeout, limit
        # spawn: workers start clean, whatever threads this process runs.
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.all: list[Worker] = []
        self.lock = threading.Lock()
        for _ in range(workers):
            self._add()

    def _add(self) -> None:
        worker = Worker(self.context, self.path)
        with self.lock:
            self.all.append(worker)
        self.idle.put(worker)

    def _retire(self, worker: Worker) -> None:
        worker.stop()
        with self.lock:
            self.all.remove(worker)
        self._add()

    def query(self, text: str, accepted: list[str], dataset: tuple[list[str], list[str]] | None = None) -> Reply:
        """Run one query; `dataset` as for `evaluate`."""
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return Reply(503, "text/plain", b"the server is busy; try again\n")
        try:
            worker.connection.send((text, accepted, self.limit, dataset))
            if not worker.connection.poll(self.timeout):
                self._retire(worker)
                return Reply(503, "text/plain", f"query stopped after the server's time limit of {self.timeout:g} s\n".encode())
            status, content_type, body = worker.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._retire(worker)
            return Reply(500, "text/plain", b"the query worker failed; try again\n")
        self.idle.put(worker)
        return Reply(status, content_type, body)

    def close(self) -> None:
        with self.lock:
            workers, self.all = list(self.all), []
        for worker in workers:
            worker.stop()
