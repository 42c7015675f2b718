"""JSON documents as input, and the files of input folders that no reader reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from input_checks import build, cli_error, read, write

from clecgraph.errors import InputError
from clecgraph.sources import survey

ARRAY = """\
[
  {"date": "2015-03-02", "publisher": "LICADHO", "title": "Activist held",
   "text": "LICADHO condemns the arrest of a land activist in Phnom Penh.",
   "url": "https://x.example/1", "lang": "en"},
  "a stray string",
  {"Date": "2015-04-10", " TEXT ": "CCHR welcomes the release of two union leaders.", "Region": "south"},
  [1, 2],
  {"title": "no text here"},
  {
    "text": "The last one starts on its brace's line."
  }
]
"""


def test_records_carry_the_line_where_their_object_starts(tmp_path):
    statements, skipped = read(write(tmp_path / "a.json", ARRAY))
    assert [s.line for s in statements] == [2, 6, 9]
    first, second, third = statements
    assert (first.date, first.publisher, first.title, first.url) == ("2015-03-02", "LICADHO", "Activist held", "https://x.example/1")
    assert first.metadata == (("lang", "en"),)
    # field names in any case, as in JSON Lines
    assert (second.date, second.text, second.metadata) == (
        "2015-04-10",
        "CCHR welcomes the release of two union leaders.",
        (("Region", "south"),),
    )
    assert third.text == "The last one starts on its brace's line."


def test_records_that_are_not_objects_or_have_no_text_are_warned_and_counted(tmp_path):
    path = write(tmp_path / "a.json", ARRAY)
    _, skipped = read(path)
    assert [(w.source, w.line) for w in skipped] == [("a.json", 5), ("a.json", 7), ("a.json", 8)]
    assert "not str" in skipped[0].message and "not list" in skipped[1].message and "no 'text'" in skipped[2].message
    result = build(str(path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert (report["statements_read"], report["statements_written"], report["records_skipped"]) == (6, 3, 3)
    assert "a.json:5:" in result.output and "a.json:7:" in result.output


@pytest.mark.parametrize(
    "body,where,words",
    [
        ('[\n {"text": "fine"},\n {"text": "broken" "x"}\n]\n', "bad.json:3:", "column 20"),
        ('[\n {"text": "fine"},\n {"text": "no end"}\n', "bad.json:3:", "found the end of the document"),
        ('[\n {"text": "fine"},\n]\n', "bad.json:3:", "column 1"),
        ("\n\nnot json\n", "bad.json:3:", "column 1"),
    ],
)
def test_invalid_json_is_one_error_with_file_line_and_column(tmp_path, body, where, words):
    line = cli_error(str(write(tmp_path / "bad.json", body)), "--out", str(tmp_path / "out"))
    assert where in line and "not valid JSON" in line and words in line


def test_one_array_of_records_inside_an_object_is_read(tmp_path):
    body = '{"count": 2, "next": null, "tags": ["x"],\n "statements": [\n  {"text": "one"},\n  7,\n  {"text": "two"}\n ]\n}\n'
    statements, skipped = read(write(tmp_path / "api.json", body))
    assert [(s.line, s.text) for s in statements] == [(3, "one"), (5, "two")]
    assert [w.line for w in skipped] == [4]


@pytest.mark.parametrize(
    "body,words",
    [
        ('{"a": [{"text": "x"}], "b": [{"text": "y"}]}', "2 arrays of records ('a', 'b')"),
        ('{"text": "a single record"}', "no array of records (its keys: 'text')"),
        ('"just a string"', "holds a string"),
        ('{"text": "one"}\n{"text": "two"}\n', "more after the end of the document"),
    ],
)
def test_other_shapes_are_refused_saying_what_is_expected(tmp_path, body, words):
    line = cli_error(str(write(tmp_path / "shape.json", body)), "--out", str(tmp_path / "out"))
    assert "shape.json" in line and words in line and ".jsonl" in line


def test_an_empty_array_holds_no_statements(tmp_path):
    assert "holds no statements" in cli_error(str(write(tmp_path / "e.json", '{"statements": []}')))
    assert "holds no statements" in cli_error(str(write(tmp_path / "f.json", "[ ]")))


def test_a_clecgraph_report_in_an_input_folder_is_named_with_what_to_do(tmp_path):
    archive = tmp_path / "archive"
    write(archive / "a.json", ARRAY)
    assert build(str(archive), "--out", str(archive / "out")).exit_code == 0  # the report now sits in the folder
    line = cli_error(str(archive), "--out", str(archive / "out"))
    assert "report.json" in line and "build report" in line and "leave it out" in line


def test_records_json_cannot_hold_are_skipped_with_a_warning_and_the_rest_read(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    body = '[{"text": "first"},\n' + deep + ',\n{"text": "x", "n": ' + "9" * 5000 + '},\n{"text": "last"}]'
    statements, skipped = read(write(tmp_path / "odd.json", body))
    assert [(s.line, s.text) for s in statements] == [(1, "first"), (4, "last")]
    assert [w.line for w in skipped] == [2, 3] and all("cannot hold" in w.message for w in skipped)


def test_input_kind_json_reads_any_suffix(tmp_path):
    path = write(tmp_path / "export.txt", '[{"text": "Read as JSON."}]')
    assert [s.text for s in read(path, kind="json")[0]] == ["Read as JSON."]
    result = build(str(path), "--input-kind", "json", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0 and "1 statements read, 1 written" in result.output


records = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"text": st.text(st.characters(exclude_categories=("Cs",)), min_size=1).filter(str.strip)},
            optional={"date": st.text(max_size=12), "tags": st.lists(st.integers(), max_size=3)},
        ),
        st.integers(),
        st.text(max_size=5),
        st.lists(st.none(), max_size=2),
    ),
    min_size=1,
    max_size=6,
)


@given(items=records, indent=st.sampled_from([None, 0, 1, 4]))
def test_every_item_is_a_statement_or_a_counted_skip_at_its_own_line(tmp_path_factory, items, indent):
    path = tmp_path_factory.mktemp("prop") / "p.json"
    path.write_text(json.dumps(items, indent=indent, ensure_ascii=False), encoding="utf-8")
    try:
        statements, skipped = read(path)
    except InputError as err:  # only when nothing in the file is a statement
        assert "holds no statements" in str(err) and not any(isinstance(i, dict) for i in items)
        return
    assert len(statements) + len(skipped) == len(items)
    assert [s.text for s in statements] == [i["text"] for i in items if isinstance(i, dict)]
    # Where json.dumps puts each item: line 1 without indent, else one line after the previous item's last.
    starts, line = [], 1 if indent is None else 2
    for item in items:
        starts.append(line)
        if indent is not None:
            line += json.dumps(item, indent=indent, ensure_ascii=False).count("\n") + 1
    assert sorted([s.line for s in statements] + [w.line for w in skipped]) == starts


# --- files in folders that no reader reads -----------------------------------


def archive_with_odd_files(root: Path) -> Path:
    write(root / "2015.json", ARRAY)
    write(root / "sub" / "a.txt", "2012-10-11   CLEC\n\nWorkers protested in Phnom Penh.\n")
    (root / "notes.docx").write_bytes(b"PK\x03\x04")
    (root / "sub" / "scan.pdf").write_bytes(b"%PDF-1.4")
    write(root / "README", "what this folder is")
    write(root / ".DS_Store", "finder noise")
    write(root / ".git" / "config", "[core]")
    write(root / "sub" / ".cache" / "x.bin", "cache")
    return root


def test_survey_names_the_files_left_out_and_why_but_not_hidden_ones(tmp_path):
    root = archive_with_odd_files(tmp_path / "archive")
    found = survey([root])
    assert [p.relative_to(root).as_posix() for p in found.files] == ["2015.json", "sub/a.txt"]
    left = {entry.path.relative_to(root).as_posix(): entry.reason for entry in found.left_out}
    assert sorted(left) == ["README", "notes.docx", "sub/scan.pdf"]
    assert "no reader for .docx files" in left["notes.docx"] and ".jsonl" in left["notes.docx"]
    assert "without a suffix" in left["README"]


def test_build_of_a_folder_reports_the_files_it_left_out(tmp_path, monkeypatch):
    archive_with_odd_files(tmp_path / "archive")
    monkeypatch.chdir(tmp_path)
    result = build("archive", "--out", "out")
    assert result.exit_code == 0, result.output
    assert "left out: archive/notes.docx: not read (no reader for .docx files;" in result.output
    assert "archive/sub/scan.pdf" in result.output and "3 files left out" in result.output
    assert ".DS_Store" not in result.output and ".git" not in result.output and ".cache" not in result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert [entry["file"] for entry in report["files_left_out"]] == ["archive/README", "archive/notes.docx", "archive/sub/scan.pdf"]
    assert report["inputs"] == ["2015.json", "a.txt"]


def test_a_store_build_reports_the_files_it_left_out_too(tmp_path, monkeypatch):
    archive_with_odd_files(tmp_path / "archive")
    monkeypatch.chdir(tmp_path)
    result = build("archive", "--store", "oxigraph:store")
    assert result.exit_code == 0, result.output
    assert "left out: archive/notes.docx" in result.output and "3 files left out" in result.output
    report = json.loads((tmp_path / "store.report.json").read_text(encoding="utf-8"))
    assert [entry["file"] for entry in report["files_left_out"]] == ["archive/README", "archive/notes.docx", "archive/sub/scan.pdf"]


def test_a_folder_with_nothing_left_out_reports_nothing(tmp_path):
    write(tmp_path / "in" / "a.json", ARRAY)
    write(tmp_path / "in" / ".hidden.docx", "x")
    result = build(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0 and "left out" not in result.output
    assert "files_left_out" not in json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
