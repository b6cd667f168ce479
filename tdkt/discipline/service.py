"""Recording and reading discipline of people."""

from __future__ import annotations

from sqlalchemy import select

from tdkt.discipline.records import DisciplineRecord
from tdkt.discipline.types import FORM_LABELS, DisciplineDraft, DisciplineRow
from tdkt.errors import NotFoundError, ValidationError
from tdkt.people.records import PersonRecord
from tdkt.services.base import ServiceBase
from tdkt.text import clean, parse_date
from tdkt.validation import typed_date


def _row(r: DisciplineRecord) -> DisciplineRow:
    return DisciplineRow(
        r.id, r.person_id, r.form, r.effective_on, r.ends_on, r.decision_no, r.reason
    )


class DisciplineService(ServiceBase):
    def add(self, draft: DisciplineDraft) -> DisciplineRow:
        errors: dict[str, str] = {}
        if draft.form not in FORM_LABELS:
            errors["form"] = "Hình thức kỷ luật không hợp lệ."
        effective_on = None
        try:
            effective_on = parse_date(clean(draft.effective_on))
        except ValueError as error:
            errors["effective_on"] = f"Ngày hiệu lực: {error}"
        ends_on = typed_date(clean(draft.ends_on), "ends_on", "Ngày kết thúc", errors)
        if effective_on and ends_on and ends_on < effective_on:
            errors["ends_on"] = "Ngày kết thúc phải sau ngày hiệu lực."
        if errors:
            raise ValidationError(errors)
        with self._transaction() as session:
            if session.get(PersonRecord, draft.person_id) is None:
                raise NotFoundError("Cá nhân không còn tồn tại.")
            record = DisciplineRecord(
                person_id=draft.person_id,
                form=draft.form,
                effective_on=effective_on,
                ends_on=ends_on,
                decision_no=clean(draft.decision_no),
                reason=clean(draft.reason),
            )
            session.add(record)
            session.flush()
            return _row(record)

    def list_for(self, person_id: int) -> list[DisciplineRow]:
        with self._transaction() as session:
            records = session.scalars(
                select(DisciplineRecord)
                .where(DisciplineRecord.person_id == person_id)
                .order_by(DisciplineRecord.effective_on)
            )
            return [_row(r) for r in records]
