"""Discipline of people, with the period it is in effect."""
