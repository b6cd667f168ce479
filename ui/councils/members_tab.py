"""Members over time: the council as it sat on a chosen day, or every term ever; decisions,
additions and the end of a term."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tdkt.councils.types import CouncilRow, MemberRow
from tdkt.text import parse_date
from ui.context import PageContext
from ui.councils.decision_dialog import DecisionDialog
from ui.councils.member_dialogs import EndTermDialog, MemberDialog
from ui.councils.table_models import MEMBER_COLUMNS
from ui.errors import show_error
from ui.formatting import show_date
from ui.read_only import guard_writes
from ui.widgets.confirm import run_confirmed
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.tables import make_table, selected_row


class MembersTab(QWidget):
    def __init__(
        self, context: PageContext, changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._changed = changed
        self.council: CouncilRow | None = None
        self.day = QLineEdit(show_date(context.services.clock.today()))
        # Wide enough for "dd/mm/yyyy" with the line edit's padding.
        self.day.setMinimumWidth(self.day.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.day.setMaximumWidth(130)
        self.history = QCheckBox("Mọi nhiệm kỳ")
        self.decisions = QLabel(objectName="countLabel")
        self.decisions.setWordWrap(True)
        self.model: RowTableModel[MemberRow] = RowTableModel(MEMBER_COLUMNS)
        self.table = make_table(self.model, (190, 320, 160, 90, 95, 95))
        self.count = QLabel(objectName="countLabel")
        self.decision_button = QPushButton("Quyết định kiện toàn…")
        self.add_button = QPushButton("Thêm thành viên…")
        self.end_button = QPushButton("Kết thúc nhiệm kỳ…")
        self.remove_button = QPushButton("Xóa dòng nhập nhầm")
        guard_writes(
            context, self.decision_button, self.add_button, self.end_button, self.remove_button
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Thành viên vào ngày:"))
        bar.addWidget(self.day)
        bar.addWidget(self.history)
        bar.addStretch()
        # The actions get their own row: beside the date they would widen the window.
        actions = QHBoxLayout()
        for button in (self.decision_button, self.add_button, self.end_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.decisions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.day.editingFinished.connect(self.fetch)
        self.history.toggled.connect(self.fetch)
        self.decision_button.clicked.connect(self._decision)
        self.add_button.clicked.connect(self._add)
        self.end_button.clicked.connect(self._end)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def show_council(self, council: CouncilRow | None) -> None:
        self.council = council
        labels = [d.label for d in council.decisions] if council else []
        self.decisions.setText(
            "Quyết định: " + "; ".join(labels) if labels else "Chưa ghi quyết định nào."
        )
        self.fetch()

    def fetch(self, *_args: object) -> None:
        if self.council is None:
            self.model.set_rows([])
            return
        day = None
        if not self.history.isChecked():
            try:
                day = parse_date(self.day.text())
            except ValueError as error:
                self.count.setText(str(error))
                return
        councils, council_id = self.context.services.councils, self.council.id
        self.context.runner.run(
            lambda: councils.members(council_id, on=day), self._show, lambda e: show_error(self, e)
        )

    def _show(self, members: list[MemberRow]) -> None:
        self.model.set_rows(members)
        voters = sum(1 for m in members if m.votes)
        when = "qua các nhiệm kỳ" if self.history.isChecked() else f"vào ngày {self.day.text()}"
        self.count.setText(f"{len(members)} thành viên {when} ({voters} có quyền biểu quyết)")
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        member = selected_row(self.table, self.model)
        for button in (self.decision_button, self.add_button):
            button.setEnabled(self.council is not None)
        self.end_button.setEnabled(member is not None and member.to_date is None)
        self.remove_button.setEnabled(member is not None)

    def _open(self, dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.saved.connect(lambda _result: self._changed())
        dialog.open()

    def _decision(self) -> None:
        if self.council is None:
            return
        councils, council_id = self.context.services.councils, self.council.id
        today = self.context.services.clock.today()
        self.context.runner.run(
            lambda: councils.members(council_id, on=today),
            lambda current: self._open(DecisionDialog(self.context, self.council, current, self)),
            lambda e: show_error(self, e),
        )

    def _add(self) -> None:
        if self.council is not None:
            self._open(MemberDialog(self.context, self.council, self))

    def _end(self) -> None:
        member = selected_row(self.table, self.model)
        if member is not None:
            self._open(EndTermDialog(self.context, member, self))

    def _remove(self) -> None:
        member = selected_row(self.table, self.model)
        if member is None:
            return
        councils = self.context.services.councils
        run_confirmed(
            self,
            self.context,
            "Xóa thành viên",
            f"Xóa dòng nhập nhầm của {member.name}?",
            lambda: councils.remove_member(member.id),
            lambda _r: self._changed(),
        )
