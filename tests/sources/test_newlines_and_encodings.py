"""Any newline convention and UTF-16/32 by byte-order mark, in every line-based reader (issue 19)."""

from __future__ import annotations

import json

import pytest

from clecgraph.model import Statement
from clecgraph.sources import read_file

LISTING = "2012-03-01   CCHR\n\nCCHR condemns the arrest of a land activist.\n\n2012-04-01   ADHOC\n\nADHOC reports an eviction.\n"
JSONL = (
    json.dumps({"date": "2012-03-01", "publisher": "CCHR", "text": "CCHR condemns it."})
    + "\n"
    + json.dumps({"date": "2012-04-01", "publisher": "ADHOC", "text": "ADHOC reports it."})
)


def statements(path):
    return [s for s in read_file(path) if isinstance(s, Statement)]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("kind, content", [("txt", LISTING), ("jsonl", JSONL)])
def test_every_newline_convention_gives_the_same_statements(tmp_path, kind, content, newline):
    reference = tmp_path / f"reference.{kind}"
    reference.write_bytes(content.encode("utf-8"))
    path = tmp_path / f"converted.{kind}"
    path.write_bytes(content.replace("\n", newline).encode("utf-8"))
    got, want = statements(path), statements(reference)
    assert len(got) == len(want) == 2  # a CR-only file was one record
    assert [(s.text, s.date, s.publisher, s.line) for s in got] == [(s.text, s.date, s.publisher, s.line) for s in want]


def test_mixed_newlines_in_one_file(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(LISTING.replace("\n", "\r", 3).replace("\n", "\r\n", 2).encode("utf-8"))
    assert [s.publisher for s in statements(path)] == ["CCHR", "ADHOC"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("kind, content", [("txt", LISTING), ("jsonl", JSONL)])
def test_utf16_and_utf32_files_with_a_byte_order_mark_are_read(tmp_path, codec, kind, content):
    path = tmp_path / f"wide.{kind}"
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}
    path.write_bytes(bom.get(codec, b"") + content.encode(codec))  # "utf-16"/"utf-32" write their own mark
    assert [s.publisher for s in statements(path)] == ["CCHR", "ADHOC"]


def test_csv_keeps_a_crlf_inside_a_quoted_field_byte_exact(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b'date,publisher,text\r\n2012-03-01,CCHR,"first line\r\nsecond line"\r\n2012-04-01,ADHOC,"lone\rcr and\nlf"\r\n')
    texts = [s.text for s in statements(path)]
    assert texts == ["first line\r\nsecond line", "lone\rcr and\nlf"]


@pytest.mark.parametrize("invisible", ["\u200b", "\u2060", "\ufeff", "\u00ad"])
@pytest.mark.parametrize("kind", ["txt", "jsonl"])
def test_invisible_characters_inside_a_publishers_name_are_taken_out(tmp_path, invisible, kind):
    name = f"LICAD{invisible}HO"
    path = tmp_path / f"p.{kind}"
    if kind == "txt":
        path.write_text(f"2012-03-01   {name}\n\nLICADHO condemns the arrest.\n", encoding="utf-8")
    else:
        path.write_text(json.dumps({"date": "2012-03-01", "publisher": name, "text": "LICADHO condemns it."}) + "\n", encoding="utf-8")
    assert [s.publisher for s in statements(path)] == ["LICADHO"]
