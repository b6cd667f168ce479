"""A combo box of years, newest first, keeping the chosen year when refilled."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QComboBox, QWidget


class YearCombo(QComboBox):
    def __init__(self, all_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_label = all_label

    def set_years(self, years: Iterable[int], default: int | None = None) -> None:
        current = self.year()
        self.blockSignals(True)
        self.clear()
        if self._all_label is not None:
            self.addItem(self._all_label, None)
        for year in sorted(set(years), reverse=True):
            self.addItem(str(year), year)
        wanted = current if current is not None else default
        index = self.findData(wanted) if wanted is not None else -1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def offer(self, recorded: Sequence[int], this_year: int) -> None:
        """The years that hold records (newest first) and this year; the newest recorded
        year is chosen at first."""
        self.set_years([*recorded, this_year], default=recorded[0] if recorded else this_year)

    def year(self) -> int | None:
        return self.currentData()
