"""A build keeps what it holds out of the cyclic collector's passes only while it runs."""

from __future__ import annotations

import gc

from clecgraph import build
from clecgraph.pipeline import builder


def test_a_build_hands_every_object_back_to_the_collector(sample_corpus, monkeypatch):
    frozen_during = []
    real = builder.build_records

    def records(*args, **kwargs):
        frozen_during.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(builder, "build_records", records)
    assert gc.get_freeze_count() == 0
    build([sample_corpus], out=None, validate=False)
    assert frozen_during and frozen_during[0] > 0  # the extractions and the graph were frozen by then
    assert gc.get_freeze_count() == 0


def test_a_process_that_froze_objects_itself_is_left_as_it_was(sample_corpus):
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        build([sample_corpus], out=None, validate=False)
        # nothing more frozen, nothing unfrozen (frozen objects freed by their last reference leave the count)
        assert 0.9 * before <= gc.get_freeze_count() <= before
    finally:
        gc.unfreeze()
