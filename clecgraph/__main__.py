from clecgraph.cli.commands import main

main()
