"""Benchmark: extraction time of one statement as it grows (is it linear?).

    python benchmarks/bench_long_text.py                  # 10k, 50k, 100k, 200k characters
    python benchmarks/bench_long_text.py 10000 20000      # other sizes
    python benchmarks/bench_long_text.py --profile 50000  # cProfile's top functions too

Each statement repeats statement-like pieces (sentences with persons,
organisations, places, dates and trigger words; one long unbroken line of
HTML; one endless sentence of triggers and places) to the wanted length. Prints the CPU time (time.process_time) of the
extraction of each, the time per 10k characters, and the ratio of each time
to the smallest size's: a linear extractor keeps the ratio near the ratio of
sizes. A benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import time

PROSE = (
    "Police arrested Mr. Sok Chea, a LICADHO monitor, in Kampong Cham province on 3 March 2014, "
    "and the Ministry of Interior banned a march planned in Phnom Penh's Boeung Kak community. "
    "Villagers from Prey Veng, who face trial on Thursday, said they had been evicted from their homes "
    "near the Bassac River, but the company denied any wrongdoing; ADHOC urged the authorities to release them. "
)
HTML_LINE = "<div>LICADHO staff met Mr. Sok Chea in Kampong Cham province &amp; the Ministry of Interior.</div> "
# One endless sentence of triggers, places and dates (commas, no full stops): the worst case.
ONE_SENTENCE = "Police arrested activists in Phnom Penh, and evicted families from Kampong Cham province on 3 March 2014, "
KINDS = {"prose": PROSE, "html-line": HTML_LINE, "one-sentence": ONE_SENTENCE}


def statement_of(kind: str, size: int):
    from clecgraph.model import Statement

    piece = KINDS[kind]
    text = (piece * (size // len(piece) + 1))[:size]
    return Statement(source="long.jsonl", line=1, text=text, date="2014-03-05", publisher="LICADHO")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 50_000, 100_000, 200_000])
    parser.add_argument("--kind", choices=sorted(KINDS), action="append", help="which text (default: both)")
    parser.add_argument("--profile", action="store_true", help="run under cProfile and print the top 25 functions")
    args = parser.parse_args(argv)

    from clecgraph.extract import get_extractor

    extract = get_extractor()
    extract(statement_of("prose", 2_000))  # warm the caches
    for kind in args.kind or sorted(KINDS):
        base = None
        print(f"{kind}:")
        print(f"  {'chars':>9} {'cpu s':>8} {'s/10k':>7} {'x size':>7} {'x time':>7} {'mentions':>9} {'events':>7}")
        for size in sorted(args.sizes):
            statement = statement_of(kind, size)
            if args.profile:
                import cProfile
                import pstats

                profiler = cProfile.Profile()
                profiler.enable()
            started = time.process_time()
            extraction = extract(statement)
            cpu = time.process_time() - started
            if args.profile:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
            base = base or (size, cpu)
            print(
                f"  {size:>9,} {cpu:>8.3f} {cpu / size * 10_000:>7.3f} {size / base[0]:>7.1f} {cpu / max(base[1], 1e-9):>7.1f}"
                f" {len(extraction.mentions):>9,} {len(extraction.events):>7,}",
                flush=True,
            )


if __name__ == "__main__":
    main()
