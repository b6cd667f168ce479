"""One workflow step, with what it needs: a reason (return, reopen, an override), the
letter's number and date (sending), and the documents still missing with the choice to
send anyway."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from tdkt.nominations.types import BatchDetails, TransitionDraft
from tdkt.nominations.workflow import ACTION_LABELS, STEPS, SUBMIT
from ui.context import PageContext
from ui.formatting import show_date
from ui.widgets.edit_dialog import EditDialog


class StepDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        details: BatchDetails,
        action: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, f"{ACTION_LABELS[action]} – {details.batch.name}", parent)
        self._details, self._action = details, action
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText(ACTION_LABELS[action])
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(64)
        self.override = QCheckBox("Vẫn trình khi hồ sơ còn thiếu (ghi lý do)")
        if action == SUBMIT:
            batch = details.batch
            self.letter_no = QLineEdit(batch.letter_no, placeholderText="ví dụ: 12/TTr-SCT")
            self.letter_date = QLineEdit(
                show_date(batch.letter_date) or show_date(context.services.clock.today()),
                placeholderText="dd/mm/yyyy",
            )
            self.errors.add_row("letter_no", "Số tờ trình *", self.letter_no)
            self.errors.add_row("letter_date", "Ngày tờ trình *", self.letter_date)
            # The letter's number and date, typed here, stand for the tờ trình itself.
            missing = [m for m in details.missing if m.proven_by != "letter"]
            if missing:
                text = "\n".join(
                    f"• {m.label}" + (f" – {m.line_label}" if m.line_label else "")
                    for m in missing[:12]
                ) + (f"\n… và {len(missing) - 12} tài liệu khác" if len(missing) > 12 else "")
                warning = QLabel(f"Hồ sơ còn thiếu {len(missing)} tài liệu:\n{text}")
                warning.setObjectName("formError")
                warning.setWordWrap(True)
                self.errors.add_row("checklist", "Hồ sơ", warning)
                self.errors.add_row("override", "", self.override)
        needs = STEPS[action].needs_reason
        self.reason.setPlaceholderText("Bắt buộc" if needs else "Nếu có")
        self.errors.add_row("reason", "Lý do *" if needs else "Ghi chú, lý do", self.reason)
        self.resize(560, self.sizeHint().height())

    def draft(self) -> TransitionDraft:
        submit = self._action == SUBMIT
        return TransitionDraft(
            self._action,
            self.reason.toPlainText(),
            self.letter_no.text() if submit else "",
            self.letter_date.text() if submit else "",
            self.override.isChecked(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft, nominations = self.draft(), self.context.services.nominations
        batch = self._details.batch
        return lambda: nominations.advance(batch.id, draft, version=batch.version)
