"""Case threads: one participant's incidents in order, and the follow-ups never reported."""

from __future__ import annotations

from incident_corpus import report

from clecgraph.incidents import find_incidents
from clecgraph.resolve.entities import resolve


def cases(corpus):
    grouping = find_incidents(corpus, resolve(corpus))
    by_key = {i.key: i for i in grouping.incidents}
    return {case.subject: ([by_key[k].type for k in case.incidents], case.gaps) for case in grouping.cases}


def test_an_arrest_never_reported_released_leaves_a_gap():
    corpus = [
        report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",)),
        report(2, "2015-06-10", "ADHOC", "trial", when="2015-06-09", who=("Tep Vanny",)),
    ]
    steps, gaps = cases(corpus)["tep-vanny"]
    assert steps == ["arrest", "trial"]
    assert [gap.expected for gap in gaps] == [("release",)]


def test_a_reported_release_closes_the_arrest():
    corpus = [
        report(3, "2015-09-01", "ADHOC", "release", when="2015-08-30", who=("Tep Vanny",)),
        report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",)),
        report(2, "2015-06-10", "ADHOC", "trial", when="2015-06-09", who=("Tep Vanny",)),
    ]
    steps, gaps = cases(corpus)["tep-vanny"]
    assert steps == ["arrest", "trial", "release"]  # in date order, whatever the input order
    assert gaps == ()


def test_a_release_before_the_arrest_does_not_close_it():
    corpus = [
        report(1, "2014-01-02", "LICADHO", "release", when="2014-01-01", who=("Tep Vanny",)),
        report(2, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",)),
    ]
    steps, gaps = cases(corpus)["tep-vanny"]
    assert steps == ["release", "arrest"] and [gap.expected for gap in gaps] == [("release",)]


def test_one_incident_without_an_expected_follow_up_is_not_a_case():
    corpus = [report(1, "2015-03-02", "LICADHO", "protest", when="2015-03-01", who=("Tep Vanny",))]
    assert cases(corpus) == {}


def test_a_village_is_followed_as_a_site_and_a_country_is_not():
    corpus = [
        report(1, "2014-06-05", "LICADHO", "eviction", when="2014-06-04", place="Borei Keila"),
        report(2, "2014-09-05", "LICADHO", "protest", when="2014-09-04", place="Borei Keila"),
        report(3, "2014-06-05", "LICADHO", "eviction", when="2014-06-04", place="Cambodia", place_subtype="country"),
        report(4, "2014-09-05", "LICADHO", "protest", when="2014-09-04", place="Cambodia", place_subtype="country"),
    ]
    grouping = find_incidents(corpus, resolve(corpus))
    subjects = {(case.subject_kind, case.subject) for case in grouping.cases}
    # A site is a place inside another; here nothing links the village to a country, so neither is followed.
    assert ("place", "cambodia") not in subjects
