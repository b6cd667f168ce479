"""Database plumbing: engine, declarative base, unit of work, schema upgrades."""
