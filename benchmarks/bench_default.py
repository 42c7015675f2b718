"""Benchmark: the default build (files, SHACL on) by stage, against a store build and a bare bulk load, in one process.

    nice -n 10 python benchmarks/bench_default.py 1000 3000 10000 30000 --out benchmarks/results/default.json

For each size N (the first N statements of benchmarks/synthetic.py, seed
2026), in this one process, one after another:

    files   clecgraph.build(CORPUS, out=DIR, timings=True)         every default format, SHACL on (native engine)
    store   clecgraph.build(CORPUS, store="oxigraph:PATH")         the store path as `build --store` runs it
    bulk    pyoxigraph Store(PATH).bulk_load(the files build's quads, as N-Quads)

Each gives wall and CPU seconds (this process's and its finished worker
processes', from resource.getrusage; builds run with --jobs, default one
per CPU: `--jobs 1` for one process)
and the stage timings from the report; the per-stage exponents
log(t2/t1)/log(N2/N1) between successive sizes and the ratios
files/store and store/bulk are printed at the end, with /proc/loadavg
before and after each size. The extractor (knowledge, gazetteer) and the
SHACL shapes are made once before the first size and timed apart
("setup"), then reused by every build (as in one long-running process),
so that the first size's extract and validate stages are per-statement
work only and the exponents compare like with like. A benchmark measures;
it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _cpu() -> float:
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):  # the build's workers too, once they have ended
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def timed(work):
    wall, cpu = time.perf_counter(), _cpu()
    value = work()
    return value, {"wall": round(time.perf_counter() - wall, 2), "cpu": round(_cpu() - cpu, 2)}


def measure(n: int, work: Path, jobs: int | None = None) -> dict:
    import pyoxigraph as ox

    from clecgraph import build

    sys.path.insert(0, str(HERE))
    from synthetic import write_listing

    corpus = write_listing(work / f"syn-{n}.txt", n)
    row: dict = {"statements": n, "load_before": _load()}
    result, row["files"] = timed(lambda: build([corpus], out=work / f"files-{n}", timings=True, jobs=jobs))
    row["files"]["timings"] = result.report["timings"]
    row["files"]["validation"] = result.report["validation"]
    row["quads"], row["triples"] = result.report["quads"], result.report["triples"]
    nq = work / f"graph-{n}.nq"
    result.graph.write_nquads(nq)
    del result
    store, row["store"] = timed(lambda: build([corpus], out=None, store=f"oxigraph:{work / f'store-{n}'}", timings=True, jobs=jobs))
    row["store"]["timings"] = store.report["timings"]
    del store

    def bulk():
        db = ox.Store(str(work / f"bulk-{n}"))
        db.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        db.flush()

    _, row["bulk"] = timed(bulk)
    row["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    row["peak_mb_largest_worker"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    row["load_after"] = _load()
    for path in ("files", "store"):
        row[f"{path}_over_bulk"] = round(row[path]["wall"] / row["bulk"]["wall"], 2)
    row["files_over_store"] = round(row["files"]["wall"] / row["store"]["wall"], 2)
    row["files_over_store_cpu"] = round(row["files"]["cpu"] / row["store"]["cpu"], 2)
    row["store_over_bulk_cpu"] = round(row["store"]["cpu"] / row["bulk"]["cpu"], 2)
    return row


def setup() -> dict:
    """Make the extractor and the compiled shapes once, each timed (wall and CPU seconds)."""
    from clecgraph.extract import get_extractor

    def shapes():
        from clecgraph.graph.validate import native_shapes
        from clecgraph.graph.validate_parts import split_shapes

        statement_shapes, shared_shapes, statement_constraints, shared_constraints = split_shapes()
        native_shapes(statement_shapes, statement_constraints)
        native_shapes(shared_shapes, shared_constraints)

    _, extractor = timed(get_extractor)
    _, compiled = timed(shapes)
    return {"extractor": extractor, "shapes": compiled}


def exponents(rows: list[dict]) -> list[dict]:
    found = []
    for one, two in zip(rows, rows[1:]):
        scale = math.log(two["statements"] / one["statements"])
        entry = {"from": one["statements"], "to": two["statements"]}
        for path in ("files", "store", "bulk"):
            entry[path] = round(math.log(two[path]["wall"] / one[path]["wall"]) / scale, 2)
            entry[f"{path}_cpu"] = round(math.log(two[path]["cpu"] / one[path]["cpu"]) / scale, 2)
        for path in ("files", "store"):
            for stage, seconds in two[path]["timings"].items():
                before = one[path]["timings"].get(stage)
                if before and seconds and before >= 0.05:  # a stage that takes no time has no meaningful exponent
                    entry[f"{path}.{stage}"] = round(math.log(seconds / before) / scale, 2)
        found.append(entry)
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--out", type=Path, help="write the figures as JSON here (after each size)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--jobs", type=int, default=None, help="the builds' --jobs (default: clecgraph's, one per CPU)")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="clecgraph-default-"))
    work.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE).stdout.strip()
    result = {"commit": commit, "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "jobs": args.jobs, "rows": []}
    result["setup"] = setup()
    print(json.dumps({"setup": result["setup"]}), flush=True)
    try:
        for n in args.sizes:
            result["rows"].append(measure(n, work, args.jobs))
            print(json.dumps(result["rows"][-1]), flush=True)
            result["exponents"] = exponents(result["rows"])
            if args.out:
                args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(result["exponents"], indent=1))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
