"""The Wikipedia linker: known organisations -> their English Wikipedia article and DBpedia resource.

The table is packaged data (ontology/authorities/organisations-wikipedia.tsv):
one row per organisation of organisations.ttl whose article was checked,
with the page it was checked on (evidence_url) and the date (checked). A
linked organisation gets

    owl:sameAs            <https://dbpedia.org/resource/TITLE>
    foaf:isPrimaryTopicOf <https://en.wikipedia.org/wiki/TITLE>
    clec:linkNote         "English Wikipedia title checked DATE on URL"

Rows are matched to the authority whose preferred label is the row's name,
so a row follows its organisation under any name the corpus uses.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache

from clecgraph.errors import InputError
from clecgraph.knowledge.ontology import default_knowledge, ontology_file
from clecgraph.link.context import LinkContext
from clecgraph.model import ORGANISATION
from clecgraph.resolve.entities import Resolution

TABLE = "organisations-wikipedia.tsv"
COLUMNS = ("name", "aliases", "wikipedia_title", "dbpedia_iri", "wikidata_qid", "evidence_url", "checked")
WIKIPEDIA = "https://en.wikipedia.org/wiki/"
DBPEDIA = "https://dbpedia.org/resource/"
PRIMARY_TOPIC_OF = "http://xmlns.com/foaf/0.1/isPrimaryTopicOf"
WIKIDATA = "http://www.wikidata.org/entity/"


@dataclass(frozen=True)
class ArticleLink:
    key: str  # the organisation's authority slug
    name: str
    title: str
    dbpedia: str
    wikidata: str | None
    evidence: str
    checked: str

    @property
    def wikipedia(self) -> str:
        return WIKIPEDIA + self.title

    def note(self) -> str:
        return f"English Wikipedia title checked {self.checked} on {self.evidence}"


def read_table(text: str, source: str = TABLE) -> tuple[ArticleLink, ...]:
    """The rows of a table in the packaged format, each tied to its organisation's authority slug."""
    keys = {a.label: a.key for a in default_knowledge().authorities_of(ORGANISATION)}
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    if not rows or tuple(rows[0]) != COLUMNS:
        raise InputError(source, f"header must be {' TAB '.join(COLUMNS)}", 1)
    links = []
    for number, row in enumerate(rows[1:], 2):
        if not any(row):
            continue
        if len(row) != len(COLUMNS):
            raise InputError(source, f"{len(row)} columns, expected {len(COLUMNS)}", number)
        record = dict(zip(COLUMNS, row))
        key = keys.get(record["name"])
        if key is None:
            raise InputError(source, f"{record['name']!r} is no organisation's preferred label in organisations.ttl", number)
        title = record["wikipedia_title"]
        if not title or " " in title or record["dbpedia_iri"] != DBPEDIA + title:
            raise InputError(source, f"wikipedia_title {title!r} and dbpedia_iri {record['dbpedia_iri']!r} do not agree", number)
        if not record["evidence_url"].startswith(("http://", "https://")) or not record["checked"]:
            raise InputError(source, "every row needs the page it was checked on (evidence_url) and the date (checked)", number)
        qid = record["wikidata_qid"].strip() or None
        if qid is not None and not (qid.startswith("Q") and qid[1:].isdigit()):
            raise InputError(source, f"wikidata_qid {qid!r} is not a Q-number", number)
        links.append(ArticleLink(key, record["name"], title, record["dbpedia_iri"], qid, record["evidence_url"], record["checked"]))
    return tuple(links)


@lru_cache(maxsize=1)
def packaged_links() -> dict[str, ArticleLink]:
    """The packaged table, by authority slug."""
    text = ontology_file("authorities", TABLE).read_text(encoding="utf-8")
    return {link.key: link for link in read_table(text)}


def link_wikipedia(resolution: Resolution, context: LinkContext) -> Resolution:
    """Add the DBpedia and Wikipedia links of every organisation in the packaged table."""
    table = packaged_links()
    entities = dict(resolution.entities)
    for (kind, key), entity in resolution.entities.items():
        link = table.get(key) if kind == ORGANISATION else None
        if link is None:
            continue
        same = {*entity.same_as, link.dbpedia, *([WIKIDATA + link.wikidata] if link.wikidata else [])}
        extra = tuple(x for x in entity.extra if x[0] != PRIMARY_TOPIC_OF)
        extra += ((PRIMARY_TOPIC_OF, link.wikipedia), ("linkNote", link.note()))
        entities[(kind, key)] = replace(entity, same_as=tuple(sorted(same)), extra=extra)
    return Resolution(entities=entities, index=resolution.index)


__all__ = ["ArticleLink", "link_wikipedia", "packaged_links", "read_table"]
