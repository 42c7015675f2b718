"""Build progress: a line per stage with counts and rates on a terminal, nothing in pipes or CI."""

from __future__ import annotations

import io

from clecgraph.cli.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_one_line_per_stage_with_counts_and_rates(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    screen = Terminal()
    progress = Progress(True, screen)
    for n in range(1, 4):
        progress("extract", n)
    progress("validate", 2, 2)
    progress.close()
    lines = [part.split("\r")[-1] for part in screen.getvalue().split("\n") if part]
    assert [line.split()[0] for line in lines] == ["extract", "validate"]
    assert "3 statements" in lines[0] and "/s" in lines[0] and lines[0].rstrip("\x1b[K").endswith(" s")
    assert "2/2 parts" in lines[1] and "█" * 20 in lines[1]


def test_pipes_and_ci_get_nothing(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    pipe = io.StringIO()
    Progress(True, pipe)("extract", 5)
    assert pipe.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    screen = Terminal()
    progress = Progress(True, screen)
    progress("extract", 5)
    progress.close()
    assert screen.getvalue() == ""
    quiet = Terminal()
    monkeypatch.delenv("CI")
    Progress(False, quiet)("extract", 5)
    assert quiet.getvalue() == ""
