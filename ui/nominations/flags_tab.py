"""Cần xem lại: awards and proposals whose ground was revoked, until the secretary records
what was done about each."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tdkt.nominations.types import ReviewFlagRow
from ui.context import PageContext
from ui.errors import show_error
from ui.nominations.table_models import FLAG_COLUMNS
from ui.read_only import guard_writes
from ui.widgets.edit_dialog import EditDialog
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.tables import make_table, selected_row


class ResolveDialog(EditDialog):
    def __init__(
        self, context: PageContext, flag: ReviewFlagRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "Đã xem lại", parent)
        self._flag = flag
        summary = QLabel(f"{flag.subject_name} – {flag.title_name} năm {flag.year}\n{flag.reason}")
        summary.setWordWrap(True)
        self.layout().insertWidget(0, summary)
        self.resolution = QLineEdit(placeholderText="ví dụ: Đã thu hồi; hoặc vẫn giữ vì …")
        self.errors.add_row("resolution", "Kết quả xem lại *", self.resolution)
        self.resize(560, self.sizeHint().height())

    def save_work(self) -> Callable[[], Any]:
        nominations, flag_id, text = (
            self.context.services.nominations,
            self._flag.id,
            self.resolution.text(),
        )
        return lambda: nominations.resolve_flag(flag_id, text)


class FlagsTab(QWidget):
    counted = Signal(int)  # open flags, for the tab's title

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.model: RowTableModel[ReviewFlagRow] = RowTableModel(FLAG_COLUMNS)
        self.table = make_table(self.model, (110, 170, 220, 200, 420))
        self.show_resolved = QCheckBox("Cả mục đã xử lý")
        self.resolve_button = QPushButton("Đã xem lại…")
        guard_writes(context, self.resolve_button)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Khen thưởng, đề nghị dựa trên khen thưởng đã bị thu hồi"))
        bar.addStretch()
        bar.addWidget(self.show_resolved)
        bar.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.show_resolved.toggled.connect(lambda _c: self.reload())
        self.resolve_button.clicked.connect(self._resolve)

    def reload(self) -> None:
        nominations, everything = self.context.services.nominations, self.show_resolved.isChecked()
        self.context.runner.run(
            lambda: nominations.review_flags(include_resolved=everything),
            self._show,
            lambda error: show_error(self, error),
        )

    def _show(self, flags: list[ReviewFlagRow]) -> None:
        self.model.set_rows(flags)
        self.counted.emit(sum(1 for f in flags if f.resolved_at is None))

    def _resolve(self) -> None:
        flag = selected_row(self.table, self.model)
        if flag is not None and flag.resolved_at is None:
            dialog = ResolveDialog(self.context, flag, self)
            dialog.saved.connect(lambda _r: self.reload())
            dialog.open()
