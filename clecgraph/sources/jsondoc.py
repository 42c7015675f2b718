"""JSON documents: one array of records, as archives are often exported.

    [{"date": "2012-10-11", "publisher": "CLEC", "text": "..."}, ...]

or an object holding exactly one such array, as API exports write it:

    {"count": 2, "statements": [{...}, {...}]}

Each record is mapped like a JSON Lines record (`json_record_to_statement`) and
carries the line where its object starts. The `json` module has no streaming
parser, so the document is held in memory; the records are decoded one at a
time with `raw_decode`, which is what gives each its line. Archives too large
for that belong in JSON Lines (.jsonl), one record a line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from clecgraph.errors import InputError
from clecgraph.model import InputWarning, Statement
from clecgraph.sources.records import json_record_to_statement
from clecgraph.sources.text import open_lines

EXPECTED = (
    'expected an array of records ([{"text": ...}, ...]) or an object holding one such array '
    '({"statements": [...]}); a file of one record a line is JSON Lines: name it .jsonl'
)
# The counts every clecgraph build report has: such a file is output, not statements.
_REPORT_KEYS = {"statements_read", "statements_written", "warnings"}
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_TYPE_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


class _Unreadable:
    """A value `json` could not hold (nested too deeply, a number too long); skipped whole."""

    def __init__(self, err: Exception):
        self.reason = "nested too deeply" if isinstance(err, RecursionError) else f"{type(err).__name__}: {str(err)[:80]}"


def read_json(path: Path, encoding: str | None = None) -> Iterator[Statement | InputWarning]:
    """The records of a JSON document as statements, or as warnings saying why they were skipped."""
    path = Path(path)
    doc = _Document(path, "\n".join(line for _, line in open_lines(path, encoding)))
    for line, record in doc.records():
        if isinstance(record, _Unreadable):
            yield InputWarning(path.name, line, f"record skipped: JSON this reader cannot hold ({record.reason})")
        else:
            yield json_record_to_statement(record, path.name, line)


class _Document:
    """A cursor over the text of one JSON document, which knows the line of any position."""

    def __init__(self, path: Path, text: str):
        self.path, self.text = path, text
        self._at, self._line = 0, 1  # last position whose line was counted, and that line
        self.pos = 0  # just past the last array or object read

    def records(self) -> Iterator[tuple[int, object]]:
        """(line, value) of every record: the top-level array's items, or those of the one array in an object."""
        start = self._skip(0)
        if start == len(self.text):
            raise InputError(self.path, "is empty")
        opening = self.text[start]
        if opening == "[":
            yield from self._items(start)
            self._end_of_document()
        elif opening == "{":
            members = self._members(start)
            self._end_of_document()
            yield from self._only_array(members, self.line(start))
        else:
            value = self._value(start)[0]
            raise InputError(self.path, f"holds {_TYPE_NAMES.get(type(value), 'a JSON value')}, not records; {EXPECTED}", self.line(start))

    def _items(self, pos: int) -> Iterator[tuple[int, object]]:
        pos = self._skip(pos + 1)
        if self.text.startswith("]", pos):
            self.pos = pos + 1
            return
        while True:
            value, end = self._value(pos)
            yield self.line(pos), value
            pos = self._skip(end)
            if self.text.startswith("]", pos):
                self.pos = pos + 1
                return
            pos = self._skip(self._expect(",", pos, "',' or ']' after a record") + 1)

    def _members(self, pos: int) -> list[tuple[str, object]]:
        """The object's members; arrays come back as lists of (line, item)."""
        members = []
        pos = self._skip(pos + 1)
        if self.text.startswith("}", pos):
            self.pos = pos + 1
            return members
        while True:
            self._expect('"', pos, "a member name in double quotes")
            key, end = self._value(pos)
            pos = self._skip(self._expect(":", self._skip(end), "':' after a member name") + 1)
            if self.text.startswith("[", pos):
                members.append((key, list(self._items(pos))))
                end = self.pos
            else:
                value, end = self._value(pos)
                members.append((key, value))
            pos = self._skip(end)
            if self.text.startswith("}", pos):
                self.pos = pos + 1
                return members
            pos = self._skip(self._expect(",", pos, "',' or '}' after a member") + 1)

    def _only_array(self, members: list[tuple[str, object]], line: int) -> Iterator[tuple[int, object]]:
        keys = {key for key, _ in members}
        if _REPORT_KEYS <= keys:
            raise InputError(
                self.path,
                "is a clecgraph build report, not statements: leave it out of the inputs "
                "(build into an --out folder outside the folders you read)",
                line,
            )
        arrays = [(key, items) for key, items in members if isinstance(items, list)]
        holding = [(key, items) for key, items in arrays if any(isinstance(value, dict) for _, value in items)]
        if len(holding) == 1:
            yield from holding[0][1]
            return
        if not holding and arrays and all(not items for _, items in arrays):
            raise InputError(self.path, f"holds no statements (its array {arrays[0][0]!r} is empty)", line)
        if holding:
            found = f"{len(holding)} arrays of records ({', '.join(repr(key) for key, _ in holding)}), not one"
        else:
            found = f"no array of records (its keys: {', '.join(repr(key) for key, _ in members[:8]) or 'none'})"
        raise InputError(self.path, f"holds an object with {found}; {EXPECTED}", line)

    def _value(self, pos: int) -> tuple[object, int]:
        try:
            return _DECODER.raw_decode(self.text, pos)
        except json.JSONDecodeError as err:
            raise InputError(self.path, f"is not valid JSON ({err.msg} at column {err.colno})", err.lineno) from None
        except (RecursionError, ValueError) as err:  # too deeply nested, or a number too long to convert
            return _Unreadable(err), self._skip_unreadable(pos)

    def _skip_unreadable(self, pos: int) -> int:
        """The end of the value at `pos`, found by counting brackets outside strings (no recursion)."""
        depth, text, n = 0, self.text, len(self.text)
        while pos < n:
            char = text[pos]
            if char == '"':
                pos += 1
                while pos < n and text[pos] != '"':
                    pos += 2 if text[pos] == "\\" else 1
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
                if depth <= 0:
                    return pos + (depth == 0)
            elif char in ", \t\r\n" and depth == 0:
                return pos
            pos += 1
        raise InputError(self.path, "is not valid JSON (the document ends inside a value)", self.line(n))

    def _expect(self, char: str, pos: int, what: str) -> int:
        if not self.text.startswith(char, pos):
            found = "the end of the document" if pos >= len(self.text) else repr(self.text[pos])
            raise InputError(self.path, f"is not valid JSON (expected {what}, found {found} at column {self._column(pos)})", self.line(pos))
        return pos

    def _column(self, pos: int) -> int:
        return pos - self.text.rfind("\n", 0, pos)

    def _end_of_document(self) -> None:
        pos = self._skip(self.pos)
        if pos < len(self.text):
            raise InputError(
                self.path,
                f"is not valid JSON (more after the end of the document, at column {self._column(pos)}); "
                "a file of one record a line is JSON Lines: name it .jsonl",
                self.line(pos),
            )

    def _skip(self, pos: int) -> int:
        return _SPACE.match(self.text, pos).end()

    def line(self, pos: int) -> int:
        """1-based line of `pos`; counted on from the last position asked, as records come in order."""
        if pos < self._at:
            self._at, self._line = 0, 1
        self._line += self.text.count("\n", self._at, pos)
        self._at = pos
        return self._line
