"""The default extractor: gazetteers, patterns and trigger words, offline.

It composes three parts, each in its own module:
  temporal.statement_date   the statement's date (header, record or dateline)
  entities.find_entities    organisations, persons, places, issuers, affiliations
  events.find_events        typed events with their place and date
"""

from __future__ import annotations

from clecgraph.extract.entities.finder import make_entity_finder
from clecgraph.extract.events.finder import make_event_finder
from clecgraph.extract.text.temporal import statement_date
from clecgraph.knowledge.ontology import Knowledge
from clecgraph.model import Extraction, Statement


def make_rule_extractor(knowledge: Knowledge):
    find_entities = make_entity_finder(knowledge)
    find_events = make_event_finder(knowledge)

    def extract(statement: Statement) -> Extraction:
        date, date_warnings = statement_date(statement)
        found = find_entities(statement)
        events = find_events(statement, found.mentions, date)
        return Extraction(
            statement=statement,
            date=date,
            issuers=found.issuers,
            mentions=found.mentions,
            events=tuple(events),
            affiliations=found.affiliations,
            warnings=tuple(date_warnings),
        )

    return extract
