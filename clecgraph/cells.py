"""Cells meant for spreadsheets: a text a spreadsheet would run as a formula is made inert.

A cell that starts with =, +, -, @, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets (`=HYPERLINK(...)` leaks data
when clicked, `=cmd|...` runs a program). `neutralise` puts an apostrophe in
front, which every one of them shows as text; `restore` takes it off again
when clecgraph reads back a file it wrote. Numbers (-3, +1.5) are left alone:
they are values, not formulas.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-12.5"), neutralise("CCHR")
    ('\\'=HYPERLINK("http://x")', '-12.5', 'CCHR')
    >>> restore(neutralise("@SUM(A1)"))
    '@SUM(A1)'
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def dangerous(cell: str) -> bool:
    """Whether a spreadsheet would take `cell` for a formula."""
    text = cell.lstrip(" ")
    return bool(text) and text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text)


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading apostrophe
    (so does one that already has apostrophes before a formula start, so that `restore` is exact)."""
    return "'" + cell if dangerous(cell.lstrip("'")) else cell


def restore(cell: str) -> str:
    """The cell as it was before `neutralise` (one leading apostrophe before a formula start is taken off)."""
    return cell[1:] if cell.startswith("'") and dangerous(cell.lstrip("'")) else cell
