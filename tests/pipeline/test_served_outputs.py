"""A folder or store being served is not swapped out from under the server: a build waits, then is refused."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from clecgraph import build
from clecgraph.cli import sharing
from clecgraph.cli.commands import cli
from clecgraph.pipeline import outputs
from clecgraph.sparql.serve import served_target

TEXT = "2012-03-01   CCHR\n\nCCHR condemns the arrest of a land activist in Phnom Penh.\n"
LATER = "2012-04-01   ADHOC\n\nADHOC reports the eviction of 300 families in Kampong Speu province.\n"


@pytest.fixture
def built(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    build([source], out=out, formats=["trig", "extractions"], validate=False)
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")
    return out, later


def test_a_build_waits_for_a_reader_then_is_refused_saying_it_is_served(built):
    out, later = built
    before = (out / "graph.trig").read_bytes()
    with outputs.reading(out):
        with pytest.raises(outputs.OutputBusy, match="being served by another process"):
            with outputs.output_folder(out, wait=0.2):
                pass
    assert (out / "graph.trig").read_bytes() == before
    build([later], out=out, formats=["trig", "extractions"], validate=False)  # the reader has gone
    assert b"ADHOC" in (out / "graph.trig").read_bytes()


def test_readers_share_the_folder_and_wait_for_a_writer(built):
    out, _ = built
    with outputs.reading(out), outputs.reading(out, wait=0.2):
        pass  # two servers of one folder at once
    with outputs.hold(out):
        with pytest.raises(outputs.OutputBusy, match="being written by process"):
            with outputs.reading(out, wait=0.2):
                pass


def test_the_served_target_is_the_build_folder_or_the_store_and_none_for_a_private_copy(built, tmp_path):
    out, _ = built
    assert served_target(out) == out
    assert served_target(out / "graph.trig") == out
    assert served_target(f"oxigraph:{tmp_path / 'store'}") == tmp_path / "store"
    loose = tmp_path / "loose.trig"
    loose.write_bytes((out / "graph.trig").read_bytes())
    assert served_target(loose) is None  # serve reads its own copy: a rebuild cannot pull it away


def test_clecgraph_serve_holds_its_folder_while_serving(built, monkeypatch):
    out, later = built
    seen = {}

    def serving(source, host, port, settings):  # stands in for the server loop: a build runs meanwhile
        result = CliRunner().invoke(cli, ["build", str(later), "--out", str(out), "--no-validate", "-q"])
        seen["build"] = result

    monkeypatch.setattr(sharing, "_serve", serving)
    monkeypatch.setattr(outputs, "DEFAULT_WAIT", 0.2)
    before = (out / "graph.trig").read_bytes()
    served = CliRunner().invoke(cli, ["serve", str(out), "--port", "0"])
    assert served.exit_code == 0, served.output
    refused = seen["build"]
    assert refused.exit_code == 2 and "being served by another process" in refused.output
    assert "Traceback" not in refused.output
    assert (out / "graph.trig").read_bytes() == before
