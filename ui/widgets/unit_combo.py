"""A combo box of units in organisation-chart order.

The popup indents each unit by its depth in the chart; the closed box, `currentText()` and
typing to search work on the plain name. The indentation is drawn by the popup's delegate
from the depth kept in the item, never written into the item's text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tdkt.units.types import UnitRow

DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
INDENT = "    "  # per level of the chart, as the tree pages indent


class IndentedDelegate(QStyledItemDelegate):
    """Shows an item of the popup behind its depth's indentation."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = INDENT * (index.data(DEPTH_ROLE) or 0) + option.text  # type: ignore[attr-defined]


class UnitComboBox(QComboBox):
    def __init__(self, all_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_label = all_label
        self.setItemDelegate(IndentedDelegate(self))
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
            self.addItem(unit.name, unit.id)
            self.setItemData(self.count() - 1, unit.depth, DEPTH_ROLE)
        self.blockSignals(False)
        self.select(current)

    def unit_id(self) -> int | None:
        return self.currentData()

    def select(self, unit_id: int | None) -> None:
        index = self.findData(unit_id)
        self.setCurrentIndex(max(index, 0))
