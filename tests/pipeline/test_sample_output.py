"""output/ is the committed sample build; rebuilding the sample must reproduce it.

If a change to extraction is meant to change the sample, regenerate on
purpose with `clecgraph build` (from the repository root) and commit output/.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

OUTPUT = Path(__file__).resolve().parents[2] / "output"


def quads(path: Path) -> set:
    dataset = Dataset()
    dataset.parse(path, format="trig")
    return {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))}


def test_committed_sample_build_is_reproduced(sample_build):
    _, fresh = sample_build
    assert quads(fresh / "graph.trig") == quads(OUTPUT / "graph.trig"), (
        "graph differs from output/: regenerate with 'clecgraph build' if intended"
    )
    committed = (OUTPUT / "extractions.jsonl").read_text(encoding="utf-8")
    assert (fresh / "extractions.jsonl").read_text(encoding="utf-8") == committed


def built_files(folder):
    """The build's own files: not the hidden store and index that `query` and `serve` make
    beside them on first use (.clecgraph-store*, ignored by git)."""
    return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def test_every_committed_output_file_is_reproduced_byte_for_byte(sample_build):
    _, fresh = sample_build
    names = built_files(OUTPUT)
    assert names == built_files(fresh)
    differing = [name for name in names if (OUTPUT / name).read_bytes() != (fresh / name).read_bytes()]
    assert not differing, f"{differing} differ from output/: regenerate with 'clecgraph build' if intended"


def test_timings_go_into_report_json_only_when_asked(tmp_path, sample_corpus):
    import json

    from clecgraph import build

    plain = build([sample_corpus], out=tmp_path / "plain", formats=["extractions"], validate=False)
    build([sample_corpus], out=tmp_path / "timed", formats=["extractions"], validate=False, timings=True)
    assert "timings" not in json.loads((tmp_path / "plain" / "report.json").read_text(encoding="utf-8"))
    written = json.loads((tmp_path / "timed" / "report.json").read_text(encoding="utf-8"))["timings"]
    assert {"extract", "resolve", "assemble", "write"} <= set(written) and all(v >= 0 for v in written.values())
    assert "extract" in plain.report["timings"]  # the returned report always has them
