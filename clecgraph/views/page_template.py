"""The HTML, CSS and JavaScript around a network page (rendered by clecgraph.views.pages).

The page is one file: vis-network (shipped inside pyvis) is inlined, and
nothing is loaded from any other host. Text that comes from statements
reaches the page in two ways only, both safe: autoescaped by Jinja in the
markup, or inside the JSON data block (with <, > and & escaped), from which
the script builds tooltips and the search list with `textContent`, never
`innerHTML`.
"""

from __future__ import annotations

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="clecgraph">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>{{ page_css }}</style>
<script>{{ vis_js }}</script>
</head>
<body data-view="{{ kind }}">
<header>
<h1>{{ title }}</h1>
<p class="about">{{ about }}</p>
{% if notice %}<p class="notice" id="notice">{{ notice }}</p>{% endif %}
<div class="controls">
<label>Find <input id="search" list="names" placeholder="name, date or IRI" autocomplete="off"></label>
<datalist id="names"></datalist>
<label>Years <select id="year-from"></select> to <select id="year-to"></select></label>
<button type="button" id="reset">Show all</button>
<span id="status" role="status"></span>
</div>
<ul id="legend">
{% for item in legend %}<li><label><input type="checkbox" class="kind" value="{{ item.kind }}" checked> <span class="symbol" style="color:{{ item.color }}">{{ item.symbol }}</span> {{ item.name }} ({{ item.count }})</label></li>
{% endfor %}<li class="hint">{{ sizing }}</li>
</ul>
{% if links %}<ul id="relations">
{% for link in links %}<li><span class="line" style="background:{{ link.color }}"></span> {{ link.name }} ({{ link.count }})</li>
{% endfor %}</ul>{% endif %}
</header>
<div id="network"></div>
<aside id="details" hidden><button type="button" id="details-close" aria-label="close">×</button><div id="details-body"></div></aside>
<script type="application/json" id="graph-data">{{ data|tojson }}</script>
<script>{{ page_js }}</script>
</body>
</html>
"""

PAGE_CSS = """
body { margin: 0; font-family: system-ui, sans-serif; color: #222; }
header { padding: 0.5em 1em; border-bottom: 1px solid #ddd; }
h1 { font-size: 1.25em; margin: 0.2em 0; }
p.about { margin: 0.2em 0; color: #555; }
p.notice { margin: 0.4em 0; padding: 0.4em 0.6em; background: #fff4d6; border: 1px solid #e6c36a; }
.controls { display: flex; flex-wrap: wrap; gap: 1em; align-items: center; margin: 0.4em 0; }
#search { width: 22em; }
#status { color: #555; }
#legend { list-style: none; display: flex; flex-wrap: wrap; gap: 1.2em; padding: 0; margin: 0.3em 0; }
#legend .symbol { font-size: 1.2em; }
#legend .hint { color: #666; }
#relations { list-style: none; display: flex; flex-wrap: wrap; gap: 1.2em; padding: 0; margin: 0.2em 0; color: #444; font-size: 0.9em; }
#relations .line { display: inline-block; width: 1.6em; height: 0.25em; vertical-align: middle; }
#network { width: 100%; height: calc(100vh - 12em); min-height: 420px; }
.tip { max-width: 28em; white-space: normal; font-size: 0.9em; }
.tip strong { display: block; margin-bottom: 0.2em; }
.tip .key { color: #666; }
.tip .evidence { font-style: italic; }
#details { position: fixed; right: 1em; bottom: 1em; width: 26em; max-height: 45vh; overflow: auto; background: #fff;
  border: 1px solid #bbb; box-shadow: 0 2px 8px rgba(0,0,0,.2); padding: .6em .8em; font-size: .9em; z-index: 10; }
#details-close { float: right; border: none; background: none; font-size: 1.3em; cursor: pointer; }
#details .links a { margin-right: 1em; }
"""

PAGE_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);

  function tooltip(item) {
    var box = document.createElement("div");
    box.className = "tip";
    var head = document.createElement("strong");
    head.textContent = item.name;
    box.appendChild(head);
    item.tip.forEach(function (row) {
      var line = document.createElement("div");
      var key = document.createElement("span");
      key.className = "key";
      key.textContent = row[0] + ": ";
      line.appendChild(key);
      if (row[0] === "evidence") {
        var quote = document.createElement("span");
        quote.className = "evidence";
        quote.textContent = "“" + row[1] + "”";
        line.appendChild(quote);
      } else {
        line.appendChild(document.createTextNode(row[1]));
      }
      box.appendChild(line);
    });
    return box;
  }

  // Where a link goes: served by `clecgraph serve`, an IRI of the graph opens its page there
  // (the base's path is kept: /id/...); opened as a file, http(s) IRIs open themselves. Nothing else is a link.
  function href(iri) {
    if (/^https?:$/.test(location.protocol) && data.base && iri.indexOf(data.base) === 0) {
      return data.mount + iri.slice(data.base.length);
    }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }
  function anchor(text, target) {
    var a = document.createElement("a");
    a.textContent = text;
    a.href = target;
    return a;
  }
  var details = document.getElementById("details"), detailsBody = document.getElementById("details-body");
  function show(item, isEdge) {
    detailsBody.textContent = "";
    detailsBody.appendChild(tooltip(item));
    var links = document.createElement("div");
    links.className = "links";
    var page = href(isEdge ? (item.statement || "") : item.id);
    if (page) {
      links.appendChild(anchor(isEdge ? "statement" : "page", page + (isEdge && item.mention ? "#" + item.mention.split("/").pop() : "")));
    }
    var source = item.url && /^https?:\/\//i.test(item.url) ? item.url : null;
    if (source) { links.appendChild(anchor("source", source)); }
    detailsBody.appendChild(links);
    details.hidden = false;
  }
  document.getElementById("details-close").addEventListener("click", function () { details.hidden = true; });
  data.nodes.forEach(function (n) { n.title = tooltip(n); });
  data.edges.forEach(function (e) { e.title = tooltip(e); });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var hiddenKinds = {};
  var years = null;
  function shown(node) {
    if (hiddenKinds[node.kind]) { return false; }
    if (years === null) { return true; }
    return node.years.some(function (y) { return y >= years[0] && y <= years[1]; });
  }
  var nodeView = new vis.DataView(nodes, { filter: shown });
  var network = new vis.Network(document.getElementById("network"), { nodes: nodeView, edges: edges }, data.options);
  var status = document.getElementById("status");

  function report() {
    status.textContent = nodeView.length + " of " + nodes.length + " nodes shown";
  }
  // Small networks are laid out before they are shown, then stay still. Big ones are shown
  // after a few rounds and go on settling for data.settle ms (or until stable), then stay still.
  function freeze() { network.setOptions({ physics: false }); }
  network.once("stabilizationIterationsDone", function () {
    if (data.settle > 0) {
      network.once("stabilized", freeze);
      setTimeout(freeze, data.settle);
    } else {
      freeze();
    }
  });
  network.on("click", function (params) {
    if (params.nodes.length) { show(nodes.get(params.nodes[0]), false); }
    else if (params.edges.length) { show(edges.get(params.edges[0]), true); }
    else { details.hidden = true; }
  });
  network.on("afterDrawing", function () {
    document.body.setAttribute("data-drawn-nodes", String(network.body.nodeIndices.length));
  });

  // Filters: node kinds (the legend's boxes) and a range of years.
  Array.prototype.forEach.call(document.querySelectorAll("#legend input.kind"), function (box) {
    box.addEventListener("change", function () {
      hiddenKinds[box.value] = !box.checked;
      nodeView.refresh();
      report();
    });
  });
  var from = document.getElementById("year-from"), to = document.getElementById("year-to");
  [from, to].forEach(function (select, end) {
    var any = document.createElement("option");
    any.value = "";
    any.textContent = end ? "last" : "first";
    select.appendChild(any);
    data.years.forEach(function (y) {
      var option = document.createElement("option");
      option.value = String(y);
      option.textContent = String(y);
      select.appendChild(option);
    });
    select.addEventListener("change", function () {
      if (!from.value && !to.value) { years = null; } else {
        years = [from.value ? +from.value : -Infinity, to.value ? +to.value : Infinity];
      }
      nodeView.refresh();
      report();
    });
  });

  // Search: every node's name (and date, for statements) in a list; picking one selects it.
  var names = document.getElementById("names"), byName = {};
  data.nodes.forEach(function (n) {
    var key = n.find;
    if (byName[key] === undefined) {
      byName[key] = n.id;
      var option = document.createElement("option");
      option.value = key;
      names.appendChild(option);
    }
  });
  var search = document.getElementById("search");
  function find() {
    var text = search.value.trim(), id = byName[text];
    if (id === undefined && text) {
      var lower = text.toLowerCase();
      var hit = data.nodes.filter(function (n) { return n.find.toLowerCase().indexOf(lower) >= 0 || n.id === text; })[0];
      id = hit && hit.id;
    }
    if (id === undefined) { status.textContent = text ? "no node matches " + JSON.stringify(text) : ""; return; }
    var node = nodes.get(id);
    if (!shown(node)) {
      hiddenKinds[node.kind] = false;
      years = null; from.value = ""; to.value = "";
      Array.prototype.forEach.call(document.querySelectorAll("#legend input.kind"), function (box) {
        box.checked = !hiddenKinds[box.value];
      });
      nodeView.refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: { duration: 400 } });
    status.textContent = node.name;
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { find(); } });
  document.getElementById("reset").addEventListener("click", function () {
    hiddenKinds = {};
    years = null; from.value = ""; to.value = ""; search.value = "";
    Array.prototype.forEach.call(document.querySelectorAll("#legend input.kind"), function (box) { box.checked = true; });
    nodeView.refresh();
    network.unselectAll();
    network.fit();
    report();
  });
  report();
  window.clecgraph = { network: network, nodes: nodes, edges: edges, view: nodeView, show: show };
})();
"""
