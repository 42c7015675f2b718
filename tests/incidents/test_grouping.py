"""Grouping statement events into incidents: which reports are one happening, and which are not."""

from __future__ import annotations

import random
from dataclasses import replace

from incident_corpus import report

from clecgraph.incidents import find_incidents
from clecgraph.incidents.compat import Places
from clecgraph.model import PLACE, Entity
from clecgraph.resolve.entities import Resolution, resolve


def grouped(extractions):
    return find_incidents(extractions, resolve(extractions))


def sizes(grouping):
    return sorted(len(i.reports) for i in grouping.incidents)


def test_one_arrest_reported_by_three_organisations_over_two_weeks_is_one_incident():
    corpus = [
        report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",), place="Boeung Kak"),
        report(2, "2015-03-09", "ADHOC", "arrest", who=("Tep Vanny",), place="Boeung Kak"),
        report(3, "2015-03-16", "Amnesty International", "arrest", when="2015-03-01", who=("Tep Vanny",)),
    ]
    grouping = grouped(corpus)
    assert sizes(grouping) == [3]
    incident = grouping.incidents[0]
    assert len(incident.issuers) == 3 and "licadho" in incident.issuers
    assert (incident.first_reported, incident.last_reported) == ("2015-03-02", "2015-03-16")
    assert incident.date == "2015-03-01" and incident.corroborated


def test_the_same_person_arrested_months_apart_is_two_incidents():
    corpus = [
        report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",)),
        report(2, "2015-11-20", "ADHOC", "arrest", when="2015-11-19", who=("Tep Vanny",)),
    ]
    assert sizes(grouped(corpus)) == [1, 1]


def test_different_kinds_of_event_about_one_person_stay_apart():
    corpus = [
        report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",)),
        report(2, "2015-03-03", "ADHOC", "trial", when="2015-03-02", who=("Tep Vanny",)),
    ]
    assert sizes(grouped(corpus)) == [1, 1]


def test_the_same_village_on_the_same_day_is_one_incident_without_named_victims():
    corpus = [
        report(1, "2014-06-05", "LICADHO", "eviction", when="2014-06-04", place="Borei Keila"),
        report(2, "2014-06-06", "ADHOC", "eviction", when="2014-06-04", place="Borei Keila"),
    ]
    assert sizes(grouped(corpus)) == [2]


def test_a_country_and_a_day_alone_do_not_make_one_incident():
    corpus = [
        report(1, "2014-06-05", "LICADHO", "arrest", when="2014-06-04", place="Cambodia", place_subtype="country"),
        report(2, "2014-06-06", "ADHOC", "arrest", when="2014-06-04", place="Cambodia", place_subtype="country"),
    ]
    assert sizes(grouped(corpus)) == [1, 1]


def test_an_undated_event_is_grouped_only_with_events_before_its_report():
    corpus = [
        report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",)),
        report(2, "2015-03-09", "ADHOC", "arrest", who=("Tep Vanny",)),  # no date: some time before 9 March
        report(3, "2015-02-01", "CCHR", "arrest", who=("Tep Vanny",)),  # reported before the arrest happened
    ]
    incidents = grouped(corpus).incidents
    assert sizes(grouped(corpus)) == [1, 2]
    (alone,) = [i for i in incidents if len(i.reports) == 1]
    assert alone.first_reported == "2015-02-01"


def test_reports_that_differ_on_the_day_and_the_count_are_one_incident_with_disagreements():
    corpus = [
        report(
            1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",), text="Police arrested 14 workers and Tep Vanny."
        ),
        report(2, "2015-03-04", "ADHOC", "arrest", when="2015-03-02", who=("Tep Vanny",), text="Police arrested 15 workers and Tep Vanny."),
    ]
    (incident,) = grouped(corpus).incidents
    aspects = {d.aspect: [value for value, _ in d.values] for d in incident.disagreements}
    assert aspects == {"date": ["2015-03-01", "2015-03-02"], "count": ["14", "15"]}


def test_grouping_does_not_depend_on_the_order_of_the_statements():
    corpus = [
        report(n, f"2015-0{1 + n % 3}-1{n % 9}", f"Org {n % 4}", kind, when=None, who=(who,))
        for n, (kind, who) in enumerate([("arrest", "A B"), ("arrest", "C D"), ("trial", "A B"), ("arrest", "A B")] * 4, 1)
    ]
    expected = [i.reports for i in grouped(corpus).incidents]
    shuffled = corpus[:]
    random.Random(7).shuffle(shuffled)
    assert [i.reports for i in grouped(shuffled).incidents] == expected


