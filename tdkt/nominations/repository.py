"""Queries on nomination batches, lines, their history, attachments and review flags;
never commits."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from tdkt.catalog.records import TitleRecord
from tdkt.movements.records import MovementRecord
from tdkt.nominations.records import (
    NominationAttachmentRecord,
    NominationBatchRecord,
    NominationLineRecord,
    NominationStatusRecord,
)
from tdkt.nominations.types import (
    AttachmentRow,
    NominationBatchRow,
    NominationLineRow,
    StatusChange,
)
from tdkt.people.records import PersonRecord
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import fold, name_sort_key
from tdkt.units.records import UnitRecord
from tdkt.units.repository import UnitRepository

UNKNOWN_UNIT_ORDER = 1_000_000  # a unit deleted since prints after every unit of the chart


# Made once: an alias made per call leaves objects in reference cycles behind, and the
# batch's line checks run with the collector paused (tdkt.collector).
_LINE_PERSON = aliased(PersonRecord)
_LINE_UNIT = aliased(UnitRecord)


class NominationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, batch_id: int) -> NominationBatchRecord | None:
        return self._session.get(NominationBatchRecord, batch_id)

    def line(self, line_id: int) -> NominationLineRecord | None:
        return self._session.get(NominationLineRecord, line_id)

    def batch_by_name(self, name: str) -> NominationBatchRecord | None:
        return self._session.scalar(
            select(NominationBatchRecord).where(NominationBatchRecord.name == name)
        )

    def batches(
        self, name: str | None = None, batch_id: int | None = None
    ) -> list[NominationBatchRow]:
        """Every batch (or the one named), newest first, with its number of lines."""
        b, line = NominationBatchRecord, NominationLineRecord
        counts = (
            select(
                line.batch_id,
                func.count().label("n"),
                func.sum(case((line.subject_kind == UNIT, 1), else_=0)).label("units"),
            )
            .group_by(line.batch_id)
            .subquery()
        )
        statement = (
            select(b, TitleRecord.code, TitleRecord.name, MovementRecord.name, counts.c.n)
            .add_columns(counts.c.units)
            .outerjoin(TitleRecord, TitleRecord.id == b.title_id)
            .outerjoin(MovementRecord, MovementRecord.id == b.movement_id)
            .outerjoin(counts, counts.c.batch_id == b.id)
            .order_by(b.created_at.desc(), b.name)
        )
        if name is not None:
            statement = statement.where(b.name == name)
        if batch_id is not None:
            statement = statement.where(b.id == batch_id)
        return [
            _batch_row(batch, code or "", title or "", movement or "", count or 0, units or 0)
            for batch, code, title, movement, count, units in self._session.execute(statement)
        ]

    def lines(self, batch_id: int | None = None) -> list[NominationLineRow]:
        """The lines of one batch (or of all batches) in their order within the batch."""
        line = NominationLineRecord
        person, unit = _LINE_PERSON, _LINE_UNIT
        statement = (
            select(line, person.code, unit.code, TitleRecord.code, TitleRecord.name)
            .join(TitleRecord, TitleRecord.id == line.title_id)
            .outerjoin(person, person.id == line.person_id)
            .outerjoin(unit, unit.id == line.unit_id)
            .order_by(line.batch_id, line.sort_position, line.id)
        )
        if batch_id is not None:
            statement = statement.where(line.batch_id == batch_id)
        unit_order = {u.id: u.tree_index for u in UnitRepository(self._session).tree_rows()}
        return [
            _line_row(record, person_code or unit_code, code, title, unit_order)
            for record, person_code, unit_code, code, title in self._session.execute(statement)
        ]

    def line_records(self, batch_id: int) -> list[NominationLineRecord]:
        return list(
            self._session.scalars(
                select(NominationLineRecord)
                .where(NominationLineRecord.batch_id == batch_id)
                .order_by(NominationLineRecord.sort_position, NominationLineRecord.id)
            )
        )

    def title_issuers(self, batch_id: int) -> list[str]:
        """The deciding level of every title the batch's lines propose."""
        return list(
            self._session.scalars(
                select(TitleRecord.issuer)
                .join(NominationLineRecord, NominationLineRecord.title_id == TitleRecord.id)
                .where(NominationLineRecord.batch_id == batch_id)
                .distinct()
            )
        )

    def history(self, batch_id: int) -> list[StatusChange]:
        s = NominationStatusRecord
        return [
            StatusChange(r.changed_at, r.actor, r.from_status, r.to_status, r.reason, r.detail)
            for r in self._session.scalars(
                select(s).where(s.batch_id == batch_id).order_by(s.changed_at, s.id)
            )
        ]

    def attachment_records(self, batch_id: int) -> list[NominationAttachmentRecord]:
        a = NominationAttachmentRecord
        return list(
            self._session.scalars(
                select(a).where(a.batch_id == batch_id).order_by(a.added_at, a.id)
            )
        )

    def attachments(self, batch_id: int, labels: dict[str, str]) -> list[AttachmentRow]:
        names = {
            line_id: name
            for line_id, name in self._session.execute(
                select(NominationLineRecord.id, NominationLineRecord.subject_name).where(
                    NominationLineRecord.batch_id == batch_id
                )
            )
        }
        return [
            AttachmentRow(
                r.id,
                r.batch_id,
                r.line_id,
                r.doc_type,
                labels.get(r.doc_type, r.doc_type),
                r.name,
                r.added_at,
                names.get(r.line_id, "") if r.line_id is not None else "",
            )
            for r in self.attachment_records(batch_id)
        ]

    def next_position(self, batch_id: int) -> int:
        last = self._session.scalar(
            select(func.max(NominationLineRecord.sort_position)).where(
                NominationLineRecord.batch_id == batch_id
            )
        )
        return (last or 0) + 1


