"""Record formats: JSON Lines and CSV with fields date, publisher, title, text, url.

CSV fields are separated by commas, or by the semicolons or tabs some
spreadsheet exports write: the header line tells which.

Only `text` is required; other fields are kept as metadata. A record that
cannot be used is not dropped silently: the reader yields an `InputWarning`
for it instead of a `Statement`, and the build report counts it.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

from clecgraph.dates import numeric_order, parse_date
from clecgraph.errors import InputError
from clecgraph.model import InputWarning, Statement
from clecgraph.sources.text import open_lines, publisher_or_none

KNOWN_FIELDS = ("date", "publisher", "title", "text", "url")
# csv's default limit (128 KiB a field) would reject long statements.
_CSV_FIELD_LIMIT = 1 << 30
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(path: Path, encoding: str | None = None) -> Iterator[Statement | InputWarning]:
    path = Path(path)
    for number, line in open_lines(path, encoding):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputWarning(path.name, number, f"record skipped: not valid JSON ({err.msg} at column {err.colno})")
            continue
        except (ValueError, RecursionError) as err:  # too deeply nested, or a number too long to convert
            yield InputWarning(path.name, number, f"record skipped: JSON this reader cannot hold ({type(err).__name__}: {str(err)[:80]})")
            continue
        yield json_record_to_statement(record, path.name, number)


def json_record_to_statement(record: object, source: str, line: int) -> Statement | InputWarning:
    """A decoded JSON value as a statement, or a warning if it is not an object that can be one."""
    if not isinstance(record, dict):
        return InputWarning(source, line, f"record skipped: a JSON object was expected, not {type(record).__name__}")
    try:
        return record_to_statement(record, source, line)
    except RecursionError:
        return InputWarning(source, line, "record skipped: its JSON is nested too deeply")


def read_csv(path: Path, encoding: str | None = None) -> Iterator[Statement | InputWarning]:
    path = Path(path)
    numbered = open_lines(path, encoding, keep_ends=True)
    current = [0]

    def lines() -> Iterator[str]:
        for number, line in numbered:
            current[0] = number
            yield line

    csv.field_size_limit(_CSV_FIELD_LIMIT)
    source = lines()
    first = next(source, None)
    if first is None:
        raise InputError(path, "is empty")
    reader = csv.reader(itertools.chain([first], source), delimiter=_delimiter(first), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(path, "is empty") from None
    except csv.Error as err:
        raise InputError(path, f"header row is not valid CSV ({err})", current[0]) from None
    names = [name.strip().lstrip("\ufeff").lower() for name in header]
    if "text" not in names:
        raise InputError(path, f"has no 'text' column (columns: {', '.join(names) or 'none'})", 1)
    while True:
        start = current[0] + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            raise InputError(path, f"is not valid CSV ({err})", current[0]) from None
        if not any(cell.strip() for cell in row):
            continue
        item = record_to_statement(dict(zip(names, row)), path.name, start)
        yield _ragged(item, len(row), len(names)) if len(row) != len(names) else item


def _ragged(item: Statement | InputWarning, fields: int, columns: int) -> Statement | InputWarning:
    """A row with more or fewer fields than the header, said once and with the row.

    A standalone warning is what the build counts as a skipped record, so
    the note goes into the statement's warnings, or into the skip's message.
    """
    if isinstance(item, InputWarning):
        return replace(item, message=f"{item.message} (the row has {fields} fields, the header names {columns})")
    what = "extra fields ignored" if fields > columns else "the missing fields are left empty"
    note = InputWarning(item.source, item.line, f"record has {fields} fields but the header names {columns}; {what}")
    return replace(item, warnings=(note, *item.warnings))


def _delimiter(header: str) -> str:
    """The header's field separator: a comma, else the semicolon or tab that some
    spreadsheet exports use instead (a header with a 'text' column is read either way)."""
    names = {sep: [cell.strip().strip('"').lstrip("\ufeff").lower() for cell in header.split(sep)] for sep in (",", ";", "\t")}
    for sep in (",", ";", "\t"):
        if "text" in names[sep]:
            return sep
    return ","


def _known_fields_in_lower_case(record: dict) -> dict:
    """ "Text" or " DATE " name the known fields too, as CSV headers do; a key already
    written in lower case wins, and other keys are kept as they are (metadata)."""
    renamed = {}
    for key in record:
        if isinstance(key, str) and key not in KNOWN_FIELDS and (known := key.strip().lower()) in KNOWN_FIELDS:
            if known not in record and known not in renamed:
                renamed[known] = key
    if not renamed:
        return record
    moved = set(renamed.values())
    out = {key: value for key, value in record.items() if key not in moved}
    out.update((known, record[key]) for known, key in renamed.items())
    return out


def record_to_statement(record: Mapping, source: str, line: int) -> Statement | InputWarning:
    """Map one record's fields onto a Statement, or say why it cannot be one."""
    record, replaced = _without_surrogates(record)
    record = _known_fields_in_lower_case(record)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputWarning(source, line, "record skipped: it has no 'text'")
    warnings = []
    fields = {}
    for name in ("date", "publisher", "title", "url"):
        value = record.get(name)
        if value is None or value == "":
            fields[name] = None
        elif isinstance(value, str):
            fields[name] = value.strip() or None
        else:
            fields[name] = _dump(value)
    date = parse_date(fields["date"]) if fields["date"] else None
    if fields["date"] and date is None and "/" in fields["date"]:
        # "12/01/2005": read in the order the record's own text writes days in numbers, if it settles it
        date = parse_date(fields["date"], order=numeric_order(text, fields["title"], fields["url"]))
    if fields["date"] and date is None:
        warnings.append(
            InputWarning(source, line, f"date {fields['date'][:40]!r} is not a date this tool can read; statement kept without a date")
        )
    metadata = tuple(
        sorted(
            (str(key), value if isinstance(value, str) else _dump(value))
            for key, value in record.items()
            if key not in KNOWN_FIELDS and value is not None
        )
    )
    nested = [(key, _SURROGATE.subn("\ufffd", value)) for key, value in metadata]
    metadata = tuple((key, value) for key, (value, _) in nested)
    replaced += sum(n for _, (_, n) in nested)
    for name in ("date", "publisher", "title", "url"):
        if fields[name]:
            fields[name], n = _SURROGATE.subn("\ufffd", fields[name])
            replaced += n
    fields["publisher"] = publisher_or_none(fields["publisher"], source, line, warnings)
    if replaced:
        warnings.append(
            InputWarning(
                source, line, f"{replaced} lone UTF-16 surrogate escape(s) (\\ud800-\\udfff) replaced by U+FFFD: they are not characters"
            )
        )
    return Statement(
        source=source,
        line=line,
        text=text,
        date=date,
        publisher=fields["publisher"],
        title=fields["title"],
        url=fields["url"],
        metadata=metadata,
        warnings=tuple(warnings),
    )


def _without_surrogates(record: Mapping) -> tuple[dict, int]:
    """JSON may escape lone surrogates ("\\ud800"), which no UTF-8 output can hold.

    Top-level keys and string values are cleaned here; nested values are
    cleaned after they are dumped to text (`_dump`), to avoid deep recursion.
    """
    count = 0

    def clean(value):
        nonlocal count
        if isinstance(value, str):
            value, n = _SURROGATE.subn("\ufffd", value)
            count += n
        return value

    return {clean(key): clean(value) for key, value in record.items()}, count


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
