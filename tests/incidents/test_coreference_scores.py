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
