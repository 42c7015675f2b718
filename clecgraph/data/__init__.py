"""The bundled sample corpus (CLEC's 2006-2012 listing), the default input of `clecgraph build`."""
