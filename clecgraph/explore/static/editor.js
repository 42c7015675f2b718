// The explorer's query editor: runs the query on /sparql and shows a SELECT's answer as a sortable table.
// Values are put in the page as text (textContent); only this graph's IRIs and http(s) IRIs become links.
(function () {
  "use strict";
  var root = document.getElementById("editor");
  var data = JSON.parse(document.getElementById("editor-data").textContent);
  var base = root.getAttribute("data-base");
  var mount = root.getAttribute("data-mount");
  var query = document.getElementById("query");
  var status = document.getElementById("status");
  var results = document.getElementById("results");

  function element(tag, text, attributes) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    return node;
  }

  function href(iri) {
    if (iri.indexOf(base) === 0 && iri.length > base.length) {
      return mount + iri.slice(base.length).split("/").map(encodeURIComponent).join("/");
    }
    if (/^https?:\/\//i.test(iri)) { return "/resource?iri=" + encodeURIComponent(iri); }
    return null;
  }

  function cell(term) {
    var td = element("td");
    if (!term) { return td; }
    td.setAttribute("data-sort", term.value);
    if (term.type === "uri") {
      var target = href(term.value);
      td.appendChild(target ? element("a", term.value, { href: target, "class": "iri" }) : element("span", term.value));
    } else if (term.type === "bnode") {
      td.appendChild(element("code", "_:" + term.value));
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) { td.appendChild(element("span", " @" + term["xml:lang"], { "class": "lang" })); }
    }
    return td;
  }

  function sortBy(table, column, header) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var down = header.getAttribute("aria-sort") === "ascending";
    var number = rows.every(function (r) { var v = r.cells[column].getAttribute("data-sort"); return v === null || v === "" || !isNaN(+v); });
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute("data-sort") || "", y = b.cells[column].getAttribute("data-sort") || "";
      var order = number ? (+x) - (+y) : x.localeCompare(y);
      return down ? -order : order;
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", down ? "descending" : "ascending");
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function table(answer) {
    var vars = answer.head.vars;
    var t = element("table", null, { "class": "answer", id: "answer" });
    var head = t.createTHead().insertRow();
    vars.forEach(function (name, i) {
      var th = element("th", "?" + name, { scope: "col", tabindex: "0" });
      th.addEventListener("click", function () { sortBy(t, i, th); });
      head.appendChild(th);
    });
    var body = t.createTBody();
    answer.results.bindings.forEach(function (binding) {
      var tr = body.insertRow();
      vars.forEach(function (name) { tr.appendChild(cell(binding[name])); });
    });
    return t;
  }

  function run(event) {
    if (event) { event.preventDefault(); }
    status.textContent = "running…";
    results.textContent = "";
    fetch("/sparql", {
      method: "POST",
      headers: { "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query: query.value })
    }).then(function (r) {
      return r.text().then(function (text) { return { response: r, text: text }; });
    }).then(function (got) {
      var kind = got.response.headers.get("Content-Type") || "";
      if (!got.response.ok) {
        status.textContent = "error " + got.response.status;
        results.appendChild(element("pre", got.text, { "class": "error" }));
      } else if (kind.indexOf("sparql-results+json") >= 0) {
        var answer = JSON.parse(got.text);
        if (answer.boolean !== undefined) {
          status.textContent = "answer: " + answer.boolean;
        } else {
          status.textContent = answer.results.bindings.length + " rows";
          results.appendChild(table(answer));
        }
      } else {
        status.textContent = "triples";
        results.appendChild(element("pre", got.text));
      }
    }, function (error) { status.textContent = "failed: " + error; });
  }

  document.getElementById("query-form").addEventListener("submit", run);
  Array.prototype.forEach.call(document.querySelectorAll("button.library"), function (button) {
    button.addEventListener("click", function () {
      var chosen = data.queries[button.getAttribute("data-name")];
      query.value = chosen.text;
      run();
    });
  });
})();
