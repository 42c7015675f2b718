"""SPARQL 1.1 solution writers (JSON, XML, CSV, TSV) for pyoxigraph terms the endpoint already holds.

pyoxigraph's own writers take a live result and read it from its start, so the
endpoint, which must count the rows before it answers (a result over the limit
is refused whole), would have to run the query a second time to use them.
These write the kept rows instead; tests/sparql/test_answer_in_one_run.py
checks they say what pyoxigraph's writers say.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# Literals TSV may write bare (Turtle's short forms), with the lexical shapes Turtle reads back as the same value.
_BARE = {
    XSD + "integer": re.compile(r"[+-]?\d+"),
    XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
    XSD + "double": re.compile(r"[+-]?(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+"),
    XSD + "boolean": re.compile(r"true|false"),
}


def json_term(term) -> dict:
    """A term as SPARQL 1.1 Query Results JSON writes it (a triple term as SPARQL 1.2 does)."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {"subject": json_term(term.subject), "predicate": json_term(term.predicate), "object": json_term(term.object)},
    }


def write_json(sink, variables: list[str], solutions: Iterable) -> None:
    sink.write(json.dumps({"vars": variables}, ensure_ascii=False).join(('{"head":', ',"results":{"bindings":[')).encode())
    for number, solution in enumerate(solutions):
        binding = {}
        for name in variables:
            term = solution[name]
            if term is not None:
                binding[name] = json_term(term)
        sink.write(((",\n" if number else "\n") + json.dumps(binding, ensure_ascii=False)).encode())
    sink.write(b"\n]}}")


def _csv_cell(term) -> str:
    """CSV keeps values only: an IRI's text, a literal's lexical form, a blank node's label."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def write_csv(sink, variables: list[str], solutions: Iterable) -> None:
    text = io.StringIO()
    # CRLF row ends (RFC 4180): a value holding a bare "\r" or "\n" is then quoted.
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(variables)
    for solution in solutions:
        writer.writerow([_csv_cell(solution[name]) for name in variables])
        if text.tell() > 1 << 16:  # hand the capped sink the text as it grows
            sink.write(text.getvalue().encode())
            text.seek(0)
            text.truncate()
    sink.write(text.getvalue().encode())


def _tsv_cell(term) -> str:
    """TSV keeps terms in Turtle syntax (str() of a pyoxigraph term is its escaped N-Triples form)."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        bare = _BARE.get(term.datatype.value)
        if bare is not None and bare.fullmatch(term.value):
            return term.value
        return str(term)
    if isinstance(term, ox.Triple):
        return f"<<( {_tsv_cell(term.subject)} {_tsv_cell(term.predicate)} {_tsv_cell(term.object)} )>>"
    return str(term)


def write_tsv(sink, variables: list[str], solutions: Iterable) -> None:
    sink.write(("\t".join("?" + name for name in variables) + "\n").encode())
    for solution in solutions:
        sink.write(("\t".join(_tsv_cell(solution[name]) for name in variables) + "\n").encode())


_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})


def _xml_term(term) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<uri>{term.value.translate(_XML_TEXT)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{term.value.translate(_XML_TEXT)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            attribute = f' xml:lang="{term.language.translate(_XML_TEXT)}"'
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            attribute = f' datatype="{term.datatype.value.translate(_XML_TEXT)}"'
        else:
            attribute = ""
        return f"<literal{attribute}>{term.value.translate(_XML_TEXT)}</literal>"
    return (
        f"<triple><subject>{_xml_term(term.subject)}</subject><predicate>{_xml_term(term.predicate)}</predicate>"
        f"<object>{_xml_term(term.object)}</object></triple>"
    )


def write_xml(sink, variables: list[str], solutions: Iterable) -> None:
    head = "".join(f'<variable name="{name}"/>' for name in variables)
    sink.write(f'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>{head}</head><results>'.encode())
    for solution in solutions:
        cells = []
        for name in variables:
            term = solution[name]
            if term is not None:
                cells.append(f'<binding name="{name}">{_xml_term(term)}</binding>')
        sink.write(("<result>" + "".join(cells) + "</result>").encode())
    sink.write(b"</results></sparql>")


WRITERS: dict[str, Callable] = {
    "application/sparql-results+json": write_json,
    "application/sparql-results+xml": write_xml,
    "text/csv": write_csv,
    "text/tab-separated-values": write_tsv,
}
