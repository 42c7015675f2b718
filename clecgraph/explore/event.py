"""The page of an event: type, date, place, actors, the statements that report it and the words they use."""

from __future__ import annotations

from rdflib.namespace import RDF, RDFS

from clecgraph.explore.data import iri_ref
from clecgraph.explore.index import Row
from clecgraph.explore.render import entity_link, formats, labels, properties_table, short, statement_rows
from clecgraph.explore.web import esc, layout, link, page_response, query_string
from clecgraph.vocab import SEM


def event_page(explorer, request, iri: str):
    ref = iri_ref(iri)
    rows = explorer.data.rows(
        f"""SELECT ?type ?date ?place ?actor ?label WHERE {{ {ref} a sem:Event .
  OPTIONAL {{ {ref} sem:eventType ?type }} OPTIONAL {{ {ref} sem:hasTimeStamp ?date }}
  OPTIONAL {{ {ref} sem:hasPlace ?place }} OPTIONAL {{ {ref} sem:hasActor ?actor }} OPTIONAL {{ {ref} rdfs:label ?label }}
}} LIMIT 500"""
    )
    pick = lambda name: sorted({r[name].value for r in rows if r.get(name)})
    types, dates, places, actors, label = pick("type"), pick("date"), pick("place"), pick("actor"), pick("label")
    reporting = explorer.data.rows(
        f"""SELECT ?s ?date ?title WHERE {{ ?s schema:about {ref} . OPTIONAL {{ ?s dcterms:issued ?date }}
  OPTIONAL {{ ?s dcterms:title ?t }} OPTIONAL {{ ?s rdfs:label ?l }} BIND(COALESCE(?t, ?l) AS ?title) }} LIMIT 100"""
    )
    # Few statements report one event: put in order here, not by the store.
    reports = sorted(
        (Row(r["s"].value, r["date"].value if r.get("date") else None, r["title"].value if r.get("title") else None) for r in reporting),
        key=lambda r: (r.date or "", r.iri),
    )
    words = explorer.data.rows(
        f"""SELECT ?m ?s ?exact WHERE {{ ?m oa:hasBody {ref} ; oa:hasTarget ?target . ?target oa:hasSource ?s ; oa:hasSelector ?sel .
  OPTIONAL {{ ?sel oa:exact ?exact }} }} ORDER BY ?s ?m LIMIT 100"""
    )
    threads = explorer.data.rows(
        f"""SELECT ?incident ?issuers ?case WHERE {{ ?incident clec:report {ref} .
  OPTIONAL {{ ?incident clec:issuerCount ?issuers }} OPTIONAL {{ ?case clec:step ?step . ?step clec:stepIncident ?incident }}
}} LIMIT 50"""
    )
    incidents = sorted({r["incident"].value for r in threads})
    cases = sorted({r["case"].value for r in threads if r.get("case")})
    issuers = {r["incident"].value: r["issuers"].value for r in threads if r.get("issuers")}
    names = labels(explorer, types + places + actors + incidents + cases)
    title = label[0] if label else (short(types[0]) if types else short(iri))
    type_links = ", ".join(link("/timeline?" + query_string(type=t), names.get(t) or short(t)) for t in types) or "no type"
    place_links = ", ".join(entity_link(explorer, p, names.get(p)) for p in places) or "no place named"
    actor_links = "".join(f"<li>{entity_link(explorer, a, names.get(a))}</li>" for a in actors)
    evidence = "".join(
        f"<li>“{esc(w['exact'].value) if w.get('exact') else '…'}” in "
        f"{link((explorer.paths.href(w['s'].value)) + '#' + short(w['m'].value), short(w['s'].value))}</li>"
        for w in words
    )
    body = (
        f'<h1 class="event-title">{esc(title)}</h1><p class="iri"><code>{esc(iri)}</code></p>{formats(iri, explorer)}'
        f'<table class="properties"><tr><th>type</th><td>{type_links}</td></tr>'
        f"<tr><th>date</th><td>{esc(', '.join(dates)) or 'undated'}</td></tr>"
        f"<tr><th>place</th><td>{place_links}</td></tr></table>"
        + (f'<h2>Who took part</h2><ul class="actors">{actor_links}</ul>' if actor_links else "")
        + f"<h2>Reported by</h2>{statement_rows(explorer, reports)}"
        + _incident_section(explorer, incidents, issuers, cases, names)
        + (f'<h2>The words</h2><ul class="evidence">{evidence}</ul>' if evidence else "")
        + "<h2>All it says</h2>"
        + properties_table(explorer, iri, skip={str(RDF.type), str(RDFS.label), str(SEM.eventType), str(SEM.hasPlace), str(SEM.hasActor)})
    )
    return page_response(layout(title, body), vary=True)


def _incident_section(explorer, incidents: list[str], issuers: dict[str, str], cases: list[str], names: dict[str, str]) -> str:
    """The incident this report is grouped into (graph/incidents) and the case threads it is a step of."""
    if not incidents:
        return ""
    items = "".join(
        f"<li>{entity_link(explorer, i, names.get(i))}"
        + (f" (reported by {esc(issuers[i])} organisation{'' if issuers[i] == '1' else 's'})" if i in issuers else "")
        + "</li>"
        for i in incidents
    )
    threads = "".join(
        f"<li>{entity_link(explorer, c, names.get(c))} ({link('/timeline?' + query_string(case=c), 'its events on the timeline')})</li>"
        for c in cases
    )
    return f'<h2>Incident</h2><ul class="incident">{items}</ul>' + (
        f'<h2>Case threads</h2><ul class="cases">{threads}</ul>' if threads else ""
    )
