"""CaNhan: people by code in an existing or listed unit, checked by the people rules, with
warnings for probable duplicates (same CCCD; same name and birth date under another code)."""

from __future__ import annotations

from datetime import date
from typing import Any

from tdkt.exchange.existing import PERSON_FIELDS, State
from tdkt.exchange.rows import Row, SheetData
from tdkt.exchange.spec import PEOPLE
from tdkt.exchange.types import SheetCount
from tdkt.exchange.validators.common import Context, Duplicates, SheetPlan, complete, pick
from tdkt.people.types import PersonDraft, birth_text
from tdkt.people.validation import validate_person
from tdkt.text import fold, format_date

# validate_person's field → the column it came from.
FIELD_COLUMNS = {
    "code": "code",
    "full_name": "full_name",
    "gender": "gender",
    "birth": "birth",
    "cccd": "cccd",
    "position": "position",
    "recruited_on": "recruited_on",
    "sector_started_on": "sector_started_on",
    "left_on": "left_on",
}
DEFAULTS: dict[str, Any] = {
    "full_name": "",
    "gender": "",
    "position": "",
    "is_leader": False,
    "toxic_work": False,
    "note": "",
}


def validate_people(context: Context, sheet: SheetData) -> SheetPlan:
    plan = SheetPlan(SheetCount(PEOPLE.name))
    duplicates = Duplicates(context, PEOPLE, "code")
    twins = _Twins(context)
    for row in sheet.rows:
        if not complete(row, "code") or not duplicates.first(row.values["code"], row, "mã cá nhân"):
            continue
        code = row.values["code"]
        if context.is_unit(code):
            context.error(PEOPLE, row, "code", f'mã "{code}" đã được dùng cho một đơn vị')
            continue
        old = context.existing.people.get(code)
        state = _state(row, sheet.present, old)
        _check_unit(context, row, state["unit"])
        _check_rules(context, row, state)
        _warn_renamed(context, row, old, state)
        twins.check(row, code, old, state)
        context.people[code] = state
        plan.tally(old, state, {"code": code})
    return plan


def _state(row: Row, present: frozenset[str], old: State | None) -> State:
    state = {f: pick(row, present, f, old and old[f], DEFAULTS.get(f)) for f in PERSON_FIELDS}
    state["unit"] = pick(row, present, "unit", old and old["unit"], None)
    if "birth" in present:
        state["birth_date"], state["birth_year"] = row.values.get("birth", (None, None))
    else:
        state["birth_date"] = old and old["birth_date"]
        state["birth_year"] = old and old["birth_year"]
    state["cccd"] = state["cccd"] or None
    return state


def _check_unit(context: Context, row: Row, unit: str | None) -> None:
    if unit is None or "unit" in row.bad:
        return
    if context.is_person(unit) and not context.is_unit(unit):
        context.error(PEOPLE, row, "unit", f'"{unit}" là mã cá nhân, không phải mã đơn vị')
    elif not context.is_unit(unit):
        context.error(PEOPLE, row, "unit", f'không có đơn vị mã "{unit}"')


def _check_rules(context: Context, row: Row, state: State) -> None:
    """The people rules of the application (dates in order, CCCD form, name without digits)."""
    draft = PersonDraft(
        code=row.values["code"],
        full_name=state["full_name"],
        gender=state["gender"],
        unit_id=0,  # checked against the codes above
        birth=birth_text(state["birth_date"], state["birth_year"]),
        position=state["position"],
        recruited_on=format_date(state["recruited_on"]),
        sector_started_on=format_date(state["sector_started_on"]),
        cccd=state["cccd"] or "",
        left_on=format_date(state["left_on"]),
    )
    errors, _values = validate_person(draft, context.today)
    for field, message in errors.items():
        key = FIELD_COLUMNS.get(field)
        if key is not None and key not in row.bad:
            context.error(PEOPLE, row, key, message.rstrip("."))


def _warn_renamed(context: Context, row: Row, old: State | None, state: State) -> None:
    if old is not None and fold(old["full_name"]) != fold(state["full_name"]):
        context.warn(
            PEOPLE,
            row,
            "full_name",
            f'mã "{row.values["code"]}" đang là "{old["full_name"]}"; dòng này đổi họ tên thành '
            f'"{state["full_name"]}" (kiểm tra xem có nhầm mã không)',
        )


class _Twins:
    """Probable duplicates: a CCCD held by another code; a name and birth date already seen."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.cccd_owner = {
            s["cccd"]: code for code, s in context.existing.people.items() if s["cccd"]
        }
        self.name_birth: dict[tuple[str, date], str] = {}
        for code, s in context.existing.people.items():
            if s["birth_date"] is not None:
                self.name_birth.setdefault((fold(s["full_name"]), s["birth_date"]), code)

    def check(self, row: Row, code: str, old: State | None, state: State) -> None:
        cccd = state["cccd"]
        if cccd:
            owner = self.cccd_owner.setdefault(cccd, code)
            if owner != code:
                self.context.warn(
                    PEOPLE,
                    row,
                    "cccd",
                    f'có thể trùng người: số CCCD {cccd} đã thuộc về mã "{owner}"; mỗi số CCCD '
                    f'chỉ ghi cho một người nên "{code}" được nhập không kèm số CCCD',
                )
                state["cccd"] = old["cccd"] if old is not None else None
        if old is None and state["birth_date"] is not None:
            key = (fold(state["full_name"]), state["birth_date"])
            other = self.name_birth.setdefault(key, code)
            if other != code:
                self.context.warn(
                    PEOPLE,
                    row,
                    "full_name",
                    f'có thể trùng người: "{state["full_name"]}" sinh ngày '
                    f'{format_date(state["birth_date"])} đã có với mã "{other}"',
                )
