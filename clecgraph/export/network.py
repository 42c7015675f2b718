"""network.html: an interactive pyvis page that opens offline."""
from __future__ import annotations

import html
import re
from pathlib import Path

from rdflib import Dataset

from ..projections import overview

STYLE = {
    "statement": ("#9e9e9e", "box"),
    "organisation": ("#1f77b4", "dot"),
    "person": ("#d62728", "dot"),
    "place": ("#2ca02c", "triangle"),
    "event": ("#ff7f0e", "diamond"),
}
# pyvis links Bootstrap from a CDN even with inline resources; the page needs none of it.
_REMOTE_TAG = re.compile(r"<(?:link|script)[^>]+(?:href|src)=\"https?://[^\"]+\"[^>]*>(?:\s*</script>)?", re.I)


def render_network(net, heading: str = "") -> str:
    from pyvis.network import Network

    page = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", heading="")
    page.set_options('{"physics": {"stabilization": {"iterations": 200}, "barnesHut": {"springLength": 120}}, "layout": {"randomSeed": 7}}')
    for node, data in sorted(net.nodes(data=True)):
        color, shape = STYLE.get(data["kind"], ("#777777", "dot"))
        label = data["label"] if len(data["label"]) <= 40 else data["label"][:39] + "…"
        title = f"{data['kind']}: {data['label']}" + (f" ({data['date']})" if data.get("date") else "")
        page.add_node(node, label=html.escape(label), title=html.escape(title), color=color, shape=shape, size=10 + 2 * min(net.degree(node), 20))
    for source, target, data in sorted(net.edges(data=True), key=lambda e: (e[0], e[1], e[2]["relation"])):
        page.add_edge(source, target, title=data["relation"], label=data["relation"])
    text = page.generate_html()
    text = _REMOTE_TAG.sub("", text)
    if heading:
        text = text.replace("<body>", f"<body>\n<h1 style=\"font-family:sans-serif\">{html.escape(heading)}</h1>", 1)
    return text


def write_network(dataset: Dataset, path: Path) -> None:
    Path(path).write_text(render_network(overview(dataset), "clecgraph: statements, organisations, persons, places and events"), encoding="utf-8")
