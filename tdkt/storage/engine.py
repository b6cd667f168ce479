"""Build the engine: SQLite with foreign keys, WAL and real transactions; PostgreSQL as is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from tdkt.paths import sqlite_path
from tdkt.storage.file_watch import DatabaseFileWatch
from tdkt.storage.guard import GUARD_KEY, WriteGuard


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite_engine(url, read_only=read_only)
    options: dict[str, Any] = {"pool_pre_ping": True}
    if read_only:
        options["execution_options"] = {"postgresql_readonly": True}
    return create_engine(url, **options)


def make_sessions(engine: Engine, guard: WriteGuard | None = None) -> sessionmaker[Session]:
    """Sessions on `engine`; with `guard`, every write is first submitted to it."""
    # expire_on_commit=False: services build DTOs inside the transaction anyway, and a DTO
    # must never trigger a lazy load after the session closed.
    info = {GUARD_KEY: guard} if guard is not None else {}
    return sessionmaker(engine, expire_on_commit=False, autoflush=True, info=info)


def _sqlite_engine(url: str, *, read_only: bool) -> Engine:
    path = sqlite_path(url)
    connect_args: dict[str, Any] = {"timeout": 15, "check_same_thread": False}
    if path is None:
        # One shared connection, so every thread sees the same in-memory database.
        engine = create_engine(url, connect_args=connect_args, poolclass=StaticPool)
    else:
        if read_only:
            url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args=connect_args)
    watch = DatabaseFileWatch(path) if path is not None else None
    _install_sqlite_hooks(engine, watch, read_only=read_only)
    return engine


def _install_sqlite_hooks(
    engine: Engine, watch: DatabaseFileWatch | None, *, read_only: bool
) -> None:
    file_backed = watch is not None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module (it would not BEGIN before
        # DDL and breaks SAVEPOINT); SQLAlchemy emits BEGIN itself below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 15000")
        if file_backed and not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed award survives a power cut, not only a crash.
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
        if watch is not None:
            watch.remember()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if watch is not None:
            watch.verify()  # never write into a file that was deleted or moved under us
        connection.exec_driver_sql("BEGIN")


def database_file(engine: Engine) -> Path | None:
    """The SQLite file behind the engine, whether it was opened for writing or read-only."""
    url = engine.url
    name = url.database or ""
    if url.get_backend_name() != "sqlite" or name in ("", ":memory:"):
        return None
    if url.query.get("uri") == "true" and name.startswith("file:"):
        name = name[len("file:") :]  # the read-only form `file:PATH?mode=ro`
    return Path(name)
