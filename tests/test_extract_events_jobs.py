"""Extraction in several processes gives what one process gives, in input order."""
from __future__ import annotations


def test_jobs_give_the_same_extractions_in_order(sample_corpus):
    from clecgraph.pipeline import extract_all

    one, skipped_one, _ = extract_all([sample_corpus])
    two, skipped_two, _ = extract_all([sample_corpus], jobs=2)
    assert [e.statement.line for e in two] == [e.statement.line for e in one]
    assert two == one and skipped_two == skipped_one
