"""Cross-statement resolution: one entity per real-world thing, all its names kept."""

from __future__ import annotations

import pytest

from clecgraph.extract import get_extractor
from clecgraph.model import ORGANISATION, PERSON, PLACE, Extraction, Mention, Span, Statement
from clecgraph.resolve.entities import resolve, variant_key


@pytest.fixture(scope="module")
def extract():
    return get_extractor()


def corpus(extract, *texts, publisher=None):
    return [extract(Statement(source="r.jsonl", line=n, text=text, publisher=publisher)) for n, text in enumerate(texts, 1)]


def manual(line: int, *mentions: tuple[str, str, str]) -> Extraction:
    """An extraction with given (kind, name, surface) mentions."""
    text = " ".join(surface for _, _, surface in mentions)
    found, at = [], 0
    for kind, name, surface in mentions:
        found.append(Mention(kind, name, Span("text", at, at + len(surface)), "test", surface))
        at += len(surface) + 1
    return Extraction(statement=Statement("m.jsonl", line, text), date=None, issuers=(), mentions=tuple(found))


def test_acronym_defined_once_holds_for_the_corpus(extract):
    extractions = corpus(extract, "The Kampot Fishers Federation (KFF) met today.", "KFF members marched.")
    resolution = resolve(extractions)
    entity = resolution.entity(ORGANISATION, "KFF")
    assert entity is resolution.entity(ORGANISATION, "Kampot Fishers Federation")
    assert entity.label == "Kampot Fishers Federation" and "KFF" in entity.alt_labels


def test_acronym_tied_to_two_bodies_stays_apart():
    extractions = [
        manual(1, (ORGANISATION, "Clean Clothes Campaign", "CCC")),
        manual(2, (ORGANISATION, "Cooperation Committee for Cambodia", "CCC")),
        manual(3, (ORGANISATION, "CCC", "CCC")),
    ]
    resolution = resolve(extractions)
    keys = {resolution.key(ORGANISATION, n) for n in ("Clean Clothes Campaign", "Cooperation Committee for Cambodia", "CCC")}
    assert len(keys) == 3


def test_undefined_acronym_joins_the_one_name_with_its_initials():
    extractions = [
        manual(1, (ORGANISATION, "Prey Lang Community Network", "Prey Lang Community Network")),
        manual(2, (ORGANISATION, "PLCN", "PLCN")),
    ]
    resolution = resolve(extractions)
    assert resolution.key(ORGANISATION, "PLCN") == resolution.key(ORGANISATION, "Prey Lang Community Network")


def test_short_person_name_across_statements():
    extractions = [manual(1, (PERSON, "Tep Vanny", "Tep Vanny")), manual(2, (PERSON, "Vanny", "Vanny"))]
    resolution = resolve(extractions)
    assert resolution.entity(PERSON, "Vanny").label == "Tep Vanny"


def test_ambiguous_short_person_name_is_left_alone():
    extractions = [
        manual(1, (PERSON, "Sok Chea", "Sok Chea")),
        manual(2, (PERSON, "Kim Chea", "Kim Chea")),
        manual(3, (PERSON, "Chea", "Chea")),
    ]
    resolution = resolve(extractions)
    assert len({resolution.key(PERSON, n) for n in ("Sok Chea", "Kim Chea", "Chea")}) == 3


def test_spelling_variants_are_one_entity():
    extractions = [
        manual(
            1, (PLACE, "Kompong Chhnang", "Kompong Chhnang province"), (ORGANISATION, "Kampot Legal Aid Centre", "Kampot Legal Aid Centre")
        ),
        manual(2, (PLACE, "Kampong Chhnang", "Kampong Chhnang"), (ORGANISATION, "Kampot Legal Aid Center", "Kampot Legal Aid Center")),
        manual(
            3,
            (PLACE, "Boeng Trabek", "Boeng Trabek"),
            (PLACE, "Boeung Trabek Lake", "Boeung Trabek Lake"),
            (ORGANISATION, "Angkor Rice Co. Ltd", "Angkor Rice Co. Ltd"),
        ),
        manual(4, (ORGANISATION, "Angkor Rice Company", "Angkor Rice Company")),
    ]
    resolution = resolve(extractions)
    assert resolution.key(PLACE, "Kompong Chhnang") == resolution.key(PLACE, "Kampong Chhnang")
    assert resolution.key(PLACE, "Boeng Trabek") == resolution.key(PLACE, "Boeung Trabek Lake")
    assert resolution.key(ORGANISATION, "Kampot Legal Aid Centre") == resolution.key(ORGANISATION, "Kampot Legal Aid Center")
    assert resolution.key(ORGANISATION, "Angkor Rice Co. Ltd") == resolution.key(ORGANISATION, "Angkor Rice Company")
    place = resolution.entity(PLACE, "Kampong Chhnang")
    assert {"Kompong Chhnang", "Kompong Chhnang province"} <= set(place.alt_labels) | {place.label}


def test_known_authority_gives_label_and_key(extract):
    resolution = resolve(corpus(extract, "CLEC staff met villagers.", "The Community Legal Education Centre spoke."))
    entity = resolution.entity(ORGANISATION, "Community Legal Education Center")
    assert entity.key == "clec" and entity.label == "Community Legal Education Center"


def test_kinds_never_merge():
    extractions = [manual(1, (PLACE, "Kampot", "Kampot"), (ORGANISATION, "Kampot", "Kampot"))]
    resolution = resolve(extractions)
    assert ("place", resolution.key(PLACE, "Kampot")) != ("organisation", resolution.key(ORGANISATION, "Kampot"))
    assert len(resolution.entities) == 2


def test_every_name_is_indexed_and_keys_are_unique(extract):
    extractions = corpus(
        extract,
        "ADHOC, LICADHO and the Kampot Fishers Federation (KFF) condemn the arrest of Mr. Sok Chea in Kompong Thom province.",
        "Sok Chea, president of KFF, was released in Kampong Thom.",
        publisher="ADHOC",
    )
    resolution = resolve(extractions)
    for extraction in extractions:
        for mention in extraction.mentions:
            assert (mention.kind, resolution.key(mention.kind, mention.name)) in resolution.entities
        for name in extraction.issuers:
            resolution.key(ORGANISATION, name)
    assert len({(e.kind, e.key) for e in resolution.entities.values()}) == len(resolution.entities)
    assert resolution.entity(PLACE, "Kampong Thom").key == "kampong-thom"


def test_resolution_does_not_depend_on_order(extract):
    texts = ["The Kampot Fishers Federation (KFF) met.", "KFF marched in Kampot.", "Mr. Chea spoke.", "Sok Chea of KFF spoke."]
    forward = resolve(corpus(extract, *texts))
    backward = resolve(list(reversed(corpus(extract, *texts))))
    assert forward.entities == backward.entities and forward.index == backward.index


def test_variant_key_examples():
    assert variant_key(PLACE, "Kampong Thom province") == variant_key(PLACE, "Kompong Thom")
    assert variant_key(ORGANISATION, "Sawit Watch") == variant_key(ORGANISATION, "SawitWatch")
    assert variant_key(PLACE, "Timor-Leste") == variant_key(PLACE, "Timor Leste")
    assert variant_key(PERSON, "Kem Sokha") != variant_key(PERSON, "Kem Ley")
