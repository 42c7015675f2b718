"""Read-only SPARQL evaluation with time, result, answer-size and per-client limits, for `clecgraph serve`.

Queries run in worker processes that open the Oxigraph store read-only and
give up their network first (clecgraph.sparql.guard). A query that runs
past the time limit is stopped by ending its worker (a thread cannot be
stopped, a process can), and a fresh worker takes its place. A worker first
checks the query by parsing it (guard.refusal: no SERVICE, no update);
evaluation is pyoxigraph's; the answer is kept, counted, then written
(clecgraph.sparql.solutions for solutions) into a buffer that refuses to
grow past the answer-size limit. One client (one address) holds
at most `per_client` workers at once, so a small query from another client
is not kept waiting behind a first client's long ones.

The RDF dataset of a query: the one a request names with the protocol's
default-graph-uri / named-graph-uri, when it names one (it replaces the
query's FROM / FROM NAMED); else the query's own FROM / FROM NAMED; else the
server's: the default graph is the union of all graphs, every named graph is
available.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import re
import threading
from dataclasses import dataclass

from clecgraph.sparql.guard import NOT_CODE, check
from clecgraph.sparql.solutions import WRITERS

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


MAX_ANSWER_BYTES = 64 << 20


class AnswerTooBig(Exception):
    pass


class _Capped:
    """A binary sink for pyoxigraph's serialisers that refuses to grow past `limit` bytes."""

    def __init__(self, limit: int):
        self.limit, self.size, self.parts = limit, 0, []

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise AnswerTooBig
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def _serialize(result, rdf_format, max_bytes: int) -> Reply | bytes:
    sink = _Capped(max_bytes)
    try:
        result.serialize(output=sink, format=rdf_format)
    except AnswerTooBig:
        return _too_big(max_bytes)
    return sink.getvalue()


def _too_big(max_bytes: int) -> Reply:
    return Reply(
        413, "text/plain", f"the answer is larger than the server's limit of {max_bytes} bytes; add a LIMIT or select less\n".encode()
    )


def evaluate(
    store,
    text: str,
    accepted: list[str],
    limit: int,
    dataset: tuple[list[str], list[str]] | None = None,
    max_bytes: int = MAX_ANSWER_BYTES,
    *,
    trusted: bool = False,
) -> Reply:
    """One query on an open pyoxigraph Store; results beyond `limit` rows or `max_bytes` are refused, not cut.

    `dataset` is the (default graph IRIs, named graph IRIs) a request gave
    with default-graph-uri / named-graph-uri, or None when it gave neither.
    `trusted`: the server's own query (the explorer's pages: fixed text, values
    escaped into it), run without the guard's parse, which costs more than most
    such queries do. A client's query is never trusted.
    """
    import pyoxigraph as ox

    if not trusted:
        text, why = check(text)  # the engine runs the very text that was checked
        if why:
            return Reply(why.status, "text/plain", (why.message + "\n").encode())

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

    try:
        result = store.query(text, **options)
    except SyntaxError as err:
        return Reply(400, "text/plain", f"SPARQL syntax error: {_short(err)}\n".encode())
    except (OSError, RuntimeError, ValueError) as err:
        return Reply(400, "text/plain", f"query failed: {_short(err)}\n".encode())
    if isinstance(result, ox.QueryBoolean):
        media = _pick(accepted, SOLUTION_TYPES)
        if media is None:
            return Reply(406, "text/plain", f"an ASK answer comes as one of: {', '.join(SOLUTION_TYPES)}\n".encode())
        return Reply(200, media, _serialize(result, getattr(ox.QueryResultsFormat, SOLUTION_TYPES[media]), max_bytes))
    graph = isinstance(result, ox.QueryTriples)
    offered = GRAPH_TYPES if graph else SOLUTION_TYPES
    media = _pick(accepted, offered)
    if media is None:
        return Reply(406, "text/plain", f"this query's results come as one of: {', '.join(offered)}\n".encode())
    # The query runs once: its answer is kept (a result over the limit is refused whole, never cut), then written.
    return _once(result, graph, media, limit, max_bytes)


def _too_many(limit: int, graph: bool) -> Reply:
    what = "triples" if graph else "rows"
    return Reply(413, "text/plain", f"more than {limit} {what}; add a LIMIT (the server's result limit is {limit})\n".encode())


