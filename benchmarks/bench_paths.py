"""Benchmark: the default file build against the store build and a bare pyoxigraph bulk load, by size.

    python benchmarks/bench_paths.py 1000 3000 10000 --out benchmarks/results/paths.json
    python benchmarks/bench_paths.py 1000 --keep /tmp/bench   # keep the corpora, folders and stores

For each size N (the first N statements of benchmarks/synthetic.py, seed
2026), one after another in fresh processes:

    files   clecgraph build CORPUS --out DIR                    (every default format, SHACL on)
    store   clecgraph build CORPUS --store oxigraph:PATH        (SHACL on, as the file build)
    bulk    pyoxigraph Store(PATH).bulk_load(graph.nq)          (the same quads, nothing else)
    query   clecgraph query DIR/graph.trig -n <library query>   (twice: the first makes the
                                                                 folder's store, the second uses it)

Each row is the wall time, the CPU time (user + system, of every process
of that run) and the peak resident memory of its largest process
(ru_maxrss of its children), the load average after it, and the stage timings from
report.json. Ratios (files/store, store/bulk) and per-stage exponents
(log(t2/t1)/log(N2/N1) between successive sizes) are printed at the end.
On a shared machine the wall times follow the load; the CPU times are the
steadier figure (stage timings in report.json are wall times). A
benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUERY = "cosigning-pairs"


def run(command: list[str]) -> dict:
    """Run `command`; its wall time, the peak RSS of the process tree (MB) and the load after it."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "wall = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(f'{code} {wall} {usage.ru_maxrss / 1024} {usage.ru_utime + usage.ru_stime}')\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True)
    code, wall, peak, cpu = out.stdout.split()
    if int(code) != 0:
        raise SystemExit(f"failed ({code}): {' '.join(command)}")
    load = round(os.getloadavg()[0], 2)
    return {"wall": round(float(wall), 2), "cpu": round(float(cpu), 2), "peak_mb": round(float(peak)), "load": load}


def bulk_load(nquads: Path, where: Path) -> dict:
    code = (
        "import sys, pyoxigraph as ox\n"
        "store = ox.Store(sys.argv[1])\n"
        "store.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS)\n"
        "store.flush()\n"
    )
    return run([sys.executable, "-c", code, str(where), str(nquads)])


def measure(n: int, work: Path) -> dict:
    sys.path.insert(0, str(HERE))
    from synthetic import write_listing

    corpus = write_listing(work / f"syn-{n}.txt", n)
    clecgraph = [sys.executable, "-m", "clecgraph"]
    row: dict = {"statements": n}
    folder, store, memory = work / f"files-{n}", work / f"store-{n}", work / f"nq-{n}"
    row["files"] = run([*clecgraph, "build", str(corpus), "--out", str(folder), "--quiet"])
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    row["files"]["timings"] = report.get("timings")
    row["quads"], row["triples"] = report["quads"], report["triples"]
    row["store"] = run([*clecgraph, "build", str(corpus), "--store", f"oxigraph:{store}", "--quiet"])
    row["store"]["timings"] = json.loads((work / f"store-{n}.report.json").read_text(encoding="utf-8")).get("timings")
    # The same quads as N-Quads: the in-memory store target writes them (not timed).
    subprocess.run([*clecgraph, "build", str(corpus), "--store", "oxigraph", "--out", str(memory), "--no-validate", "--quiet"], check=True)
    row["bulk"] = bulk_load(memory / "graph.nq", work / f"bulk-{n}")
    query = [*clecgraph, "query", str(folder / "graph.trig"), "--name", QUERY]
    row["query_first"] = run(query)
    row["query_again"] = run(query)
    row["ratios"] = {
        "files_over_store": round(row["files"]["wall"] / row["store"]["wall"], 2),
        "store_over_bulk": round(row["store"]["wall"] / row["bulk"]["wall"], 2),
        "files_over_store_cpu": round(row["files"]["cpu"] / row["store"]["cpu"], 2),
        "store_over_bulk_cpu": round(row["store"]["cpu"] / row["bulk"]["cpu"], 2),
    }
    return row


def exponents(rows: list[dict]) -> list[dict]:
    """Per stage of the file build and for the whole of each path: log(t2/t1) / log(n2/n1)."""
    found = []
    for one, two in zip(rows, rows[1:]):
        scale = math.log(two["statements"] / one["statements"])
        entry = {"from": one["statements"], "to": two["statements"]}
        for path in ("files", "store", "bulk"):
            entry[path] = round(math.log(two[path]["wall"] / one[path]["wall"]) / scale, 2)
            entry[f"{path}_cpu"] = round(math.log(two[path]["cpu"] / one[path]["cpu"]) / scale, 2)
        for stage, seconds in (two["files"].get("timings") or {}).items():
            before = (one["files"].get("timings") or {}).get(stage)
            if before and seconds and before > 0.05:  # stages that take no time have no meaningful exponent
                entry[f"files.{stage}"] = round(math.log(seconds / before) / scale, 2)
        found.append(entry)
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="clecgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE).stdout.strip()
    result = {"commit": commit, "cores": os.cpu_count(), "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "rows": []}
    try:
        for n in args.sizes:
            row = measure(n, work)
            result["rows"].append(row)
            print(json.dumps(row), flush=True)
        result["exponents"] = exponents(result["rows"])
        print(json.dumps(result["exponents"], indent=1))
    finally:
        if args.out:
            args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
