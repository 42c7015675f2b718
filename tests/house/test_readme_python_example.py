"""The README's Python example runs as printed (it once imported the module `query` instead of the function)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_readme_python_example_runs(tmp_path, sample_corpus):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("From Python, the same:", 1)[1].split("\n\n", 2)[1]
    code = "\n".join(line[4:] for line in block.splitlines())
    assert code.startswith("from clecgraph import build, query")
    (tmp_path / "archive").mkdir()
    shutil.copy(sample_corpus, tmp_path / "archive" / sample_corpus.name)  # the example reads archive/ and writes my-graph/
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "22" and len(lines) == 23 and all(line.startswith("https://") for line in lines[1:])
