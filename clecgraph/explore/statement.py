"""The page of a statement: title, date, issuers, original URL, events, and its words with every extracted fact marked.

The marks come from the graph's Web Annotations (`oa:hasTarget` with a
`oa:TextPositionSelector` and `oa:TextQuoteSelector` on the statement), not
from running any extractor again: what the page shows is what the graph says.
Overlapping mentions are cut into flat segments, each marked with every fact
that covers it; a small label after each mention names the fact and links to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib.namespace import DCTERMS, RDFS

from clecgraph.explore.data import iri_ref
from clecgraph.explore.render import CLASS_NAMES, entity_link, formats, labels, short
from clecgraph.explore.web import esc, layout, link, page_response
from clecgraph.vocab import CLEC, SCHEMA

ANNOTATIONS = 3000  # mentions read for one statement, at most


@dataclass
class Fact:
    anchor: str  # the mention IRI's last part, e.g. text-94-104-place: the page's #fragment for it
    field: str
    start: int
    end: int
    exact: str
    body: str
    kind: str  # organisation, person, place, event, membership
    label: str
    agent: str


def read_facts(explorer, ref: str) -> list[Fact]:
    rows = explorer.data.rows(
        f"""SELECT ?m ?body ?field ?start ?end ?exact ?agent (SAMPLE(?t) AS ?type) (SAMPLE(?et) AS ?etype) WHERE {{
  ?target oa:hasSource {ref} . ?m oa:hasTarget ?target ; oa:hasBody ?body .
  ?target oa:hasSelector ?sel . ?sel oa:start ?start ; oa:end ?end .
  OPTIONAL {{ ?sel clec:field ?field }} OPTIONAL {{ ?sel oa:exact ?exact }} OPTIONAL {{ ?m prov:wasAttributedTo ?agent }}
  OPTIONAL {{ ?body a ?t }} OPTIONAL {{ ?body sem:eventType ?et }}
}} GROUP BY ?m ?body ?field ?start ?end ?exact ?agent ORDER BY ?start ?m LIMIT {ANNOTATIONS}"""
    )
    names = labels(explorer, {r["body"].value for r in rows})
    facts = []
    for r in rows:
        try:
            start, end = int(r["start"].value), int(r["end"].value)
        except ValueError:
            continue
        kind = CLASS_NAMES.get(r["type"].value, "fact") if r.get("type") else "fact"
        body = r["body"].value
        label = names.get(body) or short(body)
        if kind == "event" and r.get("etype"):
            label = short(r["etype"].value)
        facts.append(
            Fact(
                short(r["m"].value),
                r["field"].value if r.get("field") else "text",
                start,
                end,
                r["exact"].value if r.get("exact") else "",
                body,
                kind,
                label,
                short(r["agent"].value) if r.get("agent") else "",
            )
        )
    return facts


def place(fact: Fact, text: str) -> tuple[int, int] | None:
    """Where the fact's words are in the text: its offsets when they hold its quote, else the nearest copy of the quote."""
    if 0 <= fact.start < fact.end <= len(text) and (not fact.exact or text[fact.start : fact.end] == fact.exact):
        return fact.start, fact.end
    if fact.exact:
        spots = [i for i in range(len(text)) if text.startswith(fact.exact, i)][:50]
        if spots:
            best = min(spots, key=lambda i: abs(i - fact.start))
            return best, best + len(fact.exact)
    return None


