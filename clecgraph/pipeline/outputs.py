"""Where a build writes: one writer at a time, staged privately, swapped in as one.

    with output_folder(out) as staging:     # out locked; staging is a fresh private folder
        write files into staging
    # on success the whole set replaces `out` in one step; on any error `out` is untouched

An output folder or an on-disk store is held by a lock file beside it
(`.NAME.lock`, flock): a second writer waits a little, then is refused with
a message naming the process that holds it. The lock is taken once per
process and may be taken again inside (a build holds it from reading the
earlier graph, for --add, to the swap). `clecgraph serve` holds the same
lock shared (`reading`) while it serves a folder or store, so a build does
not swap the files out from under its open store: the build waits, then is
refused with a message saying the target is being served.

Staging folders are siblings of the target, `.NAME.new-PID`, mode 0700,
so nobody else can read the statements while they are being written. They
are removed on every way out of the `with`, and those of dead processes on
the next start. The swap exchanges the two folders with one renameat2
(RENAME_EXCHANGE) call: a reader sees the old set or the new, never a mix.
Where the kernel or file system cannot exchange, the old folder is renamed
aside (`.NAME.old-PID`) and the new one renamed in; a kill between the two
leaves the old one aside, and the next start puts it back.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from clecgraph.errors import UsageError

DEFAULT_WAIT = float(os.environ.get("CLECGRAPH_LOCK_WAIT", "60"))  # seconds a second writer waits before it is refused


class OutputBusy(UsageError):
    """Another process is writing the same output folder or store."""


class EmptyBuild(UsageError):
    """A build that would replace an output with nothing."""


def _sibling(target: Path, kind: str, pid: int | None = None) -> Path:
    suffix = f".{kind}" if pid is None else f".{kind}-{pid}"
    return target.with_name(f".{target.name}{suffix}")


# ---- the lock ---------------------------------------------------------------------------

_held: dict[Path, list] = {}  # target -> [open lock file, depth]: reentrant within one process


def _holder(path: Path) -> str:
    """Who holds the lock: a writer leaves its pid in the file; readers (serve) leave nothing."""
    try:
        pid = path.read_text(encoding="ascii").strip()
    except OSError:
        pid = ""
    return f"process {pid}" if pid.isdigit() else ""


def _wait_for(handle, mode: int, target: Path, lock_path: Path, wait: float) -> None:
    """Take the flock in `mode`, waiting up to `wait` seconds for the holder (told once)."""
    deadline, told = time.monotonic() + wait, False
    while True:
        try:
            fcntl.flock(handle, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            holder = _holder(lock_path)
            if mode == fcntl.LOCK_SH or holder:
                doing = f"being written by {holder or 'another process'}; try again when it has finished"
            else:
                doing = "being served by another process (clecgraph serve); stop the server, then try again"
            if time.monotonic() >= deadline:
                raise OutputBusy(f"{target} is {doing}") from None
            if not told:
                print(f"clecgraph: waiting: {target} is {doing.split(';')[0]}", file=sys.stderr)
                told = True
            time.sleep(0.1)


@contextlib.contextmanager
def hold(target: Path | str, wait: float | None = None) -> Iterator[Path]:
    """Lock `target` (an output folder or store path) for writing, for the `with` block."""
    target = Path(os.path.abspath(target))
    if target in _held:
        _held[target][1] += 1
        try:
            yield target
        finally:
            _held[target][1] -= 1
        return
    _check_folder(target)
    wait = DEFAULT_WAIT if wait is None else wait
    lock_path = _sibling(target, "lock")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = open(os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600), "r+", encoding="ascii")
    except OSError as err:
        raise UsageError(f"cannot lock {target} for writing: {err.strerror or err}") from None
    try:
        _wait_for(handle, fcntl.LOCK_EX, target, lock_path, wait)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        _held[target] = [handle, 1]
        try:
            recover(target)
            yield target
        finally:
            del _held[target]
            handle.seek(0)
            handle.truncate()  # the pid goes with the lock
    finally:
        handle.close()  # closing releases the flock


@contextlib.contextmanager
def reading(target: Path | str, wait: float | None = None) -> Iterator[Path]:
    """Hold `target` shared for the `with` block: any number of readers, no writer (see the module's doc).
    Where the lock file cannot be made (a folder this user cannot write), nobody here can rebuild it
    either, and the block runs without the lock."""
    target = Path(os.path.abspath(target))
    lock_path = _sibling(target, "lock")
    try:
        handle = open(os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600), "r+", encoding="ascii")
    except OSError:
        yield target
        return
    try:
        _wait_for(handle, fcntl.LOCK_SH, target, lock_path, DEFAULT_WAIT if wait is None else wait)
        yield target
    finally:
        handle.close()


# ---- staging and recovery ---------------------------------------------------------------


def _leftovers(target: Path, kind: str) -> list[tuple[Path, int]]:
    prefix = f".{target.name}.{kind}-"
    found = []
    for path in target.parent.glob(f"{glob_escape(prefix)}*"):
        pid = path.name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit():
            found.append((path, int(pid)))
    return found


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def recover(target: Path) -> list[str]:
    """Put back what a killed writer left: an old set renamed aside comes back if the
    target is missing; staging folders and spool files of dead processes are removed.
    Called with the lock held; returns what it did, one line each."""
    target = Path(os.path.abspath(target))
    done = []
    # The lock is held: an old set aside or a staging folder is a dead writer's, whatever its pid.
    for old, _pid in sorted(_leftovers(target, "old"), key=lambda item: item[0].stat().st_mtime, reverse=True):
        if not target.exists():
            os.rename(old, target)
            done.append(f"restored {target} from {old.name}, left by a writer that was stopped mid-swap")
        else:
            _remove(old)
    for kind in ("new", "parts"):
        for path, _pid in _leftovers(target, kind):
            _remove(path)
            done.append(f"removed {path.name}, left by an interrupted writer")
    for line in done:
        print(f"clecgraph: {line}", file=sys.stderr)
    return done


def staging_path(target: Path) -> Path:
    """Where this process stages a new `target` (removed first if a previous run of this pid left it)."""
    path = _sibling(Path(os.path.abspath(target)), "new", os.getpid())
    _remove(path)
    return path


def spool_path(target: Path, suffix: str = ".nq") -> Path:
    """A private scratch file beside `target`, created empty with mode 0600."""
    target = Path(os.path.abspath(target))
    path = target.with_name(f".{target.name}.parts-{os.getpid()}{suffix}")
    _remove(path)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


# ---- the swap -----------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step; False where the system cannot (then nothing happened)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def swap_in(fresh: Path, target: Path) -> None:
    """Make the complete folder `fresh` be `target`, in one step where the system allows.
    Whatever `target` held before is removed afterwards."""
    fresh, target = Path(os.path.abspath(fresh)), Path(os.path.abspath(target))
    if not target.exists():
        os.rename(fresh, target)
    elif _exchange(fresh, target):
        _fsync_dir(target.parent)
        _remove(fresh)  # now the old set
    else:
        old = _sibling(target, "old", os.getpid())
        os.rename(target, old)
        os.rename(fresh, target)  # a kill before this line: recover() puts `old` back
        _remove(old)
    _fsync_dir(target.parent)


def _check_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is a file, not a folder: name a folder for the output (it is created if missing)")


def _carry_over(old: Path, staging: Path) -> None:
    """Files of the old folder that this build does not write (formats not asked for, the
    user's own notes) are kept: hard-linked into the new set, copied if linking fails."""
    if not old.is_dir():
        return
    for entry in old.iterdir():
        if (staging / entry.name).exists() or entry.name.startswith(".clecgraph-"):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, staging / entry.name, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, staging / entry.name)


def _link_or_copy(source, destination) -> None:
    if os.path.islink(source):
        os.symlink(os.readlink(source), destination)
        return
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


@contextlib.contextmanager
def output_folder(out: Path | str, *, wait: float | None = None) -> Iterator[Path]:
    """Lock `out`, yield a private staging folder; when the block ends without error the
    staging folder, with the old folder's other files carried over, becomes `out` in one swap."""
    out = Path(os.path.abspath(out))
    _check_folder(out)
    with hold(out, wait):
        _check_folder(out)
        staging = staging_path(out)
        staging.mkdir(mode=0o700)
        try:
            yield staging
            _carry_over(out, staging)
            mode = stat.S_IMODE(out.stat().st_mode) if out.is_dir() else 0o777 & ~_umask()
            os.chmod(staging, mode)  # the finished set is as readable as the folder it replaces
            swap_in(staging, out)
        finally:
            _remove(staging)


@contextlib.contextmanager
def store_folder(location: Path | str, *, wait: float | None = None) -> Iterator[Path]:
    """Like output_folder for a store's database folder: the new store is written at the
    yielded path and swapped in whole (nothing of the old one is carried over)."""
    location = Path(os.path.abspath(location))
    with hold(location, wait):
        staging = staging_path(location)
        try:
            yield staging
            if staging.exists():
                swap_in(staging, location)
        finally:
            _remove(staging)


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def write_text(folder: Path, name: str, text: str) -> Path:
    """A file written whole, beside its place, and moved in (for files outside a staging folder)."""
    path = Path(folder) / name
    partial = _sibling(path, "partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)
    return path


def refuse_empty(statements: int, records_skipped: int, where: Path | str | None, allow_empty: bool) -> None:
    """A build that wrote no statement does not replace an output unless asked to."""
    if statements or allow_empty:
        return
    what = f"every one of the {records_skipped} records read was skipped" if records_skipped else "the inputs hold no statement"
    place = ""
    if where is not None:
        place = f"; {where} is left as it was" if Path(where).exists() else "; nothing was written"
    raise EmptyBuild(f"the build has no statement to write ({what}){place}. Pass --allow-empty to write an empty graph")
