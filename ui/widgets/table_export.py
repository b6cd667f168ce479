"""Export any table on screen to Excel, exactly as shown: the visible columns, the rows that
pass the current filter, in the current order. Pages add it with one call:
`add_export_action(self.table, self.context, "Danh sách cá nhân")` (a context-menu action)
or place `export_button(...)` in their toolbar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QTableView

from tdkt.text import format_date
from ui.context import PageContext
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.save_file import save_document

Title = str | Callable[[], str]
EXPORT_TEXT = "Xuất Excel"


def shown_table(view: QAbstractItemView) -> tuple[list[str], list[list[str]]]:
    """Headers and cell texts of the visible columns, rows as the model orders them now."""
    model = view.model()
    hidden = view.isColumnHidden if isinstance(view, QTableView) else (lambda _c: False)
    columns = [c for c in range(model.columnCount()) if not hidden(c)]
    if isinstance(model, RowTableModel):
        headers = model.headers()
        rows = [[model.display(row, c) for c in columns] for row in model.rows()]
        return [headers[c] for c in columns], rows
    display = Qt.ItemDataRole.DisplayRole
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "") for c in columns]
    rows = [
        [str(model.data(model.index(r, c), display) or "") for c in columns]
        for r in range(model.rowCount())
    ]
    return headers, rows


def export_table(
    view: QAbstractItemView,
    context: PageContext,
    title: Title,
    on_saved: Callable[[Path], None] | None = None,
) -> None:
    # The snapshot is taken here, on the GUI thread: what the user sees when they click.
    name = title() if callable(title) else title
    headers, rows = shown_table(view)
    note = (
        f"Xuất ngày {format_date(context.services.clock.today())}: {len(rows)} dòng, theo bộ "
        "lọc và thứ tự đang hiển thị."
    )
    save_document(
        view,
        context,
        lambda: _workbook(name, headers, rows, note),
        "Xuất bảng ra Excel",
        f"{name}.xlsx",
        on_saved,
    )


def add_export_action(view: QAbstractItemView, context: PageContext, title: Title) -> QAction:
    """A right-click "Xuất Excel" on the table."""
    action = QAction(f"{EXPORT_TEXT}…", view)
    action.triggered.connect(lambda: export_table(view, context, title))
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def export_button(view: QAbstractItemView, context: PageContext, title: Title) -> QPushButton:
    button = QPushButton(EXPORT_TEXT)
    button.setToolTip("Lưu bảng đang hiển thị (đúng bộ lọc và thứ tự) thành tệp Excel")
    button.clicked.connect(lambda: export_table(view, context, title))
    return button


def _workbook(name: str, headers: list[str], rows: list[list[str]], note: str) -> bytes:
    """On the worker: openpyxl is loaded with the first export, never at start-up."""
    from tdkt.reports.table_workbook import table_workbook

    return table_workbook(name, headers, rows, note)
