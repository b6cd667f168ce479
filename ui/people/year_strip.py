"""The year-by-year record of one person: a row per year (newest first) with the rating,
awards, discipline and initiatives of that year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tdkt.people.types import YearStrip

COLUMNS = ("Năm", "Xếp loại", "Thành tích")


class YearStripView(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(list(COLUMNS))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_strip(self, strip: YearStrip | None) -> None:
        years = list(reversed(strip.years)) if strip is not None else []
        self.setRowCount(len(years))
        for row, entry in enumerate(years):
            for column, value in enumerate((str(entry.year), entry.rating)):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
            lines = [", ".join(entry.awards)] if entry.awards else []
            if entry.initiatives:
                lines.append("Sáng kiến: " + ", ".join(entry.initiatives))
            if entry.discipline:
                lines.append("Kỷ luật: " + ", ".join(entry.discipline))
            notes = QTableWidgetItem("\n".join(lines))
            if entry.discipline:  # a disciplined year must stand out: it blocks titles
                notes.setForeground(Qt.GlobalColor.darkRed)
            self.setItem(row, 2, notes)
