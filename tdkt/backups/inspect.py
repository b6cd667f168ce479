"""What a database file holds, read without changing it: is it a TĐKT database, of which schema
revision, with how many records. Used to list backups and to vet a file before a restore."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tdkt.errors import StorageError, ValidationError

# Tables every revision of the schema has; a file without them is not a TĐKT database.
REQUIRED_TABLES = frozenset({"alembic_version", "unit", "person", "award", "audit_log"})


@dataclass(frozen=True)
class DatabaseSummary:
    revision: str | None
    units: int
    people: int
    awards: int
    last_change: datetime | None  # the newest entry of its audit log

    @property
    def empty(self) -> bool:
        return not (self.units or self.people or self.awards)

    def counts_text(self) -> str:
        return f"{self.units} đơn vị, {self.people} cá nhân, {self.awards} khen thưởng"


def inspect_database(path: Path) -> DatabaseSummary:
    """Read a summary of an SQLite file; a file that is not a TĐKT database is refused."""
    if not path.is_file():
        raise ValidationError(f"Không tìm thấy tệp {path}.")
    try:
        uri = path.resolve().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            return _summary(connection, path)
    except sqlite3.DatabaseError as error:
        raise ValidationError(
            f"Tệp {path.name} không phải cơ sở dữ liệu TĐKT hoặc đã bị hỏng ({error})."
        ) from error
    except sqlite3.Error as error:
        raise StorageError(
            f"Không đọc được tệp {path}: {error}.", "Hãy kiểm tra tệp và quyền đọc."
        ) from error


def _summary(connection: sqlite3.Connection, path: Path) -> DatabaseSummary:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not tables >= REQUIRED_TABLES:
        raise ValidationError(f"Tệp {path.name} không phải cơ sở dữ liệu TĐKT.")
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()

    def count(sql: str) -> int:
        return int(connection.execute(sql).fetchone()[0])

    last = connection.execute("SELECT MAX(at) FROM audit_log").fetchone()[0]
    return DatabaseSummary(
        revision=revision[0] if revision else None,
        units=count("SELECT COUNT(*) FROM unit"),
        people=count("SELECT COUNT(*) FROM person"),
        awards=count("SELECT COUNT(*) FROM award WHERE revoked_on IS NULL"),
        last_change=_parse_time(last),
    )


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
