"""Online, only when asked: candidates for unlinked entities from a reconciliation service.

Speaks the W3C Reconciliation Service API (https://www.w3.org/community/reports/reconciliation/):
a GET of the service URL returns its manifest (with `identifierSpace`, the
IRI prefix of its ids); a POST of `queries={"q0": {"query": NAME, ...}}`
returns `{"q0": {"result": [{"id", "name", "score", "match", "description"}]}}`.

Candidates go to a review TSV (clecgraph.link.review) that a person edits;
nothing is linked until a row is accepted and a build reads the file. The
file is written after every batch, so a timeout, an HTTP error or a rate
limit (429) ends the run with one clear message and loses nothing fetched.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset
from rdflib.namespace import OWL, RDF, SKOS

from clecgraph.errors import ClecgraphError
from clecgraph.link.review import Candidate, read_review, write_review
from clecgraph.vocab import CLASS_KIND

SERVICES = {"wikidata": "https://wikidata.reconci.link/en/api"}
# Type filters sent with each query (they narrow the search; they are never written to the graph).
WIKIDATA_TYPES = {"organisation": "Q43229", "person": "Q5"}
USER_AGENT = "clecgraph-reconcile/0.1 (+https://clecgraph.example/)"


class ReconcileError(ClecgraphError):
    """The service could not be used; what was fetched before is in the review file."""


@dataclass(frozen=True)
class Unlinked:
    kind: str
    key: str
    label: str


def unlinked_entities(dataset: Dataset, kinds: tuple[str, ...] = ("organisation", "person", "place")) -> list[Unlinked]:
    """Entities of the graph with no owl:sameAs, in a stable order."""
    typed, same, labels = {}, set(), {}
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        if p == RDF.type and o in CLASS_KIND:
            typed[s] = CLASS_KIND[o]
        elif p == OWL.sameAs:
            same.add(s)
        elif p == SKOS.prefLabel:
            labels[s] = str(o)
    found = [
        Unlinked(kind, str(node).rstrip("/").rsplit("/", 1)[-1], labels.get(node, ""))
        for node, kind in typed.items()
        if kind in kinds and node not in same and labels.get(node)
    ]
    return sorted(found, key=lambda u: (u.kind, u.key))


class Client:
    """A small W3C reconciliation client over urllib (no extra dependency)."""

    def __init__(self, url: str, timeout: float = 20.0):
        self.url = url
        self.timeout = timeout

    def _open(self, request: urllib.request.Request) -> dict:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as err:
            if err.code == 429:
                wait = err.headers.get("Retry-After") if err.headers else None
                hint = f"; the service asks to wait {wait} s" if wait else ""
                raise ReconcileError(f"{self.url}: rate limited (HTTP 429){hint}; try again later") from None
            raise ReconcileError(f"{self.url}: HTTP {err.code} {err.reason}") from None
        except TimeoutError:
            raise ReconcileError(f"{self.url}: no answer within {self.timeout:g} s (timeout)") from None
        except urllib.error.URLError as err:
            reason = err.reason
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise ReconcileError(f"{self.url}: no answer within {self.timeout:g} s (timeout)") from None
            raise ReconcileError(f"{self.url}: cannot connect ({reason})") from None
        except (ValueError, UnicodeDecodeError):
            raise ReconcileError(f"{self.url}: the answer is not JSON; is this a reconciliation service?") from None

    def manifest(self) -> dict:
        return self._open(urllib.request.Request(self.url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}))

    def query(self, queries: dict) -> dict:
        body = urllib.parse.urlencode({"queries": json.dumps(queries, ensure_ascii=False)}).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=body,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"},
        )
        return self._open(request)


def reconcile(
    dataset: Dataset,
    review: Path | str,
    *,
    service: str = "wikidata",
    limit: int = 3,
    batch: int = 10,
    timeout: float = 20.0,
    kinds: tuple[str, ...] = ("organisation", "person", "place"),
) -> dict:
    """Look up every unlinked entity; write candidates to `review`. Returns counts."""
    url = SERVICES.get(service, service)
    if not url.startswith(("http://", "https://")):
        raise ReconcileError(f"unknown service {service!r}: give a known name ({', '.join(SERVICES)}) or an http(s) URL")
    client = Client(url, timeout)
    space = str(client.manifest().get("identifierSpace") or "")
    if not space.startswith(("http://", "https://")):
        raise ReconcileError(f"{url}: the manifest gives no http(s) identifierSpace, so candidate ids cannot become IRIs")
    types = WIKIDATA_TYPES if "wikidata" in url or service == "wikidata" else {}
    review = Path(review)
    done = {(c.kind, c.key) for c in read_review(review)} if review.exists() else set()
    everything = unlinked_entities(dataset, kinds)
    todo = [e for e in everything if (e.kind, e.key) not in done]  # a rerun after a 429 goes on where it stopped
    fetched: list[Candidate] = []
    asked = 0
    try:
        for start in range(0, len(todo), batch):
            chunk = todo[start : start + batch]
            queries = {}
            for number, entity in enumerate(chunk):
                query = {"query": entity.label, "limit": limit}
                if entity.kind in types:
                    query["type"] = types[entity.kind]
                queries[f"q{number}"] = query
            answer = client.query(queries)
            for number, entity in enumerate(chunk):
                results = (answer.get(f"q{number}") or {}).get("result", [])[:limit]
                for result in results:
                    fetched.append(_candidate(entity, url, space, result))
                if not results:  # remembered, so that a rerun does not ask again
                    fetched.append(Candidate(entity.kind, entity.key, entity.label, url, "", "(no candidate)", "0", "false", ""))
            asked += len(chunk)
            write_review(review, fetched)
    finally:
        write_review(review, fetched)
    found = sum(1 for c in fetched if c.candidate)
    return {
        "unlinked": len(everything),
        "already_in_review": len(everything) - len(todo),
        "asked": asked,
        "candidates": found,
        "review": str(review),
    }


def _candidate(entity: Unlinked, url: str, space: str, result: dict) -> Candidate:
    ident = str(result.get("id", ""))
    return Candidate(
        kind=entity.kind,
        key=entity.key,
        label=entity.label,
        service=url,
        candidate=ident if ident.startswith(("http://", "https://")) else space + ident,
        candidate_label=str(result.get("name", "")),
        score=f"{float(result.get('score') or 0):g}",
        match="true" if result.get("match") else "false",
        description=str(result.get("description", "")),
    )


__all__ = ["reconcile", "unlinked_entities", "ReconcileError", "SERVICES"]
