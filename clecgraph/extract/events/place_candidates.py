"""Where an event happened: choosing among the place mentions of its sentence.

The entity finder says which words name places; this module says which of
them, if any, is where an event happened. A place written as a location
("in Phnom Penh", "into Thailand") is a candidate; a place that names where
people come from ("workers from Cambodia") is not; one that only qualifies
people ("Boeung Kak representatives", "Sandan district officials") or
serves as a landmark ("near the Bassac River") is a weak candidate. Among
candidates the most specific wins: a place written inside another ("Tokyo,
Japan", "Group 78 in Phnom Penh", "Svay Rieng's Manhattan Special Economic
Zone") beats the one containing it; then villages beat communes, districts,
cities, provinces and countries; then the nearest.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from clecgraph.knowledge.lexicon import EN

LOCATIVE, NEUTRAL, WEAK, ORIGIN = "locative", "neutral", "weak", "origin"

_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|hailing\s+from|natives?\s+of)\s+(?:the\s+)?"
    # "hailed from different areas of Baghdad"
    r"(?:(?:different|various|several|other|many|all)\s+)?(?:(?:areas?|parts?|districts?|regions?|provinces?|neighbou?rhoods?)\s+of\s+(?:the\s+)?)?$"
    # "a writer based in Goa", "families living in X": where people live, not where an event happened
    r"|\b(?:based|living|residing|resident|settled)\s+in\s+(?:the\s+)?$",
    re.I,
)
# "while she was in Bangkok": where a person was at the time, not where the event happened
_WHEREABOUTS_BEFORE = re.compile(
    r"\b(?:[Ww]hile|[Ww]hen|[Aa]s)\s+(?:he|she|they|we|I|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:was|were|had\s+been|has\s+been|is|are)"
    r"(?:\s+(?:still|away|abroad|travell?ing|staying|living|studying|working))*\s+(?:in|at)\s+(?:the\s+)?$"
)
_LANDMARK_BEFORE = re.compile(
    r"\b(?:near|nearby|next\s+to|close\s+to|beside|along|away\s+from"
    # "some 110 km south of Baghdad", "20 kilometres from the border": a distance from a landmark
    r"|"
    + EN.alternation("distance_units")
    + r"\s+(?:(?:to\s+the\s+)?"
    + EN.alternation("directions")
    + r"\s+)?(?:of|from))\s+(?:the\s+)?$",
    re.I,
)
# "a border policy with Vietnam", "a treaty between X and Y": a place the words relate to, not a scene
_RELATION_BEFORE = re.compile(r"\b(?:with|between|against|about|over)\s+(?:the\s+)?$", re.I)
# "taken to a police base in Pathum Thani", "sent to Prey Sar": where people were brought afterwards
# ("taken by truck to a relocation site in X", "being treated in a hospital in Y": where people were brought
# or cared for afterwards)
_DESTINATION_BEFORE = re.compile(
    r"\b(?:(?:taken|took|sent|transferred|brought|relocated|deported|moved|trucked|bused|bussed|driven)\s+(?:(?:back|them|him|her)\s+)?"
    r"(?:by\s+[a-z]+\s+)?to|(?:treated|hospitali[sz]ed|admitted)\s+(?:in|at|to))\b[^,.;:]*$",
    re.I,
)
# "an organiser of the Bagong Alyansang Makabayan (BAYAN) in Cavite": where a person holds a post in a named
# body, not where an event happened
_POST_BEFORE = re.compile(
    r"\b(?:an?|the)\s+(?:[a-z]+\s+){0,2}"
    + EN.alternation("role_heads")
    + r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z(][\w'’()-]*|of|for|and|the)){0,8}\s+(?:in|at)\s+(?:the\s+)?$"
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|inside|outside|into|within|across|throughout|on|to|toward|towards|around|of)\s+(?:the\s+)?$", re.I
)
_LIST_GAP = re.compile(r"^\s*(?:,|and|or|&)?\s*(?:,|and|or|&)?\s*$", re.I)
_TYPE_WORD = EN.alternation("place_kind_words")
_QUALIFIED = re.compile(
    r"^[\s\"”’]*\)?\s*(?:\([^()]{1,20}\)\s*)?(?:'s|’s)?\s*(?:" + _TYPE_WORD + r"\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:residents?|villagers?|representatives?|officials?|authorit(?:y|ies)|police|workers?|people|communit(?:y|ies)|famil(?:y|ies)"
    r"|activists?|farmers?|youths?|monks?|leaders?|members?|governor|government|poor|protesters?|demonstrators?|women|citizens"
    r"|students|fishermen|victims?|prisoners?|defendants?|delegates?|participants?|staff|soldiers?|troops|guards?|villages)\b",
    re.I,  # "Thirteen Boeung Kak Women Jailed": headlines capitalise the people too
)
# "89 farmers killed in Negros since 2016", "the fourth journalist killed in Mindanao this year": the place of a
# count over a period, not the scene of one event (nor of the sentences after it)
_TALLY_AFTER = re.compile(
    r"^\s*,?\s*(?:since\s+(?:\d{4}|(?:early|late|mid-?)\s*\d{4}|[A-Z][a-z]+\s+\d{4}|the\s+(?:start|beginning)\b)|this\s+year\b|so\s+far\b"
    r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?)\b)"
)
# ("the Mangistau region in western Kazakhstan": a direction word may say where inside)
_CONTAINED_GAP = re.compile(
    r"^\s*(?:,|\bin\b|\bof\b|\bwithin\b)\s*(?:the\s+)?(?:(?:" + EN.alternation("directions") + r"|central)(?:ern)?\s+)?$", re.I
)
_POSSESSIVE_GAP = re.compile(r"^(?:'s|’s)\s+$")

# Smaller numbers are more specific (ontology/lexicon/en.toml, place_kind_ranks). Keys are matched
# against a mention's subtype and the last word of its name.
_RANK = {kind: float(rank) for kind, rank in EN.map("place_kind_ranks").items()}
_UNKNOWN_RANK = 3.5


@dataclass(frozen=True)
class PlaceSpot:
    """A place mention in one field, with how it is written there."""

    name: str
    start: int
    end: int
    role: str  # LOCATIVE, NEUTRAL, WEAK or ORIGIN
    rank: float


def specificity(name: str, subtype: str | None) -> float:
    for word in ((subtype or "").lower(), name.split()[-1].lower() if name.split() else ""):
        if word in _RANK:
            return _RANK[word]
    if re.search(r"\b(?:group|village|phum)\s*\d*\b", name, re.I):
        return 1
    return _UNKNOWN_RANK


def _ends_within(ends: list[int], low: int, high: int) -> bool:
    """Some trigger (of the sorted ends) ends in [low, high]."""
    k = bisect_left(ends, low)
    return k < len(ends) and ends[k] <= high


def place_spots(
    text: str, places: list[tuple[int, int, str, str | None]], trigger_ends: list[int] = (), from_ends: list[int] = ()
) -> list[PlaceSpot]:
    """Classify each (start, end, name, subtype) place mention of `text` by how it is written.

    "from" after an event's trigger ("released from Prey Sar", "evicted
    from Boeung Kak") says where the event happened, not where people came from.
    """
    places = sorted(places)
    ends = sorted(trigger_ends)
    # "released on bail ... from Prey Sar prison", "evicted ... from Borei Keila": "from" says where, further off too
    from_ends = sorted(from_ends)
    roles: list[str] = []
    for index, (start, end, name, subtype) in enumerate(places):
        before = text[max(0, start - 40) : start]
        origin = _ORIGIN_BEFORE.search(before)
        at = max(0, start - 40) + origin.start() if origin else 0
        if origin and (_ends_within(ends, at - 3, at) or _released_from(text, from_ends, at)):
            role = LOCATIVE
        elif origin or _WHEREABOUTS_BEFORE.search(text, max(0, start - 80), start):
            role = ORIGIN
        elif (
            _LANDMARK_BEFORE.search(before)
            or _RELATION_BEFORE.search(before)
            or _DESTINATION_BEFORE.search(text, max(0, start - 60), start)
            or _POST_BEFORE.search(text, max(0, start - 120), start)
        ):
            role = WEAK
        elif _LOCATIVE_BEFORE.search(before):
            role = LOCATIVE
        else:
            role = NEUTRAL
        if index and role == NEUTRAL and _LIST_GAP.match(text[places[index - 1][1] : start]) and text[places[index - 1][1] : start].strip():
            role = roles[-1]  # "from Indonesia, Thailand and Malaysia": one list, one role
        roles.append(role)
    for index in range(len(places) - 1, -1, -1):
        start, end, name, subtype = places[index]
        after = text[end : end + 60]
        if roles[index] in (LOCATIVE, NEUTRAL) and (_QUALIFIED.match(after) or _TALLY_AFTER.match(after)):
            roles[index] = WEAK  # "Phnom Penh's urban poor", "Boeung Kak residents": a place of people, a weak candidate
        elif index + 1 < len(places) and roles[index + 1] == WEAK and roles[index] == NEUTRAL:
            gap = text[end : places[index + 1][0]]
            if re.fullmatch(rf"\s*(?:{_TYPE_WORD}\s+)?(?:,|and|or|&)\s*", gap, re.I):
                roles[index] = WEAK  # "Kampong Thom province and Sandan district officials"
    return [PlaceSpot(name, start, end, role, specificity(name, subtype)) for (start, end, name, subtype), role in zip(places, roles)]


def _released_from(text: str, from_ends: list[int], at: int) -> bool:
    """A release or eviction trigger earlier in the same sentence, at most 80 characters before "from"."""
    k = bisect_left(from_ends, at - 80)
    return k < len(from_ends) and from_ends[k] <= at and not re.search(r"[.!?;]", text[from_ends[k] : at])


_SPACE = re.compile(r"\s+")
_INSIDE_GAP = re.compile(r"\b(?:in|of|within)\b", re.I)
COUNTRY_RANK = 6


def _coarser_not_listed(text: str, spots: list[PlaceSpot], order: list[int], starts: list[int], a: PlaceSpot, b: PlaceSpot) -> bool:
    """ "Tokyo, Japan", "Pro Ma village, Kampong Damrei commune, Chhlong district": after a comma, a coarser
    place holds the one before, unless a list of places as fine as it goes on after it ("in Kalay, Sittwe,
    Chaut and Wakema": places side by side)."""
    known = a.rank != _UNKNOWN_RANK and b.rank != _UNKNOWN_RANK
    if known and b.rank <= a.rank:
        return False  # "Kampong Cham, Prey Veng": siblings
    k = bisect_left(starts, b.end)
    if k == len(order) or not _LISTED.fullmatch(text, b.end, spots[order[k]].start):
        return True
    c = spots[order[k]]
    return c.rank > b.rank and _UNKNOWN_RANK not in (b.rank, c.rank)  # the hierarchy climbs on: "..., Chhlong district, Kratie"


def _listable(a: PlaceSpot, b: PlaceSpot) -> bool:
    """Two places that can stand side by side in one list of where: as specific as each other, or both
    inside a country ("in Phnom Penh and Kandal province", "in Mandalay, Chaut and Pathein")."""
    return a.rank == b.rank or (a.rank < COUNTRY_RANK and b.rank < COUNTRY_RANK)


# Neither gap above holds more than 23 characters besides white space ("within the south-eastern").
_GAP_MAX_INK = 23


def _containers(text: str, spots: list[PlaceSpot]) -> set[int]:
    """Indexes of the spots another spot of the list is written inside ("Tokyo, Japan": Japan).

    Only spots close enough to be joined by a short gap are compared, so this
    is near-linear in the number of spots (every pair was compared before;
    the result is the same).
    """
    order = sorted(range(len(spots)), key=lambda i: spots[i].start)
    starts = [spots[i].start for i in order]
    containers = set()
    for a_index, a in enumerate(spots):
        for k in range(bisect_left(starts, a.end), len(order)):
            b_index = order[k]
            b = spots[b_index]
            gap = text[a.end : b.start]
            if len(gap) > _GAP_MAX_INK and len(_SPACE.sub("", gap)) > _GAP_MAX_INK:
                break  # later spots are further away still
            if a_index == b_index or a.name == b.name:
                continue
            if _CONTAINED_GAP.match(gap) and (_INSIDE_GAP.search(gap) or _coarser_not_listed(text, spots, order, starts, a, b)):
                containers.add(b_index)  # "Tokyo, Japan", "Group 78 in Phnom Penh": a lies in b
            if _POSSESSIVE_GAP.match(gap):
                containers.add(a_index)  # "Svay Rieng's Manhattan Special Economic Zone": b lies in a
    return containers


class _Chooser:
    """The most specific spots of one list, indexed to find the nearest to any point by bisection."""

    def __init__(self, text: str, spots: list[PlaceSpot]):
        containers = _containers(text, spots)
        pool = [(i, s) for i, s in enumerate(spots) if i not in containers] or list(enumerate(spots))
        best = min(s.rank for _, s in pool)
        # (start, position in the list, spot) of the best-ranked, by start
        self.ranked = sorted((s.start, i, s) for i, s in pool if s.rank == best)
        self.starts = [start for start, _, _ in self.ranked]
        # for each prefix of `ranked`, the spot ending last (ties: smallest start, then first in the list)
        self.prefix_best: list[tuple[int, int, int, PlaceSpot]] = []
        running = None
        for start, i, s in self.ranked:
            key = (-s.end, start, i, s)
            if running is None or key[:3] < running[:3]:
                running = key
            self.prefix_best.append(running)

    def nearest(self, near: int) -> PlaceSpot:
        # min over the pool by (rank, distance, start), the first in the list on ties, as min() did
        k = bisect_left(self.starts, near)
        candidates = []
        if k < len(self.ranked):
            start, i, s = self.ranked[k]  # starts at or after `near`: the first one is the nearest
            candidates.append((start - near, start, i, s))
        if k:
            minus_end, start, i, s = self.prefix_best[k - 1]  # starts before `near`: the one ending last
            candidates.append((near + minus_end, start, i, s))
        return min(candidates, key=lambda c: c[:3])[3]


_last_chooser: tuple[list, int, str, _Chooser] | None = None


def most_specific(text: str, spots: list[PlaceSpot], near: int) -> PlaceSpot | None:
    """The most specific of some place spots of one sentence, nearest to `near` on ties.

    Callers ask for every trigger of a sentence with the same list of spots:
    the containment and ranking of the last list asked about is kept, so
    each further call costs a bisection, not a comparison of all pairs.
    (The list is held by reference and must not be changed in place.)
    """
    global _last_chooser
    if not spots:
        return None
    cached = _last_chooser
    if cached is not None and cached[0] is spots and cached[1] == len(spots) and cached[2] is text:
        chooser = cached[3]
    else:
        chooser = _Chooser(text, spots)
        _last_chooser = (spots, len(spots), text, chooser)
    return chooser.nearest(near)


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)", re.I)


