"""Score incident grouping against gold events that carry an `incident` id.

The statements are extracted, resolved and linked as a build does, then
grouped (clecgraph.incidents). Each statement's system events are paired
with its gold events one to one: same type first, then same place, then
same date. The paired events are scored as mentions: key = gold incident
id, response = system incident (B-cubed, MUC, CEAF-e, CoNLL F1). Events
paired with nothing are counted, not scored: detection is the extraction
scorer's business (clecgraph.scoring.evaluate).
"""

from __future__ import annotations

from pathlib import Path

from clecgraph.names import fold
from clecgraph.scoring.coreference import scores
from clecgraph.scoring.evaluate import read_records


def _pairs(system: list[tuple[int, dict]], gold: list[tuple[int, dict]]) -> list[tuple[int, int]]:
    """(system index, gold index) pairs: same type, then same place and date preferred."""
    candidates = []
    for s, event in system:
        for g, truth in gold:
            if event["type"] != truth.get("type"):
                continue
            place = bool(event.get("place") and truth.get("place") and fold(event["place"]) == fold(truth["place"]))
            date = bool(event.get("date") and event.get("date") == truth.get("date"))
            candidates.append((-(2 * place + date), s, g))
    used_s, used_g, out = set(), set(), []
    for _, s, g in sorted(candidates):
        if s not in used_s and g not in used_g:
            used_s.add(s)
            used_g.add(g)
            out.append((s, g))
    return out


def score_incidents(statements: Path | str, gold: Path | str, extractor: str | None = None) -> dict:
    """Grouping scores for one statements file against its gold (JSON Lines with incident ids)."""
    from clecgraph.incidents import find_incidents
    from clecgraph.pipeline.stages import extract_all, resolve_corpus
    from clecgraph.vocab import statement_id

    kwargs = {"extractor": extractor} if extractor else {}
    extractions, _, _ = extract_all([Path(statements)], **kwargs)
    grouping = find_incidents(extractions, resolve_corpus(extractions))
    incident_of = {ref: incident.key for incident in grouping.incidents for ref in incident.reports}
    truth = read_records(gold)
    key, response = {}, {}
    system_events = gold_events = 0
    for extraction in extractions:
        statement = extraction.statement
        record = truth.get((Path(statement.source).name, statement.line))
        if record is None:
            continue
        sid = statement_id(statement)
        system = [(n, {"type": e.type, "place": e.place, "date": e.date}) for n, e in enumerate(extraction.events, 1)]
        golden = [(n, e) for n, e in enumerate(record.get("events", [])) if e.get("incident")]
        system_events += len(system)
        gold_events += len(golden)
        for s, g in _pairs(system, golden):
            mention = (sid, g)
            key[mention] = dict(golden)[g]["incident"]
            response[mention] = incident_of[f"{sid}-{s}"]
    result = scores(key, response)
    result.update(system_events=system_events, gold_events=gold_events, gold_incidents=len(set(key.values())))
    return result
