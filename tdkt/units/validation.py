"""Pure checks of a unit draft."""

from __future__ import annotations

from tdkt.units.types import UnitDraft

CODE_MAX = 40
NAME_MAX = 250


def validate_unit(draft: UnitDraft) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not draft.code:
        errors["code"] = "Mã đơn vị không được để trống."
    elif len(draft.code) > CODE_MAX:
        errors["code"] = f"Mã đơn vị dài quá {CODE_MAX} ký tự."
    elif any(ch.isspace() for ch in draft.code):
        errors["code"] = "Mã đơn vị không được chứa dấu cách."
    if not draft.name:
        errors["name"] = "Tên đơn vị không được để trống."
    elif len(draft.name) > NAME_MAX:
        errors["name"] = f"Tên đơn vị dài quá {NAME_MAX} ký tự."
    return errors