def listed_with(text: str, spots: list[PlaceSpot], chosen: PlaceSpot) -> list[PlaceSpot]:
    """The places of the list the chosen place belongs to ("in the cities of A, B and C"), in order;
    [] when it is not in a list of places as specific as it."""
    ordered = sorted(spots, key=lambda s: s.start)
    k = next((n for n, s in enumerate(ordered) if s is chosen), None)
    if k is None:
        return []
    low = high = k
    held = {ordered.index(spots[i]) for i in _containers(text, spots)}  # "Tokyo, Japan": not a list
    while low > 0 and _side_by_side(text, ordered, low - 1, low, held):
        low -= 1
    while high + 1 < len(ordered) and _side_by_side(text, ordered, high, high + 1, held):
        high += 1
    members = list({s.name: s for s in ordered[low : high + 1]}.values())
    return members if len(members) > 1 else []


def spread(text: str, spots: list[PlaceSpot], chosen: PlaceSpot) -> bool:
    """The chosen place is one of a list of places as specific as it ("in Kampong Cham, Prey Veng
    and Takeo provinces"): the event is spread over them and no one of them is its place."""
    ordered = sorted(spots, key=lambda s: s.start)
    k = next((n for n, s in enumerate(ordered) if s is chosen), None)
    if k is None:
        return False
    held = {ordered.index(spots[i]) for i in _containers(text, spots)}
    for other, (a, b) in ((k - 1, (k - 1, k)), (k + 1, (k, k + 1))):
        if 0 <= other < len(ordered) and ordered[other].name != chosen.name and _side_by_side(text, ordered, a, b, held):
            return True
    return False


