"""Organisations linked outside: the packaged Wikipedia/DBpedia table, the linker, coverage."""

from __future__ import annotations

import csv

import pytest
from rdflib import URIRef
from rdflib.namespace import FOAF, OWL, RDF, SKOS

from clecgraph.errors import InputError
from clecgraph.knowledge.ontology import default_knowledge, ontology_file
from clecgraph.link import LinkContext, link_entities
from clecgraph.link.wikipedia import COLUMNS, packaged_links, read_table
from clecgraph.model import ORGANISATION, Extraction, Mention, Span, Statement
from clecgraph.resolve.entities import resolve
from clecgraph.vocab import ORG

SHARED_TABLE = "organisations-wikipedia.tsv"


def test_the_packaged_table_keeps_every_verified_row_with_its_evidence():
    text = ontology_file("authorities", SHARED_TABLE).read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    assert tuple(rows[0].keys()) == COLUMNS
    links = packaged_links()
    assert len(rows) == len(links) == 58
    for row in rows:
        assert row["evidence_url"].startswith(("https://", "http://")) and row["checked"] == "2026-12-07"
    licadho = links["licadho"]
    assert licadho.wikipedia == "https://en.wikipedia.org/wiki/Cambodian_League_for_the_Promotion_and_Defense_of_Human_Rights"
    assert licadho.dbpedia == "https://dbpedia.org/resource/Cambodian_League_for_the_Promotion_and_Defense_of_Human_Rights"
    # Royal Government of Cambodia is deliberately left out (it would share Cabinet_of_Cambodia with the Council of Ministers)
    assert "rgc" not in links and links["council-of-ministers"].title == "Cabinet_of_Cambodia"


def test_each_row_names_a_known_organisation():
    known = {a.key for a in default_knowledge().authorities_of(ORGANISATION)}
    assert set(packaged_links()) <= known


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Nobody Known\t\tX\thttps://dbpedia.org/resource/X\t\thttps://e.example/\t2026-12-07", "preferred label"),
        ("ActionAid\t\tActionAid\thttps://dbpedia.org/resource/Other\t\thttps://e.example/\t2026-12-07", "do not agree"),
        ("ActionAid\t\tActionAid\thttps://dbpedia.org/resource/ActionAid\t\t\t2026-12-07", "checked on"),
        ("ActionAid\t\tActionAid\thttps://dbpedia.org/resource/ActionAid\tQ12x\thttps://e.example/\t2026-12-07", "Q-number"),
        ("ActionAid\tActionAid", "columns"),
    ],
)
def test_a_bad_row_is_refused_with_its_line(row, message):
    text = "\t".join(COLUMNS) + "\n" + row + "\n"
    with pytest.raises(InputError, match=message) as caught:
        read_table(text, "t.tsv")
    assert caught.value.line == 2 and caught.value.path == "t.tsv"


def test_an_organisation_is_linked_under_any_name_the_corpus_uses():
    text = "The Cambodian League for the Promotion and Defense of Human Rights said so."
    name = "Cambodian League for the Promotion and Defense of Human Rights"
    start = text.index(name)
    mention = Mention(ORGANISATION, name, Span("text", start, start + len(name)), "test", name)
    extraction = Extraction(Statement("t.txt", 1, text, "2012-01-01"), "2012-01-01", (), (mention,))
    resolution = link_entities(resolve([extraction]), LinkContext((extraction,)), names=("wikipedia",))
    entity = resolution.entities[(ORGANISATION, "licadho")]
    assert "https://dbpedia.org/resource/Cambodian_League_for_the_Promotion_and_Defense_of_Human_Rights" in entity.same_as
    extra = dict(entity.extra)
    assert extra[str(FOAF.isPrimaryTopicOf)].startswith("https://en.wikipedia.org/wiki/Cambodian_League")
    assert "checked 2026-12-07 on https://en.wikipedia.org/" in extra["linkNote"]


def test_on_the_sample_every_organisation_of_the_table_has_both_links(sample_build):
    result, _ = sample_build
    entities = result.dataset.graph(URIRef("https://clecgraph.example/id/graph/entities"))
    table = {link.key: link for link in packaged_links().values()}
    present = [o for o in entities.subjects(RDF.type, ORG.Organization) if str(o).rsplit("/", 1)[1] in table]
    assert len(present) >= 5  # the sample names LICADHO, ADHOC, CCHR, HRW and more of the table
    for organisation in present:
        link = table[str(organisation).rsplit("/", 1)[1]]
        assert (organisation, OWL.sameAs, URIRef(link.dbpedia)) in entities, entities.value(organisation, SKOS.prefLabel)
        assert (organisation, FOAF.isPrimaryTopicOf, URIRef(link.wikipedia)) in entities
    organisations = result.report["links"]["organisations"]
    assert organisations["dbpedia"] == organisations["wikipedia"] == len(present)
