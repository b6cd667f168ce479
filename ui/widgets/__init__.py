"""Reusable widgets and Qt adapters shared by the pages."""
