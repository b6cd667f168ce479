"""What the tests of a single revision share: an SQLite file stopped at an older revision,
rows written into it with plain SQL (migrations never see the records), and the upgrade."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, Engine, text

from tdkt.storage.engine import make_engine
from tdkt.storage.migrations import alembic_config, upgrade_to_head


@contextmanager
def database_at(path: Path, revision: str) -> Iterator[Connection]:
    """A new SQLite file migrated to `revision`, open in one transaction for the old rows."""
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            yield connection
    finally:
        engine.dispose()


def upgraded(path: Path) -> Engine:
    """The file reopened and upgraded to the newest revision (no backup taken)."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine, backup=lambda found: found)
    return engine


def insert(connection: Connection, table: str, **values: object) -> None:
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks})"), values)


def insert_unit(connection: Connection) -> None:
    """Unit 1, "VP"."""
    insert(
        connection,
        "unit",
        id=1,
        code="VP",
        name="Văn phòng",
        sort_order=1,
        active=True,
        search_text="",
        version=1,
    )


def insert_person(connection: Connection, position: str = "", is_leader: bool = False) -> None:
    """Person 1, "CN01", working in unit 1."""
    insert(
        connection,
        "person",
        id=1,
        code="CN01",
        full_name="Nguyễn Văn An",
        gender="nam",
        unit_id=1,
        position=position,
        is_leader=is_leader,
        toxic_work=False,
        note="",
        name_key="",
        search_text="",
        version=1,
    )
