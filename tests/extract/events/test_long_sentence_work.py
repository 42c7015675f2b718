"""A long sentence of many events and dates: each trigger looks at the dates near it, not at every date.

The work is counted, not timed: the cues read around each date, the dates tested for a trigger and
the characters scanned for a phrase naming another event ("in relation to the coup on 1 February").
With four times the triggers and dates these grow about four times (linear), not sixteen (every
trigger against every date) or more (that phrase looked for in the text between each pair).
"""

from __future__ import annotations

import pytest
from rule_checks import run

from clecgraph.extract.events import dating
from clecgraph.extract.events.cues import is_release_date, is_since_date, is_upcoming_date

PIECE = "Police arrested activists in Phnom Penh, and evicted families from Kampong Cham province on 3 March 2014, "
OTHER_EVENT = "police charged students in relation to the protest on 1 May 2015, and detained monks in Kampot on 4 June 2015, "


class _CountingSearch:
    """dating._OTHER_EVENT, counting its searches and the characters each went over (up to its match)."""

    def __init__(self, pattern):
        self.pattern, self.calls, self.scanned = pattern, 0, 0

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        found = self.pattern.search(text, pos, end)
        self.calls += 1
        self.scanned += max(0, (found.end() if found else end) - pos)
        return found


def _work(extract, monkeypatch, text: str) -> dict[str, int]:
    counts = {"release cue": 0, "date tests": 0}
    search = _CountingSearch(dating._OTHER_EVENT)
    monkeypatch.setattr(dating, "_OTHER_EVENT", search)

    def counted_release(text, start):
        counts["release cue"] += 1
        return is_release_date(text, start)

    monkeypatch.setattr(dating, "is_release_date", counted_release)
    usable = dating.SentenceDates.usable

    def counted_usable(self, hit):
        keep = usable(self, hit)

        def counted(p):
            counts["date tests"] += 1
            return keep(p)

        return counted

    monkeypatch.setattr(dating.SentenceDates, "usable", counted_usable)
    extraction = run(extract, text, date="2015-06-10")
    monkeypatch.undo()
    assert extraction.events
    return counts | {"phrase searches": search.calls, "characters scanned": search.scanned}


@pytest.mark.parametrize("piece", [PIECE, OTHER_EVENT], ids=["triggers-places-dates", "phrases-naming-other-events"])
def test_the_work_for_a_long_sentence_grows_linearly(extract, monkeypatch, piece):
    small = _work(extract, monkeypatch, piece * 30)
    large = _work(extract, monkeypatch, piece * 120)
    for what in small:
        assert large[what] <= 5 * max(small[what], 1), (what, small[what], large[what])


def _naive(text, view, hit, scoped):
    """Whether the trigger may use the date, tested as the rule says, pair by pair."""
    d, scope = scoped
    return (
        (scope is None or scope[0] <= hit.start < scope[1])
        and (hit.kind.dated_by_release or not is_release_date(text, d.start))
        and not is_upcoming_date(text, d.start)
        and (hit.kind.lasting or not is_since_date(text, d.start))
        and not dating.is_tally_date(text, d.start)
        and (d.start < hit.end or not dating._OTHER_EVENT.search(text, hit.end, d.start))
    )


TEXTS = [
    "Soldiers arrested 40 protesters on 2 March, charged or sentenced in relation to the attempted military coup on "
    "1 February 2021, and detained them in Yangon on 3 March.",
    "Police charged two students because of their anti-coup activity on 22 May, then arrested them again on 25 May "
    "to mark the anniversary of the coup on 22 May 2014 and released them on 27 May.",
    "Workers, who went on strike on 9 May in protest against the dismissals of 2 May, were arrested on 10 May; "
    "the union was banned on 12 May in connection with the strike of 9 May and its leaders detained since 1 June.",
    (PIECE + OTHER_EVENT) * 6,
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_which_dates_a_trigger_may_use_is_what_testing_each_pair_says(extract, monkeypatch, text):
    compared = []
    usable = dating.SentenceDates.usable

    def checked_usable(self, hit):
        keep = usable(self, hit)
        for p, scoped in enumerate(self.view.scoped_dates):
            compared.append((hit.start, scoped[0].start, keep(p), _naive(self.text, self.view, hit, scoped)))
        return keep

    monkeypatch.setattr(dating.SentenceDates, "usable", checked_usable)
    run(extract, text, date="2021-03-10")
    assert compared
    assert [c for c in compared if c[2] != c[3]] == []
    assert any(not c[3] for c in compared)  # some pair is refused, so the comparison means something
