"""Run a command and sample the memory of its process tree every half second.

    python benchmarks/peak_memory.py LOG -- clecgraph build syn10k.jsonl --out DIR -q --timings

Prints the largest resident set of any one process (what `/usr/bin/time -v` calls maximum
resident set size) and the largest sum of the tree's proportional set sizes (PSS: a page
shared by forked workers counted once in all), with the second it was reached; LOG gets one
line per process and sample: seconds, pid, RSS MiB, PSS MiB (to line up with a build's
stage timings). Linux only (/proc/PID/smaps_rollup).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def children() -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            found.setdefault(parent, []).append(int(name))
    return found


def tree(root: int) -> list[int]:
    kids, found, todo = children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(kids.get(pid, []))
    return found


def memory(pid: int) -> tuple[int, int] | None:
    """(RSS, PSS) in MiB, or None for a process that has ended."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        return None
    return rss // 1024, pss // 1024


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") != 1:
        print(__doc__, file=sys.stderr)
        return 2
    command = argv[2:]
    start = time.time()
    peak_rss = peak_pss = 0
    peak_at = 0.0
    with open(argv[0], "w") as log:
        process = subprocess.Popen(command)
        while process.poll() is None:
            total = 0
            for pid in tree(process.pid):
                found = memory(pid)
                if found:
                    log.write(f"{time.time() - start:.1f} {pid} {found[0]} {found[1]}\n")
                    peak_rss = max(peak_rss, found[0])
                    total += found[1]
            if total > peak_pss:
                peak_pss, peak_at = total, time.time() - start
            time.sleep(0.5)
    print(
        f"peak RSS of one process {peak_rss} MiB; peak PSS of the tree {peak_pss} MiB at {peak_at:.0f} s; exit {process.returncode}",
        file=sys.stderr,
    )
    return process.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
