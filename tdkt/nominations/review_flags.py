"""Reading the "cần xem lại" flags: on awards and on proposals whose ground was revoked."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord, ReviewFlagRecord
from tdkt.nominations.types import ReviewFlagRow
from tdkt.people.records import PersonRecord
from tdkt.text import format_date
from tdkt.units.records import UnitRecord

# Made once (see tdkt.nominations.repository): the line checks run with the collector paused.
_TARGET_AWARD = aliased(AwardRecord)
_CAUSE_AWARD = aliased(AwardRecord)


def award_label(session: Session, award: AwardRecord) -> str:
    """ "Chiến sĩ thi đua cơ sở năm 2023 – Nguyễn Văn An (QĐ 25/QĐ-SCT ngày 20/12/2023)"."""
    title = session.get(TitleRecord, award.title_id)
    name = subject_name(session, award)
    return f"{title.name if title else ''} năm {award.year} – {name}{decision_text(award)}"


def subject_name(session: Session, award: AwardRecord) -> str:
    if award.person_id is not None:
        person = session.get(PersonRecord, award.person_id)
        return person.full_name if person is not None else ""
    unit = session.get(UnitRecord, award.unit_id)
    return unit.name if unit is not None else ""


def decision_text(award: AwardRecord) -> str:
    if not award.decision_no:
        return ""
    dated = f" ngày {format_date(award.decision_date)}" if award.decision_date else ""
    return f" (QĐ {award.decision_no}{dated})"


def flag_rows(
    session: Session,
    include_resolved: bool = False,
    batch_id: int | None = None,
) -> list[ReviewFlagRow]:
    flag = ReviewFlagRecord
    target_award, cause = _TARGET_AWARD, _CAUSE_AWARD
    statement = (
        select(flag, target_award, NominationLineRecord, NominationBatchRecord.name, cause)
        .outerjoin(target_award, target_award.id == flag.award_id)
        .outerjoin(NominationLineRecord, NominationLineRecord.id == flag.line_id)
        .outerjoin(NominationBatchRecord, NominationBatchRecord.id == NominationLineRecord.batch_id)
        .join(cause, cause.id == flag.cause_award_id)
        .order_by(flag.flagged_at.desc(), flag.id)
    )
    if not include_resolved:
        statement = statement.where(flag.resolved_at.is_(None))
    if batch_id is not None:
        statement = statement.where(NominationLineRecord.batch_id == batch_id)
    rows = []
    for record, award, line, batch_name, cause_award in session.execute(statement):
        if award is not None:
            target, target_id = "award", award.id
            title = session.get(TitleRecord, award.title_id)
            name = subject_name(session, award)
            year, where = award.year, decision_text(award).strip(" ()") or "Khen thưởng"
        else:
            target, target_id = "line", line.id
            title = session.get(TitleRecord, line.title_id)
            name, year, where = line.subject_name, line.year, f"Đợt đề nghị {batch_name}"
        rows.append(
            ReviewFlagRow(
                record.id,
                target,
                target_id,
                name,
                title.name if title else "",
                year,
                where,
                record.reason,
                award_label(session, cause_award),
                record.flagged_at,
                record.resolved_at,
                record.resolution,
            )
        )
    return rows


def flags_of_batch(session: Session, batch_id: int) -> list[ReviewFlagRow]:
    return flag_rows(session, batch_id=batch_id)
