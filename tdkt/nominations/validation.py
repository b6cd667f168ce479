"""Pure checks of what the batch, line, step and decision forms hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.awards.types import KIND_LABELS as AWARD_KIND_LABELS
from tdkt.nominations.levels import LEVELS
from tdkt.nominations.records import BATCH_NAME_MAX
from tdkt.nominations.types import BatchDraft, DecisionDraft, LineDraft
from tdkt.validation import required_date, typed_date


def _length(errors: dict[str, str], field: str, value: str, most: int, label: str) -> None:
    if len(value) > most:
        errors[field] = f"{label} dài quá {most} ký tự."


@dataclass(frozen=True)
class BatchValues:
    letter_date: date | None


def validate_batch(draft: BatchDraft, today: date) -> tuple[dict[str, str], BatchValues | None]:
    errors: dict[str, str] = {}
    if not draft.name:
        errors["name"] = "Tên đợt đề nghị không được để trống (ví dụ: BK-TINH-2025)."
    _length(errors, "name", draft.name, BATCH_NAME_MAX, "Tên đợt đề nghị")
    if draft.level and draft.level not in LEVELS:
        errors["level"] = "Cấp quyết định không hợp lệ."
    if draft.year is not None and not 1945 <= draft.year <= today.year + 1:
        errors["year"] = f"Năm {draft.year} không hợp lệ."
    if draft.award_kind not in AWARD_KIND_LABELS:
        errors["award_kind"] = "Loại khen thưởng không hợp lệ."
    _length(errors, "recipient", draft.recipient, 250, "Nơi nhận tờ trình")
    _length(errors, "letter_no", draft.letter_no, 60, "Số tờ trình")
    _length(errors, "signer_name", draft.signer_name, 120, "Tên người ký")
    letter_date = typed_date(draft.letter_date, "letter_date", "Ngày tờ trình", errors)
    if letter_date is not None and letter_date > today:
        errors["letter_date"] = "Ngày tờ trình không được sau hôm nay."
    if errors:
        return errors, None
    return errors, BatchValues(letter_date)


def validate_line(draft: LineDraft, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not draft.subject_code:
        errors["subject_code"] = "Hãy chọn cá nhân hoặc tập thể được đề nghị."
    if not draft.title_code:
        errors["title_code"] = "Hãy chọn danh hiệu hoặc hình thức khen thưởng."
    if draft.year is None:
        errors["year"] = "Hãy ghi năm của thành tích."
    elif not 1945 <= draft.year <= today.year + 1:
        errors["year"] = f"Năm {draft.year} không hợp lệ."
    _length(errors, "basis", draft.basis, 500, "Căn cứ")
    _length(errors, "note", draft.note, 300, "Ghi chú")
    _length(errors, "position", draft.position, 120, "Chức vụ")
    _length(errors, "unit_name", draft.unit_name, 250, "Đơn vị")
    return errors


@dataclass(frozen=True)
class DecisionValues:
    decision_date: date


def validate_decision(
    draft: DecisionDraft, today: date, letter_date: date | None
) -> tuple[dict[str, str], DecisionValues | None]:
    errors: dict[str, str] = {}
    if not draft.decision_no:
        errors["decision_no"] = "Số quyết định không được để trống (ví dụ: 25/QĐ-SCT)."
    _length(errors, "decision_no", draft.decision_no, 60, "Số quyết định")
    _length(errors, "signer", draft.signer, 120, "Người ký")
    day = required_date(draft.decision_date, "decision_date", "Ngày quyết định", errors)
    if day is not None and day > today:
        errors["decision_date"] = "Ngày quyết định không được sau hôm nay."
    elif day is not None and letter_date is not None and day < letter_date:
        errors["decision_date"] = "Ngày quyết định không được trước ngày tờ trình."
    if errors or day is None:
        return errors, None
    return errors, DecisionValues(day)
