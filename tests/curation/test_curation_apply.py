"""Applying corrections to hand-made extractions: what is refused, reported or ambiguous, and why."""

from __future__ import annotations

from clecgraph.curation.apply import AGENT, curate
from clecgraph.curation.entries import parse_curation
from clecgraph.model import ORGANISATION, PERSON, PLACE, Event, Extraction, Mention, Span, Statement

HEADER = "action\tkind\tname\tvalue\tdetail\tsource\tcurator\tnote\n"


def extraction(text: str, *named, publisher: str | None = None, line: int = 1) -> Extraction:
    mentions, issuers = [], []
    for kind, name in named:
        start = text.index(name)
        mentions.append(Mention(kind, name, Span("text", start, start + len(name)), "test", name))
        if kind == ORGANISATION and name == publisher:
            issuers.append(name)
    trigger = Span("text", 0, 4)
    statement = Statement("t.txt", line, text, "2012-01-01", publisher=publisher)
    return Extraction(statement, "2012-01-01", tuple(issuers), tuple(mentions), (Event("arrest", trigger, "test", place=None),))


CORPUS = [
    extraction(
        "Rain fell as Prey Lang and IndustriALL met in Tokyo.", (PERSON, "Prey Lang"), (ORGANISATION, "IndustriALL"), (PLACE, "Tokyo")
    ),
    extraction(
        "Grim news: IndustriALL Global Union and ACME met at Prey Lang.",
        (ORGANISATION, "IndustriALL Global Union"),
        (ORGANISATION, "ACME"),
        (PLACE, "Prey Lang"),
        publisher="ACME",
        line=2,
    ),
]


def run(lines: str):
    return curate(parse_curation(HEADER + lines, "c.tsv"), CORPUS)


def test_a_publisher_is_not_dropped_and_the_reason_is_kept():
    (outcome,) = run("drop\torganisation\tacme\n").outcomes
    assert not outcome.applied and "publishes statement t.txt:2" in outcome.message


def test_a_name_of_two_kinds_needs_its_kind():
    (outcome,) = run("drop\t\tPrey Lang\n").outcomes
    assert not outcome.applied and "2 entities are named 'Prey Lang'" in outcome.message
    curated = run("drop\tperson\tPrey Lang\n")
    assert curated.outcomes[0].applied
    assert [m.kind for m in curated.extractions[0].mentions] == [ORGANISATION, PLACE]
    assert [m.kind for m in curated.extractions[1].mentions] == [ORGANISATION, ORGANISATION, PLACE]


def test_kind_changes_every_mention_and_marks_it_curated():
    curated = run("kind\tperson\tprey lang\tplace\n")
    (outcome,) = curated.outcomes
    assert outcome.applied and outcome.targets == ["person/prey-lang", "place/prey-lang"]
    changed = curated.extractions[0].mentions[0]
    assert (changed.kind, changed.extractor) == (PLACE, AGENT)
    assert (PLACE, "prey-lang") in curated.resolution.entities and (PERSON, "prey-lang") not in curated.resolution.entities


def test_merge_keeps_the_first_name_and_reindexes_the_other():
    curated = run("merge\torganisation\tIndustriALL Global Union\tindustriall\n")
    assert curated.outcomes[0].applied
    resolution = curated.resolution
    assert resolution.key(ORGANISATION, "IndustriALL") == resolution.key(ORGANISATION, "IndustriALL Global Union")
    merged = resolution.entity(ORGANISATION, "IndustriALL")
    assert merged.label == "IndustriALL Global Union" and "IndustriALL" in merged.alt_labels


def test_merge_across_kinds_is_reported_not_forced():
    (outcome,) = run("merge\torganisation\tACME\tTokyo\n").outcomes
    assert not outcome.applied and "no organisation is named 'Tokyo'" in outcome.message


def test_an_event_of_another_number_is_reported():
    from clecgraph.vocab import statement_id

    ident = statement_id(CORPUS[0].statement)
    curated = run(f"event-type\tevent\t{ident}-1\ttrial\nevent-type\tevent\t{ident}-2\ttrial\n")
    first, second = curated.outcomes
    assert first.applied and curated.extractions[0].events[0].type == "trial" and curated.extractions[0].events[0].extractor == AGENT
    assert not second.applied and "no event" in second.message
