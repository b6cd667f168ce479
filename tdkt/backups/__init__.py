"""Backups of the SQLite database: online copies, rotation, listing, restore."""
