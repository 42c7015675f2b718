"""Courts named in a field, and the places their names open with.

An event a court holds or orders (a hearing, a charge, bail) happens where the
court sits, and the seat is the place its name opens with: "Kampot Provincial
Court" sits in Kampot. A place inside a court's name is not a place mention of
its own (see places), so the event finder reads the seats here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from clecgraph.extract.events.place_candidates import LOCATIVE, PlaceSpot, specificity
from clecgraph.knowledge.lexicon import EN
from clecgraph.model import ORGANISATION

COURT_HEADS = EN.words("court_heads")
# words of a court's name that are not its seat ("Kampot Provincial Court", "Hanoi People's Court")
_COURT_WORDS = EN.words("court_words")
# "supporters gathered outside the court": the court named before, so the place where it sits
_AT_THE_COURT = re.compile(r"\b(?:outside|at|in\s+front\s+of|inside|near|before)\s+the\s+(?:[\w-]+\s+)?court(?:house)?\b", re.I)


def court_seats(text: str, mentions, field_name: str, place_table) -> list[PlaceSpot]:
    """The places that open courts' names ("Kampot Provincial Court": Kampot), as locative spots where the courts are."""
    seats = []
    for m in mentions:
        words = m.name.split()
        if m.kind != ORGANISATION or m.span.field != field_name or not words or words[-1].lower() not in COURT_HEADS:
            continue
        k = 0
        while k < len(words) and words[k].lower().replace("’", "'") not in _COURT_WORDS:
            k += 1
        seat = " ".join(words[:k])
        if 1 <= k <= 3 and place_table.get(seat):
            seats.append(PlaceSpot(seat, m.span.start, m.span.end, LOCATIVE, specificity(seat, None)))
    return seats


class Courts:
    """The courts of one field: where their names start, and their seats (read when first needed)."""

    def __init__(self, text: str, mentions, field_name: str, place_table):
        self.text, self.mentions, self.field_name, self.place_table = text, mentions, field_name, place_table
        self.starts = sorted(
            m.span.start
            for m in mentions
            if m.kind == ORGANISATION and m.span.field == field_name and m.name.split()[-1].lower() in COURT_HEADS
        )
        self._seats: list[PlaceSpot] | None = None

    @property
    def seats(self) -> list[PlaceSpot]:
        if self._seats is None:
            self._seats = court_seats(self.text, self.mentions, self.field_name, self.place_table) if self.place_table is not None else []
        return self._seats

    def named_in(self, sentence) -> bool:
        return bisect_left(self.starts, sentence.start) < bisect_left(self.starts, sentence.end)

    def seat_of_the_court(self, sentence) -> str | None:
        """For "outside the court": the seat of the last court named before the sentence, if the sentence says so."""
        if self.place_table is None or not _AT_THE_COURT.search(self.text, sentence.start, sentence.end):
            return None
        earlier = [seat for seat in self.seats if seat.start < sentence.start]
        return max(earlier, key=lambda seat: seat.start).name if earlier else None

    def seats_for(self, sentence, hit_end: int) -> list[PlaceSpot]:
        """The seats of the courts named in the sentence; of several courts, the one nearest the trigger."""
        in_sentence = [s for s in self.seats if sentence.start <= s.start < sentence.end]
        courts = self.starts[bisect_left(self.starts, sentence.start) : bisect_left(self.starts, sentence.end)]
        if len(courts) > 1:
            # "convicted by the Phnom Penh court ..., freed on bail by the Supreme Court": the nearest court's seat
            nearest = min(courts, key=lambda start: abs(start - hit_end))
            in_sentence = [s for s in in_sentence if s.start == nearest]
        return in_sentence
