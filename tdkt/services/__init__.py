"""Shared plumbing of the feature services."""
