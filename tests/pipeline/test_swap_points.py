"""A build killed at each point of its swap leaves the old set or the new one, whole; concurrent
--add builds into one folder or store keep every statement (clecgraph.pipeline.outputs)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clecgraph import build

OLD = "2012-03-01   CCHR\n\nCCHR condemns the arrest of a land activist in Phnom Penh.\n"
NEW = "2012-04-01   ADHOC\n\nADHOC reports the eviction of 300 families in Kampong Speu province.\n"
THIRD = "2012-05-01   LICADHO\n\nLICADHO denounces the detention of two journalists in Phnom Penh.\n"
FORMATS = ["turtle", "ntriples", "trig", "extractions"]

# A real `clecgraph build` with one step of clecgraph.pipeline.outputs made to stop: it says so
# (the ready file) and hangs until it is killed.
PAUSED_BUILD = """
import os, sys, time
from pathlib import Path
from clecgraph.pipeline import outputs

point = os.environ["CLECGRAPH_TEST_POINT"]

def pause():
    Path(os.environ["CLECGRAPH_TEST_READY"]).write_text(point, encoding="utf-8")
    time.sleep(600)

real_carry, real_exchange, real_remove, real_rename = outputs._carry_over, outputs._exchange, outputs._remove, os.rename
if point == "before carry-over":
    outputs._carry_over = lambda old, staging: (pause(), real_carry(old, staging))
elif point == "before the exchange":
    outputs._exchange = lambda a, b: (pause(), real_exchange(a, b))[1]
elif point == "after the exchange":
    def exchange_then_pause(a, b):
        done = real_exchange(a, b)
        pause()
        return done
    outputs._exchange = exchange_then_pause
elif point == "between the fallback renames":
    outputs._exchange = lambda a, b: False
    def rename(source, target):
        real_rename(source, target)
        if ".old-" in str(target):
            pause()
    outputs.os.rename = rename
