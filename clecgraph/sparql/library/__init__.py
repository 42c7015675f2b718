"""The query library: researchers' questions as SPARQL files (*.rq) shipped with the package.

Each file starts with a comment block that says what it is:

    # title: Timeline of one person or organisation
    # answers: The events involving an entity, in date order ...
    #   (indented lines continue the field above)
    # param entity: the entity's IRI
    # param name: or one of its names
    # needs: entity or name
    # example: name=Mam Sonando
    # page: 1000 rows (...)

Parameters are bound as variables (rdflib initBindings, Oxigraph
substitutions, a VALUES block for remote endpoints), never pasted into the text.

A query whose answer grows with the archive (everything about the biggest
organisation) answers a page at a time: its `# page:` line gives the page
size and what it counts (rows, or the distinct values of one column, e.g.
statements), and the text holds one `LIMIT n OFFSET m` clause, put where the
page is cheapest to cut (an inner SELECT on sort keys alone). `paged_text`
writes other numbers into that clause; they are integers, checked here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

from clecgraph.errors import UsageError

NAME = re.compile(r"^[a-z0-9_-]+$")
PAGE_CLAUSE = re.compile(r"\bLIMIT (\d+) OFFSET (\d+)\b")
PAGE_LINE = re.compile(r"^(\d+) (\w+)")


@dataclass(frozen=True)
class LibraryQuery:
    name: str
    title: str
    answers: str
    text: str
    params: dict[str, str] = field(default_factory=dict)  # name -> description
    needs: tuple[str, ...] = ()  # at least one of these parameters must be given
    example: dict[str, str] = field(default_factory=dict)  # parameters for the cookbook
    page_size: int | None = None  # rows (or page_unit values) a page; None: answers in full
    page_unit: str = "rows"  # what a page counts: "rows", or the plural of a column's name

    def bindings(self, values: dict) -> dict:
        """Check `values` (name -> rdflib term) against the declared parameters."""
        unknown = sorted(set(values) - set(self.params))
        if unknown:
            known = ", ".join(self.params) or "none"
            raise UsageError(f"query {self.name!r} has no parameter {unknown[0]!r} (parameters: {known})")
        if self.needs and not set(values) & set(self.needs):
            raise UsageError(f"query {self.name!r} needs --param {' or --param '.join(n + '=...' for n in self.needs)}")
        return dict(values)

    def paged_text(self, limit: int | None = None, offset: int = 0) -> str:
        """The text answering one page: `limit` of page_unit from `offset` (0: the whole answer)."""
        if limit is None and not offset:
            return self.text
        if self.page_size is None:
            raise UsageError(f"query {self.name!r} answers in full: it takes no --limit or --offset")
        limit, offset = int(limit if limit is not None else self.page_size), int(offset)
        if limit < 0 or offset < 0:
            raise UsageError("--limit and --offset are counts: 0 or more")
        if limit == 0:
            return PAGE_CLAUSE.sub(f"OFFSET {offset}" if offset else "", self.text)
        return PAGE_CLAUSE.sub(f"LIMIT {limit} OFFSET {offset}", self.text)

    def page_is_full(self, answer, limit: int | None = None) -> bool:
        """Whether `answer` filled its page, so that a next page may hold more."""
        limit = self.page_size if limit is None else limit
        if not limit:
            return False
        if self.page_unit == "rows":
            return len(answer.rows) >= limit
        column = answer.vars.index(self.page_unit.removesuffix("s"))
        return len({row[column] for row in answer.rows}) >= limit


def parse(name: str, text: str) -> LibraryQuery:
    """Read a query file's comment block into a LibraryQuery."""
    fields: dict[str, str] = {}
    params: dict[str, str] = {}
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:]
        match = re.match(r"\s?(title|answers|needs|example|page|param (\w+)):\s*(.*)$", body)
        if match:
            key, param, value = match.groups()
            if param:
                params[param] = value.strip()
                last = ("param", param)
            else:
                fields[key] = value.strip()
                last = ("field", key)
        elif body.startswith("   ") and last:
            kind, key = last
            target = params if kind == "param" else fields
            target[key] = f"{target[key]} {body.strip()}"
    if "title" not in fields or "answers" not in fields:
        raise ValueError(f"query {name}: the comment block needs '# title:' and '# answers:'")
    needs = tuple(n.strip() for n in fields.get("needs", "").split(" or ") if n.strip())
    example = {}
    for pair in filter(None, fields.get("example", "").split(";")):
        key, _, value = pair.partition("=")
        example[key.strip()] = value.strip()
    page_size, page_unit = None, "rows"
    if "page" in fields:
        declared, clauses = PAGE_LINE.match(fields["page"]), PAGE_CLAUSE.findall(text)
        if not declared or len(clauses) != 1 or clauses[0] != (declared.group(1), "0"):
            raise ValueError(f"query {name}: '# page: N unit' needs one 'LIMIT N OFFSET 0' clause in the text")
        page_size, page_unit = int(declared.group(1)), declared.group(2)
    return LibraryQuery(name, fields["title"], fields["answers"], text, params, needs, example, page_size, page_unit)


