"""Subjects of ratings and awards: a person (cá nhân) or a unit (tập thể), found by code."""
