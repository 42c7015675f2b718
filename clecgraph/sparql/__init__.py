"""SPARQL over a graph: the query library, the stores (rdflib, Oxigraph, remote endpoints), the endpoint server."""
