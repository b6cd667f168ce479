"""The filters of the audit page: date range, user, kind of record, words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from tdkt.audit.types import AuditQuery
from tdkt.errors import ValidationError
from tdkt.text import clean, parse_date


def _date_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setToolTip("Ngày dạng dd/mm/yyyy, ví dụ 05/01/2025; để trống: không giới hạn")
    edit.setFixedWidth(96)
    return edit


class AuditFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_from = _date_edit("từ ngày")
        self.date_to = _date_edit("đến ngày")
        self.actor = QComboBox()
        self.actor.addItem("Mọi người", "")
        self.entity = QComboBox()
        self.entity.addItem("Mọi loại bản ghi", "")
        self.text = QLineEdit()
        self.text.setPlaceholderText("Tìm chữ trong nội dung (Enter)")
        self.text.setClearButtonEnabled(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            ("Ngày:", self.date_from),
            ("–", self.date_to),
            ("Người:", self.actor),
            ("Loại:", self.entity),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addSpacing(8)
        row.addWidget(self.text, 1)
        for edit in (self.date_from, self.date_to, self.text):
            edit.editingFinished.connect(self.changed)
        for combo in (self.actor, self.entity):
            combo.currentIndexChanged.connect(self.changed)

    def set_choices(self, actors: list[str], entities: list[tuple[str, str]]) -> None:
        """Refill the lists, keeping what was chosen; emits nothing."""
        for combo, items in (
            (self.actor, [(a, a) for a in actors if a]),
            (self.entity, [(label, name) for name, label in entities]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def query(self) -> AuditQuery:
        """The filter as typed; a date that cannot be read raises ValidationError."""
        errors: dict[str, str] = {}
        dates = []
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            text = clean(edit.text())
            try:
                dates.append(parse_date(text) if text else None)
            except ValueError as error:
                errors[key] = f"Ngày “{text}” không hợp lệ: {error}"
                dates.append(None)
        if errors:
            raise ValidationError(errors)
        return AuditQuery(
            date_from=dates[0],
            date_to=dates[1],
            actor=self.actor.currentData() or "",
            entity=self.entity.currentData() or "",
            text=clean(self.text.text()),
        )
