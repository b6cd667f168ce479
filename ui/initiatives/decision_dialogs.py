"""Record the recognition decision (scope, number, date, who recognised it), or the refusal
with its reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from tdkt.initiatives.types import SCOPE_LABELS, InitiativeRow, RecognitionDraft
from ui.context import PageContext
from ui.formatting import show_date
from ui.widgets.combos import choice_combo, select_data
from ui.widgets.edit_dialog import EditDialog


class RecognitionDialog(EditDialog):
    def __init__(
        self, context: PageContext, row: InitiativeRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, f"Công nhận sáng kiến {row.code}", parent)
        self._row = row
        self.scope = choice_combo(SCOPE_LABELS)
        self.decision_no = QLineEdit(placeholderText="ví dụ: 2150/QĐ-SCT")
        self.decision_date = QLineEdit(placeholderText="dd/mm/yyyy")
        self.recognized_by = QLineEdit(placeholderText="ví dụ: Giám đốc Sở Công Thương")
        for field, label, widget in (
            ("scope", "Phạm vi ảnh hưởng *", self.scope),
            ("decision_no", "Số quyết định *", self.decision_no),
            ("decision_date", "Ngày quyết định *", self.decision_date),
            ("recognized_by", "Người/cơ quan công nhận", self.recognized_by),
        ):
            self.errors.add_row(field, label, widget)
        if row.scope:
            select_data(self.scope, row.scope)
            self.decision_no.setText(row.decision_no)
            self.decision_date.setText(show_date(row.decision_date))
        self.resize(480, self.sizeHint().height())

    def save_work(self) -> Callable[[], Any]:
        draft = RecognitionDraft(
            self.scope.currentData(),
            self.decision_no.text(),
            self.decision_date.text(),
            self.recognized_by.text(),
        )
        initiatives, initiative_id = self.context.services.initiatives, self._row.id
        return lambda: initiatives.recognize(initiative_id, draft)


class RejectionDialog(EditDialog):
    def __init__(
        self, context: PageContext, row: InitiativeRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, f"Không công nhận sáng kiến {row.code}", parent)
        self._row = row
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            "ví dụ: Giải pháp đã được áp dụng tại Sở từ trước (không có tính mới)"
        )
        self.reason.setFixedHeight(80)
        self.errors.add_row("reason", "Lý do *", self.reason)
        self.resize(520, self.sizeHint().height())

    def save_work(self) -> Callable[[], Any]:
        reason, initiatives, initiative_id = (
            self.reason.toPlainText(),
            self.context.services.initiatives,
            self._row.id,
        )
        return lambda: initiatives.reject(initiative_id, reason)
