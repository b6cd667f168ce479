"""Recording the decision on a batch: one transaction creates the award records of the
approved lines, with the bonus coefficient and the base salary in force on the decision
date, and links the initiatives each award rests on. A batch is decided once: a second
decision is refused, so no award is ever created twice."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sqlalchemy.orm import Session

from tdkt.audit.recorder import log_action
from tdkt.awards.records import AwardRecord
from tdkt.awards.repository import AwardRepository
from tdkt.awards.service import basis_initiative_codes
from tdkt.catalog.records import TitleRecord
from tdkt.errors import ConflictError, ValidationError
from tdkt.nominations.batches import batch_row, get_batch
from tdkt.nominations.records import NominationBatchRecord, NominationLineRecord
from tdkt.nominations.repository import NominationRepository
from tdkt.nominations.salary import BonusTable, bonus_table
from tdkt.nominations.types import (
    APPROVED,
    DECIDED,
    NOT_APPROVED,
    STATUS_LABELS,
    SUBMITTED,
    DecisionDraft,
    DecisionResult,
)
from tdkt.nominations.validation import validate_decision
from tdkt.nominations.workflow import record_step
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import clean, format_date


def cleaned(draft: DecisionDraft) -> DecisionDraft:
    return DecisionDraft(
        decision_no=clean(draft.decision_no),
        decision_date=clean(draft.decision_date),
        signer=clean(draft.signer),
        issuer=clean(draft.issuer),
        refused_line_ids=tuple(dict.fromkeys(draft.refused_line_ids)),
    )


class DecisionUseCases:
    """Mixed into NominationService; `_before_bulk` backs the database up first."""

    _before_bulk: Callable[[], object]

    def record_decision(self, batch_id: int, draft: DecisionDraft) -> DecisionResult:
        draft = cleaned(draft)
        self._before_bulk()  # outside the transaction: a failed backup stops the change
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = get_batch(session, batch_id)
            _refuse_twice(record)
            errors, values = validate_decision(
                draft,
                self._clock.today(),
                record.letter_date,  # type: ignore[attr-defined]
            )
            if errors or values is None:
                raise ValidationError(errors)
            lines = NominationRepository(session).line_records(batch_id)
            unknown = set(draft.refused_line_ids) - {line.id for line in lines}
            if unknown:
                raise ValidationError("Có dòng không thuộc đợt đề nghị này.")
            record.decision_no, record.decision_date = draft.decision_no, values.decision_date
            record.decision_signer = draft.signer
            record.decision_issuer = draft.issuer or record.level
            made, refused, total = _award_lines(
                session, record, lines, set(draft.refused_line_ids), bonus_table(session)
            )
            detail = (
                f"Quyết định số {draft.decision_no} ngày {format_date(values.decision_date)}: "
                f"{made} khen thưởng"
                + (f", {refused} dòng không được khen thưởng" if refused else "")
            )
            record_step(session, record, DECIDED, self._actor(), self._clock.now(), "", detail)  # type: ignore[attr-defined]
            log_action(
                session,
                "bulk",
                "nomination_batch",
                f"Ghi quyết định {draft.decision_no} cho đợt {record.name}",
                {"awards": made, "refused": refused},
            )
            session.flush()
            salary = bonus_table(session).base_salary_on(values.decision_date)
            return DecisionResult(batch_row(session, batch_id), made, refused, total, salary)


def _refuse_twice(record: NominationBatchRecord) -> None:
    if record.decision_no or record.status == DECIDED:
        dated = f" ngày {format_date(record.decision_date)}" if record.decision_date else ""
        raise ConflictError(
            f"Đợt “{record.name}” đã ghi Quyết định số {record.decision_no}{dated}; không ghi "
            "quyết định lần nữa (các khen thưởng đã được tạo, không tạo trùng)."
        )
    if record.status != SUBMITTED:
        raise ConflictError(
            f"Đợt đề nghị đang ở bước “{STATUS_LABELS[record.status]}”: chỉ ghi quyết định "
            "cho đợt đã trình."
        )


def _award_lines(
    session: Session,
    record: NominationBatchRecord,
    lines: list[NominationLineRecord],
    refused_ids: set[int],
    table: BonusTable,
) -> tuple[int, int, Decimal | None]:
    awards = AwardRepository(session)
    made = refused = 0
    total: Decimal | None = None
    for line in lines:
        if line.id in refused_ids or line.vote_result == "khong_dat":
            line.outcome = NOT_APPROVED
            refused += 1
            continue
        award = _award_for(session, awards, record, line, table)
        line.outcome, line.award_id = APPROVED, award.id
        made += 1
        if award.bonus_coefficient is not None and award.base_salary is not None:
            total = (total or Decimal(0)) + award.bonus_coefficient * award.base_salary
    if not made:
        raise ValidationError("Quyết định không khen thưởng dòng nào: hãy kiểm tra lại các dòng.")
    return made, refused, total


def _award_for(
    session: Session,
    awards: AwardRepository,
    record: NominationBatchRecord,
    line: NominationLineRecord,
    table: BonusTable,
) -> AwardRecord:
    if line.person_id is None and line.unit_id is None:
        raise ValidationError(
            f"{line.subject_name} không còn trong danh sách cá nhân, đơn vị; không ghi được "
            "khen thưởng. Hãy đánh dấu dòng này là không được khen thưởng."
        )
    same = awards.find_same(
        line.person_id, line.unit_id, line.title_id, line.year, record.decision_no
    )
    if same is not None:  # entered by hand or imported before: link it, never duplicate it
        return same
    title = session.get(TitleRecord, line.title_id)
    assert title is not None and record.decision_date is not None
    kind = PERSON if line.person_id is not None else UNIT
    coefficient = table.coefficient(title.code, kind)
    award = AwardRecord(
        version=1,
        person_id=line.person_id,
        unit_id=line.unit_id,
        title_id=line.title_id,
        year=line.year,
        decision_no=record.decision_no,
        decision_date=record.decision_date,
        issuer=record.decision_issuer or title.issuer,
        kind=record.award_kind,
        content=line.certificate_text or record.occasion,
        basis=line.basis,
        bonus_coefficient=coefficient,
        base_salary=table.base_salary_on(record.decision_date) if coefficient is not None else None,
    )
    session.add(award)
    session.flush()
    unknown = awards.link_initiatives(award, basis_initiative_codes(line.basis))
    if unknown:
        raise ValidationError(
            f"Căn cứ của {line.subject_name} có mã sáng kiến không tồn tại: {', '.join(unknown)}."
        )
    return award
