"""Setting and reading annual ratings of people and units."""

from __future__ import annotations

from sqlalchemy import select

from tdkt.errors import NotFoundError, ValidationError
from tdkt.people.records import PersonRecord
from tdkt.ratings.records import RatingRecord
from tdkt.ratings.types import GRADE_LABELS, RatingRow
from tdkt.services.base import ServiceBase
from tdkt.subjects.types import PERSON
from tdkt.units.records import UnitRecord


def _row(record: RatingRecord) -> RatingRow:
    if record.person_id is not None:
        return RatingRow(record.id, PERSON, record.person_id, record.year, record.grade)
    return RatingRow(record.id, "tap_the", record.unit_id or 0, record.year, record.grade)


class RatingService(ServiceBase):
    def set_rating(self, subject_kind: str, subject_id: int, year: int, grade: str) -> RatingRow:
        """Record (or correct) the rating of a person or unit for a year."""
        if grade not in GRADE_LABELS:
            raise ValidationError({"grade": "Xếp loại chỉ nhận HTXSNV, HTTNV, HTNV hoặc KHTNV."})
        if not 1945 <= year <= self._clock.today().year + 1:
            raise ValidationError({"year": f"Năm {year} không hợp lệ."})
        column = RatingRecord.person_id if subject_kind == PERSON else RatingRecord.unit_id
        owner = PersonRecord if subject_kind == PERSON else UnitRecord
        with self._transaction() as session:
            if session.get(owner, subject_id) is None:
                raise NotFoundError("Đối tượng được xếp loại không tồn tại.")
            record = session.scalar(
                select(RatingRecord).where(column == subject_id, RatingRecord.year == year)
            )
            if record is None:
                record = RatingRecord(year=year)
                setattr(record, column.key, subject_id)
                session.add(record)
            record.grade = grade
            session.flush()
            return _row(record)

    def list_for(self, subject_kind: str, subject_id: int) -> list[RatingRow]:
        column = RatingRecord.person_id if subject_kind == PERSON else RatingRecord.unit_id
        with self._transaction() as session:
            records = session.scalars(
                select(RatingRecord).where(column == subject_id).order_by(RatingRecord.year)
            )
            return [_row(r) for r in records]
