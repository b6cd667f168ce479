"""Choosing the report period: a preset and a year, or a custom range of dates."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from tdkt.errors import ValidationError
from tdkt.reports.periods import (
    CUSTOM,
    FIRST_HALF,
    FIVE_YEARS,
    PRESET_LABELS,
    WHOLE_YEAR,
    Period,
    period_from_text,
    preset,
)
from tdkt.text import format_date


class PeriodPicker(QWidget):
    """Emits `changed` with the period, or `invalid` with a Vietnamese message."""

    changed = Signal(object)
    invalid = Signal(str)

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for key in (FIRST_HALF, WHOLE_YEAR, FIVE_YEARS, CUSTOM):
            self.kind.addItem(PRESET_LABELS[key], key)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.start = QLineEdit(placeholderText="dd/mm/yyyy")
        self.end = QLineEdit(placeholderText="dd/mm/yyyy")
        for edit in (self.start, self.end):
            edit.setMaximumWidth(110)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Kỳ báo cáo:"))
        row.addWidget(self.kind)
        row.addWidget(QLabel("Năm:"))
        row.addWidget(self.year)
        row.addWidget(QLabel("Từ ngày:"))
        row.addWidget(self.start)
        row.addWidget(QLabel("đến ngày:"))
        row.addWidget(self.end)
        self.kind.currentIndexChanged.connect(self._on_preset)
        self.year.valueChanged.connect(self._on_preset)
        self.start.editingFinished.connect(self._on_dates)
        self.end.editingFinished.connect(self._on_dates)
        self._show_preset_dates()

    def period(self) -> Period:
        """The chosen period; raises ValidationError for a wrong custom range."""
        if self.kind.currentData() == CUSTOM:
            return period_from_text(self.start.text(), self.end.text())
        return preset(self.kind.currentData(), self.year.value())

    def set_preset(self, kind: str, year: int) -> None:
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self._on_preset()

    def _show_preset_dates(self) -> None:
        custom = self.kind.currentData() == CUSTOM
        self.year.setEnabled(not custom)
        for edit in (self.start, self.end):
            edit.setReadOnly(not custom)
        if not custom:
            period = self.period()
            self.start.setText(format_date(period.start))
            self.end.setText(format_date(period.end))

    def _on_preset(self, *_args: object) -> None:
        self._show_preset_dates()
        self._emit()

    def _on_dates(self) -> None:
        if self.kind.currentData() == CUSTOM:
            self._emit()

    def _emit(self) -> None:
        try:
            period = self.period()
        except ValidationError as error:
            self.invalid.emit(error.message)
            return
        self.changed.emit(period)
