"""Build and query benchmarks over synthetic corpora, per store (not tests: they measure).

    python benchmarks/run.py --sizes 1000 10000 --stores oxigraph rdflib --out benchmarks/results.json

For each size and store: the build runs in a child process (so its peak
memory is its own, read from the kernel's rusage), then another child opens
the result and times every library query (one warm-up, then the median of
three runs; a query past --query-cap seconds is stopped and reported so).
Entity queries run for two entities: the organisation that issued the most
statements and the median person (by statements naming them). They answer a
page at a time; for the top organisation the whole answer is timed too. rdflib builds write
graph.trig only and skip SHACL; Oxigraph builds go to an on-disk store.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable


def child(code: str, *args: str) -> tuple[dict, float, int]:
    """Run Python code in a child; returns (its JSON on stdout, seconds, peak RSS in MB)."""
    start = time.perf_counter()
    process = subprocess.Popen([PYTHON, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    output = process.stdout.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"child failed ({status}): {code[:80]} {args}")
    return json.loads(output.strip().splitlines()[-1]), seconds, usage.ru_maxrss // 1024


BUILD = """
import json, sys
from clecgraph.pipeline.builder import build
corpus, store, target, jobs = sys.argv[1:5]
if store == "rdflib":
    result = build([corpus], target, formats=["trig"], validate=False, jobs=int(jobs))
else:
    result = build([corpus], store=f"oxigraph:{target}", validate=False, out=None, jobs=int(jobs))
print(json.dumps({k: result.report[k] for k in ("statements_written", "triples", "quads", "entities")}))
"""

QUERIES = """
import json, signal, statistics, sys, time
from clecgraph.sparql.library import library
from clecgraph.sparql.stores import load
store, target, cap, count_triples = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "yes"

def stop(*_):
    raise TimeoutError

signal.signal(signal.SIGALRM, stop)
start = time.perf_counter()
backend = load(target + "/graph.trig", "rdflib") if store == "rdflib" else load(f"oxigraph:{target}")
opened = time.perf_counter() - start
# Entity queries answer for two entities, chosen here (not timed): the organisation that issued the
# most statements (the biggest answers) and the median person by statements naming them (a typical one).
TOP = ("SELECT ?entity (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <http://purl.org/dc/terms/creator> ?entity } "
       "GROUP BY ?entity ORDER BY DESC(?n) ?entity LIMIT 1")
PERSONS = ("SELECT ?entity (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s <https://schema.org/mentions> ?entity . "
           "?entity a <https://schema.org/Person> } GROUP BY ?entity ORDER BY ?n ?entity")
