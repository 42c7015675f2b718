"""Dates in statements: the statement's own date, and event dates in the text."""
from __future__ import annotations

from ..model import InputWarning, Statement


def statement_date(statement: Statement) -> tuple[str | None, list[InputWarning]]:
    """The statement's date: from its header or record (a dateline comes later)."""
    return statement.date, []
