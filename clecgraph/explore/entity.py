"""The page of an organisation, person or place: names, outside identifiers, statements, events, co-signers, roles."""

from __future__ import annotations

from clecgraph.explore.data import iri_ref
from clecgraph.explore.render import entity_link, formats, labels, short, statement_rows
from clecgraph.explore.web import esc, layout, link, page_response, pager, query_string

STATEMENT_PAGE = 25
EVENTS_SHOWN = 60
FILTER_KEY = {"organisation": "org", "person": "actor", "place": "place"}


def own_values(explorer, ref: str) -> list[dict]:
    """Its own (predicate, value) pairs: names, kind, outside identifiers (one query: they are few)."""
    return explorer.data.rows(f"SELECT ?p ?o WHERE {{ {ref} ?p ?o }} LIMIT 1000")


def names(rows) -> tuple[str | None, list[str], list[str]]:
    said = lambda *ends: [r["o"].value for r in rows if r["p"].value.endswith(ends) and not r["o"].is_iri]
    pref, plain = min(said("prefLabel"), default=None), min(said("#label"), default=None)
    label = pref or plain
    aliases = sorted(set(said("altLabel", "#label", "prefLabel")) - {label})
    subtypes = sorted(set(said("#subtype")))
    return label, aliases, subtypes


def outside_identifiers(explorer, rows) -> list[str]:
    found = {r["o"].value for r in rows if r["o"].is_iri and not r["p"].value.endswith("#type")}
    return sorted(i for i in found if explorer.paths.local(i) is None and "://" in i)


def statements(explorer, iri: str, page: int):
    """A page of the statements that issue or mention it, latest first (and one more, to tell if there is a next page)."""
    return explorer.index.statements_of(iri, STATEMENT_PAGE + 1, (page - 1) * STATEMENT_PAGE)


def events(explorer, iri: str):
    """Its events, latest first: those it took part in, happened in, or reported (as an issuer)."""
    return explorer.index.events_of(iri, EVENTS_SHOWN + 1)


def cosigners(explorer, iri: str):
    return explorer.index.cosigners(iri, 40)


def roles(explorer, ref: str):
    return explorer.data.rows(
        f"""SELECT DISTINCT ?person ?org ?role WHERE {{
  {{ ?m org:member {ref} }} UNION {{ ?m org:organization {ref} }}
  ?m org:member ?person ; org:organization ?org . OPTIONAL {{ ?m org:role/skos:prefLabel ?role }}
}} ORDER BY ?org ?person LIMIT 200"""
    )


def event_list(explorer, rows) -> str:
    """Events (index.Row: iri, date, title = its label, type, roles) as a list in the given order."""
    items = []
    for row in rows:
        iri = row.iri
        kind = short(row.type) if row.type else "event"
        label = row.title or kind
        how = row.roles
        date = esc(row.date) if row.date else "undated"
        items.append(
            f'<li class="event"><span class="date">{date}</span> <span class="etype">{esc(kind)}</span> '
            f'{entity_link(explorer, iri, label)} <span class="how">{esc(how)}</span></li>'
        )
    return f'<ol class="timeline">{"".join(items)}</ol>' if items else '<p class="none">none</p>'


def entity_page(explorer, request, iri: str, kind: str):
    ref = iri_ref(iri)
    page = request.number("page")
    own = own_values(explorer, ref)
    label, aliases, subtypes = names(own)
    title = label or short(iri)
    found = statements(explorer, iri, page)
    happened = events(explorer, iri)
    partners = cosigners(explorer, iri) if kind == "organisation" else []
    memberships = roles(explorer, ref)
    named = labels(explorer, [o for o, _ in partners] + [r[k].value for r in memberships for k in ("person", "org")])
    outside = "".join(f"<li>{link(i, i, css='outside')}</li>" for i in outside_identifiers(explorer, own))
    alias_list = "".join(f"<li>{esc(a)}</li>" for a in aliases)
    more_events = len(happened) > EVENTS_SHOWN
    filter_link = f"/timeline?{query_string(**{FILTER_KEY[kind]: iri})}"
    partner_list = "".join(
        f'<li>{entity_link(explorer, o, named.get(o))} <span class="count">{n} together</span></li>' for o, n in partners
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
        + f'<div class="columns"><section><h2>Statements</h2>{statement_rows(explorer, found[:STATEMENT_PAGE])}'
        f"{pager(explorer.paths.local(iri) or '/resource', page, len(found) > STATEMENT_PAGE)}</section>"
        f"<section><h2>Events</h2>{event_list(explorer, happened[:EVENTS_SHOWN])}"
        f"<p>{link(filter_link, 'all its events on the timeline' if more_events else 'on the timeline')} · "
        f"{link('/map?' + query_string(**{FILTER_KEY[kind]: iri}), 'on the map')}</p></section></div>"
        + (f'<h2>Co-signers</h2><ul class="cosigners">{partner_list}</ul>' if partner_list else "")
        + (f'<h2>Roles</h2><ul class="roles">{role_list}</ul>' if role_list else "")
    )
    return page_response(layout(title, body), vary=True)
