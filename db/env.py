"""Alembic environment: runs on the connection the application hands over, or on a URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from tdkt.paths import resolve_database_url
from tdkt.storage.schema import metadata

config = context.config
target_metadata = metadata()


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only ALTER by copying tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or resolve_database_url(None)
    with create_engine(url).begin() as own_connection:
        _run(own_connection)
