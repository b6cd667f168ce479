"""The pledges tab: the pledges between units (giao ước thi đua) and the targets of the one
selected."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tdkt.movements.types import MovementRow, PledgeRow, PledgeTargetDraft
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.movements.pledge_dialog import PledgeDialog
from ui.movements.table_models import PLEDGE_COLUMNS
from ui.read_only import guard_writes
from ui.widgets.confirm import run_confirmed
from ui.widgets.row_table_model import Column, RowTableModel
from ui.widgets.tables import make_table, reselect, selected_row

TARGET_COLUMNS: list[Column[PledgeTargetDraft]] = [
    Column("Chỉ tiêu", lambda t: t.content, tooltip=lambda t: t.content),
    Column("Đơn vị tính", lambda t: t.measure),
    Column("Kế hoạch", lambda t: t.target),
    Column("Kết quả", lambda t: t.result or "chưa có"),
]


class PledgesTab(QWidget):
    def __init__(self, context: PageContext, changed, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
        self._changed = changed
        self._units: list[UnitRow] = []
        self._movements: list[MovementRow] = []
        self.model: RowTableModel[PledgeRow] = RowTableModel(PLEDGE_COLUMNS)
        self.table = make_table(self.model, (60, 260, 100, 500))
        self.targets: RowTableModel[PledgeTargetDraft] = RowTableModel(TARGET_COLUMNS)
        self.target_table = make_table(self.targets, (520, 110, 130, 120), sortable=False)
        self.add_button = QPushButton("Thêm giao ước")
        self.edit_button = QPushButton("Sửa")
        self.delete_button = QPushButton("Xóa")
        guard_writes(context, self.add_button, self.edit_button, self.delete_button)
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel("Chỉ tiêu của giao ước đang chọn", objectName="sectionLabel"))
        lower_layout.addWidget(self.target_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([220, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._edit)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)

    def show_rows(
        self, rows: Sequence[PledgeRow], units: list[UnitRow], movements: list[MovementRow]
    ) -> None:
        current = self.selected()
        self._units, self._movements = units, movements
        self.model.set_rows(rows)
        reselect(self.table, self.model, current.id if current else None)
        self._on_selection()

    def selected(self) -> PledgeRow | None:
        return selected_row(self.table, self.model)

    def _on_selection(self, *_args: object) -> None:
        row = self.selected()
        self.targets.set_rows(row.targets if row else ())
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    def _year(self) -> int:
        return self.context.services.clock.today().year

    def _add(self) -> None:
        self._open(
            PledgeDialog(self.context, self._units, self._movements, self._year(), parent=self)
        )

    def _edit(self, *_args: object) -> None:
        row = self.selected()
        if row is not None:
            self._open(
                PledgeDialog(self.context, self._units, self._movements, row.year, row, self)
            )

    def _open(self, dialog: PledgeDialog) -> None:
        dialog.saved.connect(lambda _row: self._changed())
        dialog.open()

    def _delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        pledges = self.context.services.pledges
        run_confirmed(
            self,
            self.context,
            "Xóa giao ước",
            f'Xóa "{row.name}"?',
            lambda: pledges.delete(row.id),
            lambda _r: self._changed(),
        )
