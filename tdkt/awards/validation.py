"""Pure checks of an award draft; typed text becomes values or field errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from tdkt.awards.types import KIND_LABELS, AwardDraft
from tdkt.text import parse_date


@dataclass(frozen=True)
class AwardValues:
    decision_date: date | None
    bonus_coefficient: Decimal | None
    base_salary: Decimal | None


def _decimal(text: str, field: str, label: str, errors: dict[str, str]) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        errors[field] = f'{label}: "{text}" không phải là số.'
        return None
    if value < 0:
        errors[field] = f"{label} không được âm."
    return value


def validate_award(draft: AwardDraft, today: date) -> tuple[dict[str, str], AwardValues]:
    errors: dict[str, str] = {}
    if not draft.subject_code:
        errors["subject_code"] = "Hãy chọn cá nhân hoặc tập thể được khen thưởng."
    if not draft.title_code:
        errors["title_code"] = "Hãy chọn danh hiệu hoặc hình thức khen thưởng."
    if draft.year is None:
        errors["year"] = "Năm thành tích không được để trống."
    elif not 1945 <= draft.year <= today.year + 1:
        errors["year"] = f"Năm thành tích {draft.year} không hợp lệ."
    if draft.kind not in KIND_LABELS:
        errors["kind"] = "Loại khen thưởng không hợp lệ."
    decision_date = None
    if draft.decision_date:
        try:
            decision_date = parse_date(draft.decision_date)
        except ValueError as error:
            errors["decision_date"] = f"Ngày quyết định: {error}"
        else:
            if decision_date > today:
                errors["decision_date"] = "Ngày quyết định không được sau ngày hôm nay."
            elif draft.year is not None and decision_date.year < draft.year:
                errors["decision_date"] = "Ngày quyết định không được trước năm thành tích."
    if len(draft.decision_no) > 60:
        errors["decision_no"] = "Số quyết định dài quá 60 ký tự."
    values = AwardValues(
        decision_date=decision_date,
        bonus_coefficient=_decimal(
            draft.bonus_coefficient, "bonus_coefficient", "Hệ số tiền thưởng", errors
        ),
        base_salary=_decimal(draft.base_salary, "base_salary", "Mức lương cơ sở", errors),
    )
    return errors, values
