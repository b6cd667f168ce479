"""The catalogue of emulation titles and forms of commendation (EXCHANGE.md §2)."""
