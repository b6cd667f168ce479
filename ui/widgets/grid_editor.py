"""A table filled in row by row inside a form (council members, authors of an initiative,
pledge targets, voting thresholds): the table, "add" and "remove the chosen rows" under it,
and the kinds of cell those forms use."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class GridEditor(QWidget):
    """Subclasses fill a row in `add_blank` (the add button) and read the rows back."""

    def __init__(
        self,
        headers: Sequence[str],
        add_label: str,
        *,
        widths: Sequence[int] = (),
        stretch: int | None = None,
        min_height: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        """`widths` of 0 leave a column as it is; `stretch` takes the room that is left."""
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        if stretch is not None:
            self.table.horizontalHeader().setSectionResizeMode(
                stretch, QHeaderView.ResizeMode.Stretch
            )
        for column, width in enumerate(widths):
            if width:
                self.table.setColumnWidth(column, width)
        if min_height:
            self.table.setMinimumHeight(min_height)
        add, remove = QPushButton(add_label), QPushButton("Bỏ dòng chọn")
        add.clicked.connect(lambda: self.add_blank())
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_blank(self) -> None:
        raise NotImplementedError

    def new_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        return row

    def remove_selected(self) -> None:
        """The rows with a selected cell, else the row of the current cell."""
        rows = {i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}
        for row in sorted((r for r in rows if r >= 0), reverse=True):
            self.table.removeRow(row)

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked


def check_item(checked: bool) -> QTableWidgetItem:
    """A cell that is only a check box."""
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item
