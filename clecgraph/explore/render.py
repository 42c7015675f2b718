"""Pieces the pages share: labels for IRIs, links to their pages, values shown as text."""

from __future__ import annotations

import urllib.parse

from clecgraph.explore.data import Term, iri_ref
from clecgraph.explore.web import esc, link
from clecgraph.vocab import CLEC, KIND_CLASS, ORG, SCHEMA, SEM

# What a page calls each class it knows.
CLASS_NAMES = {
    str(ORG.Organization): "organisation",
    str(SCHEMA.Person): "person",
    str(SCHEMA.Place): "place",
    str(CLEC.Statement): "statement",
    str(SEM.Event): "event",
    str(ORG.Membership): "membership",
}
ENTITY_CLASSES = {str(c) for c in KIND_CLASS.values()}


def labels(explorer, iris) -> dict[str, str]:
    """The preferred label (else rdfs:label, else title) of each IRI; IRIs without one are left out."""
    return explorer.index.labels(iris)


def short(iri: str) -> str:
    """The last part of an IRI, for one that has no label."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


def entity_link(explorer, iri: str, label: str | None = None, css: str = "") -> str:
    return link(explorer.paths.href(iri), label or short(iri), css=css)


def value_html(explorer, term: Term, names: dict[str, str]) -> str:
    """A value in a page: an IRI as a link to its page (outside IRIs to themselves, when http(s)), a literal as text."""
    if term.is_iri:
        local = explorer.paths.local(term.value)
        if local:
            return link(local, names.get(term.value) or short(term.value))
        outside = link(term.value, term.value, css="outside")
        return outside + f' <a class="describe" href="{esc(explorer.paths.href(term.value))}" title="what this graph says about it">↗</a>'
    if term.kind == "bnode":
        return f"<code>_:{esc(term.value)}</code>"
    text = esc(term.value)
    if len(term.value) > 300 or "\n" in term.value:
        return f'<div class="long">{text}</div>'
    return text + (f' <span class="lang">@{esc(term.lang)}</span>' if term.lang else "")


def statement_rows(explorer, rows) -> str:
    """A list of statements (index.Row: iri, date, title) as <li>s."""
    items = []
    for row in rows:
        date = esc(row.date) if row.date else "undated"
        items.append(f'<li><span class="date">{date}</span> {entity_link(explorer, row.iri, row.title or short(row.iri))}</li>')
    return '<ul class="statements">' + "".join(items) + "</ul>" if items else '<p class="none">none</p>'


def kind_of(types) -> str:
    for t in types:
        name = CLASS_NAMES.get(str(t))
        if name:
            return name
    return "resource"


def formats(path_or_iri: str, explorer) -> str:
    """Links to the resource's description in each RDF format."""
    local = explorer.paths.local(path_or_iri)
    base = local + "?" if local else "/resource?" + urllib.parse.urlencode({"iri": path_or_iri}) + "&"
    return '<p class="formats">as data: ' + " · ".join(link(f"{base}format={f}", f) for f in ("ttl", "jsonld", "nt")) + "</p>"


def properties_table(explorer, iri: str, skip=()) -> str:
    """Every (predicate, value) of a resource, values linked; predicates in `skip` left out."""
    ref = iri_ref(iri)
    rows = explorer.data.rows(f"SELECT ?p ?o WHERE {{ {ref} ?p ?o }} ORDER BY ?p ?o LIMIT 500")
    rows = [r for r in rows if r["p"].value not in skip]
    names = labels(explorer, [r["o"].value for r in rows if r["o"].is_iri])
    cells = "".join(f"<tr><th>{esc(short(r['p'].value))}</th><td>{value_html(explorer, r['o'], names)}</td></tr>" for r in rows)
    return f'<table class="properties">{cells}</table>' if cells else ""
