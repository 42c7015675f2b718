"""CSV rows with more or fewer fields than the header: every row counted once (issue 19).

Two data rows, one with an extra field, were reported as "3 read, 1 skipped":
the note about the extra field was counted as a skipped record.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from input_checks import read, write

from clecgraph.cli.commands import cli

HEADER = "date,publisher,text,url\n"
LONG = "2012-03-01,CCHR,CCHR condemns the arrest of a land activist.,http://a.example/1,EXTRA,MORE\n"
SHORT = "2012-04-01,ADHOC,ADHOC reports an eviction.\n"  # no url
NO_TEXT = "2012-05-01,LICADHO\n"  # too short to reach the text column


def _build(tmp_path, body: str):
    path = write(tmp_path / "r.csv", body)
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--format", "extractions"])
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8")) if result.exit_code == 0 else None
    return result, report


def _counts(report) -> tuple[int, int, int]:
    return report["statements_read"], report["statements_written"], report["records_skipped"]


@pytest.mark.parametrize("rows", [[LONG, SHORT], [SHORT, LONG], [LONG, LONG], [SHORT, SHORT]])
def test_ragged_rows_with_text_are_each_read_once_and_kept(tmp_path, rows):
    result, report = _build(tmp_path, HEADER + "".join(rows))
    assert result.exit_code == 0, result.output
    assert _counts(report) == (2, 2, 0)  # was (3, 2, 1) with a long row
    for line, row in ((2, rows[0]), (3, rows[1])):
        what = "extra fields ignored" if row is LONG else "left empty"
        assert f"r.csv:{line}: record has" in result.output and what in result.output


def test_a_ragged_row_without_text_is_one_skip_named_by_file_and_line(tmp_path):
    result, report = _build(tmp_path, HEADER + LONG + NO_TEXT + SHORT)
    assert result.exit_code == 0, result.output
    assert _counts(report) == (3, 2, 1)
    skips = [line for line in result.output.splitlines() if "skipped" in line and line.startswith("warning:")]
    assert skips == ["warning: r.csv:3: record skipped: it has no 'text' (the row has 2 fields, the header names 4)"]


def test_the_ragged_rows_note_travels_with_its_statement(tmp_path):
    statements, skips = read(write(tmp_path / "r.csv", HEADER + LONG + SHORT))
    assert not skips  # a standalone warning is a skipped record
    assert [s.line for s in statements] == [2, 3]
    assert [[w.message for w in s.warnings] for s in statements] == [
        ["record has 6 fields but the header names 4; extra fields ignored"],
        ["record has 3 fields but the header names 4; the missing fields are left empty"],
    ]
