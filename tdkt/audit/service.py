"""Browsing the audit log: filtered pages, newest first, and the export to Excel.

The log can hold millions of rows; the page asks for one slice at a time and the export
walks it by id (keyset), never loading it whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, func, or_, select

from tdkt.audit.labels import entity_label
from tdkt.audit.readable import to_entry
from tdkt.audit.records import AuditRecord
from tdkt.audit.types import AuditEntry, AuditPage, AuditQuery
from tdkt.progress import NullProgress, Progress
from tdkt.services.base import ServiceBase

PAGE_SIZE = 200
EXPORT_CHUNK = 2000


def _filtered(statement: Select, query: AuditQuery) -> Select:  # type: ignore[type-arg]
    if query.date_from is not None:
        statement = statement.where(AuditRecord.at >= datetime.combine(query.date_from, time()))
    if query.date_to is not None:
        end = datetime.combine(query.date_to + timedelta(days=1), time())
        statement = statement.where(AuditRecord.at < end)
    if query.actor:
        statement = statement.where(AuditRecord.actor == query.actor)
    if query.entity:
        statement = statement.where(AuditRecord.entity == query.entity)
    if query.text.strip():
        pattern = f"%{query.text.strip()}%"
        statement = statement.where(
            or_(
                AuditRecord.summary.ilike(pattern),
                AuditRecord.before_json.ilike(pattern),
                AuditRecord.after_json.ilike(pattern),
            )
        )
    return statement


class AuditService(ServiceBase):
    def page(self, query: AuditQuery, offset: int = 0, limit: int = PAGE_SIZE) -> AuditPage:
        """Entries `offset` to `offset + limit` of the filtered log, newest first."""
        with self._transaction() as session:
            total = session.scalar(_filtered(select(func.count(AuditRecord.id)), query)) or 0
            records = session.scalars(
                _filtered(select(AuditRecord), query)
                .order_by(AuditRecord.id.desc())
                .offset(offset)
                .limit(limit)
            )
            return AuditPage([to_entry(r) for r in records], total)

    def actors(self) -> list[str]:
        with self._transaction() as session:
            return list(
                session.scalars(select(AuditRecord.actor).distinct().order_by(AuditRecord.actor))
            )

    def entities(self) -> list[tuple[str, str]]:
        """(table, Vietnamese label) of every kind of record in the log, by label."""
        with self._transaction() as session:
            names = session.scalars(select(AuditRecord.entity).distinct())
            return sorted(((n, entity_label(n)) for n in names), key=lambda pair: pair[1])

    def export(self, query: AuditQuery, path: Path, progress: Progress | None = None) -> int:
        """Write the filtered log to an Excel workbook; returns the number of entries."""
        from tdkt.audit.export import write_workbook  # openpyxl: loaded when first needed

        progress = progress or NullProgress()
        with self._transaction() as session:
            total = session.scalar(_filtered(select(func.count(AuditRecord.id)), query)) or 0
        return write_workbook(path, query, self._chunks(query), total, progress)

    def _chunks(self, query: AuditQuery) -> Iterator[list[AuditEntry]]:
        """The filtered log newest first, a chunk per transaction (keyset on the id)."""
        last_id: int | None = None
        while True:
            with self._transaction() as session:
                statement = _filtered(select(AuditRecord), query)
                if last_id is not None:
                    statement = statement.where(AuditRecord.id < last_id)
                records = list(
                    session.scalars(statement.order_by(AuditRecord.id.desc()).limit(EXPORT_CHUNK))
                )
                chunk = [to_entry(r) for r in records]
            if not chunk:
                return
            last_id = chunk[-1].id
            yield chunk
