"""The listing format: dated headers, paragraphs, blocks apart by blank lines.

    2012-10-11   CLEC

    An optional short title line

    Paragraphs of text...


    2012-10-01   CLEC
    ...

A block of text with no header line is its own statement with no date and
no publisher (never invented), and a warning says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from clecgraph.dates import iso_day
from clecgraph.model import InputWarning, Statement
from clecgraph.sources.text import open_lines, publisher_or_none

# A header: an ISO-shaped date, then spaces, tabs or no-break spaces, then the publisher.
HEADER = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ \t\u00a0\u2007\u202f]+(\S.*?))?\s*$")
TITLE_MAX_CHARS = 300
_PUBLISHER_MAX_CHARS = 120


def is_blank(line: str) -> bool:
    return not line.strip()


def read_listing(path: Path, encoding: str | None = None) -> Iterator[Statement]:
    """Yield the statements of a listing file, in file order."""
    path = Path(path)
    block: list[tuple[int, str]] = []
    blank_run = 0
    for number, line in open_lines(path, encoding):
        if is_blank(line):
            blank_run += 1
            if blank_run >= 2 and block:
                yield _statement(path.name, block)
                block = []
            continue
        starts_new = blank_run >= 1 and _header(line) is not None
        if block and starts_new:
            yield _statement(path.name, block)
            block = []
        if block and blank_run:
            block.append((number - 1, ""))  # keep one paragraph break
        blank_run = 0
        block.append((number, line))
    if block:
        yield _statement(path.name, block)


def _header(line: str) -> re.Match | None:
    match = HEADER.match(line)
    if match and match[4] and len(match[4]) > _PUBLISHER_MAX_CHARS:
        return None
    return match


def _statement(source: str, block: list[tuple[int, str]]) -> Statement:
    first_line, first = block[0]
    warnings = []
    header = _header(first)
    date = publisher = None
    body = block
    if header:
        body = block[1:]
        publisher = publisher_or_none(header[4], source, first_line, warnings)
        date = iso_day(int(header[1]), int(header[2]), int(header[3]))
        if date is None:
            warnings.append(InputWarning(source, first_line, f"header date {first[:10]} is not a real date; statement kept without a date"))
        if not header[4]:
            warnings.append(InputWarning(source, first_line, "header names no publisher"))
    else:
        warnings.append(InputWarning(source, first_line, "statement has no header line (no date, no publisher)"))
    while body and is_blank(body[0][1]):
        body = body[1:]
    title, body = _split_title(body)
    text = "\n".join(line for _, line in body).rstrip()
    if not text and title:
        text, title = title, None
    if not text:
        warnings.append(InputWarning(source, first_line, "statement has a header but no text"))
    return Statement(
        source=source,
        line=first_line,
        text=text,
        date=date,
        publisher=publisher,
        title=title,
        warnings=tuple(warnings),
    )


def _split_title(body: list[tuple[int, str]]) -> tuple[str | None, list[tuple[int, str]]]:
    """A lone short first line followed by more paragraphs is a title."""
    if len(body) < 3 or not is_blank(body[1][1]):
        return None, body
    candidate = body[0][1].strip()
    if len(candidate) > TITLE_MAX_CHARS or candidate.endswith((".", "!", "?", ":", ";", ",")):
        return None, body
    rest = body[2:]
    return candidate, rest
