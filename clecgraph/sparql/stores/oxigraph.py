"""The Oxigraph backend (pyoxigraph): in memory, or on disk at a path kept between runs.

Queries run with the default graph as the union of all named graphs, like
`query.load_graph` does for rdflib. Oxigraph's union keeps a triple once per
graph it is in, so library queries count DISTINCT things.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from clecgraph.errors import InputError, UsageError
from clecgraph.graph.quads import RdflibTerms
from clecgraph.sparql.stores.answer import Answer

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}


class Terms:
    """rdflib <-> pyoxigraph terms; IRIs are cached because graphs repeat them a lot."""

    def __init__(self):
        self._iris: dict[str, ox.NamedNode] = {}

    def iri(self, value: str) -> ox.NamedNode:
        node = self._iris.get(value)
        if node is None:
            if len(self._iris) > 500_000:
                self._iris.clear()
            node = self._iris[value] = ox.NamedNode(value)
        return node

    def to_ox(self, term):
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=self.iri(str(term.datatype)))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        raise TypeError(f"cannot store {term!r}")

    def quad(self, s, p, o, g) -> ox.Quad:
        graph = ox.DefaultGraph() if g is None or isinstance(g, ox.DefaultGraph) else self.to_ox(getattr(g, "identifier", g))
        return ox.Quad(self.to_ox(s), self.to_ox(p), self.to_ox(o), graph)


def short_error(err: Exception, limit: int = 200) -> str:
    """pyoxigraph's syntax errors list every character class it expected: the first line, cut."""
    text = (str(err).strip().splitlines() or [type(err).__name__])[0]
    return text if len(text) <= limit else text[:limit] + " ..."


