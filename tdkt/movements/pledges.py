"""Pledge use cases (giao ước thi đua): the units that sign, the targets, the results at the
end of the year."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.movements.records import (
    PledgeRecord,
    PledgeTargetRecord,
    PledgeUnitRecord,
)
from tdkt.movements.repository import MovementRepository, check_movement_year
from tdkt.movements.types import PledgeDraft, PledgeRow, PledgeTargetDraft
from tdkt.movements.validation import validate_pledge
from tdkt.services.base import ServiceBase
from tdkt.text import clean
from tdkt.text.paragraphs import clean_paragraphs
from tdkt.units.records import UnitRecord


def cleaned(draft: PledgeDraft) -> PledgeDraft:
    targets = tuple(
        PledgeTargetDraft(clean(t.content), clean(t.measure), clean(t.target), clean(t.result))
        for t in draft.targets
    )
    return PledgeDraft(
        year=draft.year,
        name=clean(draft.name),
        unit_ids=tuple(draft.unit_ids),
        targets=tuple(t for t in targets if t.content or t.measure or t.target or t.result),
        movement_id=draft.movement_id,
        signed_on=clean(draft.signed_on),
        content=clean_paragraphs(draft.content),
    )


class PledgeService(ServiceBase):
    def list_rows(self, year: int | None = None) -> list[PledgeRow]:
        with self._transaction() as session:
            return MovementRepository(session).pledges(year)

    def create(self, draft: PledgeDraft) -> PledgeRow:
        with self._transaction() as session:
            record = PledgeRecord(version=1)
            self._apply(session, record, cleaned(draft))
            return MovementRepository(session).pledges(pledge_id=record.id)[0]

    def update(self, pledge_id: int, draft: PledgeDraft, version: int | None = None) -> PledgeRow:
        with self._transaction() as session:
            record = self._get(session, pledge_id)
            if version is not None and record.version != version:
                raise ConflictError("Bản ghi đã được người khác thay đổi. Hãy tải lại rồi sửa lại.")
            self._apply(session, record, cleaned(draft))
            return MovementRepository(session).pledges(pledge_id=record.id)[0]

    def delete(self, pledge_id: int) -> None:
        with self._transaction() as session:
            session.delete(self._get(session, pledge_id))

    @staticmethod
    def _get(session: Session, pledge_id: int) -> PledgeRecord:
        record = session.get(PledgeRecord, pledge_id)
        if record is None:
            raise NotFoundError("Giao ước không còn tồn tại.")
        return record

    def _apply(self, session: Session, record: PledgeRecord, draft: PledgeDraft) -> None:
        errors, signed_on = validate_pledge(draft, self._clock.today())
        if any(session.get(UnitRecord, uid) is None for uid in draft.unit_ids):
            errors["unit_ids"] = "Có đơn vị không còn tồn tại."
        check_movement_year(session, draft.movement_id, draft.year, errors)
        if errors:
            raise ValidationError(errors)
        session.add(record)  # only now: a half-filled record must never be flushed
        record.year, record.name = draft.year, draft.name  # type: ignore[assignment]
        record.movement_id, record.signed_on = draft.movement_id, signed_on
        record.content = draft.content
        session.flush()
        session.execute(delete(PledgeUnitRecord).where(PledgeUnitRecord.pledge_id == record.id))
        session.execute(delete(PledgeTargetRecord).where(PledgeTargetRecord.pledge_id == record.id))
        for unit_id in draft.unit_ids:
            session.add(PledgeUnitRecord(pledge_id=record.id, unit_id=unit_id))
        for position, target in enumerate(draft.targets):
            session.add(
                PledgeTargetRecord(
                    pledge_id=record.id,
                    position=position,
                    content=target.content,
                    measure=target.measure,
                    target=target.target,
                    result=target.result,
                )
            )
        session.flush()
