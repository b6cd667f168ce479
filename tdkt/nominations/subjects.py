"""Deleting a person or a unit that nominations name: refused while a batch still under way
proposes them (the message names the batches); lines of closed batches (returned, decided)
keep their snapshot and let go of the subject."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.errors import ConflictError
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord
from tdkt.nominations.types import OPEN_STATUSES


def release_subject(
    session: Session, name: str, person_id: int | None = None, unit_id: int | None = None
) -> None:
    line = NominationLineRecord
    column = line.person_id if person_id is not None else line.unit_id
    subject_id = person_id if person_id is not None else unit_id
    rows = session.execute(
        select(line, NominationBatchRecord.name, NominationBatchRecord.status)
        .join(NominationBatchRecord, NominationBatchRecord.id == line.batch_id)
        .where(column == subject_id)
    ).all()
    open_batches = sorted({batch for _line, batch, status in rows if status in OPEN_STATUSES})
    if open_batches:
        raise ConflictError(
            f"Không xóa được “{name}” vì đang có tên trong đợt đề nghị khen thưởng "
            f"{', '.join(open_batches)}. Hãy bỏ dòng đề nghị khỏi đợt (hoặc chờ đợt có quyết "
            "định) trước khi xóa."
        )
    for record, _batch, _status in rows:  # through the ORM: the audit log sees each one
        if person_id is not None:
            record.person_id = None
        else:
            record.unit_id = None
        if record.home_unit_id == unit_id and unit_id is not None:
            record.home_unit_id = None
    session.flush()
