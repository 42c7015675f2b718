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

    python benchmarks/bench_long_text.py --write          # 125k, 250k, 500k, 1M characters
    python benchmarks/bench_long_text.py --write 1000000  # one size

`--write` measures what comes after extraction, for one statement whose text
grows while what it names does not (a short news sentence, then ordinary
words): each file format's writer, and validation, in one process, as CPU
time. The ratio of times to the smallest size's should follow the ratio of
sizes (2x the text, about 2x the time): a 1,000,000-character statement once
ran for over ten minutes in rdflib's Turtle serializer.
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
KINDS = {"prose": PROSE, "html-line": HTML_LINE, "one-sentence": ONE_SENTENCE, "plain": None}  # plain: long_text()


# Plain words with no name, date or trigger: the text grows, the facts stay the same.
FILLER = "the water rose over the fields and stayed there for weeks while the people waited for it to go down again. "
HEAD = "Police arrested Mr. Sok Chea, a LICADHO monitor, in Kampong Cham province on 3 March 2014. "


def long_text(size: int) -> str:
    """One news sentence, then plain words to `size` characters: the text grows, its facts do not."""
    return (HEAD + FILLER * (size // len(FILLER) + 1))[:size]


def statement_of(kind: str, size: int):
    from clecgraph.model import Statement

    piece = KINDS[kind]
    text = long_text(size) if piece is None else (piece * (size // len(piece) + 1))[:size]
    return Statement(source="long.jsonl", line=1, text=text, date="2014-03-05", publisher="LICADHO")


def measure_writing(sizes: list[int]) -> None:
    import json
    import tempfile
    from pathlib import Path

    from clecgraph import build
    from clecgraph.export import DEFAULT_FORMATS, EXPORTERS
    from clecgraph.graph.validate import validate

    steps = [*DEFAULT_FORMATS, "validate"]
    base: dict[str, float] = {}
    print(f"{'chars':>9} {'triples':>8} " + " ".join(f"{name[:11]:>11}" for name in steps) + f" {'all':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for number, size in enumerate([10_000, *sorted(sizes)]):  # run 0, small, warms imports and caches; not shown
            text = long_text(size)
            source = Path(folder) / f"long-{size}.jsonl"
            record = {"date": "2014-03-05", "publisher": "LICADHO", "text": text}
            source.write_text(json.dumps(record) + "\n", encoding="utf-8")
            result = build([source], out=None, validate=False, max_statement_chars=size)
            cpu = {}
            for name in steps:
                started = time.process_time()
                if name == "validate":
                    assert validate(result.graph).conforms
                else:
                    EXPORTERS[name].write(result.graph, Path(folder) / EXPORTERS[name].filename)
                cpu[name] = time.process_time() - started
            cpu["all"] = sum(cpu.values())
            if number == 0:
                continue
            base = base or {name: max(value, 1e-3) for name, value in cpu.items()} | {"size": size}
            print(
                f"{size:>9,} {result.report['triples']:>8,} " + " ".join(f"{cpu[n]:>11.3f}" for n in steps) + f" {cpu['all']:>8.3f}",
                flush=True,
            )
            print(
                f"{'x' + format(size / base['size'], '.1f'):>9} {'':>8} "
                + " ".join(f"{'x' + format(cpu[n] / base[n], '.1f'):>11}" for n in steps)
                + f" {'x' + format(cpu['all'] / base['all'], '.1f'):>8}",
                flush=True,
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int)
    parser.add_argument("--kind", choices=sorted(KINDS), action="append", help="which text (default: all)")
    parser.add_argument("--profile", action="store_true", help="run under cProfile and print the top 25 functions")
    parser.add_argument("--write", action="store_true", help="time each format's writer and validation instead of extraction")
    args = parser.parse_args(argv)
    if args.write:
        measure_writing(args.sizes or [125_000, 250_000, 500_000, 1_000_000])
        return
    args.sizes = args.sizes or [10_000, 50_000, 100_000, 200_000]

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
