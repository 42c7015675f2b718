"""Network pages read as files: one self-contained file, input text escaped, stable, honest about cuts."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from sample_graphs import BASE, XSS_IMG, XSS_SCRIPT, small_graph

from clecgraph.export import EXPORTERS
from clecgraph.views.select import view

PAGE_EXPORTERS = ["network", "coalitions", "actors"]


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every <script>."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(text: str) -> Tags:
    tags = Tags()
    tags.feed(text)
    return tags


def remote_references(text: str) -> list[str]:
    """src/href/url() values that point at another host (http, https or protocol-relative)."""
    found = [
        value
        for _, attrs in parse(text).tags
        for name, value in attrs.items()
        if name in ("src", "href", "action", "data") and value and re.match(r"(?i)\s*(https?:)?//", value)
    ]
    found += re.findall(r"(?i)url\(\s*['\"]?\s*((?:https?:)?//[^)'\"]+)", text)
    found += re.findall(r"(?i)@import\s+['\"]?((?:https?:)?//[^'\";]+)", text)
    return found


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    out = {}
    for kind in ("overview", "coalitions", "actors"):
        view(small_graph(payload=True), kind, folder / f"{kind}.html")
        out[kind] = (folder / f"{kind}.html").read_text(encoding="utf-8")
    view(small_graph(payload=True), "focus", folder / "focus.html", focus=BASE + "org/evil", depth=1)
    out["focus"] = (folder / "focus.html").read_text(encoding="utf-8")
    return out


def test_remote_reference_check_catches_a_cdn_link():
    assert remote_references('<link href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script>')
    assert remote_references("<style>a{background:url('https://x.example/a.png')}</style>")
    assert not remote_references('<a href="#top">top</a>')


@pytest.mark.parametrize("kind", ["overview", "coalitions", "actors", "focus"])
def test_page_loads_nothing_from_another_host(pages, kind):
    assert remote_references(pages[kind]) == []
    assert "vis.Network" in pages[kind] and "new vis.DataSet" in pages[kind]  # the library itself is inline
    assert "tom-select" not in pages[kind].lower() and "bootstrap" not in pages[kind].lower()


@pytest.mark.parametrize("kind", ["overview", "coalitions", "actors", "focus"])
def test_input_text_never_reaches_the_markup_unescaped(pages, kind):
    page = pages[kind]
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert "<img" not in page.lower()
    tags = parse(page)
    assert [t for t, _ in tags.tags].count("script") == 3  # vis-network, the data block, the page's own script
    data = json.loads(next(s for s in tags.scripts if s.lstrip().startswith("{")))
    names = [n["name"] for n in data["nodes"]]
    assert XSS_IMG in names  # the payload is there, as data the page shows with textContent


def test_focus_page_heading_shows_the_payload_as_text(pages):
    heading = re.search(r"<h1>(.*?)</h1>", pages["focus"], re.S).group(1)
    assert "&lt;img src=x onerror=" in heading


def test_page_has_legend_search_and_year_filter(pages):
    page = pages["overview"]
    for kind in ("statements", "organisations", "persons", "places", "events"):
        assert re.search(
            rf'<input type="checkbox" class="kind" value="\w+" checked> <span class="symbol" style="color:#[0-9a-f]{{6}}">.</span> {kind} \(\d+\)',
            page,
        )
    assert 'id="search"' in page and 'id="year-from"' in page and 'id="year-to"' in page
    for relation in ("about", "in", "involves", "issued", "mentions"):  # each link colour explained
        assert re.search(rf'<span class="line" style="background:#[0-9a-f]{{6}}"></span> {relation} \(\d+\)', page), relation
    data = json.loads(next(s for s in parse(page).scripts if s.lstrip().startswith("{")))
    assert data["years"] == [2010, 2011, 2012]
    statement = next(n for n in data["nodes"] if n["kind"] == "statement" and n["id"].endswith("2011-02-10-b"))
    rows = dict(statement["tip"])
    assert rows["date"] == "2011-02-10" and rows["issued by"] == "ADHOC; Cambodian Center for Human Rights; LICADHO"
    assert rows["text"].startswith("Trial at Boeung Kak.")
    assert {e["label"].split(" ×")[0] for e in data["edges"]} >= {"issued", "mentions", "about", "in", "involves"}


def test_a_cut_page_says_what_it_left_out_and_how_to_see_it(tmp_path):
    out = tmp_path / "cut.html"
    result = view(small_graph(), "overview", out, max_nodes=6, graph_name="my-graph.ttl")
    page = out.read_text(encoding="utf-8")
    notice = re.search(r'<p class="notice" id="notice">(.*?)</p>', page, re.S).group(1)
    assert f"the 6 most connected of {result.total_nodes} nodes" in notice
    assert "clecgraph view my-graph.ttl --kind overview --years" in notice and "--kind focus --focus" in notice
    full = tmp_path / "full.html"
    view(small_graph(), "overview", full)
    assert 'id="notice"' not in full.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", PAGE_EXPORTERS)
def test_page_exporters_on_an_empty_graph(tmp_path, name):
    from rdflib import Dataset

    path = tmp_path / EXPORTERS[name].filename
    EXPORTERS[name].write(Dataset(), path)
    page = path.read_text(encoding="utf-8")
    assert "0 nodes and 0 links" in page and remote_references(page) == []


@pytest.mark.parametrize("name", PAGE_EXPORTERS + ["gexf"])
def test_exporters_keep_non_latin_names_and_are_stable(tmp_path, name):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir(), two.mkdir()
    EXPORTERS[name].write(small_graph(), one / EXPORTERS[name].filename)
    EXPORTERS[name].write(small_graph(), two / EXPORTERS[name].filename)
    first = (one / EXPORTERS[name].filename).read_bytes()
    assert first == (two / EXPORTERS[name].filename).read_bytes()
    if name != "coalitions":
        assert "សុខ ចាន់" in first.decode("utf-8")


def test_pages_of_the_sample_build_are_self_contained(sample_build):
    _, out = sample_build
    for name in ("network.html", "coalitions.html", "actors.html"):
        page = (out / name).read_text(encoding="utf-8")
        assert remote_references(page) == [], name
        data = json.loads(next(s for s in parse(page).scripts if s.lstrip().startswith("{")))
        assert data["nodes"], f"{name} has no nodes"
