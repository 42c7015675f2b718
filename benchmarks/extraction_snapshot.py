"""Snapshot of what the default extractor reads, to show a speed change changes no result.

    python benchmarks/extraction_snapshot.py /tmp/before.jsonl   # on the old code
    python benchmarks/extraction_snapshot.py /tmp/after.jsonl    # on the new code
    cmp /tmp/before.jsonl /tmp/after.jsonl

One JSON line per statement: every field of its Extraction (mentions, events with their
places and dates, affiliations, named events, warnings), for the inputs of every scored
set in tests/quality/sets.toml, the bundled sample corpus, a synthetic corpus and the
texts of bench_long_text.py (each kind, cut to a few sizes). It is the extractor's own
output, before resolution: stricter than comparing extractions.jsonl, which resolves and
merges. A snapshot compares; it asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_long_text  # noqa: E402
import synthetic  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"


def inputs() -> list[Path]:
    from clecgraph.pipeline.stages import sample_corpus

    sets = tomllib.loads((QUALITY / "sets.toml").read_text(encoding="utf-8"))["set"]
    files = [QUALITY / s["folder"] / s["inputs"] for s in sets]
    return [*dict.fromkeys(files), sample_corpus()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--synthetic", type=int, default=2000, help="synthetic statements (default 2000)")
    parser.add_argument("--long", type=int, nargs="*", default=[3_000, 20_000], help="sizes of the long texts")
    args = parser.parse_args(argv)

    from clecgraph.extract import get_extractor
    from clecgraph.model import Statement
    from clecgraph.sources import read_all

    extract = get_extractor()
    counts: dict[str, int] = {}
    with args.out.open("w", encoding="utf-8", newline="\n") as out, tempfile.TemporaryDirectory() as folder:
        corpus = synthetic.write_listing(Path(folder) / "synthetic.txt", args.synthetic, seed=2026)
        groups = [(str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name, [path]) for path in inputs()]
        groups.append((f"synthetic-{args.synthetic}", [corpus]))
        for name, paths in groups:
            statements = [s for s in read_all(paths) if isinstance(s, Statement)]
            for statement in statements:
                out.write(json.dumps([name, dataclasses.asdict(extract(statement))], ensure_ascii=False, default=repr) + "\n")
            counts[name] = len(statements)
        for kind in sorted(bench_long_text.KINDS):
            for size in args.long:
                extraction = extract(bench_long_text.statement_of(kind, size))
                out.write(json.dumps([f"{kind}-{size}", dataclasses.asdict(extraction)], ensure_ascii=False, default=repr) + "\n")
                counts[f"{kind}-{size}"] = 1
    for name, n in counts.items():
        print(f"{n:>6}  {name}")


if __name__ == "__main__":
    main()
