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


def grep_for(names, texts: dict[str, str]) -> list[str]:
    """Which names (in any of their written forms) each text holds: '<name> in <where>' lines."""
    found = []
    for where, text in texts.items():
        text = text.lower()
        for name in names:
            if any(form in text for form in (name.lower(), name.lower().replace(" ", "-"), name.lower().replace(" ", "_"))):
                found.append(f"{name} in {where}")
    return found


def test_a_store_build_holds_no_protected_name(corpus, tmp_path):
    import pyoxigraph as ox

    store = tmp_path / "store"
    args = [
        "build",
        str(corpus / "statements.jsonl"),
        "--store",
        f"oxigraph:{store}",
        "--protect",
        "--protect-key-file",
        str(corpus / "a.key"),
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    dump = ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
    assert "Hun Sen" in dump and re.search(r"Person [A-Z2-7]{6}", dump)
    names = protected_names(corpus)
    files = {str(p.relative_to(tmp_path)): p.read_bytes().decode("utf-8", "replace") for p in tmp_path.rglob("*") if p.is_file()}
    assert grep_for(names, {"the store's quads": dump, **files}) == []


def test_the_curation_file_overrides_the_role_based_decision(corpus, tmp_path):
    curation = tmp_path / "protect.tsv"
    curation.write_text(
        "action\tname\tnote\n# the curator's decisions\npublic\tsok chea\tnamed in court records\nprotect\tKirth Chantharith\n"
        "protect\tNobody Here\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ["build", str(corpus / "statements.jsonl"), "--out", str(out), "--protect", "--no-validate"]
    result = CliRunner().invoke(cli, [*args, "--protect-key-file", str(corpus / "a.key"), "--protect-curation", str(curation)])
    assert result.exit_code == 0, result.output
    graph = (out / "graph.nt").read_text(encoding="utf-8")
    assert "Sok Chea" in graph  # a victim the curator made public
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in out.rglob("*") if p.is_file()}
    assert grep_for(["Kirth Chantharith", "Chea Dara"], texts) == []  # a spokesperson the curator protected; a victim
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["protection"]["curation_names_matching_no_person"] == 1  # counted, never named
    assert "Nobody Here" not in json.dumps(report)


def test_a_bad_curation_file_is_a_clear_error_naming_its_line(corpus, tmp_path):
    curation = tmp_path / "protect.tsv"
    curation.write_text("action\tname\npublic\tSok Chea\nhide\tChea Dara\n", encoding="utf-8")
    args = ["build", str(corpus / "statements.jsonl"), "--out", str(tmp_path / "out"), "--protect"]
    result = CliRunner().invoke(cli, [*args, "--protect-key-file", str(corpus / "a.key"), "--protect-curation", str(curation)])
    assert result.exit_code != 0 and f"{curation}:3: unknown action 'hide'" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    curation.write_text("action\tname\npublic\tSok Chea\nprotect\tSOK CHEA\n", encoding="utf-8")
    result = CliRunner().invoke(cli, [*args, "--protect-key-file", str(corpus / "a.key"), "--protect-curation", str(curation)])
    assert result.exit_code != 0 and "marked public on line 2 and protect here" in result.output
    assert not (tmp_path / "out" / "graph.nt").exists()
