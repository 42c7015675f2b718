"""The page of an organisation, person or place: names, outside identifiers, statements, events, co-signers, roles."""

from __future__ import annotations

from clecgraph.explore.data import iri_ref
from clecgraph.explore.render import entity_link, formats, labels, short, statement_rows
from clecgraph.explore.web import esc, layout, link, page_response, pager, query_string

STATEMENT_PAGE = 25
EVENTS_SHOWN = 60
FILTER_KEY = {"organisation": "org", "person": "actor", "place": "place"}


def names(explorer, ref: str) -> tuple[str | None, list[str], list[str]]:
    rows = explorer.data.rows(
        f"""SELECT ?p ?o WHERE {{ VALUES ?p {{ skos:prefLabel skos:altLabel rdfs:label clec:subtype }} {ref} ?p ?o }} LIMIT 300"""
    )
    pref = next((r["o"].value for r in rows if r["p"].value.endswith("prefLabel")), None)
    plain = next((r["o"].value for r in rows if r["p"].value.endswith("#label")), None)
    label = pref or plain
    aliases = sorted({r["o"].value for r in rows if r["p"].value.endswith(("altLabel", "#label"))} - {label})
    subtypes = sorted({r["o"].value for r in rows if r["p"].value.endswith("subtype")})
    return label, aliases, subtypes


def outside_identifiers(explorer, ref: str) -> list[str]:
    rows = explorer.data.rows(f"SELECT DISTINCT ?o WHERE {{ {ref} ?p ?o FILTER(isIRI(?o) && ?p != rdf:type) }} LIMIT 200")
    return sorted(r["o"].value for r in rows if explorer.paths.local(r["o"].value) is None and "://" in r["o"].value)


def statements(explorer, ref: str, page: int):
    return explorer.data.rows(
        # The page is cut on dates alone (Oxigraph compares stored dates cheaply, IRIs only after a lookup each),
        # and titles are read for its rows only.
        f"""SELECT ?s ?date ?title WHERE {{
  {{ SELECT DISTINCT ?s ?date WHERE {{ {{ ?s schema:mentions {ref} }} UNION {{ ?s dcterms:creator {ref} }} OPTIONAL {{ ?s dcterms:issued ?date }} }}
     ORDER BY DESC(?date) LIMIT {STATEMENT_PAGE + 1} OFFSET {(page - 1) * STATEMENT_PAGE} }}
  OPTIONAL {{ ?s dcterms:title ?t }} OPTIONAL {{ ?s rdfs:label ?l }} BIND(COALESCE(?t, ?l) AS ?title)
}} ORDER BY DESC(?date)"""
    )


def events(explorer, ref: str):
    """Its events, latest first: those it took part in, happened in, or reported (as an issuer)."""
    return explorer.data.rows(
        f"""SELECT ?e ?date ?type ?label ?roles WHERE {{
  {{ SELECT ?e (SAMPLE(?d) AS ?date) (GROUP_CONCAT(DISTINCT ?how; separator=" ") AS ?roles) WHERE {{
    {{ ?e sem:hasActor {ref} BIND("actor" AS ?how) }} UNION {{ ?e sem:hasPlace {ref} BIND("place" AS ?how) }}
    UNION {{ ?s dcterms:creator {ref} ; schema:about ?e BIND("reported" AS ?how) }}
    OPTIONAL {{ ?e sem:hasTimeStamp ?d }}
  }} GROUP BY ?e ORDER BY DESC(?date) LIMIT {EVENTS_SHOWN + 1} }}
  OPTIONAL {{ ?e sem:eventType ?type }} OPTIONAL {{ ?e rdfs:label ?label }}
}} ORDER BY DESC(?date)"""
    )


def cosigners(explorer, ref: str):
    return explorer.data.rows(
        f"""SELECT ?o (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s dcterms:creator {ref}, ?o FILTER(?o != {ref}) }}
GROUP BY ?o ORDER BY DESC(?n) LIMIT 40"""
    )


