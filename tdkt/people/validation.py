"""Pure checks of a person draft; turns typed text into values or field errors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tdkt.people.types import PersonDraft
from tdkt.text import parse_date
from tdkt.validation import typed_date

CCCD = re.compile(r"^\d{12}$")
YEAR_ONLY = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class PersonValues:
    birth_date: date | None
    birth_year: int | None
    recruited_on: date | None
    sector_started_on: date | None
    left_on: date | None


def parse_birth(text: str, today: date) -> tuple[date | None, int | None]:
    """A birth date or only a birth year; raises ValueError in Vietnamese."""
    if not text:
        return None, None
    if YEAR_ONLY.match(text):
        year = int(text)
        if not 1900 <= year <= today.year:
            raise ValueError(f"Năm sinh {year} không hợp lệ.")
        return None, year
    born = parse_date(text)
    if not date(1900, 1, 1) <= born <= today:
        raise ValueError(f"Ngày sinh {born.strftime('%d/%m/%Y')} không hợp lệ.")
    return born, born.year


def validate_person(draft: PersonDraft, today: date) -> tuple[dict[str, str], PersonValues]:
    errors: dict[str, str] = {}
    if not draft.code:
        errors["code"] = "Mã cá nhân không được để trống."
    elif len(draft.code) > 40 or any(ch.isspace() for ch in draft.code):
        errors["code"] = "Mã cá nhân tối đa 40 ký tự và không chứa dấu cách."
    if not draft.full_name:
        errors["full_name"] = "Họ và tên không được để trống."
    elif len(draft.full_name) > 120:
        errors["full_name"] = "Họ và tên dài quá 120 ký tự."
    elif any(ch.isdigit() for ch in draft.full_name):
        errors["full_name"] = "Họ và tên không được chứa chữ số."
    if draft.gender not in ("nam", "nu"):
        errors["gender"] = 'Giới tính chỉ nhận "Nam" hoặc "Nữ".'
    if draft.unit_id is None:
        errors["unit_id"] = "Hãy chọn đơn vị công tác."
    if draft.cccd and not CCCD.match(draft.cccd):
        errors["cccd"] = "Số CCCD phải gồm đúng 12 chữ số."
    if len(draft.position) > 120:
        errors["position"] = "Chức vụ dài quá 120 ký tự."
    try:
        birth_date, birth_year = parse_birth(draft.birth, today)
    except ValueError as error:
        errors["birth"] = f"Ngày sinh: {error}"
        birth_date, birth_year = None, None
    values = PersonValues(
        birth_date=birth_date,
        birth_year=birth_year,
        recruited_on=typed_date(draft.recruited_on, "recruited_on", "Ngày tuyển dụng", errors),
        sector_started_on=typed_date(
            draft.sector_started_on, "sector_started_on", "Ngày vào ngành", errors
        ),
        left_on=typed_date(draft.left_on, "left_on", "Ngày thôi công tác", errors),
    )
    _check_order(values, today, errors)
    return errors, values


def _check_order(values: PersonValues, today: date, errors: dict[str, str]) -> None:
    for field, label, value in (
        ("recruited_on", "Ngày tuyển dụng", values.recruited_on),
        ("sector_started_on", "Ngày vào ngành", values.sector_started_on),
    ):
        if value is None or field in errors:
            continue
        if value > today:
            errors[field] = f"{label} không được sau ngày hôm nay."
        elif values.birth_year is not None and value.year < values.birth_year + 14:
            errors[field] = f"{label} quá sớm so với năm sinh."
    if (
        values.left_on is not None
        and values.recruited_on is not None
        and values.left_on < values.recruited_on
    ):
        errors["left_on"] = "Ngày thôi công tác phải sau ngày tuyển dụng."