top = backend.query(TOP).rows[0]
persons = backend.query(PERSONS).rows
entities = {"top organisation": top, "median person": persons[len(persons) // 2]}
timings = {}
for name, query in library().items():
    cases = {name: (query.text, {})} if "entity" not in query.params else {
        f"{name} [{who}]": (query.text, {"entity": row[0]}) for who, row in entities.items()}
    if query.page_size:  # paged queries answer their first page; the whole answer is timed too
        cases[f"{name} [top organisation, whole answer]"] = (query.paged_text(limit=0), {"entity": top[0]})
    for case, (text, params) in cases.items():
        runs, rows = [], 0
        for attempt in range(4):
            start = time.perf_counter()
            signal.alarm(cap)  # rdflib is pure Python: an alarm can stop a query that runs too long
            try:
                rows = len(backend.query(text, params).rows)
            except TimeoutError:
                rows = None
            finally:
                signal.alarm(0)
            runs.append(time.perf_counter() - start)
            if rows is None or runs[-1] > 30:  # one slow run is enough to report
                break
        seconds = statistics.median(runs[1:]) if len(runs) > 1 else runs[0]
        timings[case] = {"seconds": seconds, "rows": rows, "stopped_after_cap": rows is None}
        print(case, round(seconds, 3), rows, file=sys.stderr, flush=True)
triples = None
if count_triples:  # big store builds skip this count (it holds every triple): made here, outside the build's memory
    triples = int(backend.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }").rows[0][0])
print(json.dumps({"open_seconds": opened, "queries": timings, "triples": triples,
                  "entities": {who: {"iri": str(row[0]), "statements": int(row[1])} for who, row in entities.items()}}))
"""


def _revision() -> str:
    """The commit the benchmark ran on, marked when the working tree had changes."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=HERE, capture_output=True, text=True).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (" (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else "")


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:.1f}" if ms < 10 else f"{ms:,.0f}"


def table(results: dict) -> str:
    """The results as Markdown: a build table, then query latencies with rdflib/Oxigraph ratios."""
    rows = sorted(results.values(), key=lambda r: (r["statements"], r["store"]))
    lines = [
        "| statements | store | build (s) | peak memory (MB) | triples | quads | jobs | load average |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['statements']:,} | {r['store']} | {r['build_seconds']} | {r['build_peak_mb']:,} | {'' if r['triples'] is None else format(r['triples'], ',')} | {'' if r.get('quads') is None else format(r['quads'], ',')} | {r.get('jobs', 1)} | {round(r['load_average_at_end'], 1) if r.get('load_average_at_end') else ''} |"
        )
    names = sorted({n for r in rows for n in r["queries"]})
    lines += ["", "| query | " + " | ".join(f"{r['statements']:,} {r['store']} (ms)" for r in rows) + " |", "|---|" + "---:|" * len(rows)]
    for name in names:
        cells = []
        for r in rows:
            timing = r["queries"].get(name)
            cells.append(
                ""
                if timing is None
                else (f"> {timing['seconds'] * 1000:,.0f} (stopped)" if timing.get("stopped_after_cap") else _ms(timing["seconds"]))
            )
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    pairs = [
        (size, results[f"{size}/rdflib"], results[f"{size}/oxigraph"])
        for size in sorted({r["statements"] for r in rows})
        if f"{size}/rdflib" in results and f"{size}/oxigraph" in results
    ]
    if pairs:
        lines += ["", "rdflib ÷ Oxigraph (above 1: Oxigraph is faster or smaller; '>' where rdflib was stopped):", ""]
        lines += ["| measure | " + " | ".join(f"{size:,} statements" for size, _, _ in pairs) + " |", "|---|" + "---:|" * len(pairs)]
        lines.append("| build time | " + " | ".join(f"{r['build_seconds'] / o['build_seconds']:.1f}" for _, r, o in pairs) + " |")
        lines.append("| peak memory | " + " | ".join(f"{r['build_peak_mb'] / o['build_peak_mb']:.1f}" for _, r, o in pairs) + " |")
        for name in names:
            cells = []
            for _, r, o in pairs:
                if name not in r["queries"] or name not in o["queries"]:
                    cells.append("")
                    continue
                mark = ">" if r["queries"][name].get("stopped_after_cap") else ""
                cells.append(f"{mark}{r['queries'][name]['seconds'] / o['queries'][name]['seconds']:.1f}")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--stores", nargs="+", default=["oxigraph", "rdflib"], choices=["oxigraph", "rdflib"])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="build --jobs (processes for extraction and graph writing)")
    parser.add_argument("--query-cap", type=int, default=120, help="stop a query after this many seconds (reported as stopped)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/clecgraph-bench"), help="scratch folder for corpora and builds")
    parser.add_argument("--out", type=Path, default=HERE / "results.json", help="results file (merged with what is there)")
    parser.add_argument(
        "--reuse-build",
        action="store_true",
        help="skip the builds: time the queries on the builds in --work, keeping their recorded build figures",
    )
    parser.add_argument("--table", action="store_true", help="print the results file as Markdown tables and stop")
    args = parser.parse_args(argv)
    if args.table:
        print(table(json.loads(args.out.read_text())), end="")
        return
    sys.path.insert(0, str(HERE))
    from synthetic import write_listing

    args.work.mkdir(parents=True, exist_ok=True)
    results = json.loads(args.out.read_text()) if args.out.exists() else {}
    for size in args.sizes:
        corpus = args.work / f"synthetic-{size}.txt"
        if not corpus.exists():
            write_listing(corpus, size)
        for store in args.stores:
            target = args.work / f"{store}-{size}"
            if args.reuse_build:  # time the queries of an earlier build again (its build figures are kept)
                previous = results[f"{size}/{store}"]
                report = {k: previous[k] for k in ("statements_written", "triples", "quads", "entities")}
                seconds, peak = previous["build_seconds"], previous["build_peak_mb"]
            else:
                shutil.rmtree(target, ignore_errors=True)
                report, seconds, peak = child(BUILD, str(corpus), store, str(target), str(args.jobs))
            print(
                f"{size} {store}: build {seconds:.1f} s, peak {peak} MB, {report['triples']} triples, {report['quads']} quads", flush=True
            )
            queries, _, query_peak = child(QUERIES, store, str(target), str(args.query_cap), "yes" if report["triples"] is None else "no")
            if report["triples"] is None:
                report["triples"] = queries["triples"]
                print(f"    {report['triples']} triples (counted after the build)", flush=True)
            for name, timing in queries["queries"].items():
                stopped = f" (stopped at the {args.query_cap} s cap)" if timing["stopped_after_cap"] else f" ({timing['rows']} rows)"
                print(f"    {name}: {timing['seconds'] * 1000:.1f} ms{stopped}", flush=True)
            results[f"{size}/{store}"] = {
                "statements": size,
                "store": store,
                "build_seconds": round(seconds, 1),
                "build_peak_mb": peak,
                **report,
                "open_seconds": round(queries["open_seconds"], 2),
                "query_peak_mb": query_peak,
                "queries": queries["queries"],
                "entities": queries["entities"],
                "cpus": os.cpu_count(),
                "jobs": args.jobs,
                "load_average_at_end": round(os.getloadavg()[0], 1),
                "revision": _revision(),
            }
            args.out.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
