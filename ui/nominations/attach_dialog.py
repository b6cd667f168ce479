"""Attach a document of the dossier: which kind, for the batch or for one nominee, which
file (copied into the data folder, so the original may move)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from tdkt.nominations.types import BatchDetails
from ui.context import PageContext
from ui.widgets.combos import choice_combo
from ui.widgets.edit_dialog import EditDialog


class AttachDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        details: BatchDetails,
        labels: dict[str, str],
        line_id: int | None = None,
        doc_type: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, f"Đính kèm tài liệu – {details.batch.name}", parent)
        self._details = details
        self.buttons.button(self.buttons.StandardButton.Save).setText("Đính kèm")
        self.kind = choice_combo(labels, doc_type)
        self.line = choice_combo(
            ((line.id, f"{line.subject_name} – {line.title_name}") for line in details.lines),
            line_id,
            all_label="Cả đợt",
        )
        self.path = QLineEdit()
        browse = QPushButton("Chọn tệp…")
        browse.clicked.connect(self._browse)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.path, 1)
        box.addWidget(browse)
        self.errors.add_row("doc_type", "Loại tài liệu", self.kind)
        self.errors.add_row("line_id", "Cho", self.line)
        self.errors.add_row("source", "Tệp *", row)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, "Chọn tài liệu")
        if chosen:
            self.path.setText(chosen)

    def save_work(self) -> Callable[[], Any]:
        nominations, batch_id = self.context.services.nominations, self._details.batch.id
        kind, line_id, path = self.kind.currentData(), self.line.currentData(), self.path.text()
        return lambda: nominations.attach(batch_id, kind, path, line_id)
