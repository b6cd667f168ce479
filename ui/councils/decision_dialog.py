"""Record a council decision (thành lập or kiện toàn) with its member list; a kiện toàn ends
every current term the day before it takes effect. The current list can be copied and
changed, as a reconstitution usually changes a few lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from tdkt.councils.types import DECISION_KIND_LABELS, CouncilRow, DecisionDraft, MemberRow
from tdkt.errors import ValidationError
from ui.context import PageContext
from ui.councils.member_table import MemberTable
from ui.errors import show_error
from ui.widgets.combos import choice_combo
from ui.widgets.edit_dialog import EditDialog


class DecisionDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        council: CouncilRow,
        current: Sequence[MemberRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, f"Quyết định về {council.name}", parent)
        self._council, self._current = council, list(current)
        self.kind = choice_combo(DECISION_KIND_LABELS)
        self.kind.setCurrentIndex(1 if council.decisions else 0)
        self.number = QLineEdit(placeholderText="ví dụ: 609/QĐ-SCT")
        self.signed_on = QLineEdit(placeholderText="dd/mm/yyyy")
        self.effective_on = QLineEdit(placeholderText="dd/mm/yyyy – để trống: ngày ký")
        self.signer = QLineEdit(placeholderText="người ký quyết định")
        self.members = MemberTable()
        copy = QPushButton("Chép danh sách hiện tại")
        copy.clicked.connect(self.copy_current)
        copy.setEnabled(bool(current))
        for field, label, widget in (
            ("kind", "Loại quyết định", self.kind),
            ("number", "Số quyết định *", self.number),
            ("signed_on", "Ngày ký *", self.signed_on),
            ("effective_on", "Ngày hiệu lực", self.effective_on),
            ("signer", "Người ký", self.signer),
            ("members", "Thành viên *", self.members),
            ("copy", "", copy),
        ):
            self.errors.add_row(field, label, widget)
        self.resize(980, 660)
        people = context.services.people
        context.runner.run(
            lambda: people.list_rows(include_left=False),
            self.members.set_people,
            lambda error: show_error(self, error),
        )

    def copy_current(self) -> None:
        for member in self._current:
            self.members.add_member(member)

    def save_work(self) -> Callable[[], Any]:
        drafts, unknown = self.members.drafts()
        if unknown:
            raise ValidationError({"members": "Không có cá nhân mã: " + ", ".join(unknown)})
        decision = DecisionDraft(
            self.kind.currentData(),
            self.number.text(),
            self.signed_on.text(),
            self.effective_on.text(),
            self.signer.text(),
        )
        councils, council_id = self.context.services.councils, self._council.id
        return lambda: councils.apply_decision(council_id, decision, drafts)
