"""A graph's N-Quads lines held as one UTF-8 buffer: what BuiltGraph keeps.

A built graph of 10,000 statements is two million lines. As Python strings
each line cost its text and some 57 bytes more (the object and its place in a
list), 740 MB in all, and every process forked from the build copied the
pages it read them from (reading a string writes its reference count). Held
as one buffer with each line's start in an array they cost their text and 8
bytes, the buffer is one object (a forked process shares its pages), and the
N-Quads file is the buffer as it is. A line is decoded when it is read, a few
thousand at a time when the lines are iterated.

A build's lines are not held in memory at all (`Lines(spill=True)`): the buffer is
an owner-only temporary file with no name (removed by the system when closed, a
crash included), read back by position (os.pread, which forked readers can do at
once). The buffer was the build's largest object, 54 KB a statement (5.4 GB at
100,000 statements); what stays in memory is each line's start, 8 bytes a line.

    >>> lines = Lines.from_texts(["a\\nb", "c"])
    >>> len(lines), lines[1], list(lines), lines[1:]
    (3, 'b', ['a', 'b', 'c'], ['b', 'c'])
    >>> bytes(lines.data)
    b'a\\nb\\nc\\n'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import os
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence

BATCH = 4096  # lines decoded at a time when iterating
WINDOW = 1 << 16  # bytes: Lines.pick reads the picked lines that lie within this span of each other in one read


class Spill:
    """Bytes appended to an owner-only, nameless temporary file and read back by position: what a
    spilled Lines holds instead of a bytearray. Like a bytearray it has a length, gives bytes for a
    slice and is a context manager (as `Lines.data` is read: `with lines.data as data`)."""

    def __init__(self):
        # TemporaryFile: mode 0600 and no name (O_TMPFILE, or unlinked at once): nothing is left behind
        self.file = tempfile.TemporaryFile(prefix="clecgraph-lines-", buffering=0)
        self.fd, self.size = self.file.fileno(), 0

    def append(self, data: bytes) -> None:
        with memoryview(data) as view:
            done = 0
            while done < len(view):
                done += os.write(self.fd, view[done:])
        self.size += len(data)

    def read(self, start: int, stop: int) -> bytes:
        """The bytes from `start` to `stop` (os.pread: the file's position is not used, so processes
        forked from the build read it at the same time)."""
        stop = min(stop, self.size)
        if stop <= start:
            return b""
        found = os.pread(self.fd, stop - start, start)
        while len(found) < stop - start:  # a read is cut at about 2 GB
            found += os.pread(self.fd, stop - start - len(found), start + len(found))
        return found

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, item: slice) -> bytes:
        start, stop, step = item.indices(self.size)
        if step != 1:
            raise ValueError("a Spill is read in runs of bytes")
        return self.read(start, stop)

    def __bytes__(self) -> bytes:
        return self.read(0, self.size)

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def close(self) -> None:
        self.file.close()


class Lines(Sequence):
    """Lines of text (none holding a newline) in one buffer, each followed by a newline."""

    def __init__(self, data: bytearray | None = None, starts: array | None = None, *, spill: bool = False):
        if spill and data is not None:
            raise ValueError("a spilled Lines starts empty")
        self._data = Spill() if spill else bytearray() if data is None else data
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
        if type(data) is Spill:
            data.append(encoded + b"\n")
        else:
            data += encoded
            data += b"\n"
        # each line's end + 1 is the next one's start: a running sum of (length + 1), made in C
        lengths = map(len, encoded.split(b"\n"))
        ends = itertools.accumulate(map(operator.add, lengths, itertools.repeat(1)), initial=at)
        self._starts.extend(itertools.islice(ends, 1, None))  # (`at` is the last start there already)

    @property
    def spilled(self) -> bool:
        """Whether the buffer is a temporary file (Spill), not memory."""
        return type(self._data) is Spill

    @property
    def data(self) -> memoryview | Spill:
        """The lines as UTF-8, each followed by a newline: N-Quads text (sliced, it gives the bytes;
        a spilled buffer is read from its file)."""
        return self._data if self.spilled else memoryview(self._data)

    def chunks(self, size: int = 1 << 20) -> Iterator[bytes]:
        """`data` in pieces of about `size` bytes, each ending at the end of a line."""
        data, starts, end = self._data, self._starts, len(self._data)
        start = 0
        while start < end:
            # the first line start past start + size - 1 (a line's start follows a newline)
            at = bisect.bisect_left(starts, min(start + size, end))
            stop = starts[at] if at < len(starts) else end
            yield bytes(data[start:stop])
            start = stop

    def write_to(self, handle) -> None:
        """Write `data` into the binary file `handle` (a spilled buffer a piece at a time)."""
        if self.spilled:
            for chunk in self.chunks(8 << 20):
                handle.write(chunk)
        else:
            with memoryview(self._data) as data:
                handle.write(data)

    def close(self) -> None:
        """Remove a spilled buffer's file now, not when the Lines is collected (its lines are gone)."""
        if self.spilled:
            self._data.close()

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
        if not self.spilled:
            return [data[starts[n] : starts[n + 1] - 1].decode("utf-8") for n in numbers]
        # From the file, the lines that lie within WINDOW bytes after the first of them come in one read.
        found: list[str] = []
        window: list[int] = []
        first = limit = 0
        for n in numbers:
            if window and first <= starts[n] and starts[n + 1] <= limit:
                window.append(n)
                continue
            if window:
                found.extend(_cut(data, starts, first, window))
            window, first, limit = [n], starts[n], starts[n] + WINDOW
        if window:
            found.extend(_cut(data, starts, first, window))
        return found

    def _decoded(self, start: int, stop: int) -> list[str]:
        return self.text(start, stop).split("\n")

    def text(self, start: int, stop: int) -> str:
        """Lines start to stop (not empty) as one text, joined by newlines."""
        starts = self._starts
        if self.spilled:
            return self._data.read(starts[start], starts[stop] - 1).decode("utf-8")
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
            if len(self._data) != len(other._data):
                return False
            if not (self.spilled or other.spilled):
                return self._data == other._data
            step = 1 << 20
            return all(bytes(self.data[at : at + step]) == bytes(other.data[at : at + step]) for at in range(0, len(self._data), step))
        if isinstance(other, (list, tuple)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # mutable while it is filled

    def __getstate__(self) -> dict:
        """Pickled with its buffer in memory (a file descriptor means nothing to another process)."""
        state = dict(self.__dict__)
        if self.spilled:
            state["_data"] = bytearray(self._data[:])
        return state

    def __repr__(self) -> str:
        return f"<Lines: {len(self)} lines, {len(self._data)} bytes>"


def _cut(spill: Spill, starts: array, first: int, numbers: list[int]) -> Iterator[str]:
    """The lines `numbers` (each starting at or after `first`) out of one read of the spill."""
    text = spill.read(first, max(starts[n + 1] for n in numbers))
    return (text[starts[n] - first : starts[n + 1] - first - 1].decode("utf-8") for n in numbers)


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


__all__ = ["BATCH", "LineReader", "Lines", "Spill", "marked", "release_memory"]