def marked(explorer, text: str, facts: list[Fact]) -> tuple[str, list[Fact]]:
    """The text as HTML with each fact marked and labelled; the facts whose words could not be found."""
    spans, lost = [], []
    for fact in facts:
        where = place(fact, text)
        (spans.append((where, fact)) if where else lost.append(fact))
    cuts = sorted({0, len(text), *(p for (a, b), _ in spans for p in (a, b))})
    out, anchored = [], set()
    for a, b in zip(cuts, cuts[1:]):
        covering = [f for (s, e), f in spans if s <= a and e >= b]
        piece = esc(text[a:b])
        if covering:
            kinds = " ".join(sorted({f"k-{f.kind}" for f in covering}))
            tip = "; ".join(f"{f.kind}: {f.label}" for f in covering)
            ids = "".join(f'<span id="{esc(f.anchor)}"></span>' for f in covering if f.anchor not in anchored)
            anchored.update(f.anchor for f in covering)
            piece = f'{ids}<mark class="fact {kinds}" title="{esc(tip)}">{piece}</mark>'
        out.append(piece)
        for (s, e), f in spans:
            if e == b:
                out.append(
                    f'<sup class="tag k-{esc(f.kind)}" data-fact="{esc(f.anchor)}">{esc(f.kind)}: {entity_link(explorer, f.body, f.label)}</sup>'
                )
    return "".join(out), lost


def statement_page(explorer, request, iri: str):
    ref = iri_ref(iri)
    props = explorer.data.rows(f"SELECT ?p ?o WHERE {{ {ref} ?p ?o }} LIMIT 1000")
    values: dict[str, list] = {}
    for r in props:
        values.setdefault(r["p"].value, []).append(r["o"])
    first = lambda p: values.get(str(p), [None])[0]
    title_term = first(DCTERMS.title)
    plain = first(RDFS.label)
    title = title_term.value if title_term is not None else plain.value if plain is not None else short(iri)
    text = first(SCHEMA.text).value if first(SCHEMA.text) else ""
    facts = read_facts(explorer, ref)
    issuers = [t.value for t in values.get(str(DCTERMS.creator), []) if t.is_iri]
    about = [t.value for t in values.get(str(SCHEMA.about), []) if t.is_iri]
    names = labels(explorer, issuers + about)
    url = first(SCHEMA.url)
    date = first(DCTERMS.issued)
    source = first(CLEC.sourceFile)
    line = first(CLEC.sourceLine)
    title_html = esc(title)
    if title_term is not None:
        title_html, _ = marked(explorer, title_term.value, [f for f in facts if f.field == "title"])
    text_html, lost = marked(explorer, text, [f for f in facts if f.field == "text"])
    lost += [f for f in facts if f.field not in ("title", "text")]
    issuer_list = ", ".join(entity_link(explorer, i, names.get(i)) for i in sorted(issuers, key=lambda i: names.get(i, i)))
    event_list = "".join(f"<li>{entity_link(explorer, e, names.get(e))}</li>" for e in sorted(about))
    rows = "".join(
        f'<tr><td><a href="#{esc(f.anchor)}">{esc(f.exact or f.anchor)}</a></td><td class="k-{esc(f.kind)}">{esc(f.kind)}</td>'
        f"<td>{entity_link(explorer, f.body, f.label)}</td><td>{esc(f.field)} {f.start}–{f.end}</td><td>{esc(f.agent)}</td></tr>"
        for f in facts
    )
    original = f"<p>Original: {link(url.value, url.value, css='outside')}</p>" if url is not None else ""
    where = f" · {esc(source.value)}{(':' + esc(line.value)) if line is not None else ''}" if source is not None else ""
    legend = " ".join(f'<mark class="fact k-{k}">{k}</mark>' for k in ("organisation", "person", "place", "event", "membership"))
    body = (
        f'<h1 class="statement-title">{title_html}</h1>'
        f'<p class="meta"><span class="date">{esc(date.value) if date is not None else "undated"}</span> · issued by {issuer_list or "no one named"}{where}</p>'
        f"{original}{formats(iri, explorer)}"
        + (f'<h2>Events</h2><ul class="events">{event_list}</ul>' if event_list else "")
        + f'<h2>Text</h2><p class="legend">{legend}</p><div class="text" id="statement-text">{text_html}</div>'
        + (
            f'<h2>Facts read from it</h2><table class="facts"><tr><th>words</th><th>kind</th><th>fact</th><th>where</th><th>extractor</th></tr>{rows}</table>'
            if rows
            else ""
        )
        + (f'<p class="lost">{len(lost)} fact(s) point at words not in this text.</p>' if lost else "")
    )
    return page_response(layout(title, body), vary=True)
