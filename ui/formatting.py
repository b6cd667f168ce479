"""How values look on screen: dates, genders, flags."""

from __future__ import annotations

from datetime import date

from tdkt.people.types import GENDER_LABELS
from tdkt.text import format_date


def show_date(value: date | None) -> str:
    return format_date(value)


def show_gender(code: str) -> str:
    return GENDER_LABELS.get(code, code)


def show_flag(value: bool) -> str:
    return "✓" if value else ""
