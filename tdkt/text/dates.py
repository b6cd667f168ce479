"""Dates as Vietnamese offices write them: dd/mm/yyyy in tables, words in documents."""

from __future__ import annotations

import re
from datetime import date

from tdkt.text.normalize import clean

# Day first, as everywhere in Vietnam; one separator used consistently ("5/1/2025",
# "05-01-2025", "05.01.2025"). ASCII digits only: int() would accept other scripts.
_DAY_FIRST = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def format_date(d: date | None) -> str:
    """Table form, e.g. 05/01/2025; "" for a missing date."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_date(text: str) -> date:
    """Parse dd/mm/yyyy, d/m/yyyy (also with "-" or "."), or ISO yyyy-mm-dd.

    Raises ValueError with a Vietnamese message, ready to show, for anything else,
    including impossible dates such as 31/02/1980. Two-digit years are refused:
    guessing the century of a birth year is how wrong records are made.
    """
    stripped = clean(text)
    if match := _DAY_FIRST.fullmatch(stripped):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    elif match := _ISO.fullmatch(stripped):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    else:
        raise _invalid(stripped)
    try:
        return date(year, month, day)
    except ValueError:
        raise _invalid(stripped) from None


def _invalid(text: str) -> ValueError:
    return ValueError(f'"{text}" không phải là ngày hợp lệ (dd/mm/yyyy)')


def date_words(d: date, place: str | None = None) -> str:
    """Document form: ngày 05 tháng 01 năm 2025, prefixed with "Quảng Ngãi, " given a place.

    NĐ 30/2020 pads days 1-9 and months 1-2 with a zero so that nobody can add a digit
    afterwards ("tháng 1" -> "tháng 11"); months 3-12 are written plainly.
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    words = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    where = clean(place)
    return f"{where}, {words}" if where else words
