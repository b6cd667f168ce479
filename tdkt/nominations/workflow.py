"""The batch's workflow: dự thảo → đã họp Hội đồng → đã trình → có quyết định, or trả lại.

Every step is written to `nomination_status` (who, when, from, to, why, and what came with
it); the batch's status column is audited too. A batch is sent (đã trình) only with its
letter's number and date, titles of one deciding level, and a complete dossier unless the
secretary overrides the missing documents with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tdkt.errors import ConflictError, ValidationError
from tdkt.nominations import dossier
from tdkt.nominations.agenda_items import vote_results
from tdkt.nominations.levels import single_level
from tdkt.nominations.records import NominationBatchRecord, NominationStatusRecord
from tdkt.nominations.repository import NominationRepository
from tdkt.nominations.types import (
    DECIDED,
    DRAFT,
    MET,
    RETURNED,
    STATUS_LABELS,
    SUBMITTED,
    BatchDetails,
    TransitionDraft,
)
from tdkt.text import clean, format_date
from tdkt.text.paragraphs import clean_paragraphs
from tdkt.validation import typed_date

RECORD_MEETING = "hop"
SUBMIT = "trinh"
RETURN = "tra_lai"
REOPEN = "mo_lai"
DECIDE = "quyet_dinh"  # through DecisionUseCases.record_decision only


@dataclass(frozen=True)
class Step:
    label: str
    sources: tuple[str, ...]
    target: str
    needs_reason: bool


STEPS = {
    RECORD_MEETING: Step("Ghi kết quả họp Hội đồng", (DRAFT,), MET, False),
    SUBMIT: Step("Trình (đã gửi tờ trình)", (DRAFT, MET), SUBMITTED, False),
    RETURN: Step("Trả lại", (MET, SUBMITTED), RETURNED, True),
    REOPEN: Step("Mở lại để sửa", (MET, RETURNED), DRAFT, True),
    DECIDE: Step("Ghi quyết định", (SUBMITTED,), DECIDED, False),
}
ACTION_LABELS = {key: step.label for key, step in STEPS.items()}


def actions_open(status: str) -> tuple[str, ...]:
    return tuple(key for key, step in STEPS.items() if status in step.sources)


def record_step(
    session: Session,
    record: NominationBatchRecord,
    target: str,
    actor: str,
    now,  # type: ignore[no-untyped-def]
    reason: str = "",
    detail: str = "",
) -> None:
    session.add(
        NominationStatusRecord(
            batch_id=record.id,
            changed_at=now,
            actor=actor,
            from_status=record.status,
            to_status=target,
            reason=reason,
            detail=detail,
        )
    )
    record.status = target


def refuse_unless_draft(record: NominationBatchRecord) -> None:
    if record.status != DRAFT:
        raise ConflictError(
            f"Đợt đề nghị đang ở bước “{STATUS_LABELS[record.status]}”: chỉ sửa các dòng khi "
            "đợt còn là dự thảo (mở lại đợt để sửa)."
        )


class WorkflowUseCases:
    """Mixed into NominationService."""

    def advance(
        self, batch_id: int, step: TransitionDraft, version: int | None = None
    ) -> BatchDetails:
        """Take one workflow step (not the decision: `record_decision`)."""
        from tdkt.nominations.batches import batch_details, get_batch

        reason = clean_paragraphs(step.reason)
        spec = STEPS.get(step.action)
        if spec is None or step.action == DECIDE:
            raise ValidationError({"action": "Bước không hợp lệ."})
        if spec.needs_reason and not reason:
            raise ValidationError({"reason": f"Hãy ghi lý do ({spec.label.lower()})."})
        with self._transaction() as session:  # type: ignore[attr-defined]
            record = get_batch(session, batch_id, version)
            if record.status not in spec.sources:
                raise ConflictError(
                    f"Không thể “{spec.label.lower()}” khi đợt đang ở bước "
                    f"“{STATUS_LABELS[record.status]}”."
                )
            detail = ""
            if step.action == RECORD_MEETING:
                detail = _copy_votes(session, record)
            elif step.action == SUBMIT:
                detail = self._submission(session, record, step, reason)
            elif step.action == REOPEN:
                _clear_votes(session, record)
            record_step(
                session,
                record,
                spec.target,
                self._actor(),
                self._clock.now(),
                reason,
                detail,  # type: ignore[attr-defined]
            )
            session.flush()
            return batch_details(session, record)

    def _submission(
        self, session: Session, record: NominationBatchRecord, step: TransitionDraft, reason: str
    ) -> str:
        errors: dict[str, str] = {}
        letter_no = clean(step.letter_no) or record.letter_no
        letter_date = typed_date(clean(step.letter_date), "letter_date", "Ngày tờ trình", errors)
        letter_date = letter_date or record.letter_date
        if not letter_no:
            errors["letter_no"] = "Hãy ghi số tờ trình (ví dụ: 12/TTr-SCT)."
        if letter_date is None and "letter_date" not in errors:
            errors["letter_date"] = "Hãy ghi ngày tờ trình."
        elif letter_date is not None and letter_date > self._clock.today():  # type: ignore[attr-defined]
            errors["letter_date"] = "Ngày tờ trình không được sau hôm nay."
        if errors:
            raise ValidationError(errors)
        repository = NominationRepository(session)
        lines = repository.lines(record.id)
        if not any(line.vote_result != "khong_dat" for line in lines):
            raise ValidationError("Đợt đề nghị chưa có dòng nào để trình.")
        single_level([record.level, *repository.title_issuers(record.id)], f"Đợt “{record.name}”")
        record.letter_no, record.letter_date = letter_no, letter_date
        session.flush()
        missing = [i for i in dossier.checklist_items(session, record, lines) if not i.satisfied]
        detail = dossier.letter_text(letter_no, letter_date)
        if missing:
            names = "; ".join(
                f"{i.label}" + (f" ({i.line_label})" if i.line_label else "") for i in missing
            )
            if not step.override_missing:
                raise ValidationError(
                    {"checklist": f"Hồ sơ còn thiếu {len(missing)} tài liệu: {names}."}
                )
            if not reason:
                raise ValidationError(
                    {"reason": "Hồ sơ còn thiếu tài liệu: hãy ghi lý do vẫn trình."}
                )
            detail += f". Trình khi hồ sơ còn thiếu: {names}"
        return detail


def _copy_votes(session: Session, record: NominationBatchRecord) -> str:
    """Every line's result from the council's meeting, copied onto the line."""
    lines = NominationRepository(session).line_records(record.id)
    if not lines:
        raise ValidationError("Đợt đề nghị chưa có dòng nào.")
    results = vote_results(session, [line.id for line in lines])
    unvoted = [line.subject_name for line in lines if line.id not in results]
    if unvoted:
        shown = ", ".join(unvoted[:5]) + (
            f" và {len(unvoted) - 5} dòng khác" if len(unvoted) > 5 else ""
        )
        raise ValidationError(
            f"{len(unvoted)} dòng chưa được Hội đồng biểu quyết: {shown}. Hãy đưa các dòng này "
            "vào chương trình một cuộc họp Hội đồng Thi đua – Khen thưởng và ghi kết quả."
        )
    for line in lines:
        found = results[line.id]
        line.vote_result, line.vote_agree, line.vote_base = found.result, found.agree, found.base
    passed = sum(1 for line in lines if line.vote_result == "dat")
    days = sorted({format_date(r.held_on) for r in results.values()})
    return f"Họp ngày {', '.join(days)}: {passed}/{len(lines)} dòng đạt"


def _clear_votes(session: Session, record: NominationBatchRecord) -> None:
    """Back to draft: the lines may change, so the copied votes no longer stand."""
    for line in NominationRepository(session).line_records(record.id):
        if line.vote_result:
            line.vote_result, line.vote_agree, line.vote_base = "", None, None
