"""Shared fixtures: a fresh database per test (SQLite in memory, and PostgreSQL when
TDKT_TEST_POSTGRES_URL is set), a fixed clock, and offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tdkt.app import Services, build_services, create_schema
from tdkt.clock import FixedClock
from tdkt.storage.engine import make_engine
from tdkt.storage.schema import metadata

POSTGRES_URL = os.environ.get("TDKT_TEST_POSTGRES_URL", "")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2025, 12, 15, 9, 0, 0))


@pytest.fixture(scope="session")
def postgres_engine() -> Iterator[Engine]:
    if not POSTGRES_URL:
        pytest.skip("TDKT_TEST_POSTGRES_URL is not set")
    engine = make_engine(POSTGRES_URL)
    schema = metadata()
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    create_schema(engine)
    yield engine
    engine.dispose()
    del schema


def _truncate(engine: Engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in metadata().sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """A fresh, empty database with the full schema, on each backend."""
    if request.param == "postgresql":
        pg = request.getfixturevalue("postgres_engine")
        _truncate(pg)
        yield pg
        return
    memory = make_engine("sqlite://")
    create_schema(memory)
    yield memory
    memory.dispose()


@pytest.fixture
def sqlite_engine() -> Iterator[Engine]:
    """In-memory SQLite only, for tests that need no second backend (UI, printing)."""
    memory = make_engine("sqlite://")
    create_schema(memory)
    yield memory
    memory.dispose()


@pytest.fixture
def services(engine: Engine, clock: FixedClock) -> Services:
    built = build_services(engine, clock, actor=lambda: "thu.ky")
    built.catalog.ensure_defaults()
    return built


@pytest.fixture
def sqlite_services(sqlite_engine: Engine, clock: FixedClock) -> Services:
    built = build_services(sqlite_engine, clock, actor=lambda: "thu.ky")
    built.catalog.ensure_defaults()
    return built


@pytest.fixture
def page_context(qapp, sqlite_services):  # type: ignore[no-untyped-def]
    """A PageContext whose task runner works synchronously: UI tests need no waiting."""
    from ui.context import AppEvents, PageContext
    from ui.tasks import SyncTaskRunner

    return PageContext(sqlite_services, SyncTaskRunner(), AppEvents())


@pytest.fixture
def data_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """The user's data folder (backup settings, backups) inside the test's own folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TDKT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def file_services(tmp_path, data_dir, clock):  # type: ignore[no-untyped-def]
    """Services on a real SQLite file (lock, WAL, backups), closed after the test."""
    from tdkt.app import open_database

    opened = open_database(str(tmp_path / "tdkt.db"), clock, actor=lambda: "thu.ky")
    yield opened
    opened.close()