def _side_by_side(text: str, ordered: list[PlaceSpot], a: int, b: int, held: set[int]) -> bool:
    """Neighbours a and b of the ordered spots are members of one list of places."""
    return (
        a not in held
        and b not in held
        and _listable(ordered[a], ordered[b])
        and bool(_LISTED.fullmatch(text, ordered[a].end, ordered[b].start))
    )


# "shot dead a driver in Tondo": a capitalised name after "in" or "at" is a place the text gives,
# even when the gazetteer does not know it (months, days and languages are not places)
_NAMED_LOCATION = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_NOT_LOCATIONS = EN.words("not_locations")


def names_unknown_location(text: str, start: int, end: int, known: list[tuple[int, int]]) -> bool:
    """The sentence text[start:end] names, after "in" or "at", a capitalised name that no mention (`known`
    spans) covers: a place the gazetteer does not know.

    A dateline names where a statement speaks from; it does not place the sentences that name a place
    of their own ("(New York) – ... shot dead a driver in Tondo" did not happen in New York).
    """
    covered = _cover(known)
    for match in _NAMED_LOCATION.finditer(text, start, end):
        if match[1].lower() not in _NOT_LOCATIONS and not covered(match.start(1)):
            return True
    return False


_last_cover: list = [None, None]  # the spans last asked about, and their test


def _cover(spans: list[tuple[int, int]]):
    """A test of a position: does one of the spans [a, b) hold it (by bisection; kept for the field's next sentence)."""
    if _last_cover[0] is not spans:
        ordered = sorted(spans)
        starts = [a for a, _ in ordered]
        reach, furthest = [], -1  # reach[k]: the furthest end among the first k+1 spans by start
        for _, b in ordered:
            furthest = max(furthest, b)
            reach.append(furthest)

        def covered(position: int) -> bool:
            k = bisect_right(starts, position)  # the spans starting at or before it
            return bool(k) and reach[k - 1] > position

        _last_cover[:] = [spans, covered]
    return _last_cover[1]
