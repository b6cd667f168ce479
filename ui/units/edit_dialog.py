"""Add or edit a unit: code, name and the unit above it; the domain validates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from tdkt.units.types import UnitDraft, UnitRow
from ui.context import PageContext
from ui.widgets.edit_dialog import EditDialog
from ui.widgets.unit_combo import UnitComboBox

TOP_LEVEL = "(Không có – đơn vị cấp cao nhất)"


def subtree_ids(units: Sequence[UnitRow], root: int) -> set[int]:
    """The unit and everything below it: none of them can become its parent."""
    found = {root}
    for unit in units:  # chart order: a parent always comes before its children
        if unit.parent_id in found:
            found.add(unit.id)
    return found


class UnitDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        units: Sequence[UnitRow],
        unit: UnitRow | None = None,
        parent_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Sửa đơn vị" if unit else "Thêm đơn vị", parent)
        self._unit = unit
        self.code = QLineEdit()
        self.code.setPlaceholderText("ví dụ: PQLTM (viết liền, không dấu cách)")
        self.name = QLineEdit()
        self.name.setPlaceholderText("ví dụ: Phòng Quản lý thương mại")
        self.parent_unit = UnitComboBox(all_label=TOP_LEVEL)
        excluded = subtree_ids(units, unit.id) if unit is not None else None
        self.parent_unit.set_units(units, exclude=excluded)
        self.errors.add_row("code", "Mã đơn vị *", self.code)
        self.errors.add_row("name", "Tên đơn vị *", self.name)
        self.errors.add_row("parent_id", "Thuộc đơn vị", self.parent_unit)
        if unit is not None:
            self.code.setText(unit.code)
            self.name.setText(unit.name)
            parent_id = unit.parent_id
        self.parent_unit.select(parent_id)
        self.resize(480, self.sizeHint().height())

    def draft(self) -> UnitDraft:
        return UnitDraft(
            code=self.code.text(), name=self.name.text(), parent_id=self.parent_unit.unit_id()
        )

    def save_work(self) -> Callable[[], Any]:
        draft = self.draft()
        units = self.context.services.units
        if self._unit is None:
            return lambda: units.create(draft)
        unit_id, version = self._unit.id, self._unit.version
        return lambda: units.update(unit_id, draft, version=version)
