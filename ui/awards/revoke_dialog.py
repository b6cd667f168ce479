"""Revoke an award: the record stays, marked with the date and the reason (which is required).
The dialog shows first what relied on the award (later awards, open proposals); those are
flagged "cần xem lại" with the revocation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from tdkt.awards.types import AwardRow
from tdkt.errors import ValidationError
from tdkt.nominations.types import RevocationPreview
from tdkt.text import parse_date
from ui.context import PageContext
from ui.formatting import show_date
from ui.widgets.edit_dialog import EditDialog


def describe(award: AwardRow) -> str:
    decision = f", quyết định {award.decision_no}" if award.decision_no else ""
    dated = f" ngày {show_date(award.decision_date)}" if award.decision_date else ""
    return f"{award.title_name} năm {award.year} – {award.subject_name}{decision}{dated}"


class RevokeDialog(EditDialog):
    def __init__(
        self, context: PageContext, award: AwardRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "Thu hồi khen thưởng", parent)
        self._award = award
        summary = QLabel(describe(award), objectName="sectionLabel")
        summary.setWordWrap(True)
        self.layout().insertWidget(0, summary)
        self.revoked_on = QLineEdit(show_date(context.services.clock.today()))
        self.revoked_on.setPlaceholderText("dd/mm/yyyy")
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("ví dụ: Quyết định số …/QĐ-UBND ngày … thu hồi do …")
        self.reason.setFixedHeight(72)
        self.dependents = QLabel("Đang tìm khen thưởng, đề nghị dựa trên khen thưởng này…")
        self.dependents.setWordWrap(True)
        self.errors.add_row("revoked_on", "Ngày thu hồi *", self.revoked_on)
        self.errors.add_row("reason", "Lý do thu hồi *", self.reason)
        self.errors.add_row("dependents", "Ảnh hưởng", self.dependents)
        nominations = context.services.nominations
        context.runner.run(
            lambda: nominations.revocation_preview(award.id),
            self._show_dependents,
            lambda error: self.dependents.setText(f"Không xác định được: {error}"),
        )
        save = self.buttons.button(self.buttons.StandardButton.Save)
        save.setText("Thu hồi")
        self.resize(560, self.sizeHint().height())

    def save_work(self) -> Callable[[], Any]:
        # The date is typed text; say what is wrong with it next to the field, as forms do.
        try:
            revoked_on = parse_date(self.revoked_on.text())
        except ValueError as error:
            raise ValidationError({"revoked_on": f"Ngày thu hồi: {error}"}) from None
        reason = self.reason.toPlainText()
        nominations, award_id, version = (
            self.context.services.nominations,
            self._award.id,
            self._award.version,
        )
        return lambda: nominations.revoke_award(award_id, revoked_on, reason, version).award

    def _show_dependents(self, preview: RevocationPreview) -> None:
        if not preview.dependents:
            self.dependents.setText("Không có khen thưởng, đề nghị nào dựa trên khen thưởng này.")
            return
        lines = [
            f"• {d.title_name} năm {d.year} – {d.subject_name} ({d.where}): {d.reason}"
            for d in preview.dependents
        ]
        self.dependents.setText(
            f"{len(lines)} khen thưởng, đề nghị dựa trên khen thưởng này sẽ được đánh dấu "
            "“cần xem lại” (trang Đề nghị khen thưởng):\n" + "\n".join(lines)
        )
        self.dependents.setObjectName("formError")
        self.dependents.style().unpolish(self.dependents)
        self.dependents.style().polish(self.dependents)
