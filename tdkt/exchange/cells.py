"""Cell values as openpyxl reads them, turned into the values a column holds.

Each parser takes the raw value (str, int, float, bool, datetime or None) and returns the
typed value, or raises CellError with the Vietnamese reason, ready to print after
`Sheet, dòng N, cột "X": `.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from tdkt.exchange.spec import Column, Kind
from tdkt.text import clean, fold, format_date, parse_date
from tdkt.text.normalize import nfc

YES = {"x", "co", "1", "true", "yes"}
NO = {"khong", "0", "false", "no"}
YEAR_TEXT = re.compile(r"[0-9]{4}")
INT_TEXT = re.compile(r"[+-]?[0-9]+")
CCCD_LENGTH = 12
INT_LIMIT = 2**31 - 1  # the largest INTEGER a database column holds on every backend


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message is Vietnamese."""


def shown(raw: Any) -> str:
    """The cell as the user sees it, for messages."""
    if isinstance(raw, datetime):
        return format_date(raw.date())
    if isinstance(raw, date):
        return format_date(raw)
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return clean(str(raw))


def as_text(raw: Any) -> str:
    """Any cell as one line of text: numbers lose a trailing `.0`, dates read dd/mm/yyyy."""
    if isinstance(raw, str):
        if raw.isascii():
            # Most cells are plain ASCII (codes, years as text): no normalisation needed,
            # unless a control character came in (Excel's `_x0001_`).
            text = " ".join(raw.split())
            return text if text.isprintable() else clean(text)
        return clean(raw)
    if isinstance(raw, bool):
        return "x" if raw else ""
    return shown(raw)


def as_memo(raw: Any) -> str:
    """Text that may keep its line breaks (Alt+Enter in Excel); each line is cleaned."""
    if not isinstance(raw, str):
        return as_text(raw)
    lines = (clean(line) for line in nfc(raw).replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def as_code(raw: Any) -> str:
    text = as_text(raw)
    if any(ch.isspace() for ch in text):
        raise CellError(f'mã "{text}" không được chứa dấu cách')
    return text


def as_int(raw: Any) -> int:
    if isinstance(raw, bool | datetime | date | time):
        raise CellError(f'"{shown(raw)}" không phải là số nguyên')
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    elif INT_TEXT.fullmatch(text := as_text(raw)):
        value = int(text)
    else:
        raise CellError(f'"{text}" không phải là số nguyên')
    if abs(value) > INT_LIMIT:
        raise CellError(f'"{value}" quá lớn, chỉ nhận số nguyên từ -{INT_LIMIT} đến {INT_LIMIT}')
    return value


def as_year(raw: Any) -> int:
    try:
        year = as_int(raw)
    except CellError:
        raise CellError(f'"{shown(raw)}" không phải là năm (bốn chữ số, ví dụ 2024)') from None
    if not 1000 <= year <= 9999:
        raise CellError(f'"{year}" không phải là năm (bốn chữ số, ví dụ 2024)')
    return year


def as_date(raw: Any) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        raise CellError(f'"{shown(raw)}" là số, không phải ngày (dd/mm/yyyy)')
    try:
        return parse_date(as_text(raw))
    except ValueError as error:
        raise CellError(str(error)) from None


def as_birth(raw: Any) -> tuple[date | None, int | None]:
    """A birth date, or only a birth year (`1980`, as a number or as text)."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return None, as_year(raw)
    if isinstance(raw, str) and YEAR_TEXT.fullmatch(clean(raw)):
        return None, int(clean(raw))
    born = as_date(raw)
    return born, born.year


def as_flag(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    key = fold(as_text(raw))
    if key in YES:
        return True
    if key in NO:
        return False
    raise CellError(
        f'"{shown(raw)}" không hợp lệ, chỉ nhận "x", "có", "1" hoặc "true" (có), để trống (không)'
    )


def as_decimal(raw: Any) -> Decimal:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = Decimal(str(raw))  # a number cell may hold inf or nan (not from Excel)
    else:
        text = as_text(raw).replace(" ", "").replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise CellError(f'"{shown(raw)}" không phải là số') from None
    if not value.is_finite():
        raise CellError(f'"{shown(raw)}" không phải là số')
    return value


def as_id_number(raw: Any) -> str:
    """Digits kept as text. A number cell drops leading zeros: they are put back."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        text = shown(raw)
        if text.isdigit() and len(text) < CCCD_LENGTH:
            return text.zfill(CCCD_LENGTH)
        return text
    text = as_text(raw).replace(" ", "")
    if not (text.isascii() and text.isdigit()):
        raise CellError(f'"{shown(raw)}" phải gồm {CCCD_LENGTH} chữ số')
    return text


def _choice(column: Column) -> Callable[[Any], str]:
    assert column.choices is not None
    choices = column.choices

    def parse(raw: Any) -> str:
        value = choices.value_of(raw) if isinstance(raw, str) else None
        value = value or choices.value_of(as_text(raw))
        if value is None:
            raise CellError(f'"{shown(raw)}" không hợp lệ, chỉ nhận {choices.accepted()}')
        return value

    return parse


PARSERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: as_text,
    Kind.MEMO: as_memo,
    Kind.CODE: as_code,
    Kind.INT: as_int,
    Kind.YEAR: as_year,
    Kind.DATE: as_date,
    Kind.BIRTH: as_birth,
    Kind.FLAG: as_flag,
    Kind.DECIMAL: as_decimal,
    Kind.ID_NUMBER: as_id_number,
}


def parser_for(column: Column) -> Callable[[Any], Any]:
    """The function reading one cell of `column`, length limit included."""
    convert = _choice(column) if column.kind is Kind.CHOICE else PARSERS[column.kind]
    limit = column.max_length
    if not limit:
        return convert

    def parse(raw: Any) -> Any:
        value = convert(raw)
        if isinstance(value, str) and len(value) > limit:
            raise CellError(f"dài {len(value)} ký tự, tối đa {limit} ký tự")
        return value

    return parse


def is_blank(raw: Any) -> bool:
    """None or only spaces. (Text of invisible characters only reads as "" and is treated as
    blank after parsing, which spares a second cleaning of every cell.)"""
    return raw is None or (isinstance(raw, str) and not raw.strip())
