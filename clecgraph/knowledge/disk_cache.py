"""A cache on disk for tables built from packaged data, so a process does not build them at every start.

A table is stored under a name with a stamp: a text that changes whenever what the
table is built from changes (the versions of the packages it reads, a digest of
clecgraph's own code and data that build it, the Python version). A file is used only
if it is ours and no one else may write it, its stamp is the one asked for, and its
payload's SHA-256 is the one its header records; anything else (missing, stale,
corrupt, truncated, foreign) is rebuilt and written again, never trusted.

The payload is `marshal` data (plain str, int, float, None, tuple, dict), which cannot
run code when read. Files are written to a temporary file and renamed into place
(readers never see half a file), owner-only (0600, in a 0700 folder).

The folder: $CLECGRAPH_CACHE_DIR if set (the word "off" turns the cache off), else the
user's cache folder ($XDG_CACHE_HOME or ~/.cache, %LOCALAPPDATA% on Windows,
~/Library/Caches on macOS) + "/clecgraph". A folder that cannot be written leaves
the cache off: the tables are then built in memory, as without a cache.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
import tempfile
from array import array
from pathlib import Path

_MAGIC = b"clecgraph cache 1\n"
ENV = "CLECGRAPH_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where cached tables live, or None when the cache is off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clecgraph"


def file_digest(*roots: Path | str, suffixes: tuple[str, ...] = (".py", ".toml", ".ttl", ".tsv")) -> str:
    """SHA-256 over files, and over the files of these suffixes in folders, by relative path and bytes.

    A missing file counts as absent (its name still counts)."""
    digest = hashlib.sha256()
    for root in map(Path, roots):
        files = sorted(p for p in root.rglob("*") if p.suffix in suffixes and p.is_file()) if root.is_dir() else [root]
        for path in files:
            digest.update(f"{path.relative_to(root.parent)}\0".encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"\0missing\0")
    return digest.hexdigest()


def package_versions(*distributions: str) -> str:
    """ "name=version" of each distribution, "name=missing" for one not installed."""
    from importlib import metadata

    found = []
    for name in distributions:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=missing")
    return ";".join(found)


def _full(stamp: str) -> str:
    # marshal's format is Python's own, and arrays of numbers are the machine's: another Python or machine rebuilds
    python = f"python {sys.version_info[0]}.{sys.version_info[1]} marshal {marshal.version} {sys.byteorder}"
    return f"{python} {array('I').itemsize}; {_MAGIC.decode().strip()}; {stamp}"


def _path(name: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{name}.cache"


def _trusted(stat) -> bool:
    # Ours and writable by no one else: another user could otherwise choose what we read.
    if hasattr(os, "getuid") and stat.st_uid != os.getuid():
        return False
    return not stat.st_mode & 0o022


def load(name: str, stamp: str):
    """The payload stored under `name` with this stamp, or None (missing, stale, corrupt or not trusted)."""
    path = _path(name)
    if path is None:
        return None
    try:
        with path.open("rb") as handle:
            if not _trusted(os.fstat(handle.fileno())):
                return None
            data = handle.read()
    except OSError:
        return None
    if not data.startswith(_MAGIC):
        return None
    header_end = data.find(b"\n", len(_MAGIC))
    try:
        header = json.loads(data[len(_MAGIC) : header_end])
        if not isinstance(header, dict) or header.get("stamp") != _full(stamp):
            return None
        body = memoryview(data)[header_end + 1 :]
        if len(body) != header.get("size") or hashlib.sha256(body).hexdigest() != header.get("sha256"):
            return None
        return marshal.loads(body)
    except (ValueError, EOFError, TypeError):  # (json's and marshal's errors on bad bytes)
        return None


def store(name: str, stamp: str, payload) -> bool:
    """Write the payload under `name` (atomically, owner-only); False if the folder cannot be written."""
    path = _path(name)
    if path is None:
        return False
    body = marshal.dumps(payload)
    header = json.dumps({"stamp": _full(stamp), "size": len(body), "sha256": hashlib.sha256(body).hexdigest()})
    temporary = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", dir=path.parent)  # created 0600
        with os.fdopen(handle, "wb") as out:
            out.write(_MAGIC + header.encode("utf-8") + b"\n")
            out.write(body)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
        return True
    except OSError:
        if temporary:
            try:
                os.unlink(temporary)
            except OSError:
                pass
        return False


def cached(name: str, stamp: str, build, read=None):
    """`read(payload)` of the payload stored under `name` with this stamp; else of `build()`, stored for the next process.

    A stored payload `read` refuses (ValueError, TypeError, IndexError, KeyError: not the shape it expects)
    is rebuilt like a damaged file.
    """
    read = read or (lambda payload: payload)
    found = load(name, stamp)
    if found is not None:
        try:
            return read(found)
        except (ValueError, TypeError, IndexError, KeyError):
            pass
    found = build()
    store(name, stamp, found)
    return read(found)
