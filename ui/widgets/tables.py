"""The list table every page uses: whole-row selection, fixed row height, zebra rows,
column widths given, the last column stretched."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.widgets.row_table_model import RowTableModel


def make_table(
    model: RowTableModel,  # type: ignore[type-arg]
    widths: Sequence[int],
    sortable: bool = True,
    parent: QWidget | None = None,
    *,
    sort_by: tuple[int, Qt.SortOrder] | None = None,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    name: str = "",
) -> QTableView:
    """`sort_by` (column, order) sorts from the start; `name` is the object name the style
    sheet and the tests know the table by."""
    table = QTableView(parent)
    if name:
        table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    # Without `sort_by`, no sort indicator at first: rows keep the order the service gave
    # (print order) until the user clicks a header. Enabling sorting applies the indicator.
    column, order = sort_by or (-1, Qt.SortOrder.AscendingOrder)
    table.horizontalHeader().setSortIndicator(column, order)
    table.setSortingEnabled(sortable)
    table.verticalHeader().setDefaultSectionSize(26)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def selected_row(table: QTableView, model: RowTableModel):  # type: ignore[no-untyped-def,type-arg]
    rows = table.selectionModel().selectedRows()
    return model.row(rows[0].row()) if rows else None


def reselect(table: QTableView, model: RowTableModel, row_id: int | None) -> None:  # type: ignore[type-arg]
    """After new rows: the row with `row_id` again (none if it is gone), or the first row
    when nothing was selected."""
    if row_id is not None:
        select_where(table, model, lambda r: r.id == row_id)
    elif model.rowCount():
        table.selectRow(0)


def select_where(table: QTableView, model: RowTableModel, predicate) -> None:  # type: ignore[no-untyped-def,type-arg]
    row = model.find(predicate)
    if row >= 0:
        table.selectRow(row)
        table.scrollTo(model.index(row, 0))