def _batch_row(
    batch: NominationBatchRecord, code: str, title: str, movement: str, count: int, units: int
) -> NominationBatchRow:
    return NominationBatchRow(
        id=batch.id,
        name=batch.name,
        title_code=code,
        year=batch.year,
        status=batch.status,
        created_at=batch.created_at,
        line_count=count,
        title_name=title,
        level=batch.level,
        award_kind=batch.award_kind,
        movement_id=batch.movement_id,
        movement_name=movement,
        occasion=batch.occasion,
        recipient=batch.recipient,
        letter_no=batch.letter_no,
        letter_date=batch.letter_date,
        signer_name=batch.signer_name,
        signer_deputy=batch.signer_deputy,
        decision_no=batch.decision_no,
        decision_date=batch.decision_date,
        decision_signer=batch.decision_signer,
        decision_issuer=batch.decision_issuer,
        custom_order=batch.custom_order,
        note=batch.note,
        version=batch.version,
        unit_lines=units,
        search_text=fold(f"{batch.name} {title} {batch.level} {batch.letter_no}"),
    )


def _line_row(
    record: NominationLineRecord,
    live_code: str | None,
    title_code: str,
    title_name: str,
    unit_order: dict[int, int],
) -> NominationLineRow:
    is_person = record.subject_kind != UNIT if record.subject_kind else record.unit_id is None
    subject_id = record.person_id if is_person else record.unit_id
    place = unit_order.get(record.home_unit_id or -1, UNKNOWN_UNIT_ORDER)
    leader = 0 if (is_person and record.is_leader) else 1
    return NominationLineRow(
        id=record.id,
        batch_id=record.batch_id,
        subject_kind=PERSON if is_person else UNIT,
        subject_code=live_code or record.subject_code,
        title_code=title_code,
        year=record.year,
        summary=record.summary,
        subject_name=record.subject_name,
        birth_year=record.birth_year,
        gender=record.gender,
        position=record.position,
        unit_name=record.unit_name,
        sort_position=record.sort_position,
        title_name=title_name,
        subject_id=subject_id,
        home_unit_id=record.home_unit_id,
        is_leader=record.is_leader,
        basis=record.basis,
        certificate_text=record.certificate_text,
        note=record.note,
        vote_result=record.vote_result,
        vote_agree=record.vote_agree,
        vote_base=record.vote_base,
        outcome=record.outcome,
        award_id=record.award_id,
        version=record.version,
        order_key=(place, leader, name_sort_key(record.subject_name) if is_person else ""),
    )
