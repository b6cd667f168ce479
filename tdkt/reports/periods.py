"""Report periods: a closed range of decision dates with the words a report uses for it.

The presets are the periods the secretary reports on: the six-month review (sơ kết 6 tháng
đầu năm), the year (tổng kết năm) and the five-year stage of the emulation congresses
(giai đoạn 2021 – 2025, stages start in years ending in 1 or 6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.errors import ValidationError
from tdkt.text import format_date, parse_date

FIRST_HALF = "first_half"
WHOLE_YEAR = "year"
FIVE_YEARS = "five_years"
CUSTOM = "custom"
PRESET_LABELS = {
    FIRST_HALF: "6 tháng đầu năm",
    WHOLE_YEAR: "Cả năm",
    FIVE_YEARS: "Giai đoạn 5 năm",
    CUSTOM: "Khoảng ngày tùy chọn",
}
MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class Period:
    """Decision dates from `start` to `end`, both included; `words` as a report writes it
    after "Kết quả khen thưởng" ("6 tháng đầu năm 2021", "năm 2021")."""

    start: date
    end: date
    words: str

    @property
    def range_text(self) -> str:
        return f"từ {format_date(self.start)} đến {format_date(self.end)}"

    @property
    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)


def first_half(year: int) -> Period:
    _check_year(year)
    return Period(date(year, 1, 1), date(year, 6, 30), f"6 tháng đầu năm {year}")


def whole_year(year: int) -> Period:
    _check_year(year)
    return Period(date(year, 1, 1), date(year, 12, 31), f"năm {year}")


def five_years(year: int) -> Period:
    """The five-year stage that holds `year`: 2021 – 2025 for any year from 2021 to 2025."""
    _check_year(year)
    first = year - (year - 1) % 5
    return Period(date(first, 1, 1), date(first + 4, 12, 31), f"giai đoạn {first} – {first + 4}")


def custom(start: date, end: date) -> Period:
    """Any closed range; one that is exactly a preset is named like the preset."""
    if end < start:
        raise ValidationError(
            {"end": f"Ngày cuối ({format_date(end)}) trước ngày đầu ({format_date(start)})."}
        )
    if MIN_YEAR <= start.year <= MAX_YEAR:
        for make in (first_half, whole_year, five_years):
            named = make(start.year)
            if (named.start, named.end) == (start, end):
                return named
    return Period(start, end, f"từ ngày {format_date(start)} đến ngày {format_date(end)}")


def preset(kind: str, year: int) -> Period:
    """A preset period for `year`; CUSTOM has no preset and is refused."""
    makers = {FIRST_HALF: first_half, WHOLE_YEAR: whole_year, FIVE_YEARS: five_years}
    if kind not in makers:
        raise ValidationError({"preset": f'Không có kỳ báo cáo "{kind}".'})
    return makers[kind](year)


def period_from_text(start_text: str, end_text: str) -> Period:
    """A custom period from typed dates (dd/mm/yyyy or yyyy-mm-dd), with Vietnamese errors."""
    errors: dict[str, str] = {}
    dates: dict[str, date] = {}
    for field, label, text in (("start", "Từ ngày", start_text), ("end", "Đến ngày", end_text)):
        if not text.strip():
            errors[field] = f"{label}: chưa nhập ngày."
            continue
        try:
            dates[field] = parse_date(text)
        except ValueError as error:
            errors[field] = f"{label}: {error}"
    if errors:
        raise ValidationError(errors)
    return custom(dates["start"], dates["end"])


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError({"year": f"Năm {year} không hợp lệ."})
