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
