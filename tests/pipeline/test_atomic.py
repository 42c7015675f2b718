"""Atomic writes: a build killed mid-write, or one that runs out of disk, leaves the previous output as it was."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from clecgraph import build
from clecgraph.cli.commands import cli
from clecgraph.export import EXPORTERS, Exporter

OLD = "2012-03-01   CCHR\n\nCCHR condemns the arrest of a land activist in Phnom Penh.\n"
NEW = "2012-04-01   ADHOC\n\nADHOC reports the eviction of 300 families in Kampong Speu province.\n"
FORMATS = ["turtle", "ntriples", "jsonld", "trig", "extractions"]

# Runs a real `clecgraph build` with one more exporter that writes half a file,
# says so, and then hangs until it is killed.
BLOCKING_BUILD = """
import os, sys, time
from pathlib import Path
from clecgraph.export import register_exporter

def block(dataset, path, **options):
    Path(path).write_text("half a file", encoding="utf-8")
    Path(os.environ["CLECGRAPH_TEST_READY"]).write_text("writing", encoding="utf-8")
    time.sleep(600)

register_exporter("zz-block", "zz-block.txt", block, "hangs mid-write (test)")
from clecgraph.cli.commands import main
sys.argv = ["clecgraph", *sys.argv[1:]]
main()
"""


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def staging_folders(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".clecgraph-")]


@pytest.fixture
def previous(tmp_path) -> tuple[Path, Path, dict[str, str]]:
    """An output folder holding a finished build of OLD, and the NEW input."""
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "old.txt"], out=out, formats=FORMATS, validate=False)
    before = snapshot(out)
    assert set(before) == {"graph.ttl", "graph.nt", "graph.jsonld", "graph.trig", "extractions.jsonl", "report.json"}
    return tmp_path / "new.txt", out, before


def test_build_killed_mid_write_leaves_previous_output_intact(previous, tmp_path):
    new, out, before = previous
    ready = tmp_path / "ready"
    script = tmp_path / "blocking_build.py"
    script.write_text(BLOCKING_BUILD, encoding="utf-8")
    args = ["build", str(new), "--out", str(out), "--no-validate", "-q"]
    for name in ["turtle", "ntriples", "zz-block", "jsonld"]:
        args += ["--format", name]
    process = subprocess.Popen(
        [sys.executable, str(script), *args],
        env={**os.environ, "CLECGRAPH_TEST_READY": str(ready)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 240  # a guard against hanging forever, not a timing assertion
        while not ready.exists():
            assert process.poll() is None, process.communicate()[1].decode()
            assert time.monotonic() < deadline, "the build never reached its write phase"
            time.sleep(0.05)
        staged = staging_folders(out)
        assert len(staged) == 1 and {"graph.ttl", "graph.nt", "zz-block.txt"} <= {p.name for p in staged[0].iterdir()}
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL
    assert snapshot(out) == before  # not one byte of the previous build changed
    assert len(staging_folders(out)) == 1  # the killed build's staging folder is still there...

    build([new], out=out, formats=FORMATS, validate=False)
    assert staging_folders(out) == []  # ...until the next build clears it
    after = snapshot(out)
    assert set(after) == set(before) and after["graph.ttl"] != before["graph.ttl"]
    assert "ADHOC" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_disk_full_leaves_previous_output_intact_with_one_clear_error(previous, monkeypatch):
    new, out, before = previous

    def full(dataset, path, **options):
        Path(path).write_bytes(b"partial")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setitem(EXPORTERS, "zz-full", Exporter("zz-full", "zz-full.txt", full, "disk full (test)"))
    result = CliRunner().invoke(
        cli, ["build", str(new), "--out", str(out), "--no-validate", "-q", "--format", "turtle", "--format", "zz-full", "--format", "trig"]
    )
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("clecgraph: error:"), result.output
    assert "No space left on device" in errors[0] and "Traceback" not in result.output
    assert snapshot(out) == before
    assert staging_folders(out) == []


def test_unknown_format_changes_nothing(previous):
    new, out, before = previous
    result = CliRunner().invoke(
        cli, ["build", str(new), "--out", str(out), "--no-validate", "--format", "turtle", "--format", "no-such-format"]
    )
    assert result.exit_code == 2 and "no-such-format" in result.output
    assert snapshot(out) == before and staging_folders(out) == []


def test_stale_staging_folders_are_cleared_but_other_files_kept(previous):
    new, out, before = previous
    (out / ".clecgraph-stale123").mkdir()
    (out / ".clecgraph-stale123" / "graph.ttl").write_text("half", encoding="utf-8")
    (out / "notes.txt").write_text("the user's own file", encoding="utf-8")
    build([new], out=out, formats=["turtle"], validate=False)
    assert staging_folders(out) == []
    assert (out / "notes.txt").read_text(encoding="utf-8") == "the user's own file"
    assert snapshot(out)["graph.nt"] == before["graph.nt"]  # formats not asked for are left alone
