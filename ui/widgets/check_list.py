"""A list of checkable items (units a movement is addressed to, titles it leads to)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CheckList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(90)

    def set_items(
        self, items: Sequence[tuple[str, object]], checked: Iterable[object] = ()
    ) -> None:
        chosen = set(checked)
        self.clear()
        for label, data in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.addItem(item)

    def checked(self) -> list[object]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, data: object, checked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == data:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
