"""Writing a checked plan in bulk: Core executemany, tables in foreign-key order.

Bulk statements bypass the per-record audit of the ORM, so the service logs the import as
one audit entry; updates still bump `version`, so an edit opened before the import is
refused as stale instead of silently overwriting it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from tdkt.exchange.existing import Existing, State
from tdkt.progress import Progress, check_cancelled

CHUNK = 5_000  # rows per statement: progress and Cancel stay responsive


class BulkWriter:
    """Inserts and updates rows of one transaction, reporting progress as it goes."""

    def __init__(self, session: Session, total: int, progress: Progress) -> None:
        self.connection = session.connection()
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress

    def _chunks(self, rows: Iterable[State]) -> Iterator[list[State]]:
        source = iter(rows)
        while chunk := list(islice(source, CHUNK)):
            check_cancelled(self.progress)
            yield chunk
            self.done += len(chunk)
            # Links and authors are written beside the counted rows: never past the end.
            fraction = min(self.done / self.total, 1.0)
            self.progress.report(
                fraction, f"Đang ghi dữ liệu ({self.done:,} dòng)…".replace(",", ".")
            )

    def insert(self, table: Table, rows: list[State]) -> list[int]:
        """Insert rows with ids reserved up front (RETURNING row by row would be far slower);
        returns the ids in the order given."""
        ids = self._reserve_ids(table, len(rows))
        for row, new_id in zip(rows, ids, strict=True):
            row["id"] = new_id
        self.insert_plain(table, rows)
        return ids

    def _reserve_ids(self, table: Table, count: int) -> list[int]:
        if not count:
            return []
        if self.connection.dialect.name == "postgresql":  # the sequence, safe with others
            statement = text(
                "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                "FROM generate_series(1, :count)"
            )
            return list(
                self.connection.execute(statement, {"table": table.name, "count": count}).scalars()
            )
        # SQLite: one writer at a time, and this transaction writes from here on.
        last = self.connection.execute(select(func.max(table.c.id))).scalar() or 0
        return list(range(last + 1, last + count + 1))

    def insert_plain(self, table: Table, rows: Iterable[State]) -> None:
        """Insert rows without needing their ids; `rows` may be a generator, built per chunk.

        On PostgreSQL rows travel by COPY, several times faster than INSERT statements."""
        copy = self.connection.dialect.name == "postgresql"
        for chunk in self._chunks(rows):
            if copy:
                self._copy(table, chunk)
            else:
                self.connection.execute(insert(table), chunk)

    def _copy(self, table: Table, rows: list[State]) -> None:
        columns = list(rows[0])
        names = ", ".join(f'"{name}"' for name in columns)
        statement = f'COPY "{table.name}" ({names}) FROM STDIN'
        # The DBAPI connection of this very transaction: COPY is part of it.
        cursor = self.connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        driver_error = self.connection.dialect.loaded_dbapi.Error
        try:
            with cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row([row[name] for name in columns])
        except driver_error as error:
            # COPY bypasses SQLAlchemy: wrap its failure as SQLAlchemy would have, so the unit
            # of work turns it into a Vietnamese ConflictError or StorageError like any other.
            raise sa_exc.DBAPIError.instance(statement, None, error, driver_error) from error

    def update(
        self, table: Table, rows: list[State], columns: tuple[str, ...], bump: bool = True
    ) -> None:
        """Set `columns` of the rows by their `id` and (with `bump`) move their version on."""
        if not rows:
            return
        values: dict[str, Any] = {name: bindparam(f"b_{name}") for name in columns}
        if bump and "version" in table.c:
            values["version"] = table.c.version + 1
        statement = update(table).where(table.c.id == bindparam("b_id")).values(values)
        params = [{"b_id": row["id"], **{f"b_{n}": row[n] for n in columns}} for row in rows]
        for chunk in self._chunks(params):
            self.connection.execute(statement, chunk)

    def delete_where_in(self, table: Table, column: str, ids: list[int]) -> None:
        for start in range(0, len(ids), CHUNK):
            self.connection.execute(
                delete(table).where(table.c[column].in_(ids[start : start + CHUNK]))
            )


class IdMaps:
    """Codes to ids, for what existed and for what this import inserts."""

    def __init__(self, existing: Existing) -> None:
        self.units = {code: s["id"] for code, s in existing.units.items()}
        self.people = {code: s["id"] for code, s in existing.people.items()}
        self.initiatives = {code: s["id"] for code, s in existing.initiatives.items()}
        self.batches = {name: s["id"] for name, s in existing.batches.items()}

    def subject(self, kind_is_person: bool, code: str) -> tuple[int | None, int | None]:
        """(person_id, unit_id) of a subject code."""
        if kind_is_person:
            return self.people[code], None
        return None, self.units[code]
