"""Benchmark: group a synthetic corpus's events into incidents and case threads.

    python benchmarks/bench_incidents.py                  # 10,000 statements extracted, copied 10 times: 100,000
    python benchmarks/bench_incidents.py 2000 --copies 1  # 2,000 statements as they are

Extracting 100,000 statements takes longer than grouping them by far, so by
default 10,000 synthetic statements are extracted once (in 2 processes) and
their extractions copied ten times, each copy with its own source file name
and every date moved on by 10 years per copy (the same people and places
recur across the copies, as in a long archive).

Extraction and resolution run first (timed apart); the figure that matters is
the grouping: clecgraph.incidents.find_incidents (reports, blocks, links,
incidents, cases) and the triples of graph/incidents, in wall time and in
this process's CPU time. Grouping runs in one process (no pool, no pickling,
no file): where its wall time exceeds its CPU time, the Linux scheduler says
why (/proc/self/schedstat: time spent runnable but waiting for a core, while
other processes held both) and getrusage says whether memory was paged in
from disk (major faults). Target: 100,000 statements' incidents in under a
minute on two cores. Measures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (benchmarks/synthetic.py, beside this file)
from bench_extract import peak_rss_mb  # noqa: E402


def _later(iso: str | None, years: int) -> str | None:
    return f"{int(iso[:4]) + years:04d}{iso[4:]}" if iso and not iso.endswith("-02-29") else iso


def shifted(extractions: list, n: int) -> list:
    """Copy `n` of the extractions: its own source file, every date 10*n years later."""
    from dataclasses import replace

    if n == 0:
        return extractions
    years, out = 10 * n, []
    for e in extractions:
        statement = replace(e.statement, source=f"copy{n}-{e.statement.source}", date=_later(e.statement.date, years))
        events = tuple(replace(v, date=_later(v.date, years)) for v in e.events)
        out.append(replace(e, statement=statement, date=_later(e.date, years), events=events))
    return out


def scheduled() -> tuple[float, float] | None:
    """(seconds on a core, seconds runnable but waiting for one) of this process so far; None off Linux."""
    try:
        on_cpu, waiting, _ = (int(v) for v in Path("/proc/self/schedstat").read_text().split()[:3])
    except (OSError, ValueError):
        return None
    return on_cpu / 1e9, waiting / 1e9


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000, help="statements extracted (default 10000)")
    parser.add_argument("--copies", type=int, default=10, help="copies of the extractions grouped (default 10)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--jobs", type=int, default=2, help="extract in this many processes")
    args = parser.parse_args(argv)

    import os

    load = os.getloadavg()
    from clecgraph.incidents import find_incidents, incident_graph_triples
    from clecgraph.pipeline.stages import extract_all, resolve_corpus
    from clecgraph.vocab import IRIs

    with tempfile.TemporaryDirectory() as folder:
        path = synthetic.write_jsonl(Path(folder) / "synthetic.jsonl", args.n, args.seed)
        started = time.perf_counter()
        extractions, _, _ = extract_all([path], jobs=args.jobs)
    extracted = time.perf_counter()
    extractions = [copy for n in range(args.copies) for copy in shifted(extractions, n)]
    resolution = resolve_corpus(extractions)
    import resource

    faults, sched = resource.getrusage(resource.RUSAGE_SELF).ru_majflt, scheduled()
    resolved, cpu = time.perf_counter(), time.process_time()
    grouping = find_incidents(extractions, resolution)
    grouped, cpu = time.perf_counter(), time.process_time() - cpu
    faults, after = resource.getrusage(resource.RUSAGE_SELF).ru_majflt - faults, scheduled()
    triples = sum(1 for _ in incident_graph_triples(extractions, resolution, IRIs()))
    written = time.perf_counter()
    events = sum(len(e.events) for e in extractions)
    multi = sum(1 for i in grouping.incidents if len(i.reports) > 1)
    corroborated = sum(1 for i in grouping.incidents if len(i.issuers) > 1)
    print(f"statements {len(extractions):,} ({args.n:,} extracted x {args.copies} copies)  events {events:,}")
    print(f"extract (jobs={args.jobs}) {extracted - started:.1f} s   resolve+link {resolved - extracted:.1f} s")
    print(
        f"group into incidents and cases {grouped - resolved:.2f} s wall, {cpu:.2f} s CPU: {len(grouping.incidents):,} incidents"
        f" ({multi:,} with several reports, {corroborated:,} by several issuers), {len(grouping.cases):,} cases"
    )
    if sched and after:
        print(
            f"  of its wall time: {after[0] - sched[0]:.2f} s on a core, {after[1] - sched[1]:.2f} s runnable but waiting"
            f" for a core (other processes), {faults} major page faults; load average before {load[0]:.1f}"
        )
    print(f"grouping again + graph/incidents triples {written - grouped:.2f} s: {triples:,} triples")
    print(f"peak memory {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
