"""A graph's N-Quads lines held as one UTF-8 buffer: what BuiltGraph keeps.

A built graph of 10,000 statements is two million lines. As Python strings
each line cost its text and some 57 bytes more (the object and its place in a
list), 740 MB in all, and every process forked from the build copied the
pages it read them from (reading a string writes its reference count). Held
as one buffer with each line's start in an array they cost their text and 8
bytes, the buffer is one object (a forked process shares its pages), and the
N-Quads file is the buffer as it is. A line is decoded when it is read, a few
thousand at a time when the lines are iterated.

    >>> lines = Lines.from_texts(["a\\nb", "c"])
    >>> len(lines), lines[1], list(lines), lines[1:]
    (3, 'b', ['a', 'b', 'c'], ['b', 'c'])
    >>> bytes(lines.data)
    b'a\\nb\\nc\\n'
"""

from __future__ import annotations

import functools
import itertools
import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence

BATCH = 4096  # lines decoded at a time when iterating


class Lines(Sequence):
    """Lines of text (none holding a newline) in one buffer, each followed by a newline."""

    def __init__(self, data: bytearray | None = None, starts: array | None = None):
        self._data = bytearray() if data is None else data
        self._starts = array("q", [0]) if starts is None else starts  # line i is data[starts[i] : starts[i + 1] - 1]
        self.groups: list[int] = []  # where each group of lines begins (add_text(group=True)): a graph's, in a BuiltGraph

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Lines:
        """From texts of lines joined by newlines (each text one line or more; empty texts are skipped)."""
        lines = cls()
        for text in texts:
            lines.add_text(text)
        return lines

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Lines:
        """From lines (without newlines), in their order."""
        found, lines = cls(), iter(lines)
        while batch := list(itertools.islice(lines, BATCH)):
            found.add_text("\n".join(batch))
        return found

    def add_text(self, text: str, group: bool = False) -> None:
        """Append the lines of `text` (lines joined by newlines, without a final one); with `group`,
        they begin a new group."""
        if text:
            self.add_encoded(text.encode("utf-8"), group)

    def add_encoded(self, encoded: bytes, group: bool = False) -> None:
        """add_text of the text as UTF-8."""
        if not encoded:
            return
        if group:
            self.groups.append(len(self))
        data, at = self._data, len(self._data)
        data += encoded
        data += b"\n"
        # each line's end + 1 is the next one's start: a running sum of (length + 1), made in C
        lengths = map(len, encoded.split(b"\n"))
        ends = itertools.accumulate(map(operator.add, lengths, itertools.repeat(1)), initial=at)
        self._starts.extend(itertools.islice(ends, 1, None))  # (`at` is the last start there already)

    @property
    def data(self) -> memoryview:
        """The lines as UTF-8, each followed by a newline: N-Quads text."""
        return memoryview(self._data)

    def chunks(self, size: int = 1 << 20) -> Iterator[bytes]:
        """`data` in pieces of about `size` bytes, each ending at the end of a line."""
        data, end = self._data, len(self._data)
        start = 0
        while start < end:
            stop = data.find(b"\n", min(start + size, end) - 1) + 1 or end
            yield bytes(data[start:stop])
            start = stop

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, item):
        starts = self._starts
        if isinstance(item, slice):
            start, stop, step = item.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return self._decoded(start, stop) if start < stop else []
        if item < 0:
            item += len(self)
        if not 0 <= item < len(self):
            raise IndexError("line number out of range")
        return self._data[starts[item] : starts[item + 1] - 1].decode("utf-8")

    def pick(self, numbers: Iterable[int]) -> list[str]:
        """The lines of these numbers, in that order."""
        data, starts = self._data, self._starts
        return [data[starts[n] : starts[n + 1] - 1].decode("utf-8") for n in numbers]

    def _decoded(self, start: int, stop: int) -> list[str]:
        return self.text(start, stop).split("\n")

    def text(self, start: int, stop: int) -> str:
        """Lines start to stop (not empty) as one text, joined by newlines."""
        starts = self._starts
        with memoryview(self._data) as view:
            return str(view[starts[start] : starts[stop] - 1], "utf-8")

    def texts(self, size: int = BATCH) -> Iterator[str]:
        """Every line, `size` lines at a time as one text (joined by newlines): for readers that
        treat many lines at once (a regular expression, a split)."""
        count = len(self)
        for start in range(0, count, size):
            yield self.text(start, min(start + size, count))

    def matching(self, markers: tuple[str, ...]) -> Iterator[str]:
        """The lines that hold any of `markers`, each once, a batch's in no set order: searched
        for in each batch's text (in C), not line by line."""
        for text in self.texts():
            yield from marked(text, markers)

    def __iter__(self) -> Iterator[str]:
        for text in self.texts():
            yield from text.split("\n")

    def group_bounds(self) -> list[tuple[int, int]] | None:
        """(start, end) of each group, if the lines were added in groups from the first; else None."""
        if not self.groups or self.groups[0] != 0:
            return None
        ends = [*self.groups[1:], len(self)]
        return list(zip(self.groups, ends, strict=True))

    def __eq__(self, other) -> bool:
        if isinstance(other, Lines):
            return self._data == other._data
        if isinstance(other, (list, tuple)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # mutable while it is filled

    def __repr__(self) -> str:
        return f"<Lines: {len(self)} lines, {len(self._data)} bytes>"


def release_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's malloc_trim; elsewhere nothing).
    Blocks freed in another order than they were made leave free pages between used ones, which
    the heap keeps: without this a process that copies many blocks into one buffer, freeing each,
    stays as large as the blocks and the buffer together."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def marked(text: str, markers: tuple[str, ...]) -> list[str]:
    """The lines of `text` (lines joined by newlines) that hold any of `markers`, each once."""
    found: dict[str, None] = {}
    for marker in markers:
        at = text.find(marker)
        while at >= 0:
            begin = text.rfind("\n", 0, at) + 1
            stop = text.find("\n", at)
            stop = len(text) if stop < 0 else stop
            found[text[begin:stop]] = None
            at = text.find(marker, stop)
    return list(found)


class LineReader:
    """A binary file reading lines (without newlines) as text, a few thousand at a time:
    a parser streams a big graph without its whole text held in memory at once.
    `lines`: a list, or any iterable (read once, as the parser asks).

    >>> LineReader(["a", "b"]).read()
    b'a\\nb\\n'
    """

    def __init__(self, lines: Iterable[str], batch: int = BATCH):
        self.lines, self.batch = iter(lines), batch
        self.buffer, self.offset = b"", 0

    def _fill(self) -> bool:
        """Encode the next batch of lines into the buffer; False when every line was read."""
        part = list(itertools.islice(self.lines, self.batch))
        if not part:
            return False
        self.buffer, self.offset = self.buffer[self.offset :] + ("\n".join(part) + "\n").encode("utf-8"), 0
        return True

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            parts = [self.buffer[self.offset :]]
            while part := list(itertools.islice(self.lines, self.batch)):
                parts.append(("\n".join(part) + "\n").encode("utf-8"))
            self.buffer, self.offset = b"", 0
            return b"".join(parts)
        while len(self.buffer) - self.offset < size and self._fill():
            pass
        data = self.buffer[self.offset : self.offset + size]
        self.offset += len(data)
        return data


__all__ = ["BATCH", "LineReader", "Lines", "marked", "release_memory"]
