"""The evaluation agrees with the reference scorer, on the sample and on records made up here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clecgraph.cli.commands import cli
from clecgraph.scoring.evaluate import FIELDS, evaluate, load_aliases, normalise, score_records

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "gold" / "clec-2012.jsonl"
ALIASES = SHARED / "gold" / "aliases.tsv"
SCORER = SHARED / "tools" / "score.py"

needs_shared = pytest.mark.skipif(not (GOLD.exists() and SCORER.exists()), reason="shared gold and scorer not available")


def reference(gold_path, system_path, *extra) -> dict:
    out = subprocess.run(
        [sys.executable, str(SCORER), str(gold_path), str(system_path), "--json", *extra], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


@needs_shared
def test_sample_scores_agree_with_reference_scorer(sample_corpus, tmp_path):
    from clecgraph import build
    from clecgraph.graph.readback import records

    result = build([sample_corpus], out=None)
    system = tmp_path / "extractions.jsonl"
    system.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(result.dataset)), encoding="utf-8")
    ours = evaluate(GOLD, [sample_corpus]).as_dict()
    assert ours == reference(GOLD, system)
    assert set(ours["fields"]) == set(FIELDS)


@needs_shared
def test_cli_json_agrees_with_reference_scorer(sample_corpus, tmp_path):
    runner = CliRunner()
    build = runner.invoke(cli, ["build", str(sample_corpus), "--out", str(tmp_path), "--format", "extractions", "-q"])
    assert build.exit_code == 0, build.output
    result = runner.invoke(cli, ["evaluate", str(GOLD), str(sample_corpus), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == reference(GOLD, tmp_path / "extractions.jsonl")


@needs_shared
def test_cli_table_matches_reference_table(sample_corpus, tmp_path):
    from clecgraph import build
    from clecgraph.graph.readback import records

    system = tmp_path / "s.jsonl"
    system.write_text("".join(json.dumps(r) + "\n" for r in records(build([sample_corpus], out=None).dataset)), encoding="utf-8")
    expected = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(system)], capture_output=True, text=True, check=True).stdout
    result = CliRunner().invoke(cli, ["evaluate", str(GOLD), str(sample_corpus)])
    assert result.exit_code == 0
    assert result.output == expected


def test_normalise_follows_the_guidelines():
    assert normalise("The Community Legal Education Centre") == "community legal education centre"
    assert normalise("Phnom Penh Municipal Court's") == "phnom penh municipal court"
    assert normalise("Kâmpóng  Thum") == "kampong thum"
    assert normalise("LICADHO & CCHR") == "licadho and cchr"
    assert normalise("Theatre") == "theatre"  # only a leading word "the"


def test_aliases_map_both_ways(tmp_path):
    table = tmp_path / "a.tsv"
    table.write_text("# comment\nCambodian Center for Human Rights\tCCHR\n\nLone Name\n", encoding="utf-8")
    aliases = load_aliases([table])
    assert aliases["cchr"] == aliases["cambodian center for human rights"] == "cambodian center for human rights"
    assert aliases["lone name"] == "lone name"


def test_field_counts_by_hand():
    gold = [
        {
            "source": "x/a.txt",
            "line": 3,
            "date": "2012-01-02",
            "persons": ["Mam Sonando", "Yeng Virak"],
            "places": ["Phnom Penh"],
            "events": [{"type": "arrest", "place": "Phnom Penh", "date": "2012-01-01"}, {"type": "trial", "place": None, "date": None}],
            "affiliations": [{"person": "Yeng Virak", "organisation": "CLEC", "role": "Director"}],
        },
        {"source": "a.txt", "line": 9, "persons": ["Nobody"]},
    ]
    system = [
        {
            "source": "a.txt",
            "line": 3,
            "date": "2012-01-03",
            "persons": [{"name": "Sonando", "aliases": ["Mam Sonando"]}, "Someone Else"],
            "places": [],
            "events": [
                {"type": "arrest", "place": {"name": "Phnom Penh"}, "date": "2012-01"},
                {"type": "eviction", "place": None, "date": None},
            ],
            "affiliations": [{"person": "Yeng Virak", "organisation": "CLEC", "role": None}],
        },
        {"source": "b.txt", "line": 1, "persons": ["Extra"]},
    ]
    result = score_records(gold, system)
    counts = {name: (s.tp, s.fp, s.fn) for name, s in result.fields.items()}
    assert counts["persons"] == (1, 2, 2)
    assert counts["places"] == (0, 0, 1)
    assert counts["event_types"] == (1, 1, 1)
    assert counts["event_places"] == (1, 0, 0)
    assert counts["event_dates"] == (0, 1, 1)
    assert counts["affiliations"] == (1, 0, 0)
    assert counts["date"] == (0, 1, 1)
    assert result.missing == [("a.txt", 9)] and result.extra == [("b.txt", 1)]
    assert result.fields["issuers"].f1 == 1.0  # nothing to find, nothing found


names = st.sampled_from(
    ["Phnom Penh", "phnom  penh", "The LICADHO", "CCHR", "Cambodian Centre for Human Rights", "Ms. X", "Café", "ADHOC", ""]
)
entity = st.one_of(names, st.fixed_dictionaries({"name": names, "aliases": st.lists(names, max_size=2)}))
event = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["arrest", "Trial", "release"]),
        "place": st.one_of(st.none(), names),
        "date": st.sampled_from([None, "2012", "2012-07", "2012-07-15"]),
    }
)
record = st.fixed_dictionaries(
    {
        "source": st.sampled_from(["a.txt", "b.jsonl"]),
        "line": st.integers(1, 4),
        "date": st.sampled_from([None, "2012-07-15", "2012-07-16"]),
        "issuers": st.lists(entity, max_size=3),
        "organisations": st.lists(entity, max_size=3),
        "persons": st.lists(entity, max_size=3),
        "places": st.lists(entity, max_size=3),
        "events": st.lists(event, max_size=3),
        "affiliations": st.lists(st.fixed_dictionaries({"person": names, "organisation": names, "role": st.none()}), max_size=2),
    }
)


def unique(records):
    seen = {}
    for r in records:
        seen.setdefault((r["source"], r["line"]), r)
    return list(seen.values())


@needs_shared
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(gold=st.lists(record, max_size=4).map(unique), system=st.lists(record, max_size=4).map(unique))
def test_made_up_records_score_as_the_reference_scores_them(tmp_path, gold, system):
    gold_path, system_path = tmp_path / "gold.jsonl", tmp_path / "system.jsonl"
    for path, rows in ((gold_path, gold), (system_path, system)):
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    try:
        expected = reference(gold_path, system_path, "--aliases", str(ALIASES))
    except subprocess.CalledProcessError:  # a gold entity with no name at all: neither scorer can score it
        with pytest.raises(ValueError):
            score_records(gold, system, load_aliases([ALIASES]))
        return
    assert score_records(gold, system, load_aliases([ALIASES])).as_dict() == expected


def test_cli_reports_unreadable_gold(tmp_path, sample_corpus):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"source": "a.txt", "line": 1}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(bad), str(sample_corpus)])
    assert result.exit_code == 2
    assert "gold.jsonl:2" in result.output
