"""The meetings of the chosen council, newest first, and the one selected in full."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from tdkt.councils.types import CouncilRow, MeetingDetails, MeetingRow
from ui.context import PageContext
from ui.councils.meeting_dialog import MeetingDialog
from ui.councils.meeting_view import MeetingView
from ui.councils.table_models import MEETING_COLUMNS
from ui.errors import show_error
from ui.read_only import guard_writes
from ui.widgets.confirm import run_confirmed
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.tables import make_table, reselect, selected_row


class MeetingsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.council: CouncilRow | None = None
        self._select_next: int | None = None
        self.model: RowTableModel[MeetingRow] = RowTableModel(MEETING_COLUMNS)
        self.table = make_table(self.model, (90, 520), sortable=False)
        self.view = MeetingView(context)
        self.add_button = QPushButton("Thêm cuộc họp")
        self.edit_button = QPushButton("Sửa")
        self.delete_button = QPushButton("Xóa")
        guard_writes(context, self.add_button, self.edit_button, self.delete_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setSizes([150, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)

    def show_council(self, council: CouncilRow | None) -> None:
        self.council = council
        self.fetch()

    def fetch(self) -> None:
        if self.council is None:
            self.model.set_rows([])
            self.view.show_details(None)
            return
        meetings, council_id = self.context.services.meetings, self.council.id
        self.context.runner.run(
            lambda: meetings.list_meetings(council_id), self._show, lambda e: show_error(self, e)
        )

    def _show(self, rows: list[MeetingRow]) -> None:
        current = selected_row(self.table, self.model)
        keep = self._select_next or (current.id if current else None)
        self._select_next = None
        self.model.set_rows(rows)
        reselect(self.table, self.model, keep)
        self._on_selection()

    def _on_selection(self, *_args: object) -> None:
        row = selected_row(self.table, self.model)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.add_button.setEnabled(self.council is not None)
        if row is None:
            self.view.show_details(None)
            return
        meetings = self.context.services.meetings
        self.context.runner.run(
            lambda: meetings.get(row.id), self.view.show_details, lambda e: show_error(self, e)
        )

    def _add(self) -> None:
        if self.council is not None:
            self._open(MeetingDialog(self.context, self.council, parent=self))

    def _edit(self) -> None:
        row = selected_row(self.table, self.model)
        if row is not None and self.council is not None:
            self._open(MeetingDialog(self.context, self.council, row, self))

    def _open(self, dialog: MeetingDialog) -> None:
        dialog.saved.connect(self._on_saved)
        dialog.open()

    def _on_saved(self, details: MeetingDetails) -> None:
        self._select_next = details.meeting.id
        self.fetch()

    def _delete(self) -> None:
        row = selected_row(self.table, self.model)
        if row is None:
            return
        meetings = self.context.services.meetings
        run_confirmed(
            self,
            self.context,
            "Xóa cuộc họp",
            f"Xóa cuộc họp ngày {row.held_on:%d/%m/%Y}?",
            lambda: meetings.delete(row.id),
            lambda _r: self.fetch(),
        )
