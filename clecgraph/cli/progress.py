"""What a long build is doing: one line per stage with its count, rate and time, on a terminal only.

    extract   ████████████░░░░░░░░  6,000/10,000 statements   412/s   14.6 s

Each stage's line is redrawn in place at most a few times a second and
left on screen when the stage ends. Nothing is written when stderr is not a
terminal (a pipe, a file) or when the CI environment variable is set.
"""

from __future__ import annotations

import os
import sys
import time

import click

UNITS = {"extract": "statements", "assemble": "statements", "validate": "parts", "write": "files"}
REDRAW = 0.2  # seconds between redraws of a line
WIDTH = 20


class Progress:
    """`progress(stage, done, total=None)`, the callback clecgraph.pipeline.builder.build calls."""

    def __init__(self, enabled: bool, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty() and not os.environ.get("CI")
        self.stage: str | None = None
        self.done, self.total, self.started, self.drawn = 0, None, 0.0, 0.0

    def __call__(self, stage: str, done: int, total: int | None = None) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if stage != self.stage:
            self._end()
            self.stage, self.started, self.drawn = stage, now, 0.0
        self.done, self.total = done, total
        if now - self.drawn >= REDRAW or (total is not None and done >= total):
            self.drawn = now
            self._draw(now)

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        unit = UNITS.get(self.stage, "items")
        if self.total:
            filled = min(WIDTH, WIDTH * self.done // self.total)
            count = f"{'█' * filled}{'░' * (WIDTH - filled)}  {self.done:,}/{self.total:,} {unit}"
        else:
            count = f"{self.done:,} {unit}"
        return f"{self.stage:<9} {count}   {self.done / elapsed:,.0f}/s   {elapsed:.1f} s"

    def _draw(self, now: float) -> None:
        click.echo("\r" + self.line(now) + "\x1b[K", file=self.stream, nl=False)

    def _end(self) -> None:
        if self.stage is not None:
            self._draw(time.monotonic())
            click.echo("", file=self.stream)
        self.stage = None

    def close(self) -> None:
        if self.enabled:
            self._end()
