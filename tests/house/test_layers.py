"""The stages import only downward and no module imports itself back (docs/architecture.md).

The layers are declared once, in pyproject.toml ([tool.importlinter]); import-linter checks them.
Import-linter does not see a loop inside one layer, so a second check looks for any cycle in the
module import graph (grimp, the graph import-linter is built on). Each check is also run on a copy
of the package with one bad import added, to show that it would fail.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(package_parent: Path) -> subprocess.CompletedProcess:
    """Run import-linter with the project's contracts over the `clecgraph` found in `package_parent`."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename=sys.argv[2], no_cache=True))"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(package_parent), str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=package_parent,
    )


def import_cycles(package_parent: Path) -> list[tuple[str, str]]:
    """Module pairs (a, b) where a imports b and b leads back to a."""
    code = (
        "import sys, json; sys.path.insert(0, sys.argv[1]); import grimp; "
        "g = grimp.build_graph('clecgraph', cache_dir=None); "
        "loops = sorted((a, b) for a in g.modules for b in g.find_modules_directly_imported_by(a) "
        "if g.find_shortest_chain(importer=b, imported=a)); print(json.dumps(loops))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(package_parent)], capture_output=True, text=True, check=True)
    return [tuple(pair) for pair in __import__("json").loads(done.stdout)]


@pytest.fixture
def package_copy(tmp_path) -> Path:
    shutil.copytree(ROOT / "clecgraph", tmp_path / "clecgraph", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def add_import(package_parent: Path, module: str, line: str) -> None:
    path = package_parent / Path(*module.split(".")).with_suffix(".py")
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_stages_import_only_downward():
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_module_imports_itself_back():
    assert import_cycles(ROOT) == []


def test_an_upward_import_breaks_the_layers(package_copy):
    add_import(package_copy, "clecgraph.model", "import clecgraph.cli.commands  # upward: the data model reaching the CLI")
    done = lint_imports(package_copy)
    assert done.returncode != 0
    assert "clecgraph.model" in done.stdout and "clecgraph.cli" in done.stdout


def test_a_loop_inside_one_stage_is_found(package_copy):
    # pipeline.stages is imported by pipeline.builder; importing the builder back closes a loop
    # that stays inside one layer, where the layers contract cannot see it.
    add_import(package_copy, "clecgraph.pipeline.stages", "import clecgraph.pipeline.builder  # a loop")
    assert ("clecgraph.pipeline.stages", "clecgraph.pipeline.builder") in import_cycles(package_copy)
    assert lint_imports(package_copy).returncode == 0  # the layers alone would not have caught it