def roles(explorer, ref: str):
    return explorer.data.rows(
        f"""SELECT DISTINCT ?person ?org ?role WHERE {{
  {{ ?m org:member {ref} }} UNION {{ ?m org:organization {ref} }}
  ?m org:member ?person ; org:organization ?org . OPTIONAL {{ ?m org:role/skos:prefLabel ?role }}
}} ORDER BY ?org ?person LIMIT 200"""
    )


def event_list(explorer, rows, names: dict[str, str]) -> str:
    items = []
    for row in rows:
        iri = row["e"].value
        kind = short(row["type"].value) if row.get("type") else "event"
        label = row["label"].value if row.get("label") else kind
        how = row["roles"].value if row.get("roles") else ""
        date = esc(row["date"].value) if row.get("date") else "undated"
        items.append(
            f'<li class="event"><span class="date">{date}</span> <span class="etype">{esc(kind)}</span> '
            f'{entity_link(explorer, iri, label)} <span class="how">{esc(how)}</span></li>'
        )
    return f'<ol class="timeline">{"".join(items)}</ol>' if items else '<p class="none">none</p>'


def entity_page(explorer, request, iri: str, kind: str):
    ref = iri_ref(iri)
    page = request.number("page")
    label, aliases, subtypes = names(explorer, ref)
    title = label or short(iri)
    found = statements(explorer, ref, page)
    happened = events(explorer, ref)
    partners = cosigners(explorer, ref) if kind == "organisation" else []
    memberships = roles(explorer, ref)
    named = labels(explorer, [r["o"].value for r in partners] + [r[k].value for r in memberships for k in ("person", "org")])
    outside = "".join(f"<li>{link(i, i, css='outside')}</li>" for i in outside_identifiers(explorer, ref))
    alias_list = "".join(f"<li>{esc(a)}</li>" for a in aliases)
    more_events = len(happened) > EVENTS_SHOWN
    filter_link = f"/timeline?{query_string(**{FILTER_KEY[kind]: iri})}"
    partner_list = "".join(
        f'<li>{entity_link(explorer, r["o"].value, named.get(r["o"].value))} <span class="count">{r["n"].value} together</span></li>'
        for r in partners
    )
    role_list = "".join(
        f"<li>{entity_link(explorer, r['person'].value, named.get(r['person'].value))} — "
        f"{esc(r['role'].value) if r.get('role') else 'member'} — {entity_link(explorer, r['org'].value, named.get(r['org'].value))}</li>"
        for r in memberships
    )
    body = (
        f'<h1 class="entity" data-kind="{esc(kind)}">{esc(title)}</h1>'
        f'<p class="about"><span class="kind">{esc(kind)}</span>{(" · " + esc(", ".join(subtypes))) if subtypes else ""} · <code>{esc(iri)}</code></p>'
        f"{formats(iri, explorer)}"
        + (f'<h2>Also known as</h2><ul class="aliases">{alias_list}</ul>' if alias_list else "")
        + (f'<h2>Outside identifiers</h2><ul class="outside">{outside}</ul>' if outside else "")
        + f'<div class="columns"><section><h2>Statements</h2>{statement_rows(explorer, found[:STATEMENT_PAGE], {})}'
        f"{pager(explorer.paths.local(iri) or '/resource', page, len(found) > STATEMENT_PAGE)}</section>"
        f"<section><h2>Events</h2>{event_list(explorer, happened[:EVENTS_SHOWN], {})}"
        f"<p>{link(filter_link, 'all its events on the timeline' if more_events else 'on the timeline')} · "
        f"{link('/map?' + query_string(**{FILTER_KEY[kind]: iri}), 'on the map')}</p></section></div>"
        + (f'<h2>Co-signers</h2><ul class="cosigners">{partner_list}</ul>' if partner_list else "")
        + (f'<h2>Roles</h2><ul class="roles">{role_list}</ul>' if role_list else "")
    )
    return page_response(layout(title, body), vary=True)
