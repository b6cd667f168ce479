"""What every validator does with a date typed into a form: parse it with
`tdkt.text.parse_date` and, when it is not a date, say so beside the field."""

from __future__ import annotations

from datetime import date

from tdkt.text import parse_date


def typed_date(text: str, field: str, label: str, errors: dict[str, str]) -> date | None:
    """The date in `text`, None when it is empty; a bad one adds "label: reason" under
    `field` in `errors`."""
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError as error:
        errors[field] = f"{label}: {error}"
        return None


def required_date(text: str, field: str, label: str, errors: dict[str, str]) -> date | None:
    """As `typed_date`, and an empty field is an error too."""
    if not text:
        errors[field] = f"{label} không được để trống."
        return None
    return typed_date(text, field, label, errors)
