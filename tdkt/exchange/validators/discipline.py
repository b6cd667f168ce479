"""KyLuat: a discipline is identified by person, form and date of effect."""

from __future__ import annotations

from tdkt.exchange.rows import SheetData
from tdkt.exchange.spec import DISCIPLINE
from tdkt.exchange.types import SheetCount
from tdkt.exchange.validators.common import Context, Duplicates, SheetPlan, complete, pick
from tdkt.text import format_date


def validate_discipline(context: Context, sheet: SheetData) -> SheetPlan:
    plan = SheetPlan(SheetCount(DISCIPLINE.name))
    duplicates = Duplicates(context, DISCIPLINE, "effective_on")
    for row in sheet.rows:
        if not complete(row, "person", "form", "effective_on"):
            continue
        person, form, effective_on = (row.values[k] for k in ("person", "form", "effective_on"))
        if not context.is_person(person):
            what = (
                f'"{person}" là mã đơn vị, không phải mã cá nhân'
                if context.is_unit(person)
                else f'không có cá nhân mã "{person}"'
            )
            context.error(DISCIPLINE, row, "person", what)
            continue
        identity = {"person": person, "form": form, "effective_on": effective_on}
        if not duplicates.first(tuple(identity.values()), row, "cùng cá nhân, hình thức và ngày"):
            continue
        old = context.existing.discipline.get(tuple(identity.values()))
        state = {
            "ends_on": pick(row, sheet.present, "ends_on", old and old["ends_on"], None),
            "decision_no": pick(row, sheet.present, "decision_no", old and old["decision_no"], ""),
            "reason": pick(row, sheet.present, "reason", old and old["reason"], ""),
        }
        if state["ends_on"] is not None and state["ends_on"] < effective_on:
            context.error(
                DISCIPLINE,
                row,
                "ends_on",
                f"ngày kết thúc trước ngày hiệu lực {format_date(effective_on)}",
            )
        plan.tally(old, state, identity)
    return plan
