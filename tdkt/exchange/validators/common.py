"""What every sheet validator shares: the context, the plan it produces, small helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tdkt.exchange.existing import Existing, State, TitleInfo
from tdkt.exchange.rows import Reading, Row, SheetData
from tdkt.exchange.spec import INITIATIVES, PEOPLE, UNITS, SheetSpec
from tdkt.exchange.types import Problem, SheetCount, error, warning
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import fold

FIRST_YEAR = 1945  # the first year any title was awarded (Sắc lệnh 1945)


@dataclass
class SheetPlan:
    """What importing a sheet will write: new records and changed ones (with their `id`)."""

    count: SheetCount
    new: list[State] = field(default_factory=list)
    changed: list[State] = field(default_factory=list)

    def tally(self, old: State | None, state: State, identity: State) -> None:
        """Count the row and keep it for writing unless its `state` is what is stored;
        `identity` (codes, keys) travels with it to the writer but is not compared."""
        if old is None:
            self.count.new += 1
            self.new.append({**identity, **state})
        elif any(old.get(k) != v for k, v in state.items()):
            self.count.updated += 1
            self.changed.append({**identity, **state, "id": old["id"]})
        else:
            self.count.unchanged += 1


class Context:
    """The database as it is, the codes the workbook declares, and the problems found."""

    def __init__(self, existing: Existing, reading: Reading, today: date) -> None:
        self.existing = existing
        self.today = today
        self.problems: list[Problem] = []
        self.unit_codes = _declared(reading.sheets.get(UNITS.name), "code")
        self.person_codes = _declared(reading.sheets.get(PEOPLE.name), "code")
        self.initiative_codes = _declared(reading.sheets.get(INITIATIVES.name), "code")
        # Final states after this import, filled by the unit and people validators.
        self.units: dict[str, State] = {}
        self.people: dict[str, State] = {}

    def error(self, spec: SheetSpec, row: Row, key: str, message: str) -> None:
        self.problems.append(error(spec.name, row.number, _header(spec, key), message))

    def warn(self, spec: SheetSpec, row: Row, key: str, message: str) -> None:
        self.problems.append(warning(spec.name, row.number, _header(spec, key), message))

    def subject_kind(self, code: str) -> str | None:
        if code in self.person_codes or code in self.existing.people:
            return PERSON
        if code in self.unit_codes or code in self.existing.units:
            return UNIT
        return None

    def is_unit(self, code: str) -> bool:
        return code in self.unit_codes or code in self.existing.units

    def is_person(self, code: str) -> bool:
        return code in self.person_codes or code in self.existing.people

    def title(self, text: str) -> TitleInfo | None:
        titles = self.existing.titles
        found = titles.get(text)  # a code as the export writes it: no folding needed
        return found if found is not None else titles.get(fold(text))

    def unit_state(self, code: str) -> State | None:
        return self.units.get(code) or self.existing.units.get(code)

    def person_state(self, code: str) -> State | None:
        return self.people.get(code) or self.existing.people.get(code)


def _declared(sheet: SheetData | None, key: str) -> set[str]:
    if sheet is None:
        return set()
    return {row.values[key] for row in sheet.rows if key in row.values}


def _header(spec: SheetSpec, key: str) -> str:
    return spec.column(key).header if key else ""


def pick(row: Row, present: frozenset[str], key: str, old: Any, default: Any) -> Any:
    """A column's new value: the cell when the sheet has the column (blank → default),
    else what is stored (an absent column leaves records as they are)."""
    if key in present:
        return row.values.get(key, default)
    return default if old is None else old


def complete(row: Row, *keys: str) -> bool:
    """Whether the cells a row is identified by were all read (else it was reported)."""
    return all(key in row.values for key in keys)


class Duplicates:
    """Reports a second row with the identity of an earlier one in the same sheet."""

    def __init__(self, context: Context, spec: SheetSpec, key: str) -> None:
        self._context, self._spec, self._key = context, spec, key
        self._seen: dict[Any, int] = {}

    def first(self, identity: Any, row: Row, what: str) -> bool:
        earlier = self._seen.setdefault(identity, row.number)
        if earlier == row.number:
            return True
        self._context.error(self._spec, row, self._key, f"{what} trùng với dòng {earlier}")
        return False


def unknown_subject(context: Context, spec: SheetSpec, row: Row, key: str, code: str) -> None:
    context.error(
        spec,
        row,
        key,
        f'không có cá nhân hoặc đơn vị mã "{code}" (trong dữ liệu hay trong trang CaNhan, DonVi)',
    )


def check_year(context: Context, spec: SheetSpec, row: Row, key: str) -> bool:
    year = row.values[key]
    last = context.today.year + 1
    if FIRST_YEAR <= year <= last:
        return True
    context.error(spec, row, key, f"năm {year} không hợp lệ (từ {FIRST_YEAR} đến {last})")
    return False
