"""The movements tab: every movement, its details, and the launching document to open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tdkt.catalog.types import Title
from tdkt.movements.types import MovementRow
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.errors import show_error
from ui.movements.movement_dialog import MovementDialog
from ui.movements.table_models import MOVEMENT_COLUMNS, document, period
from ui.read_only import guard_writes
from ui.widgets.confirm import run_confirmed
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.tables import make_table, reselect, selected_row


def describe(row: MovementRow) -> str:
    lines = [
        f"<b>{row.name}</b>",
        f"Loại: {row.kind_label} · Thời gian: {period(row)}",
        f"Phát động: {row.launched_by or '—'} · Văn bản: {document(row) or '—'}"
        + (f", người ký {row.document_signer}" if row.document_signer else ""),
        f"Tệp văn bản: {row.attachment_name or 'chưa đính kèm'}",
        "Danh hiệu, hình thức: " + (", ".join(row.title_names) or "—"),
        "Đơn vị thực hiện: " + (", ".join(row.unit_names) or "—"),
    ]
    if row.content:
        lines.append(row.content.replace("\n", "<br>"))
    return "<br>".join(lines)


class MovementsTab(QWidget):
    def __init__(self, context: PageContext, changed, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
        self._changed = changed  # the page reloads every tab
        self._units: list[UnitRow] = []
        self._titles: list[Title] = []
        self.model: RowTableModel[MovementRow] = RowTableModel(MOVEMENT_COLUMNS)
        self.table = make_table(self.model, (290, 100, 180, 225, 100, 70, 40))
        self.details = QLabel(objectName="detailText")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton("Phát động phong trào")
        self.edit_button = QPushButton("Sửa")
        self.delete_button = QPushButton("Xóa")
        guard_writes(context, self.add_button, self.edit_button, self.delete_button)
        self.open_button = QPushButton("Mở văn bản phát động")
        self._layout()
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._edit)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.open_button.clicked.connect(self._open_file)
        self._on_selection()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.open_button):
            bar.addWidget(button)
        bar.addStretch()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 160])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def show_rows(
        self, rows: Sequence[MovementRow], units: list[UnitRow], titles: list[Title]
    ) -> None:
        current = self.selected()
        self._units, self._titles = units, titles
        self.model.set_rows(rows)
        reselect(self.table, self.model, current.id if current else None)
        self._on_selection()

    def selected(self) -> MovementRow | None:
        return selected_row(self.table, self.model)

    def _on_selection(self, *_args: object) -> None:
        row = self.selected()
        self.details.setText(describe(row) if row else "Chọn một phong trào để xem chi tiết.")
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and row.has_attachment)

    def _add(self) -> None:
        self._open(MovementDialog(self.context, self._units, self._titles, parent=self))

    def _edit(self, *_args: object) -> None:
        row = self.selected()
        if row is not None:
            self._open(MovementDialog(self.context, self._units, self._titles, row, parent=self))

    def _open(self, dialog: MovementDialog) -> None:
        dialog.saved.connect(lambda _row: self._changed())
        dialog.open()

    def _delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        movements = self.context.services.movements
        run_confirmed(
            self,
            self.context,
            "Xóa phong trào",
            f'Xóa phong trào "{row.name}"?',
            lambda: movements.delete(row.id),
            lambda _r: self._changed(),
        )

    def _open_file(self) -> None:
        row = self.selected()
        if row is None:
            return
        movements = self.context.services.movements
        self.context.runner.run(
            lambda: movements.attachment_file(row.id),
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            lambda error: show_error(self, error),
        )
