"""CoQuan: the agency's details as label / value pairs."""

from __future__ import annotations

from tdkt.agency.types import FIELD_LABELS
from tdkt.exchange.rows import SheetData
from tdkt.exchange.spec import AGENCY
from tdkt.exchange.types import SheetCount
from tdkt.exchange.validators.common import Context, Duplicates, SheetPlan, complete
from tdkt.text import fold

# The agency table's column sizes.
LIMITS = {
    "parent_agency": 200,
    "name": 200,
    "abbreviation": 30,
    "place": 100,
    "signer": 120,
    "signer_title": 120,
}
FIELDS_BY_LABEL = {fold(label): field for field, label in FIELD_LABELS.items()}


def validate_agency(context: Context, sheet: SheetData) -> SheetPlan:
    """One plan row per field given; `changed` holds them all, `new` nothing (one record)."""
    plan = SheetPlan(SheetCount(AGENCY.name))
    old = context.existing.agency or {}
    duplicates = Duplicates(context, AGENCY, "label")
    for row in sheet.rows:
        if not complete(row, "label", "value"):
            continue
        field = FIELDS_BY_LABEL.get(fold(row.values["label"]))
        if field is None:
            known = ", ".join(f'"{label}"' for label in FIELD_LABELS.values())
            context.warn(AGENCY, row, "label", f"thông tin không thuộc mẫu ({known}), được bỏ qua")
            continue
        if not duplicates.first(field, row, "thông tin"):
            continue
        value = row.values["value"]
        if len(value) > LIMITS[field]:
            context.error(
                AGENCY, row, "value", f"dài {len(value)} ký tự, tối đa {LIMITS[field]} ký tự"
            )
            continue
        if not old.get(field):
            plan.count.new += 1
        elif old[field] == value:
            plan.count.unchanged += 1
            continue
        else:
            plan.count.updated += 1
        plan.changed.append({"field": field, "value": value})
    return plan
