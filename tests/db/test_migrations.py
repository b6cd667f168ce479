"""Migrations: an empty file upgrades to head, the result matches the records, data survives,
and a database from a newer application is refused untouched."""

from __future__ import annotations

import os

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from tdkt.app import open_database
from tdkt.errors import StorageError
from tdkt.storage.engine import make_engine
from tdkt.storage.migrations import (
    current_revision,
    head_on_disk,
    head_revision,
    upgrade_to_head,
)
from tdkt.storage.schema import metadata

POSTGRES_URL = os.environ.get("TDKT_TEST_POSTGRES_URL", "")


def _differences(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, metadata())


def test_empty_file_upgrades_to_head_and_matches_records(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    assert upgrade_to_head(engine) is None  # nothing to back up in a new file
    assert current_revision(engine) == head_revision()
    assert _differences(engine) == []
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


@pytest.mark.postgres
def test_postgres_upgrades_to_head_and_matches_records():
    if not POSTGRES_URL:
        pytest.skip("TDKT_TEST_POSTGRES_URL is not set")
    engine = make_engine(POSTGRES_URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    upgrade_to_head(engine)
    assert _differences(engine) == []
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


def test_open_database_creates_schema_and_catalogue(tmp_path):
    services = open_database(str(tmp_path / "new.db"))
    codes = {t.code for t in services.catalog.list_titles()}
    assert {"LDTT", "CSTDCS", "BK_TINH", "KNC_CT", "HCLD1"} <= codes
    services.close()


def test_database_of_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    engine.dispose()
    before = path.read_bytes()
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(StorageError, match="phiên bản TĐKT mới hơn"):
        upgrade_to_head(engine)
    engine.dispose()
    assert path.read_bytes() == before


def test_the_head_read_as_text_is_alembics_head():
    # Start-up compares the database with the head read from db/versions as text.
    assert head_on_disk() == head_revision()
