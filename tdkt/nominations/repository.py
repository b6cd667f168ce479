"""Queries on nomination batches and lines; never commits."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from tdkt.catalog.records import TitleRecord
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord
from tdkt.nominations.types import NominationBatchRow, NominationLineRow
from tdkt.people.records import PersonRecord
from tdkt.subjects.types import PERSON, UNIT
from tdkt.units.records import UnitRecord


class NominationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def batch_by_name(self, name: str) -> NominationBatchRecord | None:
        return self._session.scalar(
            select(NominationBatchRecord).where(NominationBatchRecord.name == name)
        )

    def batches(self, name: str | None = None) -> list[NominationBatchRow]:
        """Every batch (or the one named), newest first, with its number of lines."""
        b = NominationBatchRecord
        counts = (
            select(NominationLineRecord.batch_id, func.count().label("n"))
            .group_by(NominationLineRecord.batch_id)
            .subquery()
        )
        statement = (
            select(b, TitleRecord.code, counts.c.n)
            .outerjoin(TitleRecord, TitleRecord.id == b.title_id)
            .outerjoin(counts, counts.c.batch_id == b.id)
            .order_by(b.created_at.desc(), b.name)
        )
        if name is not None:
            statement = statement.where(b.name == name)
        return [
            NominationBatchRow(
                id=batch.id,
                name=batch.name,
                title_code=title_code or "",
                year=batch.year,
                status=batch.status,
                created_at=batch.created_at,
                line_count=count or 0,
            )
            for batch, title_code, count in self._session.execute(statement)
        ]

    def lines(self, batch_id: int | None = None) -> list[NominationLineRow]:
        """The lines of one batch (or of all batches) in their order within the batch."""
        line = NominationLineRecord
        person, unit = aliased(PersonRecord), aliased(UnitRecord)
        statement = (
            select(line, person.code, unit.code, TitleRecord.code)
            .join(TitleRecord, TitleRecord.id == line.title_id)
            .outerjoin(person, person.id == line.person_id)
            .outerjoin(unit, unit.id == line.unit_id)
            .order_by(line.batch_id, line.sort_position, line.id)
        )
        if batch_id is not None:
            statement = statement.where(line.batch_id == batch_id)
        return [
            NominationLineRow(
                id=record.id,
                batch_id=record.batch_id,
                subject_kind=PERSON if record.person_id is not None else UNIT,
                subject_code=person_code or unit_code,
                title_code=title_code,
                year=record.year,
                summary=record.summary,
                subject_name=record.subject_name,
                birth_year=record.birth_year,
                gender=record.gender,
                position=record.position,
                unit_name=record.unit_name,
                sort_position=record.sort_position,
            )
            for record, person_code, unit_code, title_code in self._session.execute(statement)
        ]
