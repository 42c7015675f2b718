"""Trigger words: compiled from ontology/event-types.ttl, matched in a text.

The trigger syntax is documented in event-types.ttl: "arrest*" (prefix),
a lone "*" (up to three words), "-" (hyphen, space or nothing), and a
leading "!" for a context in which the type's triggers announce nothing.
This module holds no trigger words itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from clecgraph.dates import MONTHS
from clecgraph.knowledge.ontology import EventType

_GAP = r"(?:\s+[^\s.;:!?]+){0,3}?"
_WORD_TAIL = r"[\w'’-]*"
_MONTH_WORDS = {name.capitalize() for name in MONTHS if len(name) > 3}


@dataclass(frozen=True)
class TriggerHit:
    type: str
    start: int
    end: int
    kind: EventType | None = field(default=None, compare=False, repr=False)  # the type, with how it is placed and dated


def _word(token: str) -> str:
    prefix = token.endswith("*")
    core = token[:-1] if prefix else token
    parts = [re.escape(part) for part in core.split("-")]
    body = r"(?:-|‐|‑|\s)?".join(parts)
    return body + (_WORD_TAIL if prefix else "")


def compile_trigger(trigger: str) -> str:
    """A regular expression (without flags) for one trigger of the TTL syntax.

    >>> bool(re.fullmatch(compile_trigger("destruction of * homes"), "destruction of these homes", re.I))
    True
    >>> bool(re.fullmatch(compile_trigger("pre-trial"), "pretrial", re.I)), bool(re.fullmatch(compile_trigger("arrest*"), "arrested", re.I))
    (True, True)
    """
    tokens = trigger.split()
    pattern = ""
    for index, token in enumerate(tokens):
        if token == "*":
            pattern += _GAP
            continue
        if index and tokens[index - 1] != "*":
            pattern += r"\s+"
        elif index:
            pattern += r"\s+"
        pattern += _word(token)
    tail = r"(?![\w-])" if not tokens[-1].endswith("*") and tokens[-1][-1:].isalnum() else ""
    return pattern + tail


_KEY = 3  # triggers are indexed by the first letters of their first word


_WORD = re.compile(r"[\w'’]*")


def _first_letters(trigger: str) -> str:
    first = trigger.split()[0].rstrip("*")
    return first.split("-")[0][:_KEY].lower()


def _starts_pattern(keys: list[str]) -> re.Pattern:
    """A regex matching where a word (no letter or hyphen before it) starts with one of the keys, any case.

    Only where a match starts is used. One alternative a first letter (what may follow it after that) is
    several times faster than one alternative a key, which the regex engine tries one by one at every word;
    both find the same starts, as a match ends inside its word (keys of word characters only; others keep the
    plain alternation).
    """
    plain = r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + ")"
    if not all(re.fullmatch(r"\w+", k) for k in keys):
        return re.compile(plain, re.I)
    by_first: dict[str, set[str]] = {}
    for k in keys:
        by_first.setdefault(k[0], set()).add(k[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        if "" in rests:  # the letter alone starts a key
            branches.append(re.escape(first))
        else:
            branches.append(re.escape(first) + "(?:" + "|".join(re.escape(r) for r in sorted(rests, key=len, reverse=True)) + ")")
    return re.compile(r"(?<![\w-])(?:" + "|".join(branches) + ")", re.I)


def _trie(words: dict[str, bool]) -> str:
    """A regex matching where one of the words starts: a prefix (True) followed by anything, a whole word (False)
    followed by no word character; written as a tree of letters, which the regex engine tries far faster than
    one alternative a word."""
    tree: dict = {}
    for word, prefix in words.items():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[None] = node.get(None, False) or prefix  # (None: a word ends here; True: as a prefix)

    def render(node: dict) -> str:
        if node.get(None):
            return ""  # a prefix ends here: whatever follows
        branches = [re.escape(char) + render(child) for char, child in sorted((c, n) for c, n in node.items() if c is not None)]
        if None in node:
            branches.append(r"(?![\w'’])")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(tree)


class TriggerMatcher:
    """Finds the trigger words of every event type in a text.

    Each trigger is tried only where a word starts with the first letters
    of its first word, so the cost grows with the text, not with the
    number of triggers times the text.
    """

    def __init__(self, event_types: tuple[EventType, ...]):
        self.index: dict[str, list[tuple[EventType, re.Pattern, bool, str, bool]]] = {}
        for event_type in event_types:
            for raw in event_type.triggers:
                negative = raw.startswith("!")
                trigger = raw[1:].strip() if negative else raw.strip()
                if not trigger or trigger.split()[0] == "*":
                    continue
                key = _first_letters(trigger)
                if not key:
                    continue
                regex = re.compile(compile_trigger(trigger), re.I)
                first = trigger.split()[0].lower().rstrip(",;:")  # ("statement, released": the word before its comma)
                # a cheap test on the first word before the regex: whole word, or its beginning for "word*"
                word, prefix = (first[:-1], True) if first.endswith("*") else (first, False)
                if "-" in word:
                    word, prefix = word.split("-")[0], True  # "pre-trial" may be written "pre trial"
                self.index.setdefault(key, []).append((event_type, regex, negative, word, prefix))
        self.lengths = sorted({len(k) for k in self.index})
        # Triggers whose first word is a whole word are found by that word (one dict look-up), the
        # others ("arrest*") by its first letters; both lists keep the order of self.index.
        self.exact: dict[str, list] = {}
        self.prefixed: dict[str, list] = {}
        for length in self.lengths:
            for key, entries in self.index.items():
                if len(key) != length:
                    continue
                for entry in entries:
                    if entry[4]:
                        self.prefixed.setdefault(key, []).append(entry)
                    else:
                        self.exact.setdefault(entry[3], []).append(entry)
        # Only words that start like a trigger are looked at (found by one regex, in C).
        self.starts = _starts_pattern(list(self.index)) if self.index else None
        if self.starts is not None and all(re.fullmatch(r"\w+", k) for k in self.index):
            # ... and of those only the words some trigger may start at: a word one triggers begin with whole,
            # or one starting like a "word*" trigger (the words between are most: "the", "in", "a"). The test
            # finds every start with triggers to try: each is also a start of the pattern above, and where a
            # match of that ends no other can start (keys of word characters after no word character).
            firsts = {entry[3]: entry[4] for entries in self.exact.values() for entry in entries}
            firsts |= {entry[3]: True for entries in self.prefixed.values() for entry in entries}
            self.starts = re.compile(r"(?<![\w-])(?=" + _trie(firsts) + ")", re.I)
        self._candidates: dict[tuple[str, str], tuple] = {}  # (word, its first letters) -> triggers to try there

    def find(self, text: str) -> list[TriggerHit]:
        """Trigger hits in text order; of two overlapping hits the longer one stays."""
        positive: list[TriggerHit] = []
        blocked: dict[str, list[tuple[int, int]]] = {}
        lengths = self.lengths
        if self.starts is None:
            return []
        exact, prefixed, known = self.exact, self.prefixed, self._candidates
        for token in self.starts.finditer(text):
            start = token.start()
            head = text[start : start + _KEY].lower()
            word = _WORD.match(text, start)[0].lower()
            candidates = known.get((word, head))
            if candidates is None:  # (the same words come again and again: their triggers are listed once)
                found = list(exact.get(word, ()))
                for length in lengths:
                    found += [entry for entry in prefixed.get(head[:length], ()) if word.startswith(entry[3])]
                candidates = tuple(found)
                if len(known) < 100_000:  # (a bound for texts of endless new words)
                    known[(word, head)] = candidates
            for kind, regex, negative, _first, _prefix in candidates:
                match = regex.match(text, start)
                if match is None or match.end() <= start:
                    continue
                if negative:
                    blocked.setdefault(kind.notation, []).append((start, match.end()))
                elif match[0] not in _MONTH_WORDS:  # "March 2012", "By March": a month, not a march
                    positive.append(TriggerHit(kind.notation, start, match.end(), kind))
        if blocked:
            positive = [h for h in positive if not any(b <= h.start and h.end <= e for b, e in blocked.get(h.type, ()))]
        return _longest(positive)


def _longest(hits: list[TriggerHit]) -> list[TriggerHit]:
    kept: list[TriggerHit] = []
    # the kept hits do not overlap, so by start they are also in order of end: a hit overlaps one of them
    # exactly when the last one starting before its end ends after its start (found by bisection)
    starts: list[int] = []
    ends: list[int] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start, h.type)):
        k = bisect_left(starts, hit.end)
        if k and ends[k - 1] > hit.start:
            continue
        starts.insert(k, hit.start)
        ends.insert(k, hit.end)
        kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.type))
