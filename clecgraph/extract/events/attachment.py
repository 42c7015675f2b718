"""Which event of a sentence a place or a date belongs to.

A sentence often names several events, each with its own place and time:

    "were detained on 9 February after the prosecutor indicted them over
     speeches made at a rally at Sanam Luang in Bangkok on 19 September"

English puts an event's place and date after the words that name it, so a
place or date written after a trigger belongs to the nearest trigger before
it ("9 February": the detention; "Sanam Luang", "19 September": the rally).
Three exceptions, all plain grammar:

  - words before the first trigger ("On 8 March, in Jakarta, police ...")
    set the scene for every event of the sentence: shared;
  - a date or place written just before a trigger ("the 28 July election")
    is that trigger's;
  - a subordinate clause ("after he spoke in Kampot", "since fleeing China
    in 2014") that names no event of its own detaches what it holds from the
    trigger before it: that place or date belongs to no event of the list.

Triggers written as one coordinated run ("beaten and arrested", "arrested,
charged", "violent eviction") share what each of them owns.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

SHARED, DETACHED, SPEAKERS = -1, -2, -3

# Subordinating words that open a clause of another time or place.
# ("when", "while", "during" tell of the same time and place: they do not detach.)
# ("before a court", "before the judge": where, not when)
_STOP = re.compile(
    r"\b(?:after|before(?!\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:court|judge|magistrate|tribunal|prosecutor)s?\b)|because|until|following|since|whereas|although|though|despite)\b",
    re.I,
)
_GLUED = re.compile(r"[\s\-–—]*")
# "beaten and arrested", "arrested, charged and later jailed", "violent eviction"
_COORDINATED = re.compile(r"[\s\-‐]*|\s*(?:,|,?\s*(?:and|or|&))\s+(?:[\w’'-]+\s+){0,2}?", re.I)
# "shot dead on 9 June during a protest at X": the later event is the scene of the earlier one;
# "charged ... on 2 May and placed in detention": one subject, two coordinated predicates
_SETTING = re.compile(
    r".*\s(?:during|amid|amidst)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?"
    r"|.*\s(?:and|then)\s+(?:[\w-]+\s+){0,3}?"
    r"|\s+(?:[\w-]+\s+)?at\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"  # "launched at a press conference", "shot dead at a rally"
    # "opened fire on striking workers", "dispersed a protest", "the arrest of the protest leaders": the second is the first's object
    r"|\s+(?:(?:on|against|of|into|at)\s+(?:(?:the|a|an|their|his|her|its)\s+)?|(?:the|a|an|their|his|her|its)\s+)(?:[\w-]+\s+)?"
    # "beat several detainees", "arrested 40 strikers": a number or a quantity, then the object
    r"|\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:several|many|dozens\s+of|hundreds\s+of|scores\s+of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?",
    re.I | re.S,
)
# "Unions across Europe condemned the verdict": what comes before a verb of stance tells of the speakers
_STANCE = re.compile(
    r"\b(?:condemn(?:s|ed)?|welcom(?:e|es|ed)|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|denounc(?:e|es|ed)|deplor(?:e|es|ed)|protest(?:s|ed)?\s+against|regrett?(?:s|ed)?|reject(?:s|ed)?)\b",
    re.I,
)
# "..., and on 20 June a court convicted": words right after a clause's coordinator open the next clause,
# and belong to its trigger, not to the one before the comma
_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;(?:\s*and)?)\s+(?:(?:on|in|at|by|from|during)\s+)?(?:the\s+)?$", re.I)
# the words between two items of one list ("Mandalay, Rangoon, and Pathein")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:!?]")
# "since December 2015", "after 3 May": the preposition of the date itself, not a clause of its own
_OWN_PREPOSITION = re.compile(r"\b(?:since|until|before|after|following)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def needs_attachment(text: str, start: int, end: int, hits: list) -> bool:
    """Whether a sentence's triggers can disagree on what they own (else every trigger takes all)."""
    if not hits:
        return False
    if len(hits) > 1:
        return True
    return bool(_STOP.search(text, hits[0].end, end) or _STANCE.search(text, start, hits[0].start))


