"""Atomic writes: a build killed mid-write, or one that runs out of disk, leaves the previous output as it was."""

from __future__ import annotations

import errno
import hashlib
import json
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
    """A build stages beside its output folder (.NAME.new-PID); older builds staged inside it (.clecgraph-*)."""
    beside = [p for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.new-")]
    return beside + [p for p in folder.iterdir() if p.name.startswith(".clecgraph-")]


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


# ---- one writer at a time, owner-only staging, no empty replacement (clecgraph.pipeline.outputs) ----

HOLDER = """
import sys, time
from pathlib import Path
from clecgraph.pipeline.outputs import hold
with hold(sys.argv[1]):
    Path(sys.argv[2]).write_text("held", encoding="utf-8")
    time.sleep(600)
"""


def test_second_writer_is_refused_with_the_holders_pid(previous, tmp_path, monkeypatch):
    from clecgraph.pipeline import outputs

    new, out, before = previous
    ready = tmp_path / "held"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(out), str(ready)], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120  # a guard against hanging forever, not a timing assertion
        while not ready.exists():
            assert holder.poll() is None, holder.communicate()[1].decode()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        monkeypatch.setattr(outputs, "DEFAULT_WAIT", 0.3)
        with pytest.raises(outputs.OutputBusy, match=f"process {holder.pid}"):
            build([new], out=out, formats=FORMATS, validate=False)
        result = CliRunner().invoke(cli, ["build", str(new), "--out", str(out), "--no-validate", "-q"])
        assert result.exit_code == 2 and f"being written by process {holder.pid}" in result.output
        assert "Traceback" not in result.output
    finally:
        holder.kill()
        holder.wait()
    assert snapshot(out) == before
    build([new], out=out, formats=FORMATS, validate=False)  # the lock went with its holder
    assert "ADHOC" in (out / "graph.ttl").read_text(encoding="utf-8")


def test_staging_is_owner_only_and_the_finished_folder_keeps_its_mode(previous, monkeypatch):
    from clecgraph.pipeline import outputs

    new, out, before = previous
    os.chmod(out, 0o750)
    seen = {}
    real = outputs.swap_in

    def spy(fresh, target):
        seen["staging"] = stat_mode(fresh)
        return real(fresh, target)

    monkeypatch.setattr(outputs, "swap_in", spy)
    with outputs.output_folder(out) as staging:
        seen["while writing"] = stat_mode(staging)
        (staging / "graph.ttl").write_text("# new\n", encoding="utf-8")
    assert seen["while writing"] == 0o700
    assert stat_mode(out) == 0o750  # the finished set is as readable as the folder it replaced
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "# new\n"
    assert snapshot(out)["graph.nt"] == before["graph.nt"]  # files not rewritten are carried over


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_failed_write_leaves_no_staging_and_no_change(previous):
    from clecgraph.pipeline import outputs

    new, out, before = previous
    with pytest.raises(RuntimeError), outputs.output_folder(out) as staging:
        (staging / "graph.ttl").write_text("half", encoding="utf-8")
        raise RuntimeError("stopped")
    assert snapshot(out) == before and staging_folders(out) == []


def test_build_with_every_record_skipped_does_not_replace_a_good_output(previous, tmp_path):
    new, out, before = previous
    skipped = tmp_path / "skipped.jsonl"
    skipped.write_text('{"date": "2012-01-01"}\n{"publisher": "X"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(skipped), "--out", str(out), "--no-validate", "-q"])
    assert result.exit_code == 2, result.output
    assert "no statement to write" in result.output and "--allow-empty" in result.output
    assert "left as it was" in result.output and "Traceback" not in result.output
    assert snapshot(out) == before
    result = CliRunner().invoke(cli, ["build", str(skipped), "--out", str(out), "--no-validate", "-q", "--allow-empty"])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["statements_written"] == 0


def test_empty_store_build_does_not_replace_a_good_store(tmp_path):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    skipped = tmp_path / "skipped.jsonl"
    skipped.write_text('{"date": "2012-01-01"}\n', encoding="utf-8")
    spec = f"oxigraph:{tmp_path / 'st'}"
    build([tmp_path / "old.txt"], out=None, store=spec)
    before = json.loads((tmp_path / "st.report.json").read_text(encoding="utf-8"))["statements_written"]
    assert before == 1
    # the old statement is merged in, so this build is not empty: it keeps the store's statement
    build([skipped], out=None, store=spec)
    assert json.loads((tmp_path / "st.report.json").read_text(encoding="utf-8"))["statements_written"] == 1
    result = CliRunner().invoke(cli, ["build", str(skipped), "--store", f"oxigraph:{tmp_path / 'fresh'}", "-q"])
    assert result.exit_code == 2 and "no statement to write" in result.output
    assert not (tmp_path / "fresh.report.json").exists()


def test_out_naming_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    target = tmp_path / "a-file"
    target.write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "old.txt"), "--out", str(target), "--no-validate", "-q"])
    assert result.exit_code == 2 and "is a file, not a folder" in result.output and "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "mine"
