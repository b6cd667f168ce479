"""What nomination batches contribute to other features without them importing this one:
the open proposals the eligibility engine counts in quotas and duplicate warnings, and the
batches the dashboard lists as waiting for a decision."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tdkt.catalog.records import TitleRecord
from tdkt.eligibility.duplicates import Proposal
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord
from tdkt.nominations.types import OPEN_STATUSES, STATUS_LABELS, SUBMITTED
from tdkt.reports.dashboard_types import PendingBatch
from tdkt.subjects.types import PERSON, UNIT


class BatchProposals:
    """`duplicates.ProposalSource`: lines of batches still under way, unless the council
    voted them down. Decided batches are awards by now; returned ones are withdrawn."""

    def __init__(self, exclude_batch: int | None = None) -> None:
        self._exclude = exclude_batch

    def proposals(self, session: Session, year: int) -> Iterable[Proposal]:
        line, batch = NominationLineRecord, NominationBatchRecord
        statement = (
            select(
                line.person_id, line.unit_id, TitleRecord.code, line.year, batch.name, batch.status
            )
            .join(batch, batch.id == line.batch_id)
            .join(TitleRecord, TitleRecord.id == line.title_id)
            .where(
                line.year == year,
                batch.status.in_(OPEN_STATUSES),
                line.vote_result != "khong_dat",
            )
        )
        if self._exclude is not None:
            statement = statement.where(batch.id != self._exclude)
        found = []
        for person_id, unit_id, code, line_year, name, status in session.execute(statement):
            if person_id is None and unit_id is None:
                continue
            kind, subject_id = (PERSON, person_id) if person_id is not None else (UNIT, unit_id)
            found.append(Proposal(kind, subject_id, code, line_year, name, status))
        return found


def pending_batches(session: Session, today: date) -> list[PendingBatch]:
    """Batches sent and waiting for the decision, oldest letter first."""
    batch, line = NominationBatchRecord, NominationLineRecord
    counts = select(line.batch_id, func.count().label("n")).group_by(line.batch_id).subquery()
    statement = (
        select(batch, TitleRecord.name, counts.c.n)
        .outerjoin(TitleRecord, TitleRecord.id == batch.title_id)
        .outerjoin(counts, counts.c.batch_id == batch.id)
        .where(batch.status == SUBMITTED)
        .order_by(batch.letter_date, batch.name)
    )
    return [
        PendingBatch(
            record.name,
            title or (f"Trình {record.level}" if record.level else "Nhiều danh hiệu"),
            count or 0,
            record.letter_date,
            STATUS_LABELS[SUBMITTED] + " – chờ quyết định",
        )
        for record, title, count in session.execute(statement)
    ]
