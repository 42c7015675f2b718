"""Benchmark: extract a synthetic corpus (read + extract, no graph).

    python benchmarks/bench_extract.py                 # 10,000 statements
    python benchmarks/bench_extract.py 2000 --profile  # cProfile's top functions too
    python benchmarks/bench_extract.py --jobs 2        # two processes

Prints the wall time of the extraction, statements per second and the
process's peak resident memory. Target: 10,000 statements in under 20 s
and 1 GB on a 2-core machine. A benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (benchmarks/synthetic.py, beside this file)


def peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who).ru_maxrss
    return usage / 1024 if sys.platform != "darwin" else usage / (1024 * 1024)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000, help="statements (default 10000)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--jobs", type=int, default=1, help="extract in this many processes")
    parser.add_argument("--profile", action="store_true", help="run under cProfile and print the top 25 functions")
    args = parser.parse_args(argv)

    from clecgraph.extract import get_extractor
    from clecgraph.pipeline.stages import extract_all

    with tempfile.TemporaryDirectory() as folder:
        corpus = synthetic.write_listing(Path(folder) / "synthetic.txt", args.n, seed=args.seed)
        started = time.perf_counter()
        get_extractor()  # load the knowledge and gazetteers once, timed apart
        warm = time.perf_counter() - started
        cpu = 0.0
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            started = time.perf_counter()
            profiler.enable()
            extractions, skipped, _ = extract_all([corpus])
            profiler.disable()
            elapsed = time.perf_counter() - started
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        else:
            started, cpu = time.perf_counter(), time.process_time()
            extractions, skipped, _ = extract_all([corpus], jobs=args.jobs)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    events = sum(len(e.events) for e in extractions)
    mentions = sum(len(e.mentions) for e in extractions)
    print(f"statements:  {len(extractions)} extracted, {len(skipped)} skipped ({mentions} mentions, {events} events)")
    print(f"setup:       {warm:.2f} s (knowledge, gazetteers)")
    print(
        f"extraction:  {elapsed:.2f} s wall ({len(extractions) / elapsed:.0f} statements/s)"
        + ("" if args.profile or args.jobs > 1 else f", {cpu:.2f} s CPU")
    )
    print(
        f"peak memory: {peak_rss_mb():.0f} MB resident"
        + (f" (largest worker {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB)" if args.jobs > 1 else "")
    )


if __name__ == "__main__":
    main()
