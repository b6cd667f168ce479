"""A combo box of units in organisation-chart order, indented by depth."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from tdkt.units.types import UnitRow


class UnitComboBox(QComboBox):
    def __init__(self, all_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_label = all_label
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_units(self, units: Sequence[UnitRow], exclude: set[int] | None = None) -> None:
        current = self.unit_id()
        self.blockSignals(True)
        self.clear()
        if self._all_label is not None:
            self.addItem(self._all_label, None)
        for unit in units:
            if exclude and unit.id in exclude:
                continue
            self.addItem("    " * unit.depth + unit.name, unit.id)
        self.blockSignals(False)
        self.select(current)

    def unit_id(self) -> int | None:
        return self.currentData()

    def select(self, unit_id: int | None) -> None:
        index = self.findData(unit_id)
        self.setCurrentIndex(max(index, 0))
