"""The wheel ships every subpackage and data file the code needs."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_subpackage_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "clecgraph").rglob("__init__.py")}
    assert found <= listed, f"missing from pyproject packages: {sorted(found - listed)}"


def test_ontology_files_are_package_data():
    from importlib import resources

    ontology = resources.files("clecgraph.ontology")
    for name in ("clec.ttl", "event-types.ttl", "shapes.ttl"):
        assert ontology.joinpath(name).is_file(), name
    assert any(entry.name.endswith(".ttl") for entry in ontology.joinpath("authorities").iterdir())


def test_every_ontology_data_file_matches_a_package_data_pattern():
    # (an editable install reads ontology/ in place, so only the patterns say what a wheel ships)
    from fnmatch import fnmatch

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]
    for path in (ROOT / "ontology").rglob("*"):
        if path.is_dir() or path.suffix == ".py" or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(ROOT / "ontology")
        owners = [
            (package, str(relative.relative_to(Path(*package.split(".")[2:]))))
            for package in patterns
            if package.startswith("clecgraph.ontology") and relative.is_relative_to(Path(*package.split(".")[2:]))
        ]
        assert any(fnmatch(rest, pattern) for package, rest in owners for pattern in patterns[package]), (
            f"ontology/{relative} is not package data"
        )


def test_the_lexicon_ships_with_the_ontology():
    from importlib import resources

    assert resources.files("clecgraph.ontology").joinpath("lexicon", "en.toml").is_file()
