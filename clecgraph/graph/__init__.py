"""Graph: resolved extractions -> the RDF dataset (a named graph per statement), its files, checks and readings."""
