"""The assemble stage of a file build, old code and new side by side (issue 18).

    nice -n 10 python benchmarks/bench_assemble.py 1000 3000 --old OLD_TREE --jobs 1 2 --rounds 2

For each size N (the first N statements of synthetic.py, seed 2026), the
statements are extracted and resolved once, in this process, and kept in a
file; then each round times the assemble stage once with the old tree and once
with this one, alternating, each in its own process (`OLD_TREE` first on
PYTHONPATH: e.g. `git archive COMMIT | tar -x -C OLD_TREE`, with ontology/
copied into OLD_TREE/clecgraph/). The stage is what the build runs after
resolving, with the heap frozen as the build freezes it: the graph's lines
from the extractions and the resolution, in `--jobs` processes (forked, as a
file build forks them). Each run prints its wall and CPU seconds (its own and
its workers'), the number of lines and a digest of them (old and new must
print the same) and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The timed child: the same file runs in both trees (graph_blocks since session 9, graph_parts before).
CHILD = r"""
import gc, hashlib, json, os, pickle, resource, sys, time
from clecgraph.graph.quads import BuiltGraph
from clecgraph.vocab import DEFAULT_BASE
state, jobs = sys.argv[1], int(sys.argv[2])
with open(state, "rb") as handle:
    extractions, resolution = pickle.load(handle)
gc.freeze()
load = os.getloadavg()[0]
wall, cpu = time.perf_counter(), time.process_time()
try:
    from clecgraph.pipeline.parallel import graph_blocks
    graph = BuiltGraph.from_blocks(graph_blocks(extractions, resolution, DEFAULT_BASE, jobs, None, fork=True))
except ImportError:
    from clecgraph.pipeline.parallel import graph_parts
    graph = BuiltGraph.from_parts(graph_parts(extractions, resolution, DEFAULT_BASE, jobs, None, fork=True))
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "wall": round(wall, 2), "cpu": round(cpu, 2), "workers_cpu": round(workers.ru_utime + workers.ru_stime, 2),
    "lines": len(graph.lines), "digest": hashlib.sha256("\n".join(graph.lines).encode()).hexdigest()[:16],
    "load_before": load, "load_after": os.getloadavg()[0],
}))
"""


def prepare(n: int, folder: Path) -> Path:
    """Extract and resolve the first n synthetic statements once; the state as a pickle file."""
    sys.path.insert(0, str(HERE))
    from synthetic import write_jsonl

    from clecgraph.pipeline.stages import extract_all, resolve_corpus

    corpus = write_jsonl(folder / f"syn{n}.jsonl", n)
    extractions, _, _ = extract_all([corpus], jobs=None)
    state = folder / f"state{n}.pkl"
    with state.open("wb") as handle:
        pickle.dump((extractions, resolve_corpus(extractions)), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return state


def run(tree: Path | None, state: Path, jobs: int, child: Path) -> dict:
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = f"{tree}{os.pathsep}{env['PYTHONPATH']}" if env.get("PYTHONPATH") else str(tree)
    out = subprocess.run([sys.executable, str(child), str(state), str(jobs)], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--old", type=Path, help="a tree of the old code (omit: time this tree only)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--out", type=Path, help="write the results as JSON here too")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-assemble-") as tmp:
        folder = Path(tmp)
        child = folder / "child.py"
        child.write_text(CHILD, encoding="utf-8")
        for n in args.sizes:
            state = prepare(n, folder)
            for jobs in args.jobs:
                for round_ in range(1, args.rounds + 1):
                    trees = [("old", args.old), ("new", None)] if args.old else [("new", None)]
                    for name, tree in trees:
                        found = run(tree, state, jobs, child) | {"code": name, "statements": n, "jobs": jobs, "round": round_}
                        results.append(found)
                        print(
                            f"{n:>6} jobs {jobs} round {round_} {name}: wall {found['wall']:.2f} s, CPU {found['cpu']:.2f} s"
                            f" + workers {found['workers_cpu']:.2f} s, {found['lines']} lines {found['digest']},"
                            f" load {found['load_before']:.1f}-{found['load_after']:.1f}",
                            flush=True,
                        )
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