def _once(result, graph: bool, media: str, limit: int, max_bytes: int) -> Reply:
    """A graph or solutions from one run of the query: kept (up to the limit), then written."""
    import pyoxigraph as ox

    kept = []
    for item in result:  # a result is refused whole rather than silently cut
        kept.append(item)
        if len(kept) > limit:
            return _too_many(limit, graph)
    sink = _Capped(max_bytes)
    try:
        if graph:
            ox.serialize(kept, output=sink, format=getattr(ox.RdfFormat, GRAPH_TYPES[media]))
        else:
            WRITERS[media](sink, [v.value for v in result.variables], kept)
    except AnswerTooBig:
        return _too_big(max_bytes)
    return Reply(200, media, sink.getvalue())


def _short(err: Exception, limit: int = 300) -> str:
    text = (str(err).strip().splitlines() or [type(err).__name__])[0]
    return text if len(text) <= limit else text[:limit] + " ..."


def _work(path: str, connection) -> None:
    from clecgraph.sparql.guard import isolate_network

    isolated = isolate_network()  # before the store starts its threads: a namespace is per process
    import pyoxigraph as ox

    store = ox.Store.read_only(path)
    check("ASK {}")  # loads the parser now, so that a first query's time limit is not spent on it
    connection.send(isolated)
    while True:
        job = connection.recv()
        if job is None:
            return
        text, accepted, limit, dataset, max_bytes, trusted = job
        reply = evaluate(store, text, accepted, limit, dataset, max_bytes, trusted=trusted)
        connection.send((reply.status, reply.content_type, reply.body))


class Worker:
    def __init__(self, context, path: str):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_work, args=(path, child), daemon=True)
        self.process.start()
        child.close()
        self.isolated: bool | None = None  # known once the worker has said it is ready

    def ready(self, timeout: float) -> None:
        if self.isolated is None:
            if not self.connection.poll(timeout):
                raise EOFError("the worker did not start")
            self.isolated = bool(self.connection.recv())

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class Evaluator:
    """A small pool of worker processes over one on-disk store."""

    def __init__(
        self,
        store_path: str,
        *,
        workers: int = 2,
        timeout: float = 30.0,
        limit: int = 10_000,
        max_bytes: int = MAX_ANSWER_BYTES,
        per_client: int | None = None,
    ):
        self.path, self.timeout, self.limit, self.max_bytes = store_path, timeout, limit, max_bytes
        # One worker stays free for other clients (unless there is only one).
        self.per_client = per_client or max(1, workers - 1)
        self.clients: dict[str, list] = {}  # address -> [queries running or waiting, semaphore]
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

    @contextlib.contextmanager
    def _turn(self, client: str):
        """A place among the queries of `client`; False if none came free in time."""
        with self.lock:
            entry = self.clients.setdefault(client, [0, threading.Semaphore(self.per_client)])
            entry[0] += 1
        try:
            got = entry[1].acquire(timeout=self.timeout)
            try:
                yield got
            finally:
                if got:
                    entry[1].release()
        finally:
            with self.lock:
                entry[0] -= 1
                if entry[0] == 0:
                    del self.clients[client]

    def isolated(self) -> bool | None:
        """Whether the workers run without network (None: not known yet)."""
        with self.lock:
            workers = list(self.all)
        for worker in workers:
            with contextlib.suppress(EOFError, OSError):
                worker.ready(60)
                return worker.isolated
        return None

    def query(
        self, text: str, accepted: list[str], dataset: tuple[list[str], list[str]] | None = None, client: str = "", trusted: bool = False
    ) -> Reply:
        """Run one query for `client` (its address); `dataset` and `trusted` as for `evaluate`."""
        with self._turn(client) as turn:
            if not turn:
                return Reply(
                    503, "text/plain", f"you already have {self.per_client} queries running; try again when one has finished\n".encode()
                )
            return self._run(text, accepted, dataset, trusted)

    def _run(self, text: str, accepted: list[str], dataset, trusted: bool = False) -> Reply:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return Reply(503, "text/plain", b"the server is busy; try again\n")
        try:
            worker.ready(60)
            worker.connection.send((text, accepted, self.limit, dataset, self.max_bytes, bool(trusted)))
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
