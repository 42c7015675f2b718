"""Reference knowledge every stage may read: the ontology loader, the gazetteer and its packaged sources, the word lists."""
