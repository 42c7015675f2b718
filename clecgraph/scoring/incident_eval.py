"""Score incident grouping against gold events that carry an `incident` id.

The statements are extracted, resolved and linked as a build does, then
grouped (clecgraph.incidents). Each statement's system events are paired
with its gold events one to one: same type first, then same place, then
same date. The paired events are scored as mentions: key = gold incident
id, response = system incident (B-cubed, MUC, CEAF-e, CoNLL F1): the
grouping's own errors.

What extraction got wrong is kept apart: gold events paired with nothing
(`gold_unpaired`: not extracted, or extracted with another type) are not in
those scores; `end_to_end_bcubed_*` scores every gold event, an unpaired one
as a response cluster of its own, so the gap between the two F1s is what
the missed events cost. `errors` counts the mention pairs the grouping got
wrong, over-merged (one system incident, two gold ones) or under-merged, in
one statement or across statements.
"""

from __future__ import annotations

from pathlib import Path

from clecgraph.names import fold
from clecgraph.scoring.coreference import bcubed, scores
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
    key, response, missed = {}, {}, {}
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
        paired = _pairs(system, golden)
        for s, g in paired:
            mention = (sid, g)
            key[mention] = dict(golden)[g]["incident"]
            response[mention] = incident_of[f"{sid}-{s}"]
        found = {g for _, g in paired}
        missed.update({(sid, g): event["incident"] for g, event in golden if g not in found})
    result = scores(key, response)
    p, r, f = end_to_end_bcubed(key, response, missed)
    result.update(end_to_end_bcubed_p=round(p, 4), end_to_end_bcubed_r=round(r, 4), end_to_end_bcubed_f1=round(f, 4))
    result.update(
        system_events=system_events,
        gold_events=gold_events,
        gold_unpaired=len(missed),
        gold_incidents=len(set(key.values())),
        errors=pair_errors(key, response),
    )
    return result


def end_to_end_bcubed(key: dict, response: dict, missed: dict) -> tuple[float, float, float]:
    """B-cubed over every gold event: one the extraction missed (mention -> gold incident) is a response
    cluster of its own, as if grouping had been handed nothing to join it with."""
    key, response = dict(key), dict(response)
    for mention, incident in missed.items():
        key[mention] = incident
        response[mention] = ("missed", mention)
    return bcubed(key, response)


def pair_errors(key: dict, response: dict) -> dict[str, int]:
    """Mention pairs grouped wrongly: over- or under-merged, within one statement or across two.

    Mentions are (statement id, gold event index).
    """
    out = {"over_same_statement": 0, "over_across": 0, "under_same_statement": 0, "under_across": 0}
    mentions = sorted(set(key) & set(response), key=str)
    for n, a in enumerate(mentions):
        for b in mentions[n + 1 :]:
            gold, system = key[a] == key[b], response[a] == response[b]
            if gold != system:
                where = "same_statement" if a[0] == b[0] else "across"
                out[f"{'over' if system else 'under'}_{where}"] += 1
    return out