from clecgraph.cli.commands import main
sys.argv = ["clecgraph", *sys.argv[1:]]
main()
"""
POINTS = ["before carry-over", "before the exchange", "after the exchange", "between the fallback renames"]


def statements_in(out: Path) -> dict[str, int]:
    """How many statements each file of an output set holds: they must all agree."""
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))["statements_written"]
    extractions = len((out / "extractions.jsonl").read_text(encoding="utf-8").splitlines())
    marks = [name for name in ("CCHR condemns", "ADHOC reports") if name in (out / "graph.nt").read_text(encoding="utf-8")]
    turtle = [name for name in ("CCHR condemns", "ADHOC reports") if name in (out / "graph.ttl").read_text(encoding="utf-8")]
    return {"report": report, "extractions": extractions, "graph.nt": len(marks), "graph.ttl": len(turtle)}


def run_paused(script: Path, point: str, args: list[str], ready: Path) -> subprocess.Popen:
    env = {**os.environ, "CLECGRAPH_TEST_POINT": point, "CLECGRAPH_TEST_READY": str(ready)}
    process = subprocess.Popen([sys.executable, str(script), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240  # a guard against hanging forever, not a timing assertion
    while not ready.exists():
        if process.poll() is not None:
            raise AssertionError(process.communicate()[1].decode())
        assert time.monotonic() < deadline, "the build never reached the point"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(60)
    return process


@pytest.mark.parametrize("point", POINTS)
def test_a_kill_at_each_swap_point_leaves_a_whole_set(tmp_path, point):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "old.txt"], out=out, formats=FORMATS, validate=False)
    old = statements_in(out)
    assert set(old.values()) == {1}
    script = tmp_path / "paused.py"
    script.write_text(PAUSED_BUILD, encoding="utf-8")
    args = ["build", str(tmp_path / "new.txt"), "--out", str(out), "--add", "--no-validate", "-q"]
    for name in FORMATS:
        args += ["--format", name]
    run_paused(script, point, args, tmp_path / "ready")

    if out.exists():  # a reader at this moment sees the old set or the new, never a mix
        seen = statements_in(out)
        assert len(set(seen.values())) == 1, seen
    else:  # only between the two renames of the fallback: the old set is aside, whole
        assert point == "between the fallback renames"
        aside = list(tmp_path.glob(".out.old-*"))
        assert len(aside) == 1 and statements_in(aside[0]) == old
    # The next build puts back or clears what the killed one left, and nothing private stays about.
    build([tmp_path / "new.txt"], out=out, formats=FORMATS, validate=False, add=True)
    assert set(statements_in(out).values()) == {2}
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.") and not p.name.endswith(".lock")) == []


STORE_PAUSED = PAUSED_BUILD.replace('if point == "before carry-over":', 'if point == "never":')


@pytest.mark.parametrize("point", ["before the exchange", "after the exchange", "between the fallback renames"])
def test_a_kill_at_the_store_swap_never_loses_the_store(tmp_path, point):
    from clecgraph.sparql.stores import load

    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    spec = f"oxigraph:{tmp_path / 'st'}"
    build([tmp_path / "old.txt"], out=None, store=spec)
    script = tmp_path / "paused.py"
    script.write_text(STORE_PAUSED, encoding="utf-8")
    run_paused(script, point, ["build", str(tmp_path / "new.txt"), "--store", spec, "-q"], tmp_path / "ready")
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".st.") and not p.name.endswith(".lock")]
    assert leftovers  # the killed build left its staging (or the old store aside)...
    build([tmp_path / "new.txt"], out=None, store=spec)  # ...the next one recovers and clears it
    count = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://clecgraph.example/ns#Statement> }"
    store = load(spec)
    try:
        assert int(store.query(count).rows[0][0]) == 2  # both statements: none was lost
    finally:
        store.close()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".st.") and not p.name.endswith(".lock")] == []


def test_an_interrupted_store_builds_scratch_is_owner_only_and_cleared(tmp_path):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    spec = f"oxigraph:{tmp_path / 'st'}"
    script = tmp_path / "paused.py"
    script.write_text(STORE_PAUSED, encoding="utf-8")
    run_paused(script, "before the exchange", ["build", str(tmp_path / "old.txt"), "--store", spec, "-q"], tmp_path / "ready")
    staged = [p for p in tmp_path.iterdir() if p.name.startswith(".st.new-")]
    assert len(staged) == 1 and staged[0].stat().st_mode & 0o777 == 0o700
    build([tmp_path / "old.txt"], out=None, store=spec)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".st.new-", ".st.parts-"))]


def test_the_spool_file_of_a_store_build_is_owner_only(tmp_path, monkeypatch):
    from clecgraph.sparql.stores.oxigraph import OxigraphStore

    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    modes = []
    real = OxigraphStore.add_parts

    def spy(self, parts, spool):
        def watched():
            for part in parts:
                modes.append(Path(spool).stat().st_mode & 0o777)
                yield part

        return real(self, watched(), spool)

    monkeypatch.setattr(OxigraphStore, "add_parts", spy)
    build([tmp_path / "old.txt"], out=None, store=f"oxigraph:{tmp_path / 'st'}")
    assert modes and set(modes) == {0o600}


ADD = [sys.executable, "-m", "clecgraph", "build", "--no-validate", "-q", "--add"]
PATIENT = {**os.environ, "CLECGRAPH_LOCK_WAIT": "900"}  # the second build waits for the first however slow the machine


def test_concurrent_add_builds_into_one_folder_keep_every_statement(tmp_path):
    for name, text in (("old.txt", OLD), ("new.txt", NEW), ("third.txt", THIRD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "old.txt"], out=out, formats=["trig", "extractions"], validate=False)
    runs = [
        subprocess.Popen(
            [*ADD, str(tmp_path / name), "--out", str(out), "--format", "trig", "--format", "extractions"],
            stderr=subprocess.PIPE,
            env=PATIENT,
        )
        for name in ("new.txt", "third.txt")
    ]
    for run in runs:
        assert run.wait(1200) == 0, run.stderr.read().decode()
    lines = (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3  # not 2: neither build's statement was lost


def test_concurrent_store_builds_keep_every_statement(tmp_path):
    from clecgraph.sparql.stores import load

    for name, text in (("old.txt", OLD), ("new.txt", NEW), ("third.txt", THIRD)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    spec = f"oxigraph:{tmp_path / 'st'}"
    build([tmp_path / "old.txt"], out=None, store=spec)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "clecgraph", "build", str(tmp_path / name), "--store", spec, "-q"], stderr=subprocess.PIPE, env=PATIENT
        )
        for name in ("new.txt", "third.txt")
    ]
    for run in runs:
        assert run.wait(1200) == 0, run.stderr.read().decode()
    store = load(spec)
    try:
        count = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <https://clecgraph.example/ns#Statement> }"
        assert int(store.query(count).rows[0][0]) == 3
    finally:
        store.close()


def test_two_full_builds_into_one_folder_both_finish_with_one_whole_set(tmp_path):
    # The first of two builds started together once failed with a missing staging file.
    for name, text in (("old.txt", OLD), ("new.txt", NEW)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    formats = [arg for name in FORMATS for arg in ("--format", name)]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "clecgraph", "build", str(tmp_path / name), "--out", str(out), "--no-validate", "-q", *formats],
            stderr=subprocess.PIPE,
            env=PATIENT,
        )
        for name in ("old.txt", "new.txt")
    ]
    for run in runs:
        assert run.wait(1200) == 0, run.stderr.read().decode()
    assert statements_in(out) == {"report": 1, "extractions": 1, "graph.nt": 1, "graph.ttl": 1}  # one build's set, whole
    assert not [p.name for p in tmp_path.iterdir() if ".new-" in p.name or ".old-" in p.name]  # no staging left
