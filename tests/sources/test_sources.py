"""Readers: each format, each encoding quirk, each broken input ends in a clear message."""

from __future__ import annotations

import codecs
import inspect
import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner
from input_checks import cli_error, read, write

from clecgraph.cli.commands import cli
from clecgraph.errors import InputError, UsageError
from clecgraph.model import Statement
from clecgraph.sources import READERS, discover, read_file
from clecgraph.sources.listing import read_listing
from clecgraph.sources.records import read_csv, read_jsonl

LISTING = (
    "2012-10-11   CLEC\n"
    "\n"
    "Workers protest at the Ministry\n"
    "\n"
    "Hundreds of workers protested in Phnom Penh.\n"
    "• A bullet line stays text.\n"
    "\n"
    "A second paragraph.\n"
    "\n"
    "\n"
    "2012-10-01\u00a0\u00a0LICADHO\n"
    "\n"
    "LICADHO condemns the arrest of a land activist.\n"
)


def test_listing_headers_titles_paragraphs(tmp_path):
    statements, skipped = read(write(tmp_path / "a.txt", LISTING))
    assert not skipped
    first, second = statements
    assert (first.line, first.date, first.publisher, first.title) == (1, "2012-10-11", "CLEC", "Workers protest at the Ministry")
    assert first.text == "Hundreds of workers protested in Phnom Penh.\n• A bullet line stays text.\n\nA second paragraph."
    assert (second.line, second.date, second.publisher) == (11, "2012-10-01", "LICADHO")  # no-break spaces in the header
    assert second.text == "LICADHO condemns the arrest of a land activist."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_bom_and_crlf_read_the_same(tmp_path, encoding, newline):
    plain, _ = read(write(tmp_path / "plain.txt", LISTING))
    odd, _ = read(write(tmp_path / "odd.txt", LISTING.replace("\n", newline), encoding))
    assert [(s.line, s.date, s.publisher, s.title, s.text) for s in odd] == [(s.line, s.date, s.publisher, s.title, s.text) for s in plain]


def test_headerless_block_is_kept_with_a_warning_and_no_invented_date(tmp_path):
    text = LISTING + "\n\nA block with no header line at all.\n"
    statements, _ = read(write(tmp_path / "a.txt", text))
    last = statements[-1]
    assert (last.date, last.publisher, last.text, last.line) == (None, None, "A block with no header line at all.", 16)
    assert any(w.line == 16 and "no header" in w.message for w in last.warnings)


@pytest.mark.parametrize("date", ["2012-13-45", "2012-02-30", "0000-01-01"])
def test_impossible_header_date_warns_with_file_and_line_and_keeps_statement(tmp_path, date):
    path = write(tmp_path / "a.txt", LISTING.replace("2012-10-01", date))
    statements, _ = read(path)
    assert len(statements) == 2 and statements[1].date is None and statements[1].publisher == "LICADHO"
    warning = next(w for w in statements[1].warnings if "not a real date" in w.message)
    assert (warning.source, warning.line) == ("a.txt", 11)
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--format", "extractions"])
    assert result.exit_code == 0 and "a.txt:11:" in result.output


def test_jsonl_fields_metadata_and_skipped_records(tmp_path):
    lines = [
        {
            "date": "2012-07-15",
            "publisher": "CCHR",
            "title": "T",
            "text": "CCHR condemns.",
            "url": "https://x.example/1",
            "lang": "en",
            "tags": ["a", "b"],
        },
        "not json at all",
        {"title": "no text here"},
        [1, 2, 3],
        {"text": "July statement", "date": "July 2012"},
        {"text": "Bad date", "date": "2012-13-45"},
    ]
    body = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n\n"
    statements, skipped = read(write(tmp_path / "r.jsonl", "\ufeff" + body))
    assert [s.line for s in statements] == [1, 5, 6]
    first = statements[0]
    assert (first.date, first.publisher, first.title, first.url) == ("2012-07-15", "CCHR", "T", "https://x.example/1")
    assert first.metadata == (("lang", "en"), ("tags", '["a", "b"]'))
    assert [w.line for w in skipped] == [2, 3, 4] and all("skipped" in w.message for w in skipped)
    assert statements[1].date == "2012-07"
    assert statements[2].date is None and any(w.line == 6 for w in statements[2].warnings)


