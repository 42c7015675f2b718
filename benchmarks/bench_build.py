"""Benchmark: a store build (`clecgraph build CORPUS --store oxigraph:PATH --jobs N`), stage by stage.

    python benchmarks/bench_build.py /tmp/syn-100k.txt --jobs 2                 # store in a temporary folder
    python benchmarks/bench_build.py /tmp/syn-10k.txt --store /tmp/s --timeline /tmp/rss.tsv

Runs the one build (clecgraph.pipeline.builder.build) with the store as its
target and prints each stage's wall time from the report's "timings", then, the CPU time of this
process and of its worker processes, the load average, and the peak resident
memory of this process and of its workers together, sampled from /proc every
second (`--timeline` writes the samples: seconds, stage, own MB, workers' MB).
The last line is the kernel's peak for the whole run. A benchmark measures;
it asserts nothing. Target: 100,000 statements in under 10 minutes and 4 GB.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import threading
import time
from pathlib import Path


def _rss_mb(pid: int | str = "self") -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def _children_rss_mb() -> int:
    """Resident memory of this process's children (the worker pools), summed."""
    me, total = str(os.getpid()), 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as stat:
                parent = stat.read().rsplit(")", 1)[1].split()[1]
        except (OSError, IndexError):
            continue
        if parent == me:
            total += _rss_mb(pid)
    return total


class Stages:
    """Times stages and samples memory in a background thread."""

    def __init__(self):
        self.start = time.perf_counter()
        self.current = "start"
        self.samples: list[tuple[float, str, int, int]] = []
        self.rows: list[dict] = []
        self._stop = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.samples.append((round(time.perf_counter() - self.start, 1), self.current, _rss_mb(), _children_rss_mb()))
            self._stop.wait(1.0)

    @staticmethod
    def _cpu() -> tuple[float, float]:
        own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime

    def __call__(self, name: str):
        stages = self

        class Stage:
            def __enter__(self):
                stages.current = name
                self.wall, (self.cpu, self.kids) = time.perf_counter(), stages._cpu()

            def __exit__(self, *exc):
                cpu, kids = stages._cpu()
                mine = [s for s in stages.samples if s[1] == name]
                row = {
                    "stage": name,
                    "wall": time.perf_counter() - self.wall,
                    "cpu": cpu - self.cpu,
                    "workers_cpu": kids - self.kids,
                    "peak_mb": max([s[2] for s in mine] + [_rss_mb()]),
                    "workers_peak_mb": max([s[3] for s in mine] + [0]),
                    "load": os.getloadavg()[0],
                }
                stages.rows.append(row)
                print(
                    f"{name:14s} wall {row['wall']:7.1f} s   CPU {row['cpu']:7.1f} s   workers' CPU {row['workers_cpu']:7.1f} s   "
                    f"peak {row['peak_mb']:5d} MB   workers' peak {row['workers_peak_mb']:5d} MB   load {row['load']:.1f}",
                    flush=True,
                )

        return Stage()

    def stop(self) -> None:
        self._stop.set()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a statement file (benchmarks/synthetic.py writes one)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--store", type=Path, help="store folder (default: a temporary one, deleted after)")
    parser.add_argument("--timeline", type=Path, help="write the memory samples here (TSV)")
    parser.add_argument("--no-validate", action="store_true", help="skip SHACL (as store builds did before the one build path)")
    args = parser.parse_args(argv)

    stages = Stages()
    with stages("import"):
        from clecgraph.pipeline.builder import build

    scratch = None if args.store else Path(tempfile.mkdtemp(prefix="clecgraph-bench-"))
    spec = f"oxigraph:{args.store or scratch / 'store'}"
    try:
        # The one build path with a store as its target; its stages time themselves (report "timings").
        with stages("build"):
            stages.current = "build"
            report = build([args.corpus], None, store=spec, jobs=args.jobs, validate=not args.no_validate).report
        for stage, seconds in report["timings"].items():
            print(f"  {stage:<14} wall {seconds:7.1f} s")
    finally:
        stages.stop()
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    total = time.perf_counter() - stages.start
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        f"total          wall {total:7.1f} s   CPU {own.ru_utime + own.ru_stime:7.1f} s   workers' CPU {kids.ru_utime + kids.ru_stime:7.1f} s   "
        f"peak {own.ru_maxrss // 1024} MB (kernel)   load {os.getloadavg()[0]:.1f}"
    )
    print(f"statements {report['statements_written']:,}   quads {report['quads']:,}   entities {report['entities']}")
    if args.timeline:
        args.timeline.write_text("seconds\tstage\tmb\tworkers_mb\n" + "".join(f"{t}\t{s}\t{m}\t{w}\n" for t, s, m, w in stages.samples))


if __name__ == "__main__":
    main()