def test_places_inside_one_another_are_compatible_and_siblings_are_not():
    entities = {
        (PLACE, "cambodia"): Entity(PLACE, "cambodia", "Cambodia", subtype="country"),
        (PLACE, "phnom-penh"): Entity(PLACE, "phnom-penh", "Phnom Penh", subtype="city", contained_in="cambodia"),
        (PLACE, "boeung-kak"): Entity(PLACE, "boeung-kak", "Boeung Kak", subtype="community", contained_in="phnom-penh"),
        (PLACE, "kandal"): Entity(PLACE, "kandal", "Kandal", subtype="province", contained_in="cambodia"),
    }
    places = Places(Resolution(entities, {}))
    assert places.compatible("boeung-kak", "cambodia") and places.compatible("phnom-penh", "boeung-kak")
    assert not places.compatible("kandal", "boeung-kak")
    assert places.deeper("cambodia", "boeung-kak") == "boeung-kak"
    assert places.is_broad("kandal") and not places.is_broad("boeung-kak")


def test_reports_placed_in_a_village_and_its_country_are_one_incident_placed_in_the_village():
    corpus = [
        report(1, "2015-03-02", "LICADHO", "arrest", when="2015-03-01", who=("Tep Vanny",), place="Boeung Kak"),
        report(2, "2015-03-04", "ADHOC", "arrest", when="2015-03-01", who=("Tep Vanny",), place="Cambodia", place_subtype="country"),
    ]
    resolution = resolve(corpus)
    village = resolution.key(PLACE, "Boeung Kak")
    entities = dict(resolution.entities)
    entities[(PLACE, village)] = replace(entities[(PLACE, village)], contained_in=resolution.key(PLACE, "Cambodia"))
    (incident,) = find_incidents(corpus, Resolution(entities, resolution.index)).incidents
    assert incident.place == village and not incident.disagreements


def two_events(first: str, second: str):
    from clecgraph.model import Event, Span

    base = report(1, "2015-03-02", "LICADHO", first, when="2015-03-01", who=("Tep Vanny",))
    extra = Event(second, Span("text", 0, 5), "test", date="2015-03-01", participants=("Tep Vanny",))
    return replace(base, events=base.events + (extra,))


def test_an_arrest_and_its_charges_told_in_one_statement_are_two_steps_of_one_case():
    grouping = grouped([two_events("arrest", "charge")])
    assert sorted(i.type for i in grouping.incidents) == ["arrest", "charge"]
    (case,) = [c for c in grouping.cases if len(c.incidents) == 2]
    assert set(case.incidents) == {i.key for i in grouping.incidents}


def test_one_kind_of_event_named_twice_in_one_statement_is_one_incident():
    (incident,) = grouped([two_events("arrest", "arrest")]).incidents
    assert len(incident.reports) == 2


def test_a_protest_and_an_arrest_told_in_one_statement_stay_two_incidents():
    assert sizes(grouped([two_events("protest", "arrest")])) == [1, 1]


def test_reports_without_any_date_are_not_joined_across_statements():
    corpus = [
        report(1, None, "LICADHO", "violence", who=("Kem Ley",)),
        report(2, None, "ADHOC", "violence", who=("Kem Ley",)),
    ]
    assert sizes(grouped(corpus)) == [1, 1]


def test_one_kind_of_event_on_one_day_at_places_not_known_to_be_apart_is_one_incident():
    # Neither place is in the gazetteer's tree: nothing says a town and an island are apart.
    corpus = [
        report(1, "2019-03-31", "Karapatan", "violence", when="2019-03-30", place="Canlaon"),
        report(2, "2019-04-02", "Migrante", "violence", when="2019-03-30", place="Negros Island", place_subtype="island"),
        report(3, "2019-04-02", "ICHRP", "eviction", when="2019-03-30", place="Negros Island", place_subtype="island"),
    ]
    incidents = grouped(corpus).incidents
    assert sorted(len(i.reports) for i in incidents) == [1, 2]
    assert {i.type for i in incidents if len(i.reports) == 2} == {"violence"}


def test_one_kind_of_event_on_one_day_at_two_towns_of_one_country_is_two_incidents():
    corpus = [
        report(1, "2012-11-30", "AP", "violence", when="2012-11-29", place="Monywa"),
        report(2, "2012-11-30", "Reuters", "violence", when="2012-11-29", place="Pathein"),
        report(3, "2012-11-30", "RFA", "protest", when="2012-11-29", place="Myanmar", place_subtype="country"),
    ]
    resolution = resolve(corpus)
    country = resolution.key(PLACE, "Myanmar")
    entities = dict(resolution.entities)
    for town in ("Monywa", "Pathein"):
        key = resolution.key(PLACE, town)
        entities[(PLACE, key)] = replace(entities[(PLACE, key)], contained_in=country)
    assert sizes(find_incidents(corpus, Resolution(entities, resolution.index))) == [1, 1, 1]
