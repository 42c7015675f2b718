"""The cases view: each case thread in order, its gaps right after the step they follow."""

from __future__ import annotations

from click.testing import CliRunner

from clecgraph.cli.commands import cli
from clecgraph.views.cases import cases_page

ARREST, TRIAL, EVICTION = "inc/arrest-1", "inc/trial-2", "inc/eviction-3"
RECORDS = [
    {"record": "incident", "incident": ARREST, "type": "arrest", "place": "Phnom Penh", "report_count": 3, "issuers": ["ADHOC", "LICADHO"]},
    {"record": "incident", "incident": TRIAL, "type": "trial", "place": None, "report_count": 1, "issuers": ["LICADHO"]},
    {"record": "incident", "incident": EVICTION, "type": "eviction", "place": "Borei Keila", "report_count": 1, "issuers": []},
    {
        "record": "case",
        "case": "case/site",
        "subject": {"iri": "place/borei-keila", "name": "Borei Keila <village>"},
        "steps": [{"position": 1, "incident": EVICTION, "type": "eviction", "date": "2012-01-03", "first_reported": "2012-01-04"}],
        "gaps": [],
    },
    {
        "record": "case",
        "case": "case/person",
        "subject": {"iri": "person/sok-chea", "name": "Sok Chea"},
        "steps": [
            {"position": 1, "incident": ARREST, "type": "arrest", "date": "2014-03-08", "first_reported": "2014-03-10"},
            {"position": 2, "incident": TRIAL, "type": "trial", "date": None, "first_reported": "2014-05-02"},
        ],
        "gaps": [{"after": TRIAL, "expected": ["release"], "note": "trial (reported 2014-05-02): no release reported after it"}],
    },
]


def test_a_gap_stands_right_after_the_step_it_follows():
    page = cases_page(RECORDS)
    arrest, trial, gap = (page.index(s) for s in (f'id="{ARREST}"', f'id="{TRIAL}"', "gap: trial (reported 2014-05-02)"))
    assert arrest < trial < gap
    assert 'class="gap"' in page


def test_cases_with_gaps_come_first_and_each_step_says_who_reported_it():
    page = cases_page(RECORDS)
    assert page.index("Sok Chea") < page.index("Borei Keila")
    assert "2 case threads, 1 with gaps" in page
    assert "3 reports by ADHOC, LICADHO" in page and "reported 2014-05-02" in page


def test_names_are_written_as_text_not_markup():
    page = cases_page(RECORDS)
    assert "Borei Keila &lt;village&gt;" in page and "<village>" not in page


def test_view_cases_writes_the_sample_build_case_page(sample_build, tmp_path):
    _, out = sample_build
    page = tmp_path / "cases.html"
    result = CliRunner().invoke(cli, ["view", str(out / "graph.trig"), "--kind", "cases", "--out", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "Mam Sonando" in html and "no release reported after it" in html
    one = tmp_path / "one.html"
    result = CliRunner().invoke(cli, ["view", str(out / "graph.trig"), "--kind", "cases", "--focus", "MAM SONANDO", "--out", str(one)])
    assert result.exit_code == 0 and "1 case thread ->" in result.output
    assert "Mam Sonando" in one.read_text(encoding="utf-8") and "Chan Soveth" not in one.read_text(encoding="utf-8")


def test_view_cases_refuses_a_file_that_is_not_a_page_and_a_subject_without_cases(sample_build, tmp_path):
    _, out = sample_build
    result = CliRunner().invoke(cli, ["view", str(out / "graph.trig"), "--kind", "cases", "--out", str(tmp_path / "c.gexf")])
    assert result.exit_code == 2 and "name it .html" in result.output
    result = CliRunner().invoke(
        cli, ["view", str(out / "graph.trig"), "--kind", "cases", "--focus", "Nobody", "--out", str(tmp_path / "c.html")]
    )
    assert result.exit_code == 2 and "no case thread about 'Nobody'" in result.output
    assert not (tmp_path / "c.html").exists()