class Attachment:
    """The triggers of one sentence (in text order) and what each owns."""

    __slots__ = ("text", "hits", "starts", "ends", "group", "_owners", "_lists")

    def __init__(self, text: str, hits: list):
        self.text = text
        self.hits = hits
        self.starts = [h.start for h in hits]
        self.ends = [h.end for h in hits]
        group, g = [], 0
        for k in range(len(hits)):
            if k and not self._joined(hits[k - 1], hits[k]):
                g += 1
            group.append(g)
        self.group = group
        self._owners: dict[tuple[int, int], int] = {}
        self._lists: list[tuple[list, _Owned]] = []

    def _joined(self, left, right) -> bool:
        text = self.text
        if (
            text[right.start].isupper()
            and right.start > 0
            and not re.search(r"[.!?:\"“(]\s*$", text[max(0, right.start - 3) : right.start])
        ):
            return True  # part of a name ("the Omnibus Law on Job Creation"): it owns nothing of its own
        return bool(_COORDINATED.fullmatch(text, left.end, right.start) or _SETTING.fullmatch(text, left.end, right.start))

    def owner(self, start: int, end: int) -> int:
        """The group of triggers owning the words [start, end), or SHARED, or DETACHED."""
        key = (start, end)
        found = self._owners.get(key)
        if found is None:
            found = self._owners[key] = self._owner(start, end)
        return found

    def _owner(self, start: int, end: int) -> int:
        hits = self.hits
        j = bisect_left(self.starts, end)
        if j < len(hits) and _GLUED.fullmatch(self.text, end, hits[j].start):
            return self.group[j]
        k = bisect_right(self.ends, start) - 1
        if k < 0:
            if j < len(hits) and _STANCE.search(self.text, end, hits[j].start):
                return SPEAKERS
            return SHARED
        between = self.text[hits[k].end : start]
        if j < len(hits) and _NEXT_CLAUSE.search(between) and not _CLAUSE_BREAK.search(self.text, end, hits[j].start):
            return self.group[j]
        own = _OWN_PREPOSITION.search(between)
        if _STOP.search(between, 0, own.start() if own else len(between)):
            return DETACHED
        return self.group[k]

    def _owned(self, items: list) -> _Owned:
        """The owners of a list of items (with .start and .end), read once per list (the sentence's places, its
        dates) and then answered by index: every trigger of a long sentence asks about the same lists."""
        for held, owned in self._lists:
            if held is items:
                return owned
        owners = [self.owner(item.start, item.end) for item in items]
        for p in range(1, len(items)):
            if _LIST_GAP.fullmatch(self.text, items[p - 1].end, items[p].start):
                owners[p] = owners[p - 1]  # "in A, B, and C", "on 3 and 5 May": one list, one owner (", and" opens no clause here)
        owned = _Owned(owners)
        # (the list is held, so its id is not reused; a few lists a sentence: its strong and weak places, its dates)
        self._lists = [(items, owned), *self._lists[:3]]
        return owned

    def stop_before(self, index: int) -> bool:
        """A subordinating word ("after", "because") between the trigger at `index` and the one before it."""
        return bool(index and _STOP.search(self.text, self.hits[index - 1].end, self.hits[index].start))

    def available(self, index: int, items: list, keep=None) -> list:
        """The items (with .start and .end) the trigger at `index` may take: its own and the shared ones.
        With `keep` (a test of an item's position in `items`): only those it keeps."""
        if not items:
            return items
        owned = self._owned(items)
        # each position has one owner, so sorting the two lists together merges them (in C, unlike heapq.merge)
        positions = sorted((*owned.by_owner.get(self.group[index], ()), *owned.by_owner.get(SHARED, ())))
        return [items[p] for p in positions if keep is None or keep(p)]

    def of_objects(self, index: int, items: list, keep, is_object) -> list:
        """The items owned by triggers that only name those the trigger's act was done to, written right after it
        (`is_object`: "a brutal intervention against the strikers on 2 January": the strikers take no date of
        what was done to them, so the day is the intervention's)."""
        if not items:
            return items
        owned = self._owned(items)
        hits, group = self.hits, self.group
        k = index + 1
        while k < len(hits) and group[k] == group[index]:
            k += 1
        found = []
        # the groups after the trigger's, as long as each only names people an act was done to
        while k < len(hits):
            owner, members = group[k], []
            while k < len(hits) and group[k] == owner:
                members.append(hits[k])
                k += 1
            if not all(is_object(h) for h in members):
                break
            found += [items[p] for p in owned.by_owner.get(owner, ()) if keep(p)]
        return found

    def fallback(self, index: int, items: list, keep=None) -> list:
        """What a trigger owning none of `items` may still take.

        A trigger in a clause of its own after the main one ("walked out on 10 November after
        management dismissed 30 members") shares the sentence's scene; a date the sentence gives
        only in such a clause ("detained 257 people after riots broke out on 21 May") dates the
        events around it when no event owns one.

        With `keep` (a test of an item's position in `items`): the fallback among the items it keeps,
        as if `items` held only those.
        """
        if not items:
            return items
        owned = self._owned(items)
        kept = (lambda p: True) if keep is None else keep
        if self.stop_before(index):
            return [items[p] for p in owned.not_speakers if kept(p)]
        # the detached items, when every item kept is detached, shared or the speakers' (and one is detached)
        if any(kept(p) for p in owned.grouped):
            return []
        return [items[p] for p in owned.detached if kept(p)]


class _Owned:
    """The owners of one list's items, with the positions of each kind of owner (in list order)."""

    __slots__ = ("owners", "by_owner", "grouped", "detached", "not_speakers")

    def __init__(self, owners: list[int]):
        self.owners = owners
        self.by_owner: dict[int, list[int]] = {}
        for p, o in enumerate(owners):
            self.by_owner.setdefault(o, []).append(p)
        self.grouped = [p for p, o in enumerate(owners) if o >= 0]
        self.detached = self.by_owner.get(DETACHED, [])
        self.not_speakers = [p for p, o in enumerate(owners) if o != SPEAKERS]
