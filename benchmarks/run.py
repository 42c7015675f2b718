"""Build and query benchmarks over synthetic corpora, per store (not tests: they measure).

    python benchmarks/run.py --sizes 1000 10000 --stores oxigraph rdflib --out benchmarks/results.json

For each size and store: the build runs in a child process (so its peak
memory is its own, read from the kernel's rusage), then another child opens
the result and times every library query (one warm-up, then the median of
three runs). Entity queries use the entity named CLEC. rdflib builds write
graph.trig only and skip SHACL; Oxigraph builds go to an on-disk store.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
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
from clecgraph.pipeline import build
corpus, store, target = sys.argv[1:4]
if store == "rdflib":
    result = build([corpus], target, formats=["trig"], validate=False)
else:
    result = build([corpus], store=f"oxigraph:{target}", validate=False, out=None)
print(json.dumps({k: result.report[k] for k in ("statements_written", "triples", "quads", "entities")}))
"""

QUERIES = """
import json, statistics, sys, time
from rdflib import Literal
from clecgraph.queries import find_entity, library
from clecgraph.stores import load
store, target = sys.argv[1:3]
start = time.perf_counter()
backend = load(target + "/graph.trig", "rdflib") if store == "rdflib" else load(f"oxigraph:{target}")
opened = time.perf_counter() - start
entity = find_entity(backend, "CLEC")
timings = {}
for name, query in library().items():
    params = {"entity": entity} if "entity" in query.params else {}
    runs, rows = [], 0
    for attempt in range(4):
        start = time.perf_counter()
        rows = len(backend.query(query.text, params).rows)
        runs.append(time.perf_counter() - start)
        if runs[-1] > 60:  # one slow run is enough to report
            break
    timings[name] = {"seconds": statistics.median(runs[1:]) if len(runs) > 1 else runs[0], "rows": rows}
print(json.dumps({"open_seconds": opened, "queries": timings}))
"""


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--stores", nargs="+", default=["oxigraph", "rdflib"], choices=["oxigraph", "rdflib"])
    parser.add_argument("--work", type=Path, default=Path("/tmp/clecgraph-bench"), help="scratch folder for corpora and builds")
    parser.add_argument("--out", type=Path, default=HERE / "results.json", help="results file (merged with what is there)")
    args = parser.parse_args(argv)
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
            shutil.rmtree(target, ignore_errors=True)
            report, seconds, peak = child(BUILD, str(corpus), store, str(target))
            print(f"{size} {store}: build {seconds:.1f} s, peak {peak} MB, {report['triples']} triples", flush=True)
            queries, _, query_peak = child(QUERIES, store, str(target))
            for name, timing in queries["queries"].items():
                print(f"    {name}: {timing['seconds'] * 1000:.1f} ms ({timing['rows']} rows)", flush=True)
            results[f"{size}/{store}"] = {
                "statements": size, "store": store, "build_seconds": round(seconds, 1), "build_peak_mb": peak,
                **report, "open_seconds": round(queries["open_seconds"], 2), "query_peak_mb": query_peak,
                "queries": queries["queries"], "cpus": os.cpu_count(), "load_average_at_end": os.getloadavg()[0],
            }
            args.out.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
