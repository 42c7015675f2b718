"""RDF terms written as N-Triples text (clecgraph.vocab's nt_* terms) are the bytes rdflib's writer gives
for the same terms, and read back to the same values."""

from __future__ import annotations

import random

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from clecgraph.graph.quads import term
from clecgraph.model import TEXT, Span, Statement
from clecgraph.vocab import (
    IRIs,
    nt_boolean,
    nt_date,
    nt_decimal,
    nt_escape,
    nt_integer,
    nt_lang_literal,
    nt_literal,
    nt_typed,
)

AWKWARD_TEXTS = [
    "",
    "plain words",
    'a "quoted" word',
    "back\\slash and \\n not a newline",
    "two\nlines\r\nand a carriage return\r",
    "tab\tand form feed\x0c and a bell\x07",
    "Phnom Penh ភ្នំពេញ, Tbilisi თბილისი, café, naïve, Ωmega",
    "emoji 😀 and a combining e\u0301",
    'a literal holding " <http://x> ." in its text',
    "ends in a backslash \\",
    '"',
    "\\",
    "line separator \u2028 and paragraph \u2029",
]


def _read_object(text: str) -> ox.Literal:
    (quad,) = ox.parse(f"<http://s> <http://p> {text} <http://g> .\n".encode(), format=ox.RdfFormat.N_QUADS)
    return quad.object


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_a_plain_literal_escapes_quotes_backslashes_and_line_breaks_as_rdflib_does(text):
    written = nt_literal(text)
    assert written == term(Literal(text))
    assert _read_object(written).value == text
    assert "\n" not in written and "\r" not in written  # one line per quad, whatever the text


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_a_literal_with_a_language_tag_is_written_as_rdflib_writes_it(text):
    for language in ("en", "km", "en-GB", "km-latn"):
        written = nt_lang_literal(text, language)
        assert written == term(Literal(text, lang=language))
        found = _read_object(written)
        assert (found.value, found.language) == (text, language.lower())


def test_a_typed_literal_names_its_datatype_and_an_xsd_string_stays_plain():
    for text in ['https://example.org/a?b=1&c="2"', "x y", "ភ្នំពេញ"]:
        assert nt_typed(text, str(XSD.anyURI)) == term(Literal(text, datatype=XSD.anyURI))
        assert nt_typed(text, str(XSD.string)) == term(Literal(text, datatype=XSD.string)) == nt_literal(text)
        assert _read_object(nt_typed(text, str(XSD.anyURI))).value == text


def test_integers_and_booleans_are_written_as_rdflib_writes_them():
    for value in [0, 1, -1, 7, 10**12, -(10**15)]:
        assert nt_integer(value) == term(Literal(value))
    assert nt_boolean(True) == term(Literal(True))
    assert nt_boolean(False) == term(Literal(False))


def test_coordinates_are_six_decimal_xsd_decimals_as_rdflib_writes_them():
    rng = random.Random(18)
    values = [0.0, -0.0, 1.0, -1.0, 0.5, -0.0000004, 11.5625, 104.916, -179.9999995, 89.99999951, 1e-7, 123456.7]
    values += [rng.uniform(-180, 180) for _ in range(500)]
    for value in values:
        assert nt_decimal(value) == term(Literal(f"{value:.6f}", datatype=XSD.decimal)), value


def _rdflib_date(iso: str) -> str:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(iso), XSD.date)
    return term(Literal(iso, datatype=datatype))


def test_dates_years_and_months_are_written_as_rdflib_writes_them():
    import datetime

    day, days = datetime.date(2019, 12, 25), []
    while day.year < 2021:  # every day of a common and a leap year
        days.append(day.isoformat())
        day += datetime.timedelta(days=1)
    months = [f"{year}-{month:02d}" for year in (1999, 2024) for month in range(1, 13)]
    years = ["0001", "0999", "1975", "2024", "9999"]
    for iso in days + months + years:
        assert nt_date(iso) == _rdflib_date(iso), iso


def test_malformed_dates_are_written_as_rdflib_writes_them():
    for iso in ["2020-02-30", "2021-02-29", "2020-13", "2020-00", "2020-1-5", "20200", "-0044", "2020-01-32", "0000"]:
        assert nt_date(iso) == _rdflib_date(iso), iso


def test_the_escape_leaves_other_characters_as_they_are():
    assert nt_escape("é\t😀") == "é\t😀"
    assert nt_escape('\\"\n\r') == '\\\\\\"\\n\\r'


def test_each_minted_iri_as_text_is_the_iri_in_angle_brackets():
    iris = IRIs("https://data.example.org/base")  # no trailing slash: one is added
    statement = Statement("made-up.jsonl", 3, "Text.", date="2020-05-02")
    span = Span(TEXT, 0, 4)
    pairs = [
        (iris.entity_nt("person", "sok-san"), iris.entity("person", "sok-san")),
        (iris.statement_nt(statement), iris.statement(statement)),
        (iris.event_nt(statement, 2), iris.event(statement, 2)),
        (iris.mention_nt(statement, span, "place"), iris.mention(statement, span, "place")),
        (iris.membership_nt("sok-san", "clec", "Field Officer"), iris.membership("sok-san", "clec", "Field Officer")),
        (iris.membership_nt("sok-san", "clec", None), iris.membership("sok-san", "clec", None)),
        (iris.role_nt("Field Officer"), iris.role("Field Officer")),
        (iris.extractor_nt("rules v2"), iris.extractor("rules v2")),
        (iris.dataset_nt("cosigning-pairs"), iris.dataset("cosigning-pairs")),
        (iris.observation_nt("cosigning-pairs", "a--b"), iris.observation("cosigning-pairs", "a--b")),
        (iris.graph_nt("entities"), iris.graph("entities")),
    ]
    for text, node in pairs:
        assert isinstance(node, URIRef)
        assert text == f"<{node}>" == term(node)
        assert str(node).startswith("https://data.example.org/base/")
