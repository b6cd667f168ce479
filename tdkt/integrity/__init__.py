"""Integrity checks: storage (SQLite quick_check, foreign keys) and the application's invariants."""
