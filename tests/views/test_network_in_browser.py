"""Network pages in real headless Chromium (Selenium): labels readable when the page opens, clicks show the evidence.

A small archive of separate clusters used to open zoomed out until no label
could be read; here the page's own zoom after fitting is read back and the
labels' drawn size worked out from it. Clicking a node or a link (a real
click at its place on the canvas) opens the details panel, with the sentence
behind the link and a link to its statement.
"""

from __future__ import annotations

import pytest
from explore_helpers import SAMPLE
from rdflib import Dataset, Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
from sample_graphs import iri
from selenium_chromium import WAIT, start_chromium

from clecgraph.views.select import view
from clecgraph.vocab import CLEC, EVENT_TYPE, ORG, SCHEMA, SEM


def separate_clusters(count: int = 8) -> Dataset:
    """`count` statements, each by its own organisation about an arrest in its own place: nothing links them."""
    ds = Dataset()
    entities = ds.graph(iri("graph/entities"))
    for n in range(count):
        org, place, statement, event = (
            iri(f"org/group-{n}"),
            iri(f"place/town-{n}"),
            iri(f"statement/2015-0{n % 9 + 1}-01-{n}"),
            iri(f"event/{n}-1"),
        )
        for node, cls, label in ((org, ORG.Organization, f"Group Number {n}"), (place, SCHEMA.Place, f"Town {n}")):
            entities.add((node, RDF.type, cls))
            entities.add((node, SKOS.prefLabel, Literal(label)))
        g = ds.graph(statement)
        g.add((statement, RDF.type, CLEC.Statement))
        g.add((statement, RDFS.label, Literal(f"Statement {n}")))
        g.add((statement, DCTERMS.issued, Literal(f"2015-0{n % 9 + 1}-01", datatype=XSD.date)))
        g.add((statement, DCTERMS.creator, org))
        g.add((statement, SCHEMA.mentions, place))
        g.add((statement, SCHEMA.about, event))
        g.add((event, RDF.type, SEM.Event))
        g.add((event, SEM.eventType, EVENT_TYPE.arrest))
        g.add((event, RDFS.label, Literal(f"arrest in Town {n}")))
        g.add((event, SEM.hasPlace, place))
    return ds


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_chromium(tmp_path_factory.mktemp("profile"))
    try:
        yield driver
    finally:
        driver.quit()


def opened(browser, path):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(path.as_uri())
    WebDriverWait(browser, WAIT).until(lambda d: d.execute_script("return document.body.hasAttribute('data-drawn-nodes')"))


def click_at(browser, point):
    """A real mouse click at a canvas position of the network."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    canvas = browser.find_element(By.CSS_SELECTOR, "#network canvas")
    spot = browser.execute_script("return window.clecgraph.network.canvasToDOM(arguments[0])", point)
    size = canvas.size
    ActionChains(browser).move_to_element_with_offset(
        canvas, spot["x"] - size["width"] / 2, spot["y"] - size["height"] / 2
    ).click().perform()


def test_labels_of_a_small_archive_of_separate_clusters_are_readable(browser, tmp_path):
    page = tmp_path / "clusters.html"
    result = view(separate_clusters(), "overview", page)
    assert result.nodes == 8 * 4
    opened(browser, page)
    scale = browser.execute_script("return window.clecgraph.network.getScale()")
    font = 15  # the page's label size (pages.py), drawn at the page's zoom
    assert font * scale >= 8, f"labels drawn at {font * scale:.1f} px"


def test_clicking_a_node_and_a_link_shows_the_page_link_and_the_evidence(browser, tmp_path):
    dataset = Dataset()
    dataset.parse(SAMPLE, format="trig")
    page = tmp_path / "focus.html"
    view(dataset, "focus", page, focus="LICADHO", depth=1)
    opened(browser, page)
    centre = "https://clecgraph.example/id/org/licadho"
    position = browser.execute_script("return window.clecgraph.network.getPositions([arguments[0]])[arguments[0]]", centre)
    click_at(browser, position)
    panel = browser.find_element("id", "details")
    assert panel.is_displayed() and "LICADHO" in panel.text
    link = panel.find_element("link text", "page")
    assert link.get_attribute("href") == centre  # opened as a file: the IRI itself
    # A link with evidence: click the middle of it.
    edge = browser.execute_script(
        """var g = window.clecgraph, best = null;
        g.edges.forEach(function (e) { if (e.statement && (best === null || e.from === arguments[0])) { best = e; } });
        var p = g.network.getPositions([best.from, best.to]);
        return {id: best.id, statement: best.statement, x: (p[best.from].x + p[best.to].x) / 2, y: (p[best.from].y + p[best.to].y) / 2};""",
        centre,
    )
    click_at(browser, {"x": edge["x"], "y": edge["y"]})
    assert browser.execute_script("return window.clecgraph.network.getSelectedEdges()") == [edge["id"]]
    assert panel.is_displayed() and "evidence: “" in panel.text
    statement = panel.find_element("link text", "statement").get_attribute("href")
    assert statement.startswith(edge["statement"] + "#text-") or statement.startswith(edge["statement"] + "#title-")
