"""The command line of EXCHANGE.md §3: one parser, commands contributed by features."""
