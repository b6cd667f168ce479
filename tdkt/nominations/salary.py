"""Bonus coefficients and the base salary (lương cơ sở) by date, as data.

The defaults live in resources/nominations/bonus.toml; the secretary may change both tables
in the application (shared `setting` rows), which then take precedence. A decision stores
the coefficient and the base salary in force on its date, never recomputed later
(legal.md §1.6).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.agency.records import SettingRecord
from tdkt.errors import TdktError, ValidationError
from tdkt.subjects.types import PERSON, UNIT

BONUS_FILE = Path(__file__).resolve().parents[2] / "resources" / "nominations" / "bonus.toml"
COEFFICIENTS_KEY = "nominations.bonus_coefficients"
SALARY_KEY = "nominations.base_salary"


@dataclass(frozen=True)
class Coefficient:
    code: str
    person: Decimal | None
    unit: Decimal | None
    confidence: str = "R"
    basis: str = ""

    def for_kind(self, kind: str) -> Decimal | None:
        return self.person if kind == PERSON else self.unit


@dataclass(frozen=True)
class SalaryStep:
    since: date
    amount: Decimal
    confidence: str = "R"
    basis: str = ""


@dataclass(frozen=True)
class BonusTable:
    coefficients: dict[str, Coefficient]
    salary: tuple[SalaryStep, ...]  # oldest first

    def coefficient(self, code: str, kind: str) -> Decimal | None:
        found = self.coefficients.get(code)
        return found.for_kind(kind) if found is not None else None

    def base_salary_on(self, day: date) -> Decimal | None:
        amount = None
        for step in self.salary:
            if step.since <= day:
                amount = step.amount
        return amount


def _decimal(value: Any, where: str) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        found = Decimal(str(value))
    except InvalidOperation:
        raise TdktError(f"Mức thưởng không hợp lệ ở {where}: {value!r}") from None
    if found < 0:
        raise TdktError(f"Mức thưởng không được âm ở {where}.")
    return found


@cache
def default_table(path: Path = BONUS_FILE) -> BonusTable:
    """The file's tables, read and checked once."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise TdktError(f"Không đọc được tệp mức thưởng {path}: {error}") from error
    coefficients = {
        code: Coefficient(
            code,
            _decimal(spec.get(PERSON), f"{path.name} [{code}]"),
            _decimal(spec.get(UNIT), f"{path.name} [{code}]"),
            spec.get("confidence", "R"),
            spec.get("basis", ""),
        )
        for code, spec in data.get("coefficients", {}).items()
    }
    steps = tuple(
        sorted(
            (
                SalaryStep(
                    step["from"],
                    _decimal(step["amount"], f"{path.name} base_salary") or Decimal(0),
                    step.get("confidence", "R"),
                    step.get("basis", ""),
                )
                for step in data.get("base_salary", [])
            ),
            key=lambda s: s.since,
        )
    )
    return BonusTable(coefficients, steps)


def _stored(session: Session, key: str) -> Any:
    record = session.scalar(select(SettingRecord).where(SettingRecord.key == key))
    return None if record is None else json.loads(record.value_json)


def bonus_table(session: Session) -> BonusTable:
    """The table in force: the file's defaults with the secretary's changes over them."""
    table = default_table()
    coefficients = dict(table.coefficients)
    for code, values in (_stored(session, COEFFICIENTS_KEY) or {}).items():
        coefficients[code] = Coefficient(
            code,
            _decimal(values.get(PERSON), code),
            _decimal(values.get(UNIT), code),
            "cài đặt",
            values.get("basis", ""),
        )
    salary = table.salary
    stored_salary = _stored(session, SALARY_KEY)
    if stored_salary:
        salary = tuple(
            sorted(
                (
                    SalaryStep(
                        date.fromisoformat(s["from"]),
                        Decimal(str(s["amount"])),
                        "cài đặt",
                        s.get("basis", ""),
                    )
                    for s in stored_salary
                ),
                key=lambda s: s.since,
            )
        )
    return BonusTable(coefficients, salary)


def check_salary_steps(steps: list[tuple[date, Decimal, str]]) -> None:
    """A salary history the secretary typed: dates once each, amounts above zero."""
    seen: set[date] = set()
    for since, amount, _basis in steps:
        if since in seen:
            raise ValidationError({"base_salary": f"Ngày {since:%d/%m/%Y} ghi hai lần."})
        if amount <= 0:
            raise ValidationError({"base_salary": "Mức lương cơ sở phải lớn hơn 0."})
        seen.add(since)
    if not steps:
        raise ValidationError({"base_salary": "Cần ít nhất một mức lương cơ sở."})


def money(amount: Decimal | None) -> str:
    """ "702.000 đồng" (thousands with dots, as Vietnamese documents write them)."""
    if amount is None:
        return ""
    whole = int(amount.quantize(Decimal(1)))
    return f"{whole:,}".replace(",", ".") + " đồng"


def coefficient_text(value: Decimal) -> str:
    """ "0,3" (a decimal comma)."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")
