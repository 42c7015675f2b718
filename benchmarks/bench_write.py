"""Benchmark: the file build's write stage, file by file, in one process.

    nice -n 10 python benchmarks/bench_write.py CORPUS [--profile NAME] [--keep DIR]

Builds CORPUS (any input `clecgraph build` reads; e.g. a benchmarks/synthetic.py
corpus) without writing (out=None, SHACL off), then writes every default format
one after another into a scratch folder, as the build's write stage does (inside
one `shared_reading`, so the views read the graph's facts once; that reading is
timed on its own, as "facts"). Prints the CPU and wall seconds of each file, its
size, and the ru_maxrss of the process after each (MiB; the peak so far).
With --profile NAME, the writer of that format runs under cProfile and its top
functions are printed. A benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import resource
import shutil
import tempfile
import time
from pathlib import Path


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--profile", help="format to run under cProfile")
    parser.add_argument("--keep", help="write into this folder (kept) instead of a scratch one")
    args = parser.parse_args()

    from clecgraph import build
    from clecgraph.export import DEFAULT_FORMATS, EXPORTERS
    from clecgraph.graph.facts import read_facts, shared_reading

    print(f"load {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    cpu, wall = _cpu(), time.perf_counter()
    result = build([args.corpus], None, validate=False)
    print(
        f"build (no write) {_cpu() - cpu:7.2f} s CPU {time.perf_counter() - wall:7.2f} s wall, {len(result.graph):,} quads, peak {_peak_mib():.0f} MiB"
    )
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-write-"))
    folder.mkdir(parents=True, exist_ok=True)
    total = 0.0
    try:
        with shared_reading(result.graph):
            rows = [("facts", lambda: read_facts(result.graph), None)]
            for name in DEFAULT_FORMATS:
                exporter = EXPORTERS[name]
                path = folder / exporter.filename
                rows.append((name, lambda exporter=exporter, path=path: exporter.write(result.graph, path), path))
            for name, work, path in rows:
                profiler = cProfile.Profile() if name == args.profile else None
                cpu, wall = _cpu(), time.perf_counter()
                if profiler:
                    profiler.enable()
                work()
                if profiler:
                    profiler.disable()
                used = _cpu() - cpu
                total += used
                size = path.stat().st_size / 1e6 if path else 0.0
                print(f"{name:12} {used:7.2f} s CPU {time.perf_counter() - wall:7.2f} s wall {size:8.1f} MB  peak {_peak_mib():6.0f} MiB")
                if profiler:
                    pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
        print(f"{'write total':12} {total:7.2f} s CPU")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"load {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")


if __name__ == "__main__":
    main()
