"""The stages after resolving (assemble, records, report, validate), old code and new side by side.

    nice -n 10 python benchmarks/bench_stages.py 3000 --old OLD_TREE --rounds 2 [--jobs 2]

The first N statements of synthetic.py (seed 2026) are extracted and resolved
once, in this process, and kept in a file; then each round runs the four
stages once with OLD_TREE first on PYTHONPATH (`git archive COMMIT clecgraph
ontology | tar -x -C OLD_TREE`, then `ln -s ../ontology OLD_TREE/clecgraph/ontology`)
and once with this tree, alternating, each in its own process, the heap frozen
as the build freezes it. Each run prints per stage its wall and CPU seconds
(its own and its workers'), the largest resident set of the process (the
high-water mark) right after the assembly and at the end, the verdict and the
number of quads (old and new must print the same) and the load average.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = r"""
import gc, os, pickle, sys, time
from clecgraph.graph.quads import BuiltGraph
from clecgraph.graph.records import build_records
from clecgraph.graph.validate_parts import validate_built
from clecgraph.pipeline.builder import _freeze, _frozen_heap, make_report
from clecgraph.pipeline.parallel import graph_blocks
from clecgraph.vocab import DEFAULT_BASE, IRIs

def cpu():
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system

def high_water():
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) // 1024 for line in handle if line.startswith("VmHWM"))

with open(sys.argv[1], "rb") as handle:
    extractions, resolution = pickle.load(handle)
jobs, seconds = int(sys.argv[2]), {}

def stage(name, run):
    wall, used = time.perf_counter(), cpu()
    made = run()
    seconds[name] = (round(time.perf_counter() - wall, 2), round(cpu() - used, 2))
    return made

with _frozen_heap():
    _freeze()
    graph = stage("assemble", lambda: BuiltGraph.from_blocks(graph_blocks(extractions, resolution, DEFAULT_BASE, jobs, None, fork=True)))
    after_assembly = high_water()
    _freeze()
    graph.records = stage("records", lambda: build_records(extractions, resolution, IRIs(DEFAULT_BASE)))
    stage("report", lambda: make_report(graph, extractions, [], []))
    verdict = stage("validate", lambda: validate_built(graph, jobs)).summary()
print("  (wall s, CPU s):", seconds)
print(f"  high-water MiB after assembly {after_assembly}, at the end {high_water()}; {verdict}; {len(graph)} quads; load {os.getloadavg()[0]:.1f}")
"""


def snapshot(size: int, folder: Path) -> Path:
    """The statements extracted and resolved once (this tree's code), pickled."""
    sys.path.insert(0, str(HERE))
    from synthetic import write_jsonl

    from clecgraph.pipeline.stages import extract_all, resolve_corpus

    corpus = folder / f"syn{size}.jsonl"
    write_jsonl(corpus, size)
    extractions, _, _ = extract_all([corpus], jobs=2)
    state = folder / f"state{size}.pkl"
    with state.open("wb") as handle:
        pickle.dump((extractions, resolve_corpus(extractions)), handle, protocol=5)
    return state


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", type=int, nargs="+")
    parser.add_argument("--old", required=True, help="a tree of the old code (clecgraph/ with ontology linked in)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            state = snapshot(size, Path(folder))
            for round_number in range(1, args.rounds + 1):
                for name, tree in (("old", args.old), ("new", str(ROOT))):
                    print(f"{size} statements, round {round_number}, {name} ({tree})", flush=True)
                    env = dict(os.environ, PYTHONPATH=tree)
                    subprocess.run([sys.executable, "-c", CHILD, str(state), str(args.jobs)], env=env, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
