"""The kinds of value a setting holds (checking, showing and reading a value as typed), and
the DTOs of a setting as the settings page shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from tdkt.eligibility.ruleset import SettingSpec
from tdkt.eligibility.types import CONFIDENCE_LABELS
from tdkt.text import format_date

SETTING_TYPES = ("int", "percent", "fraction", "choice", "bool")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def setting_problem(spec: SettingSpec, value: Any) -> str | None:
    """None when `value` is acceptable for `spec`, else the problem in Vietnamese."""
    if value is None:
        return None if spec.none_label else "không được để trống"
    if spec.type == "bool":
        return None if isinstance(value, bool) else "cần có hoặc không"
    if spec.type == "choice":
        return None if value in spec.choices else "cần một trong: " + ", ".join(spec.choices)
    if spec.type == "fraction":
        ok = (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and 0 < value[0] <= value[1]
        )
        return None if ok else "cần một phân số như 2/3 (tử không lớn hơn mẫu)"
    if spec.type == "int" and not (isinstance(value, int) and not isinstance(value, bool)):
        return "cần một số nguyên"
    if not _number(value):
        return "cần một số"
    low = 0 if spec.minimum is None and spec.type == "percent" else spec.minimum
    high = 100 if spec.maximum is None and spec.type == "percent" else spec.maximum
    if low is not None and value < low:
        return f"không được nhỏ hơn {_plain(low)}"
    if high is not None and value > high:
        return f"không được lớn hơn {_plain(high)}"
    return None


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number).replace(".", ",")


def format_value(spec: SettingSpec, value: Any) -> str:
    """The value as the secretary reads it: "10 tháng", "15 %", "2/3", "Làm tròn xuống"."""
    if value is None:
        return spec.none_label
    if spec.type == "bool":
        return "Có" if value else "Không"
    if spec.type == "choice":
        return spec.choices.get(value, str(value))
    if spec.type == "fraction":
        return f"{value[0]}/{value[1]}"
    text = _plain(value)
    if spec.type == "percent":
        return f"{text} %"
    return f"{text} {spec.unit}".strip()


def parse_value(spec: SettingSpec, text: str) -> Any:
    """Read what the user typed; raises ValueError with a Vietnamese message."""
    text = text.strip()
    if not text:
        if spec.none_label:
            return None
        raise ValueError("Hãy nhập giá trị.")
    if spec.type == "bool":
        return text.lower() in ("có", "co", "x", "1", "true")
    if spec.type == "choice":
        for key, label in spec.choices.items():
            if text in (key, label):
                return key
        raise ValueError("Hãy chọn một trong: " + ", ".join(spec.choices.values()))
    if spec.type == "fraction":
        match = re.fullmatch(r"(\d+)\s*/\s*(\d+)", text)
        if match is None:
            percent = re.fullmatch(r"(\d+)\s*%", text)
            if percent is None:
                raise ValueError("Hãy nhập phân số như 2/3 hoặc tỷ lệ như 90%.")
            return [int(percent.group(1)), 100]
        return [int(match.group(1)), int(match.group(2))]
    cleaned = text.rstrip("%").strip().replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        raise ValueError("Hãy nhập một số.") from None
    if spec.type == "int":
        if not number.is_integer():
            raise ValueError("Hãy nhập một số nguyên.")
        return int(number)
    return int(number) if number.is_integer() else number


@dataclass(frozen=True)
class SettingSource:
    """The document that sets a value: its number, date and article."""

    document: str
    signed_on: date | None
    article: str

    def text(self) -> str:
        parts = [self.document]
        if self.signed_on is not None:
            parts.append(f"ngày {format_date(self.signed_on)}")
        if self.article:
            parts.append(self.article)
        return ", ".join(parts)


@dataclass(frozen=True)
class SettingView:
    scope: str  # rule set id or "common"
    scope_name: str
    name: str
    label: str
    type: str
    unit: str
    value: Any
    value_text: str
    default_text: str
    default_basis: str
    confidence: str
    source: SettingSource | None  # None: the national default applies
    inherited_from: str  # the period whose value is carried forward, "" when none
    choices: tuple[tuple[str, str], ...]
    none_label: str

    @property
    def confidence_text(self) -> str:
        return f"{self.confidence} – {CONFIDENCE_LABELS[self.confidence]}"

    @property
    def source_text(self) -> str:
        if self.source is not None:
            return self.source.text() + (
                f" (theo giai đoạn {self.inherited_from})" if self.inherited_from else ""
            )
        return f"Mặc định: {self.default_basis}"
