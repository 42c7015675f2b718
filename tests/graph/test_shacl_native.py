"""The native SHACL engine finds exactly what pySHACL finds: verdict, focus node, path, value,
shape, constraint component, severity and message, on real builds and on graphs broken one
constraint kind at a time; shapes it cannot run go to pySHACL, never skipped."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_corpus import write_hostile_corpus
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from clecgraph.cli.commands import cli
from clecgraph.graph import validate as validate_module
from clecgraph.graph import validate_parts
from clecgraph.graph.quads import BuiltGraph
from clecgraph.graph.shacl_shapes import Unsupported, compile_shapes
from clecgraph.graph.validate import shapes_graph, validate
from clecgraph.pipeline.builder import build
from clecgraph.vocab import CLEC, EVENT_TYPE, FACTUALITY, GEO, OA, ORG, SCHEMA, SEM

ROOT = Path(__file__).resolve().parents[2]
LISTING = "2012-05-01   LICADHO\n\nLICADHO condemns the arrest of Mam Sonando in Phnom Penh on 15 July 2012. ADHOC also protested.\n"
ENTITIES = URIRef("https://clecgraph.example/id/graph/entities")
MADE_UP = "https://clecgraph.example/id/made-up/"


def same_results(graph: BuiltGraph) -> list:
    """pySHACL over the union (the reference), the native engine over the union and part by part: all equal."""
    reference = validate(graph, engine="pyshacl")
    native = validate(graph, engine="native")
    by_parts = validate_parts.validate_built(graph, engine="native")
    assert native.note is None and by_parts.note is None
    assert native.conforms == reference.conforms == by_parts.conforms
    assert native.violations == reference.violations
    assert by_parts.violations == reference.violations
    assert native.triples == reference.triples == by_parts.triples
    return reference.violations


def test_sample_same_results(sample_build, monkeypatch):
    result, _ = sample_build
    monkeypatch.setattr(validate_parts, "CHUNK", 4)
    assert same_results(result.graph) == []


def test_hostile_suite_same_results(tmp_path, monkeypatch):
    folder = write_hostile_corpus(tmp_path / "hostile")
    result = build([folder / "hostile.jsonl", folder / "hostile.csv"], out=None, validate=False)
    monkeypatch.setattr(validate_parts, "CHUNK", 7)
    same_results(result.graph)


def test_synthetic_corpus_same_results(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from synthetic import write_listing
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    write_listing(tmp_path / "synthetic.txt", 150)
    result = build([tmp_path / "synthetic.txt"], out=None, validate=False)
    monkeypatch.setattr(validate_parts, "CHUNK", 40)
    same_results(result.graph)


# --- one broken graph per constraint kind (made-up data on a one-statement build) ---------------


@pytest.fixture(scope="module")
def small_lines(tmp_path_factory) -> list[str]:
    path = tmp_path_factory.mktemp("small") / "a.txt"
    path.write_text(LISTING, encoding="utf-8")
    return build([path], out=None, validate=False).graph.lines


class Breaker:
    """A fresh Dataset of the one-statement graph, with helpers that change it where it belongs."""

    def __init__(self, lines):
        self.ds = BuiltGraph(lines).dataset
        self.statement = self.first(CLEC.Statement)
        self.here = self.graph_of(self.statement)

    def graph_of(self, node):
        return next(g for _, _, _, g in self.ds.quads((node, None, None, None)))

    def first(self, cls):
        return sorted(s for s, _, _, _ in self.ds.quads((None, RDF.type, cls, None)))[0]

    def value(self, s, p):
        return next(o for _, _, o, _ in self.ds.quads((s, p, None, None)))

    def selector(self):
        return self.value(self.value(self.first(OA.Annotation), OA.hasTarget), OA.hasSelector)

    def add(self, s, p, o, graph=None):
        self.ds.graph(graph or self.here).add((s, p, o))

    def set(self, s, p, o):
        """s p o instead of what s had for p, in the graph that held it (else s's first graph)."""
        held = [g for _, _, _, g in self.ds.quads((s, p, None, None))]
        graph = held[0] if held else self.graph_of(s)
        self.drop(s, p)
        self.ds.graph(graph).add((s, p, o))

    def drop(self, s, p, o=None):
        for _, _, _, g in list(self.ds.quads((s, p, o, None))):
            self.ds.graph(g).remove((s, p, o))


def _min_count(b):
    b.drop(b.statement, SCHEMA.text)
    return "MinCount"


def _max_count(b):
    b.add(b.statement, RDFS.label, Literal("a second label"))
    return "MaxCount"


def _datatype_wrong(b):
    b.set(b.statement, CLEC.sourceLine, Literal("7"))
    return "Datatype"


def _datatype_ill_typed(b):
    b.set(b.statement, CLEC.sourceLine, Literal("seven", datatype=XSD.integer))
    return "Datatype"


def _datatype_language(b):
    b.set(b.statement, SCHEMA.text, Literal("LICADHO condemns", lang="en"))
    return "Datatype"


def _datatype_normalised_equal(b):
    b.add(b.statement, CLEC.sourceLine, Literal("01", datatype=XSD.integer))  # the same value as "1"
    return None


def _class_missing(b):
    b.add(b.statement, DCTERMS.creator, URIRef(MADE_UP + "org/nobody-typed-me"))
    return "Class"


def _class_literal(b):
    b.add(b.statement, SCHEMA.about, Literal("an event, as words"))
    return "Class"


def _class_by_subclass(b):
    union = URIRef(MADE_UP + "TradeUnion")
    node = URIRef(MADE_UP + "org/workers-union")
    b.add(union, RDFS.subClassOf, ORG.Organization, ENTITIES)
    b.add(node, RDF.type, union, ENTITIES)  # no preferred name: the organisation shape applies to it
    b.add(b.statement, DCTERMS.creator, node)
    return "MinCount"


def _or_datatypes(b):
    b.set(b.statement, DCTERMS.issued, Literal("2012-13-45", datatype=XSD.date))
    return "Or"


def _or_classes(b):
    b.add(b.statement, SCHEMA.mentions, EVENT_TYPE.arrest)
    return "Or"


def _node(b):
    alien = URIRef("https://example.org/other-scheme/arrest")
    b.add(alien, RDF.type, SKOS.Concept, ENTITIES)
    b.set(b.first(SEM.Event), SEM.eventType, alien)
    return "Node"


def _has_value(b):
    b.set(b.first(SEM.Event), CLEC.factuality, FACTUALITY.negated)
    return "HasValue"


def _not(b):
    mention = URIRef(MADE_UP + "event-mention/1")
    b.add(mention, RDF.type, CLEC.EventMention)
    b.add(mention, SEM.eventType, EVENT_TYPE.arrest)
    b.add(mention, CLEC.factuality, FACTUALITY.asserted)
    b.add(b.statement, CLEC.mentionsEvent, mention)
    return "Not"


def _in(b):
    b.set(b.selector(), CLEC.field, Literal("body"))
    return "In"


def _min_length(b):
    b.set(b.first(ORG.Organization), SKOS.prefLabel, Literal(""))
    return "MinLength"


def _min_inclusive(b):
    b.set(b.statement, CLEC.sourceLine, Literal(0))
    return "MinInclusive"


def _max_inclusive(b):
    place = b.first(SCHEMA.Place)
    b.set(place, GEO.lat, Literal(Decimal("95.5")))
    b.set(place, GEO.long, Literal(Decimal("104.9")))
    return "MaxInclusive"


def _less_than_or_equals(b):
    b.set(b.selector(), OA.start, Literal(50))
    b.set(b.selector(), OA.end, Literal(40))
    return "LessThanOrEquals"


def _less_than_or_equals_incomparable(b):
    b.set(b.selector(), OA.start, Literal("5"))
    return "LessThanOrEquals"


def _node_kind_generic_message(b):
    blank = BNode()
    b.add(blank, RDF.type, CLEC.Statement)  # a statement without an IRI: pySHACL's own message
    return "NodeKind"


def _node_kind_literal(b):
    b.add(b.first(ORG.Organization), OWL.sameAs, Literal("Q1234"), ENTITIES)
    return "NodeKind"


def _inverse_path(b):
    b.drop(b.statement, SCHEMA.about, b.first(SEM.Event))
    return "MinCount"


def _target_subjects_of(b):
    place = URIRef(MADE_UP + "place/somewhere")
    b.add(place, RDF.type, SCHEMA.Place, ENTITIES)
    b.add(place, SKOS.prefLabel, Literal("Somewhere"), ENTITIES)
    b.add(place, GEO.lat, Literal(Decimal("11.5")), ENTITIES)
    return "MinCount"


def _target_objects_of_node_class(b):
    b.drop(b.selector(), RDF.type, OA.TextQuoteSelector)
    return "Class"


def _sparql_exact(b):
    b.set(b.selector(), OA.exact, Literal("not these words"))
    return "SPARQL"


def _sparql_outside(b):
    b.set(b.selector(), OA.end, Literal(100_000))
    return "SPARQL"


def _membership_shared(b):
    membership = URIRef(MADE_UP + "membership/x")
    b.add(membership, RDF.type, ORG.Membership, ENTITIES)
    b.add(membership, ORG.organization, b.first(ORG.Organization), ENTITIES)
    b.add(membership, PROV.wasDerivedFrom, URIRef(MADE_UP + "statement/none"), ENTITIES)
    return "Class"


def _datatype_boolean_shared(b):
    b.add(b.first(ORG.Organization), CLEC.unlinked, Literal("yes"), ENTITIES)
    return "Datatype"


BREAKAGES = [
    _min_count, _max_count, _datatype_wrong, _datatype_ill_typed, _datatype_language, _datatype_normalised_equal,
    _class_missing, _class_literal, _class_by_subclass, _or_datatypes, _or_classes, _node, _has_value, _not, _in,
    _min_length, _min_inclusive, _max_inclusive, _less_than_or_equals, _less_than_or_equals_incomparable,
    _node_kind_generic_message, _node_kind_literal, _inverse_path, _target_subjects_of, _target_objects_of_node_class,
    _sparql_exact, _sparql_outside, _membership_shared, _datatype_boolean_shared,
]  # fmt: skip


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_broken_graph_same_results(small_lines, breakage, monkeypatch):
    breaker = Breaker(small_lines)
    component = breakage(breaker)
    graph = BuiltGraph.from_dataset(breaker.ds)
    monkeypatch.setattr(validate_parts, "CHUNK", 1)
    found = same_results(graph)
    if component is None:
        assert found == []
    else:  # the breakage breaks the rule it is named after (so the comparison is not vacuous)
        assert f"sh:{component}ConstraintComponent" in {v.component for v in found}, found


# --- shapes the engine cannot run go to pySHACL ------------------------------------------------


def _with(extra: list[tuple]):
    """The core shapes plus `extra` triples on the statement text's property shape."""
    from rdflib import Graph

    core, constraints = validate_module._split_shapes()
    changed = Graph()
    changed += core
    text_shape = next(s for s in changed.subjects(SH.path, SCHEMA.text))
    for p, o in extra:
        changed.add((text_shape, p, o))
    return changed, constraints


@pytest.mark.parametrize(
    "extra, term",
    [([(SH.pattern, Literal("^ZZZ"))], "sh:pattern"), ([(SH.uniqueLang, Literal(True)), (SH.pattern, Literal("^ZZZ"))], "sh:")],
)
def test_unknown_constraint_kinds_are_validated_by_pyshacl(small_lines, monkeypatch, extra, term):
    changed = _with(extra)
    with pytest.raises(Unsupported, match=term):
        compile_shapes(changed[0])
    monkeypatch.setattr(validate_module, "_split_shapes", lambda: changed)
    graph = BuiltGraph(small_lines)
    with pytest.warns(UserWarning, match="pySHACL"):
        result = validate(graph, engine="native")
    assert "validated with pySHACL" in result.note and "validated with pySHACL" in result.report()
    assert "sh:PatternConstraintComponent" in {v.component for v in result.violations}  # the rule was run, not skipped
    assert result.violations == validate(graph, engine="pyshacl").violations


def test_the_shipped_shapes_compile_and_sparql_left_in_is_refused():
    core, _ = validate_module._split_shapes()
    assert len(compile_shapes(core).roots) >= 20
    with pytest.raises(Unsupported, match="sparql"):
        compile_shapes(shapes_graph())  # sh:sparql links still in: the caller must take them out


def test_cli_engines_agree(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(LISTING, encoding="utf-8")
    breaker = Breaker(build([path], out=None, validate=False).graph.lines)
    _less_than_or_equals(breaker)
    broken = tmp_path / "broken.trig"
    breaker.ds.serialize(broken, format="trig")
    outputs = {}
    for engine in ("native", "pyshacl"):
        run = CliRunner().invoke(cli, ["validate", str(broken), "--shacl-engine", engine])
        assert run.exit_code == 1, run.output
        outputs[engine] = run.output
    assert outputs["native"] == outputs["pyshacl"] and "<= its end" in outputs["native"]
    built = CliRunner().invoke(cli, ["build", str(path), "--out", str(tmp_path / "out"), "--format", "turtle", "--shacl-engine", "pyshacl"])
    assert built.exit_code == 0 and "valid (SHACL)" in built.output, built.output
    unknown = CliRunner().invoke(cli, ["validate", str(broken), "--shacl-engine", "fast"])
    assert unknown.exit_code == 2
