"""The words behind a network's links: for each link, the sentence of a statement that says so.

Read from the graph's Web Annotations (which words of which statement name
which entity or event) and the statements' texts; nothing is extracted again.
A link between a statement and what it names gets the sentence naming it; a
link from an event (to its place or an actor) gets the sentence, in a
statement about the event, that names the other end nearest the event's own
words; an organisation's link to a statement it issued gets the sentence
naming it, if the text does. Coalition links (organisations issuing together)
have no sentence: they come from the statements' headers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from rdflib.namespace import DCTERMS

from clecgraph.vocab import CLEC, OA, SCHEMA

SENTENCE_CHARS = 240
_END = re.compile(r"[.!?]\s|\n")


@dataclass
class Evidence:
    texts: dict[tuple[str, str], str] = field(default_factory=dict)  # (statement, field) -> text
    urls: dict[str, str] = field(default_factory=dict)  # statement -> original URL
    spans: dict[tuple[str, str], list[tuple[str, int, int, str]]] = field(default_factory=lambda: defaultdict(list))
    # (statement, entity or event) -> [(field, start, end, mention IRI)]

    def sentence(self, statement: str, span: tuple[str, int, int, str]) -> str:
        """The sentence holding the span's words, cut to SENTENCE_CHARS around them."""
        text = self.texts.get((statement, span[0]), "")
        start, end = span[1], span[2]
        if not text or not (0 <= start < end <= len(text)):
            return ""
        before = [m.end() for m in _END.finditer(text, 0, start)]
        left = before[-1] if before else 0
        after = _END.search(text, end)
        right = after.start() + 1 if after else len(text)
        if right - left > SENTENCE_CHARS:
            left = max(left, start - SENTENCE_CHARS // 2)
            right = min(right, left + SENTENCE_CHARS)
        words = " ".join(text[left:right].split())
        return ("…" if left > 0 and not before else "") + words

    def best(self, statements: list[str], other: str, anchor: str | None) -> tuple[str, tuple] | None:
        """(statement, span) naming `other`, nearest the words that name `anchor` (an event) in the same statement."""
        found = []
        for statement in statements:
            near = self.spans.get((statement, anchor), []) if anchor else []
            for span in self.spans.get((statement, other), []):
                distance = min((abs(span[1] - a[1]) for a in near if a[0] == span[0]), default=10**9)
                found.append((distance, statement, span))
            if not found and near:
                found.append((10**9, statement, near[0]))
        if not found:
            return None
        _, statement, span = min(found, key=lambda f: (f[0], f[1], f[2]))
        return statement, span


READ = (OA.hasBody, OA.hasTarget, OA.hasSource, OA.hasSelector, OA.start, OA.end, CLEC.field, SCHEMA.text, DCTERMS.title, SCHEMA.url)


def _reader(graph):
    """`pairs(predicate)` over a graph: an rdflib Graph or Dataset asked a predicate at a time; a source that
    hands triples out by predicate (the build's BuiltGraph, an Oxigraph store) read once for all of READ.
    The build's graph is read as plain strings, once for every page a build writes (graph.facts.shared)."""
    if hasattr(graph, "values_of"):
        from clecgraph.graph.facts import shared

        found = shared(graph, "evidence", lambda: _plain_pairs(graph))
        return lambda predicate: found[str(predicate)]
    if not hasattr(graph, "triples_of"):
        return lambda predicate: _pairs(graph, predicate)
    found: dict = {p: [] for p in READ}
    for s, p, o in graph.triples_of(READ):
        found[p].append((str(s), o))
    return found.__getitem__


def _plain_pairs(graph) -> dict[str, list[tuple[str, str]]]:
    from clecgraph.graph.plain import values_of

    found: dict[str, list] = {str(p): [] for p in READ}
    for s, p, o in values_of(graph, READ):
        found[p].append((s, o))
    return found


def _pairs(graph, predicate) -> list[tuple[str, object]]:
    """(subject IRI, object) of one predicate in every graph of a Dataset (or in a Graph)."""
    from rdflib import ConjunctiveGraph

    if isinstance(graph, ConjunctiveGraph):  # a Dataset: the store's union of its graphs
        found = (triple for triple, _ in graph.store.triples((None, predicate, None), None))
    else:
        found = graph.triples((None, predicate, None))
    return [(str(s), o) for s, _, o in found]


def read_evidence(graph, wanted: set[str]) -> Evidence:
    """Spans naming the `wanted` nodes, and the texts and URLs of the statements they are in."""
    pairs = _reader(graph)
    body = {m: str(o) for m, o in pairs(OA.hasBody) if str(o) in wanted}
    target = {m: str(o) for m, o in pairs(OA.hasTarget) if m in body}
    targets = set(target.values())
    source = {t: str(o) for t, o in pairs(OA.hasSource) if t in targets}
    selector = {t: str(o) for t, o in pairs(OA.hasSelector) if t in source}
    chosen = set(selector.values())
    start = {s: int(o) for s, o in pairs(OA.start) if s in chosen}
    end = {s: int(o) for s, o in pairs(OA.end) if s in chosen}
    where = {s: str(o) for s, o in pairs(CLEC.field) if s in chosen}
    found = Evidence()
    for mention, thing in body.items():
        t = target.get(mention)
        sel = selector.get(t)
        if sel in start and sel in end:
            found.spans[(source[t], thing)].append((where.get(sel, "text"), start[sel], end[sel], mention))
    statements = {s for s, _ in found.spans}
    for s, o in pairs(SCHEMA.text):
        if s in statements:
            found.texts[(s, "text")] = str(o)
    for s, o in pairs(DCTERMS.title):
        if s in statements:
            found.texts[(s, "title")] = str(o)
    for s, o in pairs(SCHEMA.url):
        found.urls[s] = str(o)
    for spans in found.spans.values():
        spans.sort()
    return found


def annotate(net: nx.Graph, graph, facts) -> None:
    """Give each link of `net` its evidence (sentence, statement, mention) and each statement its URL."""
    evidence = read_evidence(graph, set(net.nodes))
    reports: dict[str, list[str]] = defaultdict(list)
    for statement, events in facts.about.items():
        for event in events:
            reports[event].append(statement)
    for node, data in net.nodes(data=True):
        if data.get("kind") == "statement" and node in evidence.urls:
            data["url"] = evidence.urls[node]
    for u, v, data in net.edges(data=True):
        kinds = (net.nodes[u].get("kind"), net.nodes[v].get("kind"))
        if "statement" in kinds:
            statement, other = (u, v) if kinds[0] == "statement" else (v, u)
            hit = evidence.best([statement], other, None)
        elif "event" in kinds:
            event, other = (u, v) if kinds[0] == "event" else (v, u)
            hit = evidence.best(sorted(reports.get(event, [])), other, event)
        else:
            hit = None
        if hit:
            statement, span = hit
            words = evidence.sentence(statement, span)
            if words:
                data.update(evidence=words, evidence_statement=statement, evidence_mention=span[3])
                if statement in evidence.urls:  # the statement may not be a node of this view (actors, places)
                    data["evidence_url"] = evidence.urls[statement]
