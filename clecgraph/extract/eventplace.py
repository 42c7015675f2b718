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
from dataclasses import dataclass

LOCATIVE, NEUTRAL, WEAK, ORIGIN = "locative", "neutral", "weak", "origin"

_ORIGIN_BEFORE = re.compile(r"\b(?:from|hailing\s+from|natives?\s+of)\s+(?:the\s+)?$", re.I)
_LANDMARK_BEFORE = re.compile(r"\b(?:near|nearby|next\s+to|close\s+to|beside|along|away\s+from|kilometres\s+from|kilometers\s+from)\s+(?:the\s+)?$", re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|inside|outside|into|within|across|throughout|on|to|toward|towards|around|of)\s+(?:the\s+)?$", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,|and|or|&)?\s*(?:,|and|or|&)?\s*$", re.I)
_TYPE_WORD = r"(?:province|provincial|district|commune|village|city|municipal|municipality|region|regional|state|county|town|island|capital)"
_QUALIFIED = re.compile(
    r"^[\s\"”’]*\)?\s*(?:\([^()]{1,20}\)\s*)?(?:'s|’s)?\s*(?:" + _TYPE_WORD + r"\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:residents?|villagers?|representatives?|officials?|authorit(?:y|ies)|police|workers?|people|communit(?:y|ies)|famil(?:y|ies)"
    r"|activists?|farmers?|youths?|monks?|leaders?|members?|governor|government|poor|protesters?|demonstrators?|women|citizens"
    r"|students|fishermen|victims?|prisoners?|defendants?|delegates?|participants?|staff|soldiers?|troops|guards?|villages)\b"
)
_CONTAINED_GAP = re.compile(r"^\s*(?:,|\bin\b|\bof\b|\bwithin\b)\s*(?:the\s+)?$", re.I)
_POSSESSIVE_GAP = re.compile(r"^(?:'s|’s)\s+$")

# Smaller numbers are more specific. Keys are matched against a mention's
# subtype and the last word of its name.
_RANK = {
    "village": 1, "community": 1, "site": 1, "zone": 1, "camp": 1, "street": 1, "building": 1, "factory": 1, "group": 1, "neighbourhood": 1,
    "commune": 2, "sangkat": 2, "lake": 2, "river": 2, "island": 2,
    "district": 3, "khan": 3, "county": 3, "town": 3,
    "city": 4, "municipality": 4, "capital": 4,
    "province": 5, "state": 5,
    "country": 6, "nation": 6,
    "region": 7, "continent": 7,
}
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


def place_spots(text: str, places: list[tuple[int, int, str, str | None]], trigger_ends: list[int] = ()) -> list[PlaceSpot]:
    """Classify each (start, end, name, subtype) place mention of `text` by how it is written.

    "from" after an event's trigger ("released from Prey Sar", "evicted
    from Boeung Kak") says where the event happened, not where people came from.
    """
    places = sorted(places)
    roles: list[str] = []
    for index, (start, end, name, subtype) in enumerate(places):
        before = text[max(0, start - 40) : start]
        origin = _ORIGIN_BEFORE.search(before)
        if origin and any(0 <= (start - 40 + origin.start() if start >= 40 else origin.start()) - e <= 3 for e in trigger_ends):
            role = LOCATIVE
        elif origin:
            role = ORIGIN
        elif _LANDMARK_BEFORE.search(before):
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
        if roles[index] in (LOCATIVE, NEUTRAL) and _QUALIFIED.match(after):
            roles[index] = WEAK
        elif index + 1 < len(places) and roles[index + 1] == WEAK and roles[index] == NEUTRAL:
            gap = text[end : places[index + 1][0]]
            if re.fullmatch(rf"\s*(?:{_TYPE_WORD}\s+)?(?:,|and|or|&)\s*", gap, re.I):
                roles[index] = WEAK  # "Kampong Thom province and Sandan district officials"
    return [PlaceSpot(name, start, end, role, specificity(name, subtype)) for (start, end, name, subtype), role in zip(places, roles)]


def most_specific(text: str, spots: list[PlaceSpot], near: int) -> PlaceSpot | None:
    """The most specific of some place spots of one sentence, nearest to `near` on ties."""
    if not spots:
        return None
    containers = set()
    for a in spots:
        for b in spots:
            if a is b or a.name == b.name:
                continue
            if a.end <= b.start and _CONTAINED_GAP.match(text[a.end : b.start]):
                containers.add(id(b))  # "Tokyo, Japan", "Group 78 in Phnom Penh": a lies in b
            if b.end <= a.start and _POSSESSIVE_GAP.match(text[b.end : a.start]):
                containers.add(id(b))  # "Svay Rieng's Manhattan Special Economic Zone"
    pool = [s for s in spots if id(s) not in containers] or spots

    def distance(spot: PlaceSpot) -> int:
        return spot.start - near if spot.start >= near else near - spot.end

    return min(pool, key=lambda s: (s.rank, distance(s), s.start))
