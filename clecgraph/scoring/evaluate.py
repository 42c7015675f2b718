"""Extraction quality: per-statement records compared with hand-made gold ones.

The metric is the one of the gold guidelines (../shared/gold/README.md):
names are normalised (NFKD without accents, case folded, punctuation and a
leading "the" dropped, spaces collapsed) and mapped through alias tables;
each field counts true positives, false positives and false negatives per
statement, summed over the corpus (micro-averaged precision, recall, F1).
Statements are paired by (source file name, line).

    >>> table = score_records([{"source": "a.txt", "line": 1, "persons": ["Mam Sonando"]}],
    ...                       [{"source": "a.txt", "line": 1, "persons": [{"name": "Sonando", "aliases": ["Mam Sonando"]}]}])
    >>> table.fields["persons"].f1
    1.0
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from clecgraph.errors import InputError

ENTITY_FIELDS = ("issuers", "organisations", "persons", "places")
EVENT_FIELDS = ("event_types", "event_places", "event_dates")
FIELDS = ENTITY_FIELDS + EVENT_FIELDS + ("affiliations", "date")

Key = tuple[str, int]


def normalise(name) -> str:
    """A name as the metric compares it.

    >>> normalise("The Phnom Penh Municipal Court’s"), normalise("Café & Co.")
    ('phnom penh municipal court', 'cafe and co')
    """
    decomposed = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def load_aliases(paths: Iterable[Path | str]) -> dict[str, str]:
    """Alias tables (canonical TAB other name, '#' comments) as normalised name -> canonical."""
    table: dict[str, str] = {}
    for path in paths:
        try:
            rows = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as err:
            raise InputError(path, f"cannot be read ({err.strerror or err})") from None
        for row in rows:
            if not row.strip() or row.startswith("#"):
                continue
            canonical, _, other = row.partition("\t")
            key = normalise(canonical)
            table[key] = key
            if other.strip():
                table[normalise(other)] = key
    return table


def read_records(path: Path | str) -> dict[Key, dict]:
    """Records of a JSON Lines file by (source file name, line); a key may appear once."""
    records: dict[Key, dict] = {}
    try:
        handle = open(path, encoding="utf-8")
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror or err})") from None
    with handle:
        for number, row in enumerate(handle, 1):
            if not row.strip():
                continue
            try:
                record = json.loads(row)
                key = _key(record)
            except (json.JSONDecodeError, TypeError, ValueError, AttributeError) as err:
                raise InputError(path, f"not a statement record ({err})", number) from None
            if key in records:
                raise InputError(path, f"a second record for {key[0]} line {key[1]}", number)
            records[key] = record
    return records


def _key(record: Mapping) -> Key:
    return Path(str(record.get("source", ""))).name, int(record.get("line", 0))


def _names(entity) -> list[str]:
    if entity is None:
        return []
    if isinstance(entity, str):
        return [entity]
    if isinstance(entity, Mapping):
        found = [entity[k] for k in ("name", "label", "canonical") if entity.get(k)]
        return found + [alias for alias in entity.get("aliases") or [] if alias]
    raise ValueError(f"not an entity: {entity!r}")


def _keys(entity, aliases: Mapping[str, str]) -> set[str]:
    keys = set()
    for name in _names(entity):
        folded = normalise(name)
        keys.add(aliases.get(folded, folded))
    return keys


def _gold_key(entity, aliases) -> str:
    return min(_keys(entity, aliases))


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def as_dict(self) -> dict:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Evaluation:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in FIELDS})
    missing: list[Key] = field(default_factory=list)  # gold statements with no system record
    extra: list[Key] = field(default_factory=list)  # system records with no gold statement

    def as_dict(self) -> dict:
        return {
            "fields": {name: score.as_dict() for name, score in self.fields.items()},
            "missing": [list(k) for k in self.missing],
            "extra": [list(k) for k in self.extra],
        }

    def table(self) -> str:
        lines = [f"{'field':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for name, row in self.as_dict()["fields"].items():
            lines.append(
                f"{name:14} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} {row['tp']:5} {row['fp']:5} {row['fn']:5}"
            )
        if self.missing:
            lines.append(f"statements with no system record: {len(self.missing)} (first: {self.missing[0]})")
        if self.extra:
            lines.append(f"system records with no gold statement: {len(self.extra)} (first: {self.extra[0]})")
        return "\n".join(lines) + "\n"


def _greedy(system_items: list[set[str]], gold_keys: set[str]) -> tuple[int, int, int]:
    """Match each system item, in order, to the first (sorted) unmatched gold key among its keys."""
    left = sorted(gold_keys)
    tp = 0
    for keys in system_items:
        for index, gold in enumerate(left):
            if gold in keys:
                del left[index]
                tp += 1
                break
    return tp, len(system_items) - tp, len(left)


def _event_sets(record: Mapping, aliases) -> tuple[set, set, set]:
    types, places, dates = set(), set(), set()
    for event in record.get("events") or []:
        kind = normalise(event.get("type", ""))
        types.add(kind)
        if event.get("place"):
            places.add((kind, _gold_key(event["place"], aliases)))
        if event.get("date"):
            dates.add((kind, str(event["date"])))
    return types, places, dates


def _affiliation_pairs(record: Mapping, aliases) -> set:
    return {
        (_gold_key(a.get("person"), aliases), _gold_key(a.get("organisation"), aliases))
        for a in record.get("affiliations") or []
        if a.get("person") and a.get("organisation")
    }


def _compare(gold: Mapping, system: Mapping, aliases, scores: dict[str, FieldScore]) -> None:
    for name in ENTITY_FIELDS:
        gold_keys = {_gold_key(e, aliases) for e in gold.get(name) or []}
        scores[name].add(*_greedy([_keys(e, aliases) for e in system.get(name) or []], gold_keys))
    for name, g, s in zip(EVENT_FIELDS, _event_sets(gold, aliases), _event_sets(system, aliases)):
        scores[name].add(len(g & s), len(s - g), len(g - s))
    g, s = _affiliation_pairs(gold, aliases), _affiliation_pairs(system, aliases)
    scores["affiliations"].add(len(g & s), len(s - g), len(g - s))
    gold_date, system_date = gold.get("date"), system.get("date")
    hit = bool(gold_date) and gold_date == system_date
    scores["date"].add(int(hit), int(bool(system_date) and not hit), int(bool(gold_date) and not hit))


def score_records(
    gold: Iterable[Mapping] | Mapping[Key, Mapping],
    system: Iterable[Mapping] | Mapping[Key, Mapping],
    aliases: Mapping[str, str] | None = None,
) -> Evaluation:
    """Score system records against gold records (both in the gold annotation format)."""
    gold_by_key = gold if isinstance(gold, Mapping) else {_key(r): r for r in gold}
    system_by_key = system if isinstance(system, Mapping) else {_key(r): r for r in system}
    result = Evaluation()
    for key in sorted(set(gold_by_key) | set(system_by_key)):
        _compare(gold_by_key.get(key) or {}, system_by_key.get(key) or {}, aliases or {}, result.fields)
    result.missing = sorted(set(gold_by_key) - set(system_by_key))
    result.extra = sorted(set(system_by_key) - set(gold_by_key))
    return result


def default_aliases(gold_path: Path | str) -> list[Path]:
    """The alias table beside a gold file (aliases.tsv), if there is one."""
    beside = Path(gold_path).with_name("aliases.tsv")
    return [beside] if beside.exists() else []


def evaluate(
    gold_path: Path | str, inputs: Iterable[Path | str], *, aliases: Iterable[Path | str] | None = None, **build_options
) -> Evaluation:
    """Build `inputs` (nothing written) and score their extractions against the gold file.

    `aliases` are alias tables; by default the aliases.tsv beside the gold
    file. Other keyword arguments go to `clecgraph.build`.
    """
    from clecgraph.graph.readback import records
    from clecgraph.pipeline.builder import build

    gold = read_records(gold_path)
    table = load_aliases(list(aliases) if aliases else default_aliases(gold_path))
    build_options.setdefault("validate", False)  # scoring needs the extractions, not a SHACL report
    result = build(list(inputs), out=None, **build_options)
    return score_records(gold, list(records(result.dataset)), table)
