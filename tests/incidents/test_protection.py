"""build --protect: victims' names are in no output file; pseudonyms are stable under one key only."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from clecgraph.cli.commands import cli
from clecgraph.incidents.protect import protect
from clecgraph.pipeline.stages import extract_all

RECORDS = [
    {
        "date": "2014-03-10",
        "publisher": "LICADHO",
        "title": "Villager Sok Chea arrested in Kampong Speu",
        "text": "LICADHO condemns the arrest of villager Sok Chea, 45, and her son Chea Dara on 8 March 2014 in Kampong Speu. "
        "Police spokesperson Kirth Chantharith said Sok Chea had been charged with incitement. Witness Meas Sophal said police "
        'beat Chea Dara. "They took my mother away," Chea Dara said.',
        "url": "https://example.org/2014/sok-chea-arrested",
    },
    {
        "date": "2014-03-20",
        "publisher": "ADHOC",
        "text": "ADHOC calls for the release of Sok Chea, who was arrested on 8 March 2014 in Kampong Speu. "
        "Prime Minister Hun Sen has not commented.",
    },
]
KEY_A, KEY_B = "a-secret-key-kept-by-the-user-1", "another-secret-key-of-someone-2"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("protect")
    path = folder / "statements.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    for name, key in (("a.key", KEY_A), ("b.key", KEY_B)):
        (folder / name).write_text(key + "\n", encoding="utf-8")
    return folder


def build(corpus, out_name: str, key_name: str | None = None, env: dict | None = None):
    args = ["build", str(corpus / "statements.jsonl"), "--out", str(corpus / out_name), "--protect", "--no-validate"]
    if key_name:
        args += ["--protect-key-file", str(corpus / key_name)]
    return CliRunner().invoke(cli, args, env=env or {})


def protected_names(corpus) -> tuple[str, ...]:
    extractions, _, _ = extract_all([corpus / "statements.jsonl"])
    return protect(extractions, KEY_A.encode())[1].names


def pseudonyms_in(folder) -> set[str]:
    return set(re.findall(r"Person [A-Z2-7]{6}", (folder / "graph.nt").read_text(encoding="utf-8")))


def test_no_output_file_of_a_protected_build_holds_a_protected_name(corpus):
    result = build(corpus, "out-a", "a.key")
    assert result.exit_code == 0, result.output
    names = protected_names(corpus)
    assert {"Sok Chea", "Chea Dara"} <= set(names)
    files = [p for p in (corpus / "out-a").rglob("*") if p.is_file()]
    assert len(files) > 5
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace").lower()
        for name in names:
            for form in (name.lower(), name.lower().replace(" ", "-"), name.lower().replace(" ", "_")):
                assert form not in text, f"{name!r} is in {path.name}"
    report = json.loads((corpus / "out-a" / "report.json").read_text(encoding="utf-8"))
    assert report["protection"]["persons_protected"] == len(pseudonyms_in(corpus / "out-a")) >= 2
    assert "protected:" in result.output


def test_public_figures_keep_their_names(corpus):
    build(corpus, "out-a", "a.key")
    graph = (corpus / "out-a" / "graph.nt").read_text(encoding="utf-8")
    assert "Hun Sen" in graph  # a known public figure
    assert "Kirth Chantharith" in graph  # named with his office


def test_the_same_key_gives_the_same_pseudonyms_and_another_key_others(corpus, monkeypatch):
    build(corpus, "out-a", "a.key")
    assert build(corpus, "out-a2", env={"CLECGRAPH_PROTECT_KEY": KEY_A}).exit_code == 0
    assert build(corpus, "out-b", "b.key").exit_code == 0
    first, again, other = (pseudonyms_in(corpus / name) for name in ("out-a", "out-a2", "out-b"))
    assert first and first == again
    assert not first & other


def test_protection_without_a_key_is_a_clear_error(corpus):
    result = build(corpus, "out-none")
    assert result.exit_code == 2 and "--protect needs a secret key" in result.output
    (corpus / "short.key").write_text("abc", encoding="utf-8")
    result = build(corpus, "out-none", "short.key")
    assert result.exit_code == 2 and "too short" in result.output
    assert not (corpus / "out-none" / "graph.nt").exists()


def test_spans_still_point_at_the_words_after_names_are_replaced(corpus):
    extractions, _, _ = extract_all([corpus / "statements.jsonl"])
    protected, _ = protect(extractions, KEY_A.encode())
    for extraction in protected:
        for mention in extraction.mentions:
            text = extraction.statement.field_text(mention.span.field)
            assert text[mention.span.start : mention.span.end] == mention.surface
