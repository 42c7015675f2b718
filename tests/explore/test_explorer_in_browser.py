"""The explorer driven in real headless Chromium (Selenium and chromium-driver), as a reader would use it.

On the sample served from its graph file and from an Oxigraph store: search
for an organisation by an alias, open its page, follow a statement, see the
evidence marked, open the map and the timeline, run a library query and
follow a link from its table. The browser may reach nothing but the server:
every other host fails to resolve, and every resource a page loaded is checked
to come from the server.

With CLECGRAPH_SCREENSHOTS=DIR the file run saves the pages it visits as PNGs
in DIR (docs/explorer/ holds the ones in the docs). Chromium, chromium-driver
or selenium missing: skipped locally, failed under CI=true (CI installs them).
"""

from __future__ import annotations

import os
from pathlib import Path

import explore_helpers
import pytest
from selenium_chromium import WAIT, start_chromium

served = explore_helpers.served  # the sample served from its file and from a store


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_chromium(tmp_path_factory.mktemp("profile"))
    try:
        yield driver
    finally:
        driver.quit()


class Reader:
    """The browser on one server, with the waits a reader does without thinking."""

    def __init__(self, driver, server, shots: Path | None):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver, self.server, self.shots, self.By = driver, server, shots, By
        self.wait = WebDriverWait(driver, WAIT)

    def open(self, path: str) -> None:
        self.driver.get(self.server.url + path)

    def find(self, css: str):
        return self.wait.until(lambda d: d.find_element(self.By.CSS_SELECTOR, css))

    def all(self, css: str):
        return self.driver.find_elements(self.By.CSS_SELECTOR, css)

    def click(self, element) -> None:
        old = self.driver.current_url
        element.click()
        self.wait.until(lambda d: d.current_url != old and d.execute_script("return document.readyState") == "complete")

    def shot(self, name: str) -> None:
        if self.shots:
            self.driver.save_screenshot(str(self.shots / f"{name}.png"))

    def only_local_resources(self) -> None:
        loaded = self.driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(url.startswith(self.server.url + "/") for url in loaded), loaded


@pytest.fixture
def reader(browser, served):
    kind, server = served
    folder = os.environ.get("CLECGRAPH_SCREENSHOTS")
    shots = Path(folder) if folder and kind == "file" else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    return Reader(browser, server, shots)


def test_search_by_alias_open_the_organisation_follow_a_statement_see_the_evidence(reader):
    reader.open("/")
    reader.shot("home")
    box = reader.find("#home-q")
    box.send_keys("Cambodian League for the Promotion")
    reader.click(reader.find(".big-search button"))
    first = reader.find("ul.hits li.hit a")
    assert first.text == "LICADHO"
    reader.click(first)
    assert reader.find("h1.entity").text == "LICADHO"
    assert "Cambodian League for the Promotion and Defense of Human Rights" in reader.find("ul.aliases").text
    reader.shot("entity")
    statement = reader.find("ul.statements li a")
    title = statement.text
    reader.click(statement)
    assert "/id/statement/" in reader.driver.current_url
    assert reader.find("h1.statement-title").text.startswith(title.rstrip("…")[:20])
    marks = reader.all("#statement-text mark.fact")
    assert marks and all(m.is_displayed() for m in marks)
    organisations = [m for m in marks if "k-organisation" in m.get_attribute("class")]
    assert organisations
    # The evidence stands out: its background is not the text's.
    text_background = reader.find("#statement-text").value_of_css_property("background-color")
    assert organisations[0].value_of_css_property("background-color") != text_background
    labels = [t.text for t in reader.all("#statement-text sup.tag")]
    assert any(label.startswith("organisation:") for label in labels)
    reader.shot("statement")
    reader.only_local_resources()


def test_the_map_draws_country_outlines_and_the_places_of_events(reader):
    reader.open("/map")
    reader.wait.until(lambda d: d.find_element(reader.By.ID, "map").get_attribute("data-state") in ("drawn", "failed"))
    box = reader.find("#map")
    assert box.get_attribute("data-state") == "drawn"
    drawn = int(box.get_attribute("data-places-drawn"))
    assert drawn >= 5
    shapes = reader.all("#map path")
    assert len(shapes) > 100  # the countries, and a circle for each place
    assert len(reader.all("#map path.leaflet-interactive")) == drawn
    reader.shot("map")
    reader.only_local_resources()


def test_the_timeline_filters_by_type(reader):
    reader.open("/timeline")
    everything = len(reader.all("li.event"))
    from selenium.webdriver.support.ui import Select

    Select(reader.find("#filter-type")).select_by_visible_text("arrest")
    reader.click(reader.find("form.filters button"))
    kinds = [e.text for e in reader.all("li.event .etype")]
    assert kinds and set(kinds) == {"arrest"} and len(kinds) < everything
    reader.shot("timeline")


