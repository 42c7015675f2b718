"""The cases page: each case thread as a list of its incidents in date order, with its gaps where they fall.

A case is one person's, group's or site's story across statements (graph/incidents,
clec:Case). The page shows every case as an ordered list: each step's date (or the
day it was first reported), type, place and how many reports and organisations
tell of it; a gap ("arrest on
2012-07-15: no release reported after it") stands right after the step it follows,
marked so it cannot be missed. Cases with gaps come first. The page is one
self-contained HTML file, no script, readable offline.

    clecgraph view output/graph.trig --kind cases --out cases.html
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from clecgraph.errors import UsageError

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin:1.6rem 0 .3rem}
ol.case{list-style:none;padding-left:0;border-left:3px solid #6a8caf;margin-left:.4rem}
ol.case li{padding:.25rem .8rem;margin:.15rem 0}
ol.case li.gap{border-left:3px dashed #c0392b;margin-left:-3px;color:#c0392b;background:#fdf0ee}
.when{font-variant-numeric:tabular-nums;display:inline-block;min-width:7.5rem;color:#555}
.type{font-weight:600}.small{color:#666;font-size:.9em}
"""


def _step(step: dict, incident: dict) -> str:
    when = step.get("date") or (f"reported {step['first_reported']}" if step.get("first_reported") else "undated")
    reports = incident.get("report_count") or len(incident.get("reports", ())) or 1
    issuers = incident.get("issuers") or []
    told = f"{reports} report{'s' if reports != 1 else ''}"
    if issuers:
        told += " by " + ", ".join(escape(str(i)) for i in issuers)
    place = f" in {escape(str(incident['place']))}" if incident.get("place") else ""
    return (
        f'<li id="{escape(step["incident"], quote=True)}"><span class="when">{escape(str(when))}</span> '
        f'<span class="type">{escape(str(step.get("type") or "event"))}</span>{place} '
        f'<span class="small">({told})</span></li>'
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _case(case: dict, incidents: dict[str, dict]) -> str:
    gaps_after: dict[str, list[dict]] = {}
    for gap in case.get("gaps", ()):
        gaps_after.setdefault(gap["after"], []).append(gap)
    items = []
    for step in case.get("steps", ()):
        items.append(_step(step, incidents.get(step["incident"], {})))
        for gap in gaps_after.get(step["incident"], ()):
            expected = " or ".join(gap.get("expected") or ()) or "a follow-up"
            note = gap.get("note") or f"no {expected} reported after it"
            items.append(f'<li class="gap">gap: {escape(str(note))}</li>')
    name = case.get("subject", {}).get("name") or case.get("label") or case["case"]
    steps, count = len(case.get("steps", ())), len(case.get("gaps", ()))
    heading = f"{escape(str(name))} <span class='small'>({_plural(steps, 'step')}"
    heading += f", {_plural(count, 'gap')})</span>" if count else ")</span>"
    return f'<section id="{escape(case["case"], quote=True)}"><h2>{heading}</h2><ol class="case">{"".join(items)}</ol></section>'


def cases_page(records: list[dict], title: str = "Case threads") -> str:
    """The page's HTML for the records of cases.jsonl (incidents, then cases)."""
    incidents = {r["incident"]: r for r in records if r.get("record") == "incident"}
    cases = [r for r in records if r.get("record") == "case"]
    cases.sort(key=lambda c: (not c.get("gaps"), str(c.get("subject", {}).get("name") or c["case"]).lower(), c["case"]))
    with_gaps = sum(1 for c in cases if c.get("gaps"))
    summary = f"{_plural(len(cases), 'case thread')}, {with_gaps} with gaps (a follow-up never reported)."
    body = "".join(_case(case, incidents) for case in cases)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1><p>{summary}</p>{body}</body></html>\n"
    )


def about(records: list[dict], subject: str) -> list[dict]:
    """The cases whose subject is `subject` (its name in any case and accents, or its IRI), with their incidents."""
    from clecgraph.names import fold

    wanted = fold(subject)
    cases = [
        r for r in records if r.get("record") == "case" and wanted in (fold(r["subject"].get("name") or ""), fold(r["subject"]["iri"]))
    ]
    steps = {s["incident"] for c in cases for s in c["steps"]}
    return [r for r in records if r.get("record") == "incident" and r["incident"] in steps] + cases


def write_cases_page(source, out: Path, *, subject: str | None = None, allow_empty: bool = False) -> int:
    """Write the cases page of a graph file or store to `out` (.html); the number of cases written.

    `subject` keeps only that person's, group's or site's cases. A page without any case is refused
    (UsageError, nothing written) unless `allow_empty`.
    """
    from clecgraph.incidents.readback import case_records
    from clecgraph.views.select import load_source

    out = Path(out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise UsageError(f"--out {str(out)!r}: the cases view is a page; name it .html")
    records = list(case_records(load_source(source)))
    if subject:
        records = about(records, subject)
    cases = sum(1 for r in records if r.get("record") == "case")
    if not cases and not allow_empty:
        whose = f" about {subject!r}" if subject else ""
        raise UsageError(f"{source} holds no case thread{whose} (graph/incidents); --allow-empty writes the page anyway")
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        partial.write_text(cases_page(records), encoding="utf-8", newline="\n")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return cases
