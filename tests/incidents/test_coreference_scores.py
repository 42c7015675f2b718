"""The coreference scorer on hand-made clusterings whose scores are worked out by hand."""

from __future__ import annotations

import pytest

from clecgraph.scoring.coreference import bcubed, ceaf_e, conll, muc

KEY = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}  # {a b c} {d e}


def test_a_perfect_response_scores_one_everywhere():
    response = {m: f"s{c}" for m, c in KEY.items()}
    for measure in (bcubed, muc, ceaf_e):
        assert measure(KEY, response) == pytest.approx((1.0, 1.0, 1.0))
    assert conll(KEY, response) == pytest.approx(1.0)


def test_all_singletons_have_full_bcubed_precision_and_no_muc_links():
    response = {m: m for m in KEY}
    p, r, f = bcubed(KEY, response)
    # recall: a,b,c each 1/3, d,e each 1/2 -> (1/3*3 + 1/2*2) / 5 = 2/5
    assert (p, r) == pytest.approx((1.0, 0.4))
    assert f == pytest.approx(2 * 0.4 / 1.4)
    assert muc(KEY, response) == pytest.approx((0.0, 0.0, 0.0))


def test_one_big_cluster_has_full_recall():
    response = {m: "all" for m in KEY}
    p, r, _ = bcubed(KEY, response)
    # precision: a,b,c each 3/5, d,e each 2/5 -> (9/5 + 4/5) / 5 = 13/25
    assert (p, r) == pytest.approx((13 / 25, 1.0))
    # MUC recall: (3-1 + 2-1) / (2 + 1) = 1; precision: (5 - 2) / (5 - 1) = 3/4
    assert muc(KEY, response)[:2] == pytest.approx((0.75, 1.0))


def test_ceaf_e_matches_each_gold_cluster_to_one_response_cluster():
    response = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}  # {a b} {c d e}
    # best pairing: {a b c}-{a b}: 2*2/5 = 0.8 ; {d e}-{c d e}: 2*2/5 = 0.8 ; total 1.6 over 2 and 2 clusters
    assert ceaf_e(KEY, response) == pytest.approx((0.8, 0.8, 0.8))


def test_only_mentions_in_both_clusterings_are_scored():
    response = {"a": "x", "b": "x", "zz": "x"}
    assert bcubed(KEY, response) == pytest.approx((1.0, 1.0, 1.0))


def test_pair_errors_tell_over_merging_from_under_merging_within_and_across_statements():
    from clecgraph.scoring.incident_eval import pair_errors

    # Mentions are (statement, gold event): s1 has two events of two gold incidents, s2 one of the first.
    key = {("s1", 0): "arrest", ("s1", 1): "trial", ("s2", 0): "arrest"}
    response = {("s1", 0): "x", ("s1", 1): "x", ("s2", 0): "y"}
    assert pair_errors(key, response) == {"over_same_statement": 1, "over_across": 0, "under_same_statement": 0, "under_across": 1}


def test_events_the_extraction_missed_lower_the_end_to_end_score_only():
    from clecgraph.scoring.incident_eval import end_to_end_bcubed

    key, response = {"a": 1, "b": 1}, {"a": "x", "b": "x"}
    assert bcubed(key, response) == pytest.approx((1.0, 1.0, 1.0))
    # A third report of incident 1 was never extracted: recall for a and b is 2/3, for c 1/3.
    p, r, _ = end_to_end_bcubed(key, response, {"c": 1})
    assert (p, r) == pytest.approx((1.0, (2 / 3 + 2 / 3 + 1 / 3) / 3))