def test_jsonl_report_accounts_for_every_record(tmp_path):
    body = json.dumps({"text": "one"}) + "\n{broken\n" + json.dumps({"text": "two"}) + "\n" + json.dumps({"text": " "}) + "\n"
    path = write(tmp_path / "r.jsonl", body)
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--format", "extractions"])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert (report["statements_read"], report["statements_written"], report["records_skipped"]) == (4, 2, 2)
    assert "r.jsonl:2:" in result.output and "r.jsonl:4:" in result.output


def test_csv_multiline_fields_keep_breaks_and_start_lines(tmp_path):
    body = (
        "\ufeffDate,Publisher,Text,Region\r\n"
        '2012-01-01,CCHR,"first line\r\nsecond line\r\n\r\nnew paragraph, with a comma",north\r\n'
        '2012-01-02,ADHOC,"He said ""no"".",south\r\n'
        ",,,\r\n"
        '2012-01-03,LICADHO,"a\rb",east,extra-cell\r\n'
    )
    statements, skipped = read(write(tmp_path / "c.csv", body))
    assert [s.line for s in statements] == [2, 6, 8]
    assert statements[0].text == "first line\r\nsecond line\r\n\r\nnew paragraph, with a comma"  # byte-exact
    assert statements[0].metadata == (("region", "north"),) and statements[0].publisher == "CCHR"
    assert statements[1].text == 'He said "no".'
    assert statements[2].text == "a\rb"
    # the extra cell is a note on its statement, not a skipped record
    assert not skipped and [(w.line, "extra fields" in w.message) for w in statements[2].warnings] == [(8, True)]


def test_jsonl_field_names_in_any_case_like_csv_headers(tmp_path):
    body = '{"Date": "2015-03-02", "Publisher": "LICADHO", " TEXT ": "Police held her.", "Region": "north"}\n{"text": "kept", "Text": "other"}\n'
    statements, skipped = read(write(tmp_path / "r.jsonl", body))
    assert not skipped and [s.text for s in statements] == ["Police held her.", "kept"]
    assert statements[0].date == "2015-03-02" and statements[0].publisher == "LICADHO"
    assert statements[0].metadata == (("Region", "north"),)
    assert statements[1].metadata == (("Text", "other"),)  # the lower-case key wins; the other is kept, not lost


@pytest.mark.parametrize("sep", [";", "\t"])
def test_csv_from_spreadsheets_that_separate_with_semicolons_or_tabs(tmp_path, sep):
    body = (
        sep.join(["Date", "Publisher", "Title", "Text"])
        + "\r\n"
        + sep.join(["2015-03-02", "LICADHO", '"A title; with, both"', '"Police held her; then, at night,\r\nlet her go."'])
        + "\r\n"
    )
    statements, skipped = read(write(tmp_path / "c.csv", body))
    assert not skipped and len(statements) == 1
    assert statements[0].title == "A title; with, both" and statements[0].text == "Police held her; then, at night,\r\nlet her go."
    assert statements[0].publisher == "LICADHO" and statements[0].date == "2015-03-02"


def test_csv_without_text_column_is_an_error_at_line_1(tmp_path):
    with pytest.raises(InputError) as caught:
        read(write(tmp_path / "c.csv", "date,body\n2012-01-01,hello\n"))
    assert caught.value.line == 1 and "'text'" in str(caught.value)


def test_csv_broken_quoting_is_an_error_with_a_line(tmp_path):
    with pytest.raises(InputError) as caught:
        read(write(tmp_path / "c.csv", 'text\n"fine"\n"broken"x\n'))
    assert caught.value.line == 3


@pytest.mark.parametrize(
    "name,body,where",
    [
        ("a.txt", LISTING.encode("utf-8") + b"\n\n\n2012-01-01 CLEC\n\ncaf\xe9 au lait\n", ":19:"),
        ("a.jsonl", b'{"text": "ok"}\n{"text": "caf\xe9"}\n', ":2:"),
        ("a.csv", b"text\nok\ncaf\xe9\n", ":3:"),
    ],
)
def test_undecodable_bytes_name_file_and_line(tmp_path, name, body, where):
    path = tmp_path / name
    path.write_bytes(body)
    line = cli_error(str(path), "--out", str(tmp_path / "out"))
    assert f"{name}{where}" in line and "0xe9" in line and "--encoding" in line
    statements, _ = read(path, "cp1252")
    assert any("café" in s.text for s in statements)


def test_utf16_with_explicit_encoding(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + LISTING.replace("\n", "\r\n").encode("utf-16-le"))
    statements, _ = read(path, "utf-16")
    assert [s.publisher for s in statements] == ["CLEC", "LICADHO"]