def test_a_library_query_gives_a_sortable_table_whose_iris_are_links(reader):
    reader.open("/editor")
    button = next(b for b in reader.all("button.library") if b.get_attribute("data-name") == "places")
    button.click()
    table = reader.find("table#answer")
    rows = table.find_elements(reader.By.CSS_SELECTOR, "tbody tr")
    assert len(rows) >= 5
    header = table.find_elements(reader.By.CSS_SELECTOR, "thead th")[1]
    column = lambda: [
        r.find_elements(reader.By.TAG_NAME, "td")[1].get_attribute("data-sort") or ""
        for r in table.find_elements(reader.By.CSS_SELECTOR, "tbody tr")
    ]
    header.click()
    ascending = column()
    header.click()
    assert ascending == sorted(ascending, key=str) or ascending == sorted(ascending, key=lambda v: float(v) if v else 0)
    assert column() == list(reversed(ascending)) or column() == sorted(column(), reverse=True)
    reader.shot("editor")
    link = reader.find("table#answer a.iri[href^='/id/place/']")
    target = link.get_attribute("href")
    reader.click(link)
    assert reader.driver.current_url == target
    assert reader.find("h1.entity").get_attribute("data-kind") == "place"
    reader.only_local_resources()


def test_the_served_network_page_links_a_node_to_its_explorer_page(reader, served):
    kind, _ = served
    if kind != "file":
        pytest.skip("a store has no build folder, so no network page beside it")
    reader.open("/network")
    reader.wait.until(lambda d: d.execute_script("return document.body.hasAttribute('data-drawn-nodes')"))
    centre = "https://clecgraph.example/id/org/licadho"
    spot = reader.driver.execute_script(
        "var n = window.clecgraph.network; return n.canvasToDOM(n.getPositions([arguments[0]])[arguments[0]])", centre
    )
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = reader.find("#network canvas")
    size = canvas.size
    ActionChains(reader.driver).move_to_element_with_offset(
        canvas, spot["x"] - size["width"] / 2, spot["y"] - size["height"] / 2
    ).click().perform()
    page = reader.find("#details").find_element(reader.By.LINK_TEXT, "page")
    assert page.get_attribute("href") == reader.server.url + "/id/org/licadho"  # served: the explorer's page
    reader.click(page)
    assert reader.find("h1.entity").text == "LICADHO"


def test_a_link_on_the_served_network_page_shows_its_evidence_and_opens_its_statement(reader, served):
    kind, _ = served
    if kind != "file":
        pytest.skip("a store has no build folder, so no network page beside it")
    reader.open("/network")
    reader.wait.until(lambda d: d.execute_script("return document.body.hasAttribute('data-drawn-nodes')"))
    # The link with evidence whose middle is farthest from every node, so a click there picks the link.
    edge = reader.driver.execute_script(
        """var g = window.clecgraph, n = g.network, all = n.getPositions(), best = null;
        g.edges.forEach(function (e) {
          if (!e.statement) { return; }
          var a = all[e.from], b = all[e.to], x = (a.x + b.x) / 2, y = (a.y + b.y) / 2, room = Infinity;
          Object.keys(all).forEach(function (k) { room = Math.min(room, Math.hypot(all[k].x - x, all[k].y - y)); });
          if (best === null || room > best.room) { best = {id: e.id, statement: e.statement, room: room, x: x, y: y}; }
        });
        n.moveTo({position: {x: best.x, y: best.y}});
        var spot = n.canvasToDOM({x: best.x, y: best.y});
        best.dom = spot;
        return best;"""
    )
    from selenium.webdriver.common.action_chains import ActionChains

    canvas = reader.find("#network canvas")
    size = canvas.size
    ActionChains(reader.driver).move_to_element_with_offset(
        canvas, edge["dom"]["x"] - size["width"] / 2, edge["dom"]["y"] - size["height"] / 2
    ).click().perform()
    assert reader.driver.execute_script("return window.clecgraph.network.getSelectedEdges()") == [edge["id"]]
    panel = reader.find("#details")
    assert "evidence: “" in panel.text
    statement = panel.find_element(reader.By.LINK_TEXT, "statement")
    local = edge["statement"].replace("https://clecgraph.example/id/", "/id/")
    assert statement.get_attribute("href").startswith(reader.server.url + local + "#")  # its page here, at the words
    reader.click(statement)
    assert reader.find("#statement-text mark.fact")
