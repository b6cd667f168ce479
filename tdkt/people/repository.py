"""Queries on people; never commits."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from tdkt.people.records import PersonRecord
from tdkt.people.types import PersonRow
from tdkt.storage.streaming import streamed
from tdkt.units.records import UnitRecord


def _row_statement() -> Select:  # type: ignore[type-arg]
    p = PersonRecord
    return (
        select(
            p.id,
            p.code,
            p.full_name,
            p.gender,
            p.birth_date,
            p.birth_year,
            p.unit_id,
            UnitRecord.name,
            p.position,
            p.is_leader,
            p.cccd,
            p.left_on,
            p.name_key,
            p.search_text,
        )
        .join(UnitRecord, UnitRecord.id == p.unit_id)
        .order_by(p.name_key, p.id)
    )


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, person_id: int) -> PersonRecord | None:
        return self._session.get(PersonRecord, person_id)

    def by_code(self, code: str) -> PersonRecord | None:
        return self._session.scalar(select(PersonRecord).where(PersonRecord.code == code))

    def by_cccd(self, cccd: str) -> PersonRecord | None:
        return self._session.scalar(select(PersonRecord).where(PersonRecord.cccd == cccd))

    def rows(self, unit_ids: set[int] | None = None, include_left: bool = True) -> list[PersonRow]:
        """People in Vietnamese name order, as plain rows (no ORM objects: 10,000 must be quick)."""
        statement = _row_statement()
        if unit_ids is not None:
            statement = statement.where(PersonRecord.unit_id.in_(unit_ids))
        if not include_left:
            statement = statement.where(PersonRecord.left_on.is_(None))
        return [
            PersonRow(
                id=r[0],
                code=r[1],
                full_name=r[2],
                gender=r[3],
                birth_date=r[4],
                birth_year=r[5],
                unit_id=r[6],
                unit_name=r[7],
                position=r[8],
                is_leader=r[9],
                cccd=r[10] or "",
                left_on=r[11],
                name_key=r[12],
                search_text=r[13],
            )
            for r in self._session.execute(streamed(statement))
        ]
