"""The place linker: every place entity matched against the packaged gazetteer.

A matched place gets its GeoNames IRI (owl:sameAs), a WGS84 point where the
data has one, its ISO 3166 code (clec:iso3166) and schema:containedInPlace
up its hierarchy (district -> province -> country, city -> province ->
country); containing places the corpus does not name are added, linked.
A place no gazetteer holds stays, marked clec:unlinked true, inside the
place the text puts it in ("Group 78 ... in Phnom Penh", "Svay Rieng's
Manhattan Special Economic Zone").

Ambiguous names are settled by context, in this order (docs/linking.md):
what the extractor says the place is (subtype, or a word such as
"province" in the name); being in a province named in the same statement;
being a country, region or continent; being in a country named in the same
statement; being in the corpus's dominant country; the kind (a province over
its namesake town, unless the province is a municipality or the city has a
million people); population. The choice and the candidates not chosen are
written to the graph (clec:linkNote, clec:linkAlternative).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from clecgraph.knowledge import gazetteer as gz
from clecgraph.link.context import LinkContext
from clecgraph.link.place_evidence import co_mentions, dominant_country, mention_counts, stated_containers
from clecgraph.model import PLACE, Entity
from clecgraph.names import fold, slugify
from clecgraph.resolve.entities import Resolution

# What an extractor's subtype (or a word in the name) lets a gazetteer entry be;
# an empty set: a kind no gazetteer here holds (a village stays unlinked).
HINTS = {
    "country": {gz.COUNTRY},
    "nation": {gz.COUNTRY},
    "province": {gz.PROVINCE},
    "state": {gz.PROVINCE},
    "prefecture": {gz.PROVINCE},
    "khett": {gz.PROVINCE},
    "municipality": {gz.PROVINCE, gz.CITY},
    "district": {gz.DISTRICT},
    "srok": {gz.DISTRICT},
    "khan": {gz.DISTRICT},
    "city": {gz.CITY, gz.PROVINCE},
    "town": {gz.CITY},
    "capital": {gz.CITY},
    "krong": {gz.CITY, gz.DISTRICT},
    "region": {gz.REGION, gz.CONTINENT},
    "continent": {gz.CONTINENT},
    "village": set(),
    "commune": set(),
    "sangkat": set(),
    "community": set(),
    "river": set(),
    "lake": set(),
    "site": set(),
    "zone": set(),
    "street": set(),
    "building": set(),
}
MAX_ALTERNATIVES = 8  # candidates not chosen written as clec:linkAlternative (all are counted in clec:linkNote)
MAJOR_CITY = 1_000_000  # a city this large is meant before the province of the same name
MUNICIPAL = ("municipal", "capital", "metropol", "city")
LARGER = (gz.CONTINENT, gz.REGION, gz.COUNTRY)


def allowed_kinds(entity: Entity) -> set[str] | None:
    """The kinds an entity may link to, from its subtype or a kind word in its name; None: any."""
    hints = [HINTS[entity.subtype]] if entity.subtype in HINTS else []
    words = fold(entity.label).split()
    if len(words) > 1 and words[-1] in HINTS:  # "Kampong Thom province"; not "Calabarzon Region IV-A"
        hints.append(HINTS[words[-1]])
    if not hints:
        return None
    return set.intersection(*hints) if len(hints) > 1 else hints[0]


def candidates(entity: Entity, countries: tuple[str, ...], allowed: set[str] | None = None) -> tuple[tuple[gz.GazetteerPlace, ...], str]:
    """Gazetteer entries for any of an entity's names, and how they matched.

    By name first; where no entry of an allowed kind bears the name, by
    spelling variant, then by close spelling, among places of `countries` only.
    """
    names = (entity.label, *entity.alt_labels)
    tiers = ((gz.lookup, "name match"), (gz.lookup_variant, "spelling-variant match"), (gz.lookup_close, "close-spelling match"))
    found: dict[str, gz.GazetteerPlace] = {}
    for number, (find, how) in enumerate(tiers):
        if number and not countries:
            break
        for name in names:
            for entry in find(name, countries):
                found.setdefault(entry.ident, entry)
        if any(allowed is None or e.kind in allowed for e in found.values()):
            return tuple(found.values()), how
    return tuple(found.values()), "name match"


def _municipal_city(entry: gz.GazetteerPlace, pool) -> bool:
    """A city whose namesake province in `pool` is a municipality (Phnom Penh): the place people mean."""
    return entry.kind == gz.CITY and any(
        other.kind == gz.PROVINCE and other.iso_code == entry.parent_iso and any(m in (other.subtype or "").lower() for m in MUNICIPAL)
        for other in pool
    )


def _kind_score(entry: gz.GazetteerPlace, pool) -> int:
    if entry.kind == gz.CITY:
        return 4 if _municipal_city(entry, pool) or entry.population >= MAJOR_CITY else 2
    return {gz.PROVINCE: 3, gz.DISTRICT: 1}.get(entry.kind, 0)


def choose(pool, allowed, dominant, provinces=frozenset(), countries=frozenset()) -> gz.GazetteerPlace | None:
    """The best entry of `pool` in the order the module docstring gives."""
    everything = pool
    # "province" also admits the city a municipal province is named after.
    pool = [e for e in pool if allowed is None or e.kind in allowed or (gz.PROVINCE in allowed and _municipal_city(e, everything))]
    if not pool:
        return None

    def preference(entry):
        return (
            entry.parent_iso in provinces,
            entry.kind in LARGER,
            entry.kind not in LARGER and entry.country_code in countries,
            entry.country_code == dominant,
            _kind_score(entry, pool),
            entry.population,
            entry.ident,
        )

    return max(pool, key=preference)


def link_places(resolution: Resolution, context: LinkContext) -> Resolution:
    places = {key: e for (kind, key), e in resolution.entities.items() if kind == PLACE}
    if not places:
        return resolution
    counts = mention_counts(resolution, context.extractions)
    together = co_mentions(resolution, context.extractions)
    first = {key: candidates(e, ())[0] for key, e in places.items()}
    dominant = dominant_country(first, counts)
    allowed = {key: allowed_kinds(e) for key, e in places.items()}

    pools, variant = {}, {}
    tentative = {}
    for key, entity in places.items():
        named = {c.country_code for other in together.get(key, ()) for c in first.get(other, ()) if c.kind == gz.COUNTRY}
        countries = tuple(sorted({dominant, *named} - {None}))
        pools[key], variant[key] = candidates(entity, countries, allowed[key])
        tentative[key] = choose(pools[key], allowed[key], dominant)

    chosen = {}
    for key in places:
        near = [tentative[o] for o in together.get(key, ()) if tentative.get(o)]
        provinces = frozenset(e.iso_code for e in near if e.kind == gz.PROVINCE)
        countries = frozenset(e.country_code for e in near if e.kind == gz.COUNTRY)
        chosen[key] = choose(pools[key], allowed[key], dominant, provinces, countries)

    entities = dict(resolution.entities)
    by_ident = {}
    for key in sorted(places, key=lambda k: (-counts.get(k, 0), k)):
        if chosen[key]:
            by_ident.setdefault(chosen[key].ident, key)
    taken = set(places)

    def place_key(entry: gz.GazetteerPlace) -> str:
        """The key of the place entity for a gazetteer entry, added (with its own parents) if new."""
        if entry.ident in by_ident:
            return by_ident[entry.ident]
        key = slugify(entry.name)
        if key in taken:
            key = slugify(f"{entry.name} {entry.iso_code or entry.geonames_id or entry.kind}")
        taken.add(key)
        by_ident[entry.ident] = key
        alt = tuple(sorted(set(entry.alt_names) - {entry.name}))[:20]
        entities[(PLACE, key)] = _linked(Entity(PLACE, key, entry.name, alt, entry.kind), entry, parent(entry))
        return key

    def parent(entry: gz.GazetteerPlace) -> str | None:
        holder = None
        if entry.kind in (gz.CITY, gz.DISTRICT) and entry.parent_iso:
            holder = gz.by_iso(entry.parent_iso)
        if holder is None and entry.kind in (gz.CITY, gz.DISTRICT, gz.PROVINCE) and entry.country_code:
            holder = gz.by_iso(entry.country_code)
        return place_key(holder) if holder is not None else None

    containers = stated_containers(resolution, context.extractions)
    for key, entity in sorted(places.items()):
        entry = chosen[key]
        if entry is None:
            holder = _stated_holder(containers.get(key), chosen) or entity.contained_in
            extra = tuple(x for x in entity.extra if x[0] != "unlinked") + (("unlinked", "true"),)
            entities[(PLACE, key)] = replace(entity, contained_in=holder if holder != key else None, extra=extra)
            continue
        others = [e for e in pools[key] if e.ident != entry.ident]
        how = variant[key]
        extra = (("linkNote", _note(entry, others, how, dominant)),) if others or how != "name match" else ()
        ranked = sorted(others, key=lambda e: (-e.population, e.ident))[:MAX_ALTERNATIVES]  # the likeliest others
        extra += tuple(("linkAlternative", e.geonames_iri) for e in sorted(ranked, key=lambda e: e.ident) if e.geonames_iri)
        entities[(PLACE, key)] = _linked(entity, entry, parent(entry), extra)
    return Resolution(entities=entities, index=resolution.index)


def _stated_holder(inside, chosen) -> str | None:
    """The place the texts most often put an unlinked place in (after a bare comma only a linked place)."""
    votes = Counter()
    for (holder, weak), n in (inside or {}).items():
        if not weak or chosen.get(holder) is not None:
            votes[holder] += n
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if votes else None


def _linked(entity: Entity, entry: gz.GazetteerPlace, container: str | None, extra=()) -> Entity:
    same_as = tuple(sorted({*entity.same_as, *([entry.geonames_iri] if entry.geonames_iri else [])}))
    codes = (("iso3166", entry.iso_code),) if entry.iso_code else ()
    codes += (("m49", entry.m49),) if entry.m49 else ()
    return replace(
        entity,
        subtype=entity.subtype or entry.kind,
        same_as=same_as,
        latitude=entry.latitude if entity.latitude is None else entity.latitude,
        longitude=entry.longitude if entity.longitude is None else entity.longitude,
        contained_in=container if container != entity.key else entity.contained_in,
        extra=tuple(x for x in entity.extra if x[0] not in ("iso3166", "m49", "unlinked")) + codes + tuple(extra),
    )


def _describe(entry: gz.GazetteerPlace) -> str:
    where = entry.iso_code or entry.parent_iso or entry.country_code or entry.m49 or ""
    ident = f"GeoNames {entry.geonames_id}" if entry.geonames_id else "no GeoNames id"
    pop = f", population {entry.population}" if entry.population else ""
    return f"{entry.kind} {entry.name} ({where}; {ident}{pop})"


def _note(entry, others, how: str, dominant: str | None) -> str:
    text = f"{how}: chose {_describe(entry)}"
    if others:
        ranked = sorted(others, key=lambda e: (-e.population, e.ident))
        text += "; not: " + "; ".join(_describe(e) for e in ranked[:MAX_ALTERNATIVES])
        if len(others) > MAX_ALTERNATIVES:
            text += f"; and {len(others) - MAX_ALTERNATIVES} more"
    return text + (f"; corpus country {dominant}" if dominant else "")


__all__ = ["link_places", "choose", "candidates", "allowed_kinds"]
