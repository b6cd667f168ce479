"""Benchmarks on large synthetic datasets (not tests: figures, never assertions)."""