class OxigraphStore:
    name = "oxigraph"

    def __init__(self, path: Path | None = None, read_only: bool = False):
        self.path = Path(path) if path else None
        self.read_only = read_only and self.path is not None
        self.terms = Terms()
        self.store = self._open(self.path)

    def _open(self, path: Path | None) -> ox.Store:
        try:
            if path and self.read_only:
                return ox.Store.read_only(str(path))
            return ox.Store(str(path)) if path else ox.Store()
        except OSError as err:
            raise InputError(path, f"cannot open the Oxigraph store ({err})") from None

    def load_file(self, path: Path) -> None:
        path = Path(path)
        rdf_format = FORMATS.get(path.suffix.lower())
        if not path.is_file():
            raise InputError(path, "no such graph file; build one first with 'clecgraph build'")
        if rdf_format is None:
            raise InputError(path, f"unknown RDF file type {path.suffix!r}; use one of {', '.join(sorted(FORMATS))}")
        try:
            self.store.bulk_load(path=str(path), format=rdf_format)
        except (SyntaxError, ValueError) as err:
            raise InputError(path, f"is not valid RDF ({str(err).strip()[:300]})") from None

    def add_quads(self, quads: Iterable[tuple]) -> None:
        self.store.bulk_extend(self.terms.quad(*q) for q in quads)

    def add_dataset(self, dataset) -> None:
        self.add_quads(dataset.quads((None, None, None, None)))

    def add_part(self, part) -> None:
        """Add an rdflib Dataset, or N-Quads bytes (what clecgraph.pipeline.parallel writes)."""
        if isinstance(part, bytes):
            self.store.bulk_load(input=part, format=ox.RdfFormat.N_QUADS)
        else:
            self.add_dataset(part)

    def add_parts(self, parts: Iterable, spool: Path) -> None:
        """Add many parts in one bulk load, N-Quads bytes passing through the file `spool`.

        The parts come from writer processes faster than a store takes them
        in; held in memory until loaded they added up to gigabytes at 100,000
        statements. Here a thread appends them to `spool` as they come while
        one bulk load reads the file behind it: memory stays bounded, Oxigraph
        sorts and writes its indexes in large batches on several threads, and
        the loading overlaps the writing. Other parts (rdflib Datasets) are
        added after the bulk load.
        """
        tee = _Tee(parts, spool)
        try:
            for batch in _batches(tee, BATCH_BYTES):  # one bulk load per batch: Oxigraph holds a load's quads in memory
                self.store.bulk_load(input=batch, format=ox.RdfFormat.N_QUADS)
        except BaseException:
            tee.stop()
            if tee.error is not None:  # the parts failed (a writer process died): that is the error to report
                raise tee.error from None
            raise
        finally:
            tee.close()
        if tee.error is not None:
            raise tee.error
        for dataset in tee.others:
            self.add_dataset(dataset)

    def replace(self, parts: Iterable) -> None:
        """Make the store hold exactly these parts' quads (rdflib Datasets or N-Quads bytes).

        On disk the new store is written beside the old one and swapped in
        only when complete, so an interrupted build leaves the old store whole.
        """
        if self.path is None:
            import tempfile

            self.store.clear()
            handle, spool = tempfile.mkstemp(prefix="clecgraph-", suffix=".nq")
            os.close(handle)
            self.add_parts(parts, Path(spool))
            return
        fresh = self.path.with_name(f".{self.path.name}.new-{os.getpid()}")
        spool = self.path.with_name(f".{self.path.name}.parts-{os.getpid()}.nq")
        self.write_new(parts, fresh, spool)
        self.close()
        old = self.path.with_name(f".{self.path.name}.old-{os.getpid()}")
        if self.path.exists():
            os.replace(self.path, old)
        os.replace(fresh, self.path)
        shutil.rmtree(old, ignore_errors=True)
        self.store = self._open(self.path)

    def write_new(self, parts: Iterable, fresh: Path, spool: Path) -> None:
        """Write a new on-disk store at `fresh` holding exactly these parts; the caller swaps
        it in (clecgraph.pipeline.outputs.store_folder). `spool` is a private scratch file."""
        shutil.rmtree(fresh, ignore_errors=True)
        Path(fresh).mkdir(mode=0o700)  # owner-only while it is being written
        writer = OxigraphStore(fresh)
        try:
            writer.add_parts(parts, spool)
        except BaseException:
            writer.store = None  # dropped, not flushed: the half-written store is deleted
            shutil.rmtree(fresh, ignore_errors=True)
            raise
        finally:
            Path(spool).unlink(missing_ok=True)
        writer.close()

    def clear(self) -> None:
        self.store.clear()

    def __len__(self) -> int:
        return len(self.store)

    def query(self, text: str, bindings: dict | None = None) -> Answer:
        substitutions = {ox.Variable(name): self.terms.to_ox(value) for name, value in (bindings or {}).items()}
        try:
            try:
                result = self.store.query(text, use_default_graph_as_union=True, substitutions=substitutions or None)
            except RuntimeError as err:
                if "projection" not in str(err):
                    raise
                # SEP-0007 substitutions bind selected variables only; bind the others, like rdflib
                # does, with a trailing VALUES of the terms themselves (written by pyoxigraph,
                # escaped as N-Triples, so a value cannot change the query).
                names = " ".join(f"?{v.value}" for v in substitutions)
                terms = " ".join(str(t) for t in substitutions.values())
                result = self.store.query(f"{text}\nVALUES ({names}) {{ ({terms}) }}", use_default_graph_as_union=True)
        except TimeoutError:  # a caller's alarm stopped it (benchmarks/run.py sets one): not a fault of the query
            raise
        except (SyntaxError, OSError, ValueError, RuntimeError) as err:
            raise UsageError(f"query failed: {type(err).__name__}: {short_error(err)}") from None
        if isinstance(result, ox.QueryBoolean):
            return Answer("ASK", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            convert = RdflibTerms()
            return Answer("GRAPH", triples=[(convert[t.subject], convert[t.predicate], convert[t.object]) for t in result])
        names = [v.value for v in result.variables]
        convert, columns = RdflibTerms({None: None}), range(len(names))
        rows = [tuple(convert[solution[i]] for i in columns) for solution in result]
        return Answer("SELECT", vars=names, rows=rows)

    def triples_of(self, predicates) -> Iterator[tuple]:
        """(s, p, o) rdflib terms of these predicates, in every graph (clecgraph.graph.facts reads these)."""
        convert = RdflibTerms()
        for predicate in predicates:
            for quad in self.store.quads_for_pattern(None, self.terms.iri(str(predicate)), None):
                yield convert[quad.subject], predicate, convert[quad.object]

    def dump(self, path: Path, rdf_format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> None:
        self.store.dump(output=str(path), format=rdf_format)

    def close(self) -> None:
        # pyoxigraph closes the database when the last reference to the Store goes.
        if self.store is not None and self.path is not None and not self.read_only:
            self.store.flush()
        self.store = None


class _Tee:
    """A binary reader over a file that a thread is still appending `parts` to.

    `read` waits for bytes the writer has not appended yet and returns b""
    once it has appended the last part; parts that are not bytes are kept in
    `others`. The file is deleted on close.
    """

    def __init__(self, parts: Iterable, path: Path):
        import threading

        self.path, self.others, self.error = Path(path), [], None
        self._writer = open(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb")  # statement text: owner-only
        self._reader = open(self.path, "rb")
        self._written, self._read, self._done, self._stopped = 0, 0, False, False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._drain, args=(parts,), name="clecgraph-spool", daemon=True)
        self._thread.start()

    def _drain(self, parts: Iterable) -> None:
        iterator = iter(parts)
        try:
            for part in iterator:
                if self._stopped:
                    break
                if not isinstance(part, bytes):
                    self.others.append(part)
                    continue
                self._writer.write(part)
                self._writer.flush()
                with self._changed:
                    self._written += len(part)
                    self._changed.notify_all()
        except BaseException as err:  # handed to the reading side
            self.error = err
        finally:
            close = getattr(iterator, "close", None)
            if close is not None and self._stopped:
                close()  # a generator over a process pool ends its pool
            self._writer.close()
            with self._changed:
                self._done = True
                self._changed.notify_all()

    def read(self, size: int = -1) -> bytes:
        with self._changed:
            while self._read >= self._written and not self._done:
                self._changed.wait()
            if self.error is not None:
                raise self.error
            available = self._written - self._read
        data = self._reader.read(available if size is None or size < 0 else min(size, available))
        self._read += len(data)
        return data

    def stop(self) -> None:
        self._stopped = True

    def close(self) -> None:
        self.stop()
        self._thread.join()
        self._reader.close()
        self.path.unlink(missing_ok=True)


BATCH_BYTES = 1 << 26  # N-Quads text per bulk load: some 250,000 quads, about 250 MB while Oxigraph sorts them


def _batches(source, size: int) -> Iterator[_Batch]:
    """Readers over `source` (something with `read`) of about `size` bytes each, every one
    ending after a newline, so each is whole N-Quads lines; they are to be read in turn."""
    state = {"rest": b"", "ended": False}
    while not state["ended"]:
        yield _Batch(source, state, size)


class _Batch:
    """One reader of _batches: it ends at the first newline after `size` bytes (the bytes
    after that newline are kept for the next reader), or where `source` ends."""

    def __init__(self, source, state: dict, size: int):
        self.source, self.state, self.left, self.closed = source, state, size, False

    def read(self, size: int = -1) -> bytes:
        if self.closed:
            return b""
        state = self.state
        data, state["rest"] = state["rest"] or self.source.read(size), b""
        if not data:
            state["ended"] = self.closed = True
            return b""
        if size is not None and 0 <= size < len(data):
            data, state["rest"] = data[:size], data[size:]
        start, self.left = max(self.left - 1, 0), self.left - len(data)  # the budget ends at data[start]
        if self.left <= 0 and (cut := data.find(b"\n", start) + 1):
            data, state["rest"] = data[:cut], data[cut:] + state["rest"]
            self.closed = True
        return data


def open_oxigraph_store(location: str | None) -> OxigraphStore:
    """The `oxigraph` entry of clecgraph.sparql.stores.STORES: in memory, or on disk at `location`."""
    return OxigraphStore(Path(location) if location else None)
