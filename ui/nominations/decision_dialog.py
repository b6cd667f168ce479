"""Record the decision on a sent batch: number, date, who signed, and which lines it
approves (all but those unticked). The awards are created at once, with the bonus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from tdkt.nominations.levels import DIRECTOR
from tdkt.nominations.types import BatchDetails, DecisionDraft
from ui.context import PageContext
from ui.formatting import show_date
from ui.widgets.edit_dialog import EditDialog


class DecisionDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        details: BatchDetails,
        signer: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, f"Ghi quyết định – {details.batch.name}", parent)
        self._details = details
        self.buttons.button(self.buttons.StandardButton.Save).setText("Ghi quyết định")
        self.number = QLineEdit(placeholderText="ví dụ: 1809/QĐ-SCT")
        self.day = QLineEdit(
            show_date(context.services.clock.today()), placeholderText="dd/mm/yyyy"
        )
        # The agency's head signs the director's decisions; another level's signer is typed.
        own = details.batch.level == DIRECTOR
        self.signer = QLineEdit(signer if own else "", placeholderText="người ký quyết định")
        self.issuer = QLineEdit(details.batch.level)
        self.lines = QListWidget()
        for line in details.lines:
            voted_down = line.vote_result == "khong_dat"
            item = QListWidgetItem(
                f"{line.subject_name} – {line.title_name}"
                + (" (Hội đồng không thông qua)" if voted_down else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Unchecked if voted_down else Qt.CheckState.Checked
            item.setCheckState(checked)
            if voted_down:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.lines.addItem(item)
        for field, label, widget in (
            ("decision_no", "Số quyết định *", self.number),
            ("decision_date", "Ngày quyết định *", self.day),
            ("signer", "Người ký", self.signer),
            ("issuer", "Cấp quyết định", self.issuer),
            ("lines", "Được khen thưởng", self.lines),
        ):
            self.errors.add_row(field, label, widget)
        self.resize(620, 520)

    def refused(self) -> tuple[int, ...]:
        found = []
        for row in range(self.lines.count()):
            item = self.lines.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                found.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(found)

    def save_work(self) -> Callable[[], Any]:
        draft = DecisionDraft(
            self.number.text(),
            self.day.text(),
            self.signer.text(),
            self.issuer.text(),
            self.refused(),
        )
        nominations, batch_id = self.context.services.nominations, self._details.batch.id
        return lambda: nominations.record_decision(batch_id, draft)
