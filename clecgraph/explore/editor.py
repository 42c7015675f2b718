"""The query editor: SPARQL with the graph's prefixes declared, the library's queries a click away, answers as a table.

The page's script sends the query to the server's own /sparql endpoint and
shows a SELECT's answer as a table that sorts by any column; IRIs of this
graph link to their pages here, outside http(s) IRIs to themselves. A
library query that needs an entity gets its example entity bound (a VALUES
line at the end), so every one runs as it is.
"""

from __future__ import annotations

import json

from clecgraph.explore.data import PROLOGUE, iri_ref, string_literal
from clecgraph.explore.web import esc, layout, page_response

START = "SELECT ?organisation ?name WHERE {\n  ?organisation a org:Organization ; skos:prefLabel ?name .\n} ORDER BY ?name LIMIT 50\n"


def bound_example(explorer, query) -> str:
    """The library query's text, with its example entity bound when the graph has an entity of that name."""
    text = query.text
    name = query.example.get("entity")
    if not name:
        return text
    rows = explorer.data.rows(f"SELECT DISTINCT ?x WHERE {{ ?x skos:prefLabel|skos:altLabel {string_literal(name)} }} LIMIT 2")
    if len(rows) == 1:
        try:
            return f"{text.rstrip()}\n# the example entity ({name}); put another IRI here\nVALUES ?entity {{ {iri_ref(rows[0]['x'].value)} }}\n"
        except ValueError:
            pass
    return f"{text.rstrip()}\n# bind the entity first, e.g.: VALUES ?entity {{ <{explorer.data.base}org/...> }}\n"


def editor(explorer, request):
    queries = {name: {"title": q.title, "answers": q.answers, "text": bound_example(explorer, q)} for name, q in explorer.library.items()}
    given = request.arg("query")
    chosen = request.arg("name")
    text = given or (queries[chosen]["text"] if chosen in queries else PROLOGUE + "\n" + START)
    # A JSON data block, not a script: it is never run, and with no "<" in it nothing can end it early.
    data = json.dumps({"prefixes": PROLOGUE, "queries": queries}, ensure_ascii=False).replace("<", "\\u003c")
    buttons = "".join(
        f'<li><button type="button" class="library" data-name="{esc(n)}" title="{esc(q["answers"])}">{esc(q["title"])}</button></li>'
        for n, q in queries.items()
    )
    body = (
        "<h1>Query</h1>"
        f'<div class="editor" id="editor" data-base="{esc(explorer.data.base)}" data-mount="{esc(explorer.paths.mount)}">'
        f'<aside><h2>Library</h2><ul class="library">{buttons}</ul></aside>'
        f'<section><form id="query-form" action="/sparql" method="post"><textarea id="query" name="query" spellcheck="false" rows="24">{esc(text)}</textarea>'
        '<p><button type="submit" id="run">Run</button> <span id="status" role="status"></span> '
        '<a href="/sparql">endpoint: /sparql</a> (SPARQL 1.1 Protocol; read-only)</p></form>'
        '<div id="results"></div></section></div>'
        f'<script type="application/json" id="editor-data">{data}</script>'
    )
    return page_response(layout("Query", body, scripts=("/static/editor.js",)))
