"""Writing the files in two processes (--jobs 2): the same bytes, and a failure in either keeps the old output."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from clecgraph import build
from clecgraph.cli.commands import cli
from clecgraph.export import DEFAULT_FORMATS, EXPORTERS, Exporter
from clecgraph.pipeline.writing import CHILD_FORMATS, split

OLD = "2012-03-01   CCHR\n\nCCHR condemns the arrest of a land activist in Phnom Penh.\n"
NEW = "2012-04-01   ADHOC\n\nADHOC reports the eviction of 300 families in Kampong Speu province.\n"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_every_default_file_is_the_same_written_in_one_or_two_processes(sample_corpus, tmp_path):
    one = build([sample_corpus], out=tmp_path / "one", jobs=1)
    two = build([sample_corpus], out=tmp_path / "two", jobs=2)
    assert set(one.files) == set(two.files) == {*DEFAULT_FORMATS, "report"}
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
    assert len(snapshot(tmp_path / "one")) == len(DEFAULT_FORMATS) + 1


def test_the_formats_split_into_two_groups_in_the_order_asked():
    child, here = split(["network", "trig", "geojson", "ntriples", "turtle", "cases"])
    assert child == ["trig", "ntriples", "turtle", "cases"] and here == ["network", "geojson"]
    # Turtle and JSON-LD read the graph.nt written before them: all three in the same process
    assert {"ntriples", "turtle", "jsonld"} <= set(CHILD_FORMATS)


@pytest.fixture
def previous(tmp_path) -> tuple[Path, Path, dict[str, str]]:
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    out = tmp_path / "out"
    build([tmp_path / "old.txt"], out=out, formats=["trig", "geojson", "network"], validate=False)
    return tmp_path / "new.txt", out, snapshot(out)


@pytest.mark.parametrize("failing", ["trig", "geojson"])  # one written in the child, one in the build's own process
def test_a_file_that_fails_in_either_process_keeps_the_previous_output(previous, monkeypatch, failing):
    new, out, before = previous

    def full(source, path, **options):
        Path(path).write_bytes(b"partial")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    filename = EXPORTERS[failing].filename
    monkeypatch.setitem(EXPORTERS, failing, Exporter(failing, filename, full, "disk full (test)", reads_built=True))
    args = ["build", str(new), "--out", str(out), "--no-validate", "-q", "--jobs", "2"]
    result = CliRunner().invoke(cli, [*args, "--format", "trig", "--format", "geojson", "--format", "network"])
    assert result.exit_code == 2, result.output
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert snapshot(out) == before
    assert [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.new-")] == []


def test_files_written_in_the_child_are_private_while_staged(previous, monkeypatch):
    new, out, _ = previous
    seen = {}
    real = EXPORTERS["trig"]

    def look(source, path, **options):
        real.write(source, path)
        seen["folder"] = stat.S_IMODE(Path(path).parent.stat().st_mode)
        Path(str(path) + ".mode").write_text(oct(seen["folder"]), encoding="utf-8")

    monkeypatch.setitem(EXPORTERS, "trig", Exporter("trig", "graph.trig", look, "trig, and the staging folder's mode", reads_built=True))
    build([new], out=out, formats=["trig", "geojson"], validate=False, jobs=2)
    # written in the forked child: its note of the staging folder's mode came along in the swap
    assert (out / "graph.trig.mode").read_text(encoding="utf-8") == oct(0o700)


@pytest.mark.parametrize("jobs", [1, 2])
def test_report_json_times_every_file_written_in_either_process(sample_corpus, tmp_path, jobs):
    import json

    formats = ["ntriples", "turtle", "cases", "network", "geojson"]  # some written in the child, some here
    build([sample_corpus], out=tmp_path / "out", formats=formats, validate=False, timings=True, jobs=jobs)
    timings = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["timings"]
    files = [EXPORTERS[name].filename for name in formats]
    per_file = [key for key in timings if key.startswith("write:")]
    assert per_file == [f"write:{name}{suffix}" for name in files for suffix in ("", "_cpu")]
    assert all(timings[key] >= 0 for key in per_file)


def test_the_gexf_file_is_written_right_after_the_network_page_that_hands_it_the_overview():
    from clecgraph.pipeline.writing import _one_after_another

    assert _one_after_another(["network", "coalitions", "actors", "gexf", "geojson"]) == [
        "network",
        "gexf",
        "coalitions",
        "actors",
        "geojson",
    ]
    assert _one_after_another(["gexf", "actors", "network"]) == ["actors", "network", "gexf"]
    assert _one_after_another(["actors", "gexf"]) == ["actors", "gexf"]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("fails", [False, True])
def test_the_cycle_collector_is_off_while_files_are_written_and_back_on_after(tmp_path, monkeypatch, jobs, fails):
    import gc

    from clecgraph.pipeline.writing import write_formats

    def note(name):
        def write(source, path, **options):
            Path(path).write_text(str(gc.isenabled()), encoding="utf-8")
            if fails and name == "geojson":
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

        return write

    for name in ("trig", "geojson"):  # one written in the child (with jobs 2), one in this process
        monkeypatch.setitem(EXPORTERS, name, Exporter(name, f"{name}.txt", note(name), "notes the collector (test)", reads_built=True))
    assert gc.isenabled()
    try:
        write_formats(object(), tmp_path, ["trig", "geojson"], jobs=jobs)
    except OSError:
        assert fails
    assert gc.isenabled()
    assert {(tmp_path / f"{name}.txt").read_text(encoding="utf-8") for name in ("trig", "geojson")} == {"False"}


@pytest.mark.parametrize(
    ("jobs", "formats"),
    [(1, ["ntriples", "network"]), (2, ["ntriples", "network"]), (2, ["trig", "geojson"]), (2, ["network"])],
)
def test_the_reports_whole_graph_figures_made_beside_the_files_are_the_graphs(sample_corpus, tmp_path, jobs, formats):
    # A build into files counts the triples and the link coverage in its write stage (with graph.nt or without).
    import json

    from clecgraph.link.coverage import link_coverage_of_lines

    result = build([sample_corpus], out=tmp_path / "out", formats=formats, validate=False, jobs=jobs)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    lines = result.graph.lines
    assert report["triples"] == len({line[: line.rindex(" <")] for line in lines}) == result.report["triples"]
    assert report["links"] == link_coverage_of_lines(iter(lines)) == result.report["links"]
    assert report["links"]["places"]["total"] > 0


def test_turtle_and_jsonld_are_written_together_unless_one_is_not_asked_for_or_replaced(monkeypatch):
    from clecgraph.export import together

    assert together(["ntriples", "turtle", "trig", "jsonld"]) == [("ntriples",), ("turtle", "jsonld"), ("trig",)]
    assert together(["jsonld", "network"]) == [("jsonld",), ("network",)]
    monkeypatch.setitem(EXPORTERS, "jsonld", Exporter("jsonld", "graph.jsonld", lambda source, path: None, "a plugin's JSON-LD (test)"))
    assert together(["ntriples", "turtle", "trig", "jsonld"]) == [("ntriples",), ("turtle",), ("trig",), ("jsonld",)]


def test_only_the_first_process_to_ask_reads_the_link_coverage():
    import multiprocessing

    from clecgraph.pipeline.writing import _first_to_ask

    flag = multiprocessing.get_context("fork").Value("b", 0)
    assert [_first_to_ask(flag), _first_to_ask(flag)] == [True, False]
