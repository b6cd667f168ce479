"""Pure checks of an award draft; typed text becomes values or field errors."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from tdkt.awards.types import KIND_LABELS, AwardDraft
from tdkt.validation import typed_date


@dataclass(frozen=True)
class AwardValues:
    decision_date: date | None
    bonus_coefficient: Decimal | None
    base_salary: Decimal | None


@dataclass(frozen=True)
class DecimalLimit:
    """What a decimal column holds: digits after the point, and the bound it stays below."""

    places: int
    below: Decimal


# As the award table stores them: NUMERIC(6, 2) and NUMERIC(14, 0).
BONUS_LIMIT = DecimalLimit(2, Decimal("10000"))
SALARY_LIMIT = DecimalLimit(0, Decimal("1e14"))


def _decimal(
    text: str, field: str, label: str, limit: DecimalLimit, errors: dict[str, str]
) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():  # "NaN", "Infinity" read as numbers; no sum of money is one
        errors[field] = f'{label}: "{text}" không phải là số.'
    elif value < 0:
        errors[field] = f"{label} không được âm."
    elif value >= limit.below:
        bound = format(limit.below, ",f").replace(",", ".")  # 10.000 as Vietnamese writes it
        errors[field] = f"{label} quá lớn: phải nhỏ hơn {bound}."
    elif value != round(value, limit.places):
        errors[field] = (
            f"{label} có tối đa {limit.places} chữ số thập phân."
            if limit.places
            else f"{label} phải là số nguyên."
        )
    else:
        return value
    return None


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
    decision_date = typed_date(draft.decision_date, "decision_date", "Ngày quyết định", errors)
    if decision_date is not None:
        if decision_date > today:
            errors["decision_date"] = "Ngày quyết định không được sau ngày hôm nay."
        elif draft.year is not None and decision_date.year < draft.year:
            errors["decision_date"] = "Ngày quyết định không được trước năm thành tích."
    if len(draft.decision_no) > 60:
        errors["decision_no"] = "Số quyết định dài quá 60 ký tự."
    values = AwardValues(
        decision_date=decision_date,
        bonus_coefficient=_decimal(
            draft.bonus_coefficient, "bonus_coefficient", "Hệ số tiền thưởng", BONUS_LIMIT, errors
        ),
        base_salary=_decimal(
            draft.base_salary, "base_salary", "Mức lương cơ sở", SALARY_LIMIT, errors
        ),
    )
    return errors, values
