"""The dashboard: the first page after start."""
