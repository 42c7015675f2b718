"""An Oxigraph server (the `oxigraph` PyPI package's binary) on a free 127.0.0.1 port, for the remote-store tests."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

OXIGRAPH = Path(sys.executable).with_name("oxigraph")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path, union_default_graph: bool = True):
    """Yield the server's base URL (`/store`, `/query` under it); stop it afterwards."""
    executable = OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph")
    if not executable:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    flags = ["--union-default-graph"] if union_default_graph else []
    process = subprocess.Popen(
        [str(executable), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *flags],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph server did not start: {process.stderr.read()[:500]!r}") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
