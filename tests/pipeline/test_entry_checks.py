"""IRIs are checked where they enter a build (--base, accepted --links candidates): one clear error, nothing written."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from clecgraph.cli.commands import cli
from clecgraph.link.review import COLUMNS

STATEMENT = "2012-03-01   CCHR\n\nCCHR condemns the arrest of a land activist in Phnom Penh.\n"


@pytest.fixture
def statement(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "base, reason",
    [
        ("example.org/", "no scheme"),
        ("data/", "no scheme"),
        ("https://a b/", "' '"),
        ("https://x.example/<id>/", "'<'"),
        ("", "empty"),
    ],
)
def test_a_bad_base_is_one_clear_error_and_nothing_is_written(statement, tmp_path, base, reason):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(statement), "--out", str(out), "--base", base, "-q"])
    assert result.exit_code == 2 and reason in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert not out.exists()


def test_a_good_base_is_used(statement, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["build", str(statement), "--out", str(out), "--base", "https://data.example.org/id#", "-q", "--format", "ntriples"]
    )
    assert result.exit_code == 0, result.output
    assert "<https://data.example.org/id#" in (out / "graph.nt").read_text(encoding="utf-8")


def review(tmp_path, candidate: str):
    path = tmp_path / "review.tsv"
    row = {
        "kind": "organisation",
        "key": "cchr",
        "label": "CCHR",
        "service": "https://wikidata.reconci.link/en/api",
        "candidate": candidate,
    }
    row.update(candidate_label="x", score="90", match="true", description="", accept="yes")
    lines = ["\t".join(COLUMNS), "\t".join(row.get(c, "") for c in COLUMNS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("candidate", ["not an iri", "Q42", "https://www.wikidata.org/wiki/Q 42", "javascript:alert(1)", "<http://x/>"])
@pytest.mark.parametrize("how", [["--format", "jsonld"], ["--format", "turtle"], ["--store", "oxigraph:STORE"]])
def test_a_bad_accepted_candidate_names_file_and_line(statement, tmp_path, candidate, how):
    links = review(tmp_path, candidate)
    out = tmp_path / "out"
    args = [a.replace("STORE", str(tmp_path / "store")) for a in how]
    result = CliRunner().invoke(cli, ["build", str(statement), "--out", str(out), "--links", str(links), "-q", *args])
    assert result.exit_code == 2, result.output
    assert f"{links}:2:" in result.output and "accepted candidate" in result.output and "Traceback" not in result.output
    assert not out.exists() and not (tmp_path / "store").exists()  # no empty store folder left behind


def test_a_good_accepted_candidate_is_linked(statement, tmp_path):
    links = review(tmp_path, "https://authority.example/entity/cchr")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(statement), "--out", str(out), "--links", str(links), "-q", "--format", "ntriples"])
    assert result.exit_code == 0, result.output
    assert "<https://authority.example/entity/cchr>" in (out / "graph.nt").read_text(encoding="utf-8")
