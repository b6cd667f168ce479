"""DonVi: units by code, a parent among existing or listed units, no cycles, an order."""

from __future__ import annotations

from collections.abc import Iterable

from tdkt.exchange.existing import State
from tdkt.exchange.rows import SheetData
from tdkt.exchange.spec import UNITS
from tdkt.exchange.types import SheetCount
from tdkt.exchange.validators.common import Context, Duplicates, SheetPlan, complete, pick


def validate_units(context: Context, sheet: SheetData) -> SheetPlan:
    plan = SheetPlan(SheetCount(UNITS.name))
    existing = context.existing.units
    duplicates = Duplicates(context, UNITS, "code")
    rows = []
    for row in sheet.rows:
        if not complete(row, "code") or not duplicates.first(row.values["code"], row, "mã đơn vị"):
            continue
        code = row.values["code"]
        if context.is_person(code):
            context.error(UNITS, row, "code", f'mã "{code}" đã được dùng cho một cá nhân')
            continue
        parent = row.values.get("parent")
        if parent is not None and not context.is_unit(parent):
            context.error(UNITS, row, "parent", f'không có đơn vị mã "{parent}"')
        elif parent == code:
            context.error(UNITS, row, "parent", "một đơn vị không thể là cấp trên của chính nó")
        old = existing.get(code)
        state = {
            "name": pick(row, sheet.present, "name", old and old["name"], ""),
            "parent": pick(row, sheet.present, "parent", old and old["parent"], None),
            "sort_order": pick(row, sheet.present, "sort_order", old and old["sort_order"], None),
        }
        context.units[code] = state
        rows.append((row, code, old, state))
    parents = {code: unit["parent"] for code, unit in existing.items()}
    parents.update({code: state["parent"] for _, code, _, state in rows})
    orders = _next_orders(existing.values())
    for row, code, old, state in rows:
        if _in_cycle(code, parents):
            context.error(
                UNITS, row, "parent", "cấp trên tạo thành vòng lặp (đơn vị nằm dưới chính nó)"
            )
        if state["sort_order"] is None:
            state["sort_order"] = _order(old, state["parent"], orders)
        plan.tally(old, state, {"code": code})
    return plan


def _order(old: State | None, parent: str | None, orders: dict[str | None, int]) -> int:
    """The place of a unit whose order was left blank: where it is, if it stays under the
    same parent (a file imported twice changes nothing the second time); else after its
    new siblings."""
    if old is not None and old["parent"] == parent:
        return int(old["sort_order"])
    orders[parent] = orders.get(parent, 0) + 1
    return orders[parent]


def _next_orders(units: Iterable[State]) -> dict[str | None, int]:
    highest: dict[str | None, int] = {}
    for unit in units:
        highest[unit["parent"]] = max(highest.get(unit["parent"], 0), unit["sort_order"])
    return highest


def _in_cycle(code: str, parents: dict[str, str | None]) -> bool:
    seen = {code}
    current = parents.get(code)
    while current is not None:
        if current in seen:
            return current == code
        seen.add(current)
        current = parents.get(current)
    return False
