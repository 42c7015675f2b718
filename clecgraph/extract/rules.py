"""The default extractor: gazetteers, patterns and trigger words, offline.

It runs named components (components.py) in the one order given here,
RULE_COMPONENTS: the statement's date; then the entities (each field cut into
words, candidates from each finder, the best chosen, a second pass with what
the statement taught, mentions, issuers, affiliations); then the events
(trigger words read with their place and date, merged per type); then who
asserts each event (the issuer, or a source it cites or quotes). Each
component says what it reads and what it adds; `check_order` holds the order
to that. A component added by another package goes into this list.
"""

from __future__ import annotations

from clecgraph.extract.components import Work, build, check_order, component, run
from clecgraph.extract.entities.finder import ENTITY_COMPONENTS, FoundEntities
from clecgraph.extract.events.attribution import attribution
from clecgraph.extract.events.finder import EVENT_COMPONENTS
from clecgraph.extract.text.temporal import statement_date
from clecgraph.knowledge.ontology import Knowledge
from clecgraph.model import Event, Extraction, Mention, Statement


@component("text.statement_date", ["statement"], ["date", "date_warnings"])
def date_of_statement(knowledge: Knowledge):
    """The statement's date: its header or record, else a dateline opening the text."""

    def step(work: Work) -> None:
        date, warnings = statement_date(work.statement)
        work.set("date", date)
        work.set("date_warnings", tuple(warnings))

    return step


RULE_COMPONENTS = (date_of_statement, *ENTITY_COMPONENTS, *EVENT_COMPONENTS, attribution)


def make_rule_extractor(knowledge: Knowledge, components=RULE_COMPONENTS):
    steps = build(components, knowledge)

    def extract(statement: Statement) -> Extraction:
        work = run(steps, Work(statement))
        return Extraction(
            statement=statement,
            date=work["date"],
            issuers=work["issuers"],
            mentions=work["mentions"],
            events=tuple(e for e in work["events"] if e.asserted),
            named_events=tuple(e for e in work["events"] if not e.asserted),
            affiliations=work["affiliations"],
            warnings=work["date_warnings"],
        )

    return extract


def make_entity_finder(knowledge: Knowledge):
    """Only the entities: Statement -> FoundEntities."""
    steps = build(ENTITY_COMPONENTS, knowledge)

    def find_entities(statement: Statement) -> FoundEntities:
        work = run(steps, Work(statement))
        return FoundEntities(work["mentions"], work["issuers"], work["affiliations"])

    return find_entities


def make_event_finder(knowledge: Knowledge):
    """Only the events, given the mentions and the statement's date."""
    problems = check_order(EVENT_COMPONENTS, given=("statement", "mentions", "date"))
    if problems:
        raise ValueError("; ".join(problems))
    steps = tuple(c.make(knowledge) for c in EVENT_COMPONENTS)

    def find_events(statement: Statement, mentions: tuple[Mention, ...], date: str | None) -> list[Event]:
        work = Work(statement)
        work.set("mentions", mentions)
        work.set("date", date)
        return run(steps, work)["events"]

    return find_events
