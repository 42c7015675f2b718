"""Reading input files as numbered lines of text, with errors that say where."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from pathlib import Path

from clecgraph.errors import InputError, UsageError
from clecgraph.model import InputWarning
from clecgraph.names import PUBLISHER_SPLIT, co_publishers, fold

_SNIFF_BYTES = 8192


def open_lines(path: Path, encoding: str | None = None, keep_ends: bool = False) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, line without its line ending).

    With `keep_ends` each line keeps its ending as it is in the file (the
    CSV reader needs it to keep line breaks inside quoted fields byte-exact).

    Any newline convention ends a line: LF, CRLF, and a lone CR (old Mac
    files), also mixed in one file. Streams the file a line at a time. UTF-8
    (with or without a byte-order mark) is the default; a UTF-16 or UTF-32
    byte-order mark selects that encoding. Bytes that do not decode raise an
    `InputError` naming the line, so the user can fix it or pass another encoding.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder; pass the folder itself to read every file in it")
    try:
        codec = codecs.lookup(encoding or "utf-8-sig")
    except LookupError:
        raise UsageError(f"unknown text encoding {encoding!r} (try utf-8, cp1252, latin-1, utf-16)") from None
    if not getattr(codec, "_is_text_encoding", True):
        raise UsageError(f"{encoding!r} is not a text encoding (try utf-8, cp1252, latin-1, utf-16)")
    wide = codec.name.startswith(("utf-16", "utf-32"))
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(path, f"cannot be opened ({err.strerror})") from None
    with handle:
        head = handle.read(_SNIFF_BYTES)
        if encoding is None:
            wide_bom = _wide_bom(head)
            if wide_bom:
                codec, wide = codecs.lookup(wide_bom), True
        if not head.strip(b" \t\r\n\x00" if wide else None):
            raise InputError(path, "is empty")
        if not wide and b"\x00" in head:
            line = head[: head.index(b"\x00")].count(b"\n") + 1
            raise InputError(path, "looks like a binary file (NUL byte); statements must be text", line)
        handle.seek(0)
        if wide:
            yield from _wide_lines(path, handle, codec.name, keep_ends)
            return
        decoder_name = "utf-8-sig" if codec.name in ("utf-8", "utf-8-sig") else codec.name
        for number, raw in enumerate(_byte_lines(handle), 1):
            if number == 1 and decoder_name == "utf-8-sig":
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if b"\x00" in raw:
                raise InputError(path, "contains a NUL byte; statements must be text", number)
            try:
                line = raw.decode(decoder_name.replace("-sig", ""))
            except UnicodeDecodeError as err:
                raise InputError(
                    path,
                    f"byte 0x{raw[err.start]:02x} at column {err.start + 1} is not valid "
                    f"{decoder_name.replace('-sig', '').upper()}; pass --encoding (e.g. cp1252) if the file uses another",
                    number,
                ) from None
            yield number, _ending(line, keep_ends)


_AFTER_LONE_CR = re.compile(rb"(?<=\r)(?!\n)(?=.)", re.S)


def _byte_lines(handle) -> Iterator[bytes]:
    """The file's lines as bytes, each with its ending: LF, CRLF or a lone CR."""
    for raw in handle:  # split at LF; a CR not followed by LF ends a line too
        if b"\r" in raw:
            yield from _AFTER_LONE_CR.split(raw)
        else:
            yield raw


def _wide_bom(head: bytes) -> str | None:
    """'utf-32' or 'utf-16' when the file starts with that byte-order mark (UTF-32 first: its
    little-endian mark begins with UTF-16's)."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _ending(line: str, keep_ends: bool) -> str:
    body = line.removesuffix("\n").removesuffix("\r")
    return line if keep_ends else body


def _wide_lines(path: Path, handle, codec_name: str, keep_ends: bool = False) -> Iterator[tuple[int, str]]:
    text = io.TextIOWrapper(handle, encoding=codec_name, errors="strict", newline="")
    number = 0
    try:
        for number, line in enumerate(text, 1):
            yield number, _ending(line, keep_ends)
    except UnicodeDecodeError:
        raise InputError(path, f"is not valid {codec_name.upper()}", number + 1) from None


# Characters that show nothing and join nothing a reader could see: a zero-width space (or word
# joiner, BOM, soft hyphen) pasted inside a name would make it another name. ZWJ and ZWNJ are kept:
# some scripts need them to spell a word.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u180e"))


def publisher_or_none(name: str | None, source: str, line: int, warnings: list[InputWarning]) -> str | None:
    """A publisher field that names something (invisible characters taken out), else None with a warning.

    A name with no letters or digits ("***", "—", "[]") cannot identify an
    organisation; keeping it would mint an entity with an empty name. The
    field may name co-publishers apart by ";" ("A; B"); a part that names
    nothing is left out with a warning, the field is otherwise kept as read.
    """
    if name:
        name = name.translate(INVISIBLE)
    if not name:
        return name
    parts = co_publishers(name)
    if not parts:
        warnings.append(InputWarning(source, line, f"publisher {name[:40]!r} has no letters or digits; statement kept without a publisher"))
        return None
    for part in PUBLISHER_SPLIT.split(name):
        if part.strip() and not fold(part):
            warnings.append(InputWarning(source, line, f"co-publisher {part.strip()[:40]!r} has no letters or digits; left out"))
    return name
