"""Benchmark: network views of the synthetic corpus (default 10,000 statements).

    python benchmarks/bench_views.py               # 10,000 statements
    python benchmarks/bench_views.py 2000 --keep /tmp/views   # keep the files written

Builds the graph in memory once (not timed here: see the build benchmarks),
then times, for each view: reading the graph (`read_facts`), projecting,
keeping the --max-nodes most connected and writing the page; and the size
of the page. Also the GEXF of the whole overview. If chromium is installed,
each page is opened headless and offline, and the wall time from starting
the browser until the page marks its network drawn (read through the
DevTools protocol) is shown beside that of an empty page, which is the
browser's own start-up. Big pages go on settling after that first drawing.
A benchmark measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402  (benchmarks/synthetic.py, beside this file)

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--proxy-server=127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1400,1000",
    "--remote-debugging-pipe",
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class DevTools:
    """Chromium's DevTools protocol over --remote-debugging-pipe (fd 3 in, fd 4 out, NUL-separated JSON)."""

    def __init__(self, browser: str, url: str, profile: str):
        to_child, self._send = os.pipe()
        self._receive, from_child = os.pipe()

        def wire():  # in the child: fd 3 reads our commands, fd 4 carries the answers
            os.dup2(to_child, 3)
            os.dup2(from_child, 4)

        self.process = subprocess.Popen(
            [browser, *FLAGS, f"--user-data-dir={profile}", url],
            pass_fds=(3, 4),
            preexec_fn=wire,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_child)
        os.close(from_child)
        self._buffer, self._id, self.session = b"", 0, None

    def call(self, method: str, **params):
        self._id += 1
        message = {"id": self._id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        os.write(self._send, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._receive, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed the DevTools pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self._id:
                return answer.get("result", {})

    def close(self):
        self.process.kill()
        self.process.wait()
        os.close(self._send)
        os.close(self._receive)


def open_in_chromium(browser: str, page: Path, folder: Path) -> tuple[float, str]:
    """Wall seconds from starting chromium on the page until the page says it has drawn its network."""
    start = time.perf_counter()
    tools = DevTools(browser, page.as_uri(), tempfile.mkdtemp(dir=folder))
    try:
        while True:
            targets = tools.call("Target.getTargets")["targetInfos"]
            pages = [t for t in targets if t["type"] == "page"]
            if pages:
                break
            time.sleep(0.05)
        tools.session = tools.call("Target.attachToTarget", targetId=pages[0]["targetId"], flatten=True)["sessionId"]
        expression = "document.body ? document.body.getAttribute('data-drawn-nodes') : null"
        while time.perf_counter() - start < 300:
            value = tools.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")
            if value is not None:
                return time.perf_counter() - start, value
            time.sleep(0.05)
        return time.perf_counter() - start, "not drawn within 300 s"
    finally:
        tools.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000, help="statements (default 10000)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--max-nodes", type=int, default=None, help="node limit of the pages (default: the views' own, 1500)")
    parser.add_argument("--keep", type=Path, help="write the files here and keep them")
    parser.add_argument("--no-browser", action="store_true", help="do not open the pages in chromium")
    args = parser.parse_args(argv)

    from clecgraph.graph.facts import read_facts
    from clecgraph.pipeline.stages import build_dataset, extract_all
    from clecgraph.views.select import view

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = synthetic.write_listing(Path(tmp) / "synthetic.txt", args.n, seed=args.seed)
        start = time.perf_counter()
        extractions, _, _ = extract_all([corpus])
        dataset = build_dataset(extractions)
        print(f"{args.n} statements: graph built in {time.perf_counter() - start:.1f} s (not part of the views' figures)")

        start, cpu = time.perf_counter(), time.process_time()
        facts = read_facts(dataset)
        read_seconds = time.perf_counter() - start
        print(f"read_facts: {read_seconds:.2f} s ({time.process_time() - cpu:.2f} s CPU), {len(facts.kind):,} nodes")

        pages = []
        for kind, suffix, options in (
            ("overview", ".html", {}),
            ("coalitions", ".html", {}),
            ("actors", ".html", {}),
            ("focus", ".html", {"focus": "LICADHO", "depth": 1}),
            ("overview", ".gexf", {}),
        ):
            out = folder / f"{kind}{suffix}"
            start, cpu = time.perf_counter(), time.process_time()
            result = view(facts, kind, out, max_nodes=args.max_nodes if suffix == ".html" else None, **options)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            size = out.stat().st_size
            print(
                f"{kind + suffix:<16} {seconds:6.2f} s ({cpu:.2f} s CPU; +{read_seconds:.2f} s reading)  {size / 1e6:6.2f} MB  "
                f"{result.nodes:,} of {result.total_nodes:,} nodes, {result.edges:,} links"
            )
            if suffix == ".html":
                pages.append(out)
        print(f"peak memory {peak_rss_mb():.0f} MB; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

        browser = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
        if browser and not args.no_browser:
            empty = folder / "empty.html"
            empty.write_text('<!DOCTYPE html><html><body data-drawn-nodes="0"></body></html>', encoding="utf-8")
            base, _ = open_in_chromium(browser, empty, folder)
            print(f"chromium, empty page: {base:.1f} s (start-up)")
            for page in pages:
                seconds, drawn = open_in_chromium(browser, page, folder)
                print(f"chromium, {page.name:<16} {seconds:.1f} s to load, lay out and draw {drawn} nodes")


if __name__ == "__main__":
    main()