@pytest.mark.parametrize(
    "name,content,words",
    [
        ("empty.txt", b"", "is empty"),
        ("blank.jsonl", b"\n\n  \n", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("late-nul.csv", b"text\n" + b"x" * 9000 + b"\nabc\x00def\n", "NUL"),
        ("a.docx", b"PK\x03\x04", "unknown file type"),
    ],
)
def test_unreadable_files_give_one_clear_error_line(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    line = cli_error(str(path), "--out", str(tmp_path / "out"))
    assert name in line and words in line


def test_missing_file_folder_and_bad_encoding(tmp_path):
    assert "no such file" in cli_error(str(tmp_path / "missing.txt"))
    (tmp_path / "empty-folder").mkdir()
    assert "no input files" in cli_error(str(tmp_path / "empty-folder"))
    path = write(tmp_path / "a.txt", LISTING)
    assert "unknown text encoding" in cli_error(str(path), "--encoding", "klingon-8")
    assert "not a text encoding" in cli_error(str(path), "--encoding", "base64")
    with pytest.raises(UsageError):
        read(path, "klingon-8")


def test_folder_reads_supported_files_sorted_skipping_hidden(tmp_path):
    write(tmp_path / "b.txt", LISTING)
    write(tmp_path / "a.jsonl", json.dumps({"text": "x"}) + "\n")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.csv", "text\ny\n")
    write(tmp_path / "notes.md", "ignored")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden" / "d.txt", LISTING)
    assert [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])] == ["a.jsonl", "b.txt", "sub/c.csv"]


# --- streaming: readers hold one statement at a time ------------------------


def big_file(path: Path, kind: str, statements: int = 4000, chars: int = 2000) -> Path:
    words = ("Workers protested in Phnom Penh against the eviction. " * (chars // 54 + 1))[:chars]
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        if kind == "csv":
            handle.write("date,publisher,text\n")
        for number in range(statements):
            if kind == "listing":
                handle.write(f"2012-01-{number % 28 + 1:02d}   CLEC\n\n{words}\n{number}\n\n\n")
            elif kind == "jsonl":
                handle.write(json.dumps({"date": "2012-01-01", "text": f"{words} {number}"}) + "\n")
            else:
                handle.write(f'2012-01-01,CLEC,"{words}\n{number}"\n')
    return path


@pytest.mark.parametrize("kind,suffix", [("listing", ".txt"), ("jsonl", ".jsonl"), ("csv", ".csv")])
def test_readers_stream_a_file_much_larger_than_what_they_hold(tmp_path, kind, suffix):
    assert inspect.isgeneratorfunction(READERS[kind].read)
    path = big_file(tmp_path / f"big{suffix}", kind)
    size = path.stat().st_size
    assert size > 8_000_000
    tracemalloc.start()
    try:
        count = 0
        for item in read_file(path):
            count += isinstance(item, Statement)
            del item
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 4000
    assert peak < size / 20, f"peak {peak} bytes while reading {size} bytes"


def test_readers_are_lazy(tmp_path):
    """Taking the first statement does not read the rest: a broken tail is not reached."""
    path = tmp_path / "a.jsonl"
    path.write_bytes(json.dumps({"text": "first"}).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    first = next(iter(read_jsonl(path)))
    assert first.text == "first"
    path = tmp_path / "a.txt"
    path.write_bytes(LISTING.encode() + b"\n\n\n2012-01-01 X\n\ncaf\xe9\n")
    assert next(iter(read_listing(path))).publisher == "CLEC"
    path = tmp_path / "a.csv"
    path.write_bytes(b"text\nfirst\ncaf\xe9\n")
    assert next(iter(read_csv(path))).text == "first"


# --- bounds ------------------------------------------------------------------


def test_max_statement_chars_cuts_with_a_warning(tmp_path):
    path = tmp_path / "long.jsonl"
    huge = "LICADHO condemns the arrest. " + "x" * 10_000_000
    path.write_text(json.dumps({"date": "2012-01-01", "text": huge}) + "\n" + json.dumps({"text": "short"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(path), "--out", str(out), "--max-statement-chars", "5000", "--format", "turtle"])
    assert result.exit_code == 0, result.output
    assert "long.jsonl:1:" in result.output and "5000" in result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["statements_written"] == 2 and report["validation"]["conforms"] is True
    assert any(w["line"] == 1 and "--max-statement-chars=5000" in w["message"] for w in report["warnings"])
    assert (out / "graph.ttl").stat().st_size < 1_000_000