def library() -> dict[str, LibraryQuery]:
    """Every query of the library by name, in name order."""
    found = {}
    for entry in sorted(resources.files(__name__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            if not NAME.match(name):
                raise ValueError(f"query file {entry.name}: names are lowercase letters, digits, - or _")
            found[name] = parse(name, entry.read_text(encoding="utf-8"))
    return found


def get(name: str) -> LibraryQuery:
    queries = library()
    if name not in queries:
        raise UsageError(f"no query named {name!r}; 'clecgraph queries' lists them: {', '.join(queries)}")
    return queries[name]


LOOKUP = """PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?type ?label ?alt WHERE {
  VALUES ?type { org:Organization schema:Person schema:Place }
  ?entity a ?type .
  OPTIONAL { ?entity skos:prefLabel ?label }
  OPTIONAL { ?entity skos:altLabel ?alt }
}"""
KINDS = {
    "http://www.w3.org/ns/org#Organization": "organisation",
    "https://schema.org/Person": "person",
    "https://schema.org/Place": "place",
}


def named_entities(store) -> list:
    """Every organisation, person and place of a store with its names (for clecgraph.resolve.lookup)."""
    from clecgraph.resolve.lookup import Named

    labels: dict[str, str] = {}
    alts: dict[str, set[str]] = {}
    kinds: dict[str, str] = {}
    for entity, kind, label, alt in store.query(LOOKUP).rows:
        iri = str(entity)
        kinds.setdefault(iri, KINDS.get(str(kind), ""))
        if label is not None:
            labels.setdefault(iri, str(label))
        alts.setdefault(iri, set())
        if alt is not None:
            alts[iri].add(str(alt))
    return [Named(iri, labels.get(iri, iri), tuple(sorted(alts[iri])), kinds[iri] or None) for iri in sorted(kinds)]


def find_entity(store, name: str):
    """The one entity IRI called `name`: its label or any alternative name, ignoring case and accents.

    An ambiguous name is an error that lists the candidates (clecgraph.resolve.lookup).
    """
    from rdflib import URIRef

    from clecgraph.resolve.lookup import find

    return URIRef(find(name, named_entities(store)).iri)


def run(store, name: str, params: dict | None = None, limit: int | None = None, offset: int = 0):
    """Run library query `name` on a store (see clecgraph.sparql.stores) with parameters bound; returns an Answer.

    An `entity` parameter given as a name (not an IRI) is looked up first.
    A paged query answers its first page unless `limit` (0: everything) or `offset` say otherwise.
    """
    from rdflib import Literal

    query = get(name)
    text = query.paged_text(limit, offset)
    values = query.bindings(params or {})
    if isinstance(values.get("entity"), Literal):
        values["entity"] = find_entity(store, str(values["entity"]))
    return store.query(text, values)


def ask(
    graph=None,
    text: str | None = None,
    *,
    name: str | None = None,
    params: dict | None = None,
    store: str = "auto",
    endpoint: str | None = None,
    auth=None,
    limit: int | None = None,
    offset: int = 0,
):
    """Answer a query (SPARQL text, or a library query by `name`) over a graph file,
    an on-disk store ('oxigraph:PATH') or a remote SPARQL endpoint."""
    from clecgraph.sparql.stores import load

    if bool(text) == bool(name):
        raise UsageError("give either SPARQL text or --name of a library query, not both or neither")
    if not name and (limit is not None or offset):
        raise UsageError("--limit and --offset page the library's queries; write LIMIT and OFFSET into your own SPARQL")
    if endpoint:
        from clecgraph.sparql.remote import RemoteStore

        backend = RemoteStore(endpoint, auth)
    elif graph is None:
        raise UsageError("give a GRAPH file (or oxigraph:PATH store) to query, or --endpoint URL")
    else:
        backend = load(graph, store)
    try:
        return run(backend, name, params, limit, offset) if name else backend.query(text, params or {})
    finally:
        backend.close()
