"""Queries on the catalogue; never commits."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.catalog.records import TitleRecord
from tdkt.catalog.types import Title
from tdkt.text import fold


def to_title(record: TitleRecord) -> Title:
    return Title(
        id=record.id,
        code=record.code,
        name=record.name,
        short_name=record.short_name,
        category=record.category,
        subject_kind=record.subject_kind,
        level=record.level,
        issuer=record.issuer,
        rank=record.rank,
        active=record.active,
    )


class TitleRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> list[TitleRecord]:
        statement = select(TitleRecord).order_by(TitleRecord.rank, TitleRecord.code)
        return list(self._session.scalars(statement))

    def by_code(self, code: str) -> TitleRecord | None:
        return self._session.scalar(select(TitleRecord).where(TitleRecord.code == code))

    def lookup(self) -> dict[str, TitleRecord]:
        """Every title under its code and under its folded full and short names."""
        table: dict[str, TitleRecord] = {}
        for record in self.all():
            table[fold(record.name)] = record
            if record.short_name:
                table.setdefault(fold(record.short_name), record)
        for record in self.all():
            table[fold(record.code)] = record
        return table
