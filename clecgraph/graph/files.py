"""Graph files: an RDF file the project wrote (or any other), parsed into a Dataset."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from clecgraph.errors import InputError

RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".nq": "nquads",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}


def load_graph(path: Path | str) -> Dataset:
    """Parse an RDF file into a Dataset whose default graph is the union of all graphs."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such graph file; build one first with 'clecgraph build'")
    rdf_format = RDF_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise InputError(path, f"unknown RDF file type {path.suffix!r}; use one of {', '.join(sorted(RDF_FORMATS))}")
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format=rdf_format)
    except Exception as err:  # rdflib raises many parser-specific types
        detail = " ".join(str(err).split())[:300]  # parser messages span lines; the error is one line
        raise InputError(path, f"is not valid {rdf_format} ({type(err).__name__}: {detail})") from None
    return dataset
