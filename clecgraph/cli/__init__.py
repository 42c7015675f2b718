"""The command line: a thin click layer over the library (`clecgraph --help`)."""
